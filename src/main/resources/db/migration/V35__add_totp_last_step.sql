-- The last thirty-second step whose authenticator code signed a staff member in, so that a code
-- seen over someone's shoulder (or replayed) cannot be used a second time.
ALTER TABLE staff_member ADD COLUMN totp_last_step BIGINT;
