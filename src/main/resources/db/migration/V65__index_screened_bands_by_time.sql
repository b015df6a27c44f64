-- Near-duplicate lookups read each band's newest arrivals first and stop after a few: with the
-- time beside the band in one index, that is a short walk down the index instead of a pass over
-- every arrival in the window.
DROP INDEX screened_submission_band0_idx;
DROP INDEX screened_submission_band1_idx;
DROP INDEX screened_submission_band2_idx;
DROP INDEX screened_submission_band3_idx;
DROP INDEX screened_submission_band4_idx;
DROP INDEX screened_submission_band5_idx;
DROP INDEX screened_submission_band6_idx;
DROP INDEX screened_submission_band7_idx;
CREATE INDEX screened_submission_band0_idx ON screened_submission (band0, received_at);
CREATE INDEX screened_submission_band1_idx ON screened_submission (band1, received_at);
CREATE INDEX screened_submission_band2_idx ON screened_submission (band2, received_at);
CREATE INDEX screened_submission_band3_idx ON screened_submission (band3, received_at);
CREATE INDEX screened_submission_band4_idx ON screened_submission (band4, received_at);
CREATE INDEX screened_submission_band5_idx ON screened_submission (band5, received_at);
CREATE INDEX screened_submission_band6_idx ON screened_submission (band6, received_at);
CREATE INDEX screened_submission_band7_idx ON screened_submission (band7, received_at);
