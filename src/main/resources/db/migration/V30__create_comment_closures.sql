-- Articles whose comments a moderator closed by hand (closing after a number of days is a setting).
CREATE TABLE comment_closure
(
    article_id BIGINT                   NOT NULL PRIMARY KEY,
    closed_by  VARCHAR(100)             NOT NULL,
    closed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
