-- Authenticator secrets are kept encrypted (AES-GCM, with its nonce and tag, in Base64), which
-- takes more room than a secret in the clear.
ALTER TABLE staff_member ALTER COLUMN totp_secret SET DATA TYPE VARCHAR(200);
