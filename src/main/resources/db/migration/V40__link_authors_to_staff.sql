-- A byline may belong to a staff member, found by the address they sign in with.
ALTER TABLE author ADD COLUMN staff_email VARCHAR(254);
CREATE UNIQUE INDEX author_staff_email_idx ON author (staff_email);
