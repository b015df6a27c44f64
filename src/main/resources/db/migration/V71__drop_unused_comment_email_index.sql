-- No query reads comments by the exact e-mail column: the commenter's data requests compare it
-- lower-cased, which this index cannot answer. It only cost a B-tree write with every comment.
DROP INDEX comment_author_email_idx;
