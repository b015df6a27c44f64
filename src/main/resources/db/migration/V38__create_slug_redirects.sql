-- Addresses an article was published under before its slug changed; they answer with a 301.
CREATE TABLE slug_redirect
(
    old_slug   VARCHAR(200)             NOT NULL PRIMARY KEY,
    article_id BIGINT                   NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
