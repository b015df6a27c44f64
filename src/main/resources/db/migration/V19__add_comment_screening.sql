-- The verdict screening gave a new comment, its score and its reasons (one per line,
-- "check<TAB>score<TAB>explanation"), kept so that moderators see why.
ALTER TABLE comment ADD COLUMN screening_verdict VARCHAR(10);
ALTER TABLE comment ADD COLUMN screening_score DOUBLE PRECISION;
ALTER TABLE comment ADD COLUMN screening_reasons VARCHAR(4000);
