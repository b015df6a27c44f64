-- The spam classifier every node shares: one row of bookkeeping and a row per non-zero weight.
-- A learning step rewrites only the weights it changed, tagged with the new revision, so that other
-- nodes read back just those; a full retrain starts a new generation, which they reload whole.
CREATE TABLE spam_model
(
    id               BIGINT                   PRIMARY KEY,
    generation       BIGINT                   NOT NULL,
    revision         BIGINT                   NOT NULL,
    features_version INT                      NOT NULL,
    bias             REAL                     NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE spam_weight
(
    feature  INT    PRIMARY KEY,
    weight   REAL   NOT NULL,
    revision BIGINT NOT NULL
);
CREATE INDEX spam_weight_revision_idx ON spam_weight (revision);
