-- Finished event publications are now deleted when their listener completes; this removes the
-- ones kept before. Unfinished publications stay, to be republished.
DELETE FROM event_publication WHERE completion_date IS NOT NULL;
