-- Form tokens already spent, so that a token is good for one submission on any node.
CREATE TABLE form_token_use
(
    token_key VARCHAR(64)              PRIMARY KEY,
    used_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX form_token_use_used_idx ON form_token_use (used_at);
