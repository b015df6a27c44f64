-- Replies: the comment answered (parent_id), the top-level comment that starts the thread
-- (thread_id, empty for a top-level comment itself) and how deep the reply sits, so that one page
-- of threads is read with one query for the tops and one for all their replies. A comment a staff
-- member wrote from the admin carries a mark (STAFF, or AUTHOR for the article's own writer).
ALTER TABLE comment ADD COLUMN parent_id BIGINT;
ALTER TABLE comment ADD COLUMN thread_id BIGINT;
ALTER TABLE comment ADD COLUMN depth INT NOT NULL DEFAULT 0;
ALTER TABLE comment ADD COLUMN staff_mark VARCHAR(10);
ALTER TABLE comment ADD COLUMN edited_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX comment_thread_idx ON comment (thread_id, status);
CREATE INDEX comment_author_email_idx ON comment (author_email);
