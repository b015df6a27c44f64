-- Sitemaps walk every live story in id order, a block at a time: this index hands each block
-- over in order, without sorting the archive once per block.
CREATE INDEX article_status_id_idx ON article (status, id);
