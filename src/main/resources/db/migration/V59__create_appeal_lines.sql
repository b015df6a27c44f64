-- An extra line that the donation appeal under one article carries, written by an editor.
CREATE TABLE appeal_line
(
    article_id BIGINT                   NOT NULL PRIMARY KEY,
    line       VARCHAR(300)             NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
