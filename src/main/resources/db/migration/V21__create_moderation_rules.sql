-- The rules moderators edit in the admin: one row. Lists hold one entry a line (a word, a name, an
-- e-mail address, an IP address or the start of one, or a domain).
CREATE TABLE moderation_rules
(
    id             BIGINT                   PRIMARY KEY,
    hold_mode      VARCHAR(12)              NOT NULL,
    hold_links     INT                      NOT NULL,
    trusted_after  INT                      NOT NULL,
    spam_entries   VARCHAR(20000)           NOT NULL,
    hold_entries   VARCHAR(20000)           NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
