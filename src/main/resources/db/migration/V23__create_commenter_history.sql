-- How moderators judged each commenter's past comments, by a keyed hash of the e-mail address.
CREATE TABLE commenter_history
(
    email_hash VARCHAR(64)              PRIMARY KEY,
    approved   INT                      NOT NULL,
    spam       INT                      NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
