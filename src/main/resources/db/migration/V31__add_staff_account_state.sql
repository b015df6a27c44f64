-- Whether a staff member may still sign in: an administrator can deactivate an account (it is
-- kept, as the audit log and bylines name it), and repeated failed sign-ins lock it until an
-- administrator lifts the lock-out.
ALTER TABLE staff_member ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE staff_member ADD COLUMN locked_at TIMESTAMP WITH TIME ZONE;
