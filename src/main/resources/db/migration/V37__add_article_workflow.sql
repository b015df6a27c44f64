-- The editorial workflow on the article: who started it, when it was sent for review, when it is
-- due to go live (and which revision), and which revision readers see.
ALTER TABLE article ADD COLUMN created_by VARCHAR(320);
ALTER TABLE article ADD COLUMN submitted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE article ADD COLUMN scheduled_for TIMESTAMP WITH TIME ZONE;
ALTER TABLE article ADD COLUMN scheduled_revision INT;
ALTER TABLE article ADD COLUMN published_revision INT;
ALTER TABLE article ADD COLUMN seo_title VARCHAR(300) NOT NULL DEFAULT '';
ALTER TABLE article ADD COLUMN seo_description VARCHAR(500) NOT NULL DEFAULT '';
CREATE INDEX article_scheduled_idx ON article (status, scheduled_for);
