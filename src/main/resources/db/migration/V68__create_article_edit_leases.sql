-- Who has an article open in the editor. A soft lease, renewed by the editor while it is open and
-- worth nothing once it has not been renewed for a while, so a closed laptop never locks a story.
CREATE TABLE article_edit_lease
(
    article_id  BIGINT PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    held_by     VARCHAR(320)             NOT NULL,
    holder_name VARCHAR(200)             NOT NULL,
    since       TIMESTAMP WITH TIME ZONE NOT NULL,
    renewed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
