-- One-time links that let the first administrator be created on a site with no staff.
-- Only a hash of each token is kept; every node prints its own link and accepts any of them.
CREATE TABLE setup_token
(
    token_hash VARCHAR(64)              NOT NULL PRIMARY KEY,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
