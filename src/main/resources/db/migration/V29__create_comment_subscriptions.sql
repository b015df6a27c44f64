-- Who asked to hear of what: a commenter of replies to their comment (confirmed by a link first),
-- and staff of new comments waiting for moderation, at once or as a digest.
CREATE TABLE comment_reply_subscription
(
    comment_id   BIGINT                   NOT NULL PRIMARY KEY,
    email        VARCHAR(254)             NOT NULL,
    confirmed    BOOLEAN                  NOT NULL DEFAULT FALSE,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX comment_reply_subscription_email_idx ON comment_reply_subscription (email);
CREATE TABLE comment_alert
(
    staff_email  VARCHAR(254)             NOT NULL PRIMARY KEY,
    display_name VARCHAR(100)             NOT NULL,
    scope        VARCHAR(10)              NOT NULL,
    delivery     VARCHAR(10)              NOT NULL,
    last_sent_at TIMESTAMP WITH TIME ZONE NOT NULL
);
