-- Linked hosts and how often moderators saw them in spam and in real comments.
CREATE TABLE spam_host
(
    host       VARCHAR(253) PRIMARY KEY,
    spam_count INT          NOT NULL,
    ham_count  INT          NOT NULL,
    revision   BIGINT       NOT NULL
);
CREATE INDEX spam_host_revision_idx ON spam_host (revision);
