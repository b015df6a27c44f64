-- Near-duplicate lookups now use an index of recent similarity hashes that each node keeps in memory
-- and brings up to date from this table by id, so the eight band columns and their indexes, written
-- with every arrival, go. The full hash stays in the similarity column.
DROP INDEX screened_submission_band0_idx;
DROP INDEX screened_submission_band1_idx;
DROP INDEX screened_submission_band2_idx;
DROP INDEX screened_submission_band3_idx;
DROP INDEX screened_submission_band4_idx;
DROP INDEX screened_submission_band5_idx;
DROP INDEX screened_submission_band6_idx;
DROP INDEX screened_submission_band7_idx;
ALTER TABLE screened_submission DROP COLUMN band0;
ALTER TABLE screened_submission DROP COLUMN band1;
ALTER TABLE screened_submission DROP COLUMN band2;
ALTER TABLE screened_submission DROP COLUMN band3;
ALTER TABLE screened_submission DROP COLUMN band4;
ALTER TABLE screened_submission DROP COLUMN band5;
ALTER TABLE screened_submission DROP COLUMN band6;
ALTER TABLE screened_submission DROP COLUMN band7;
