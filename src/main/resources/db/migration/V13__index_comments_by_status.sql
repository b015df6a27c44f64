-- The moderation queue reads comments by status across all articles, oldest first.
CREATE INDEX comment_status_submitted_idx ON comment (status, submitted_at);
