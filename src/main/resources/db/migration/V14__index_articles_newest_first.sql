-- Lists show the newest stories first, ties broken by id: indexes in exactly that order let a
-- page of a long archive be read without sorting the whole archive.
DROP INDEX article_published_idx;
DROP INDEX article_section_published_idx;
CREATE INDEX article_published_idx ON article (status, published_at DESC, id DESC);
CREATE INDEX article_section_published_idx ON article (section_id, status, published_at DESC, id DESC);
