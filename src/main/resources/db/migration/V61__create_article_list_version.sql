-- Archives keep how many stories they hold until a story is published, changed or withdrawn:
-- counting a long archive reads its whole index. Every such change writes a new random stamp here
-- in its own transaction, so each node knows when its counts are out of date. A stamp, not a
-- counter: a change that is rolled back must not leave behind a number that the next one reuses.
CREATE TABLE article_list_version
(
    id    INT    NOT NULL PRIMARY KEY,
    stamp BIGINT NOT NULL
);
INSERT INTO article_list_version (id, stamp) VALUES (1, 0);
