-- The index by status and newest first serves the moderation queue's oldest-first reads as well:
-- both databases find a status's comments through it, and PostgreSQL can read it backwards for the
-- oldest first. The older index was one more tree written with every new comment.
DROP INDEX comment_status_submitted_idx;
