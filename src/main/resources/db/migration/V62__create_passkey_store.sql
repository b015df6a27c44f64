-- Passkeys (WebAuthn) for staff sign-in, in the layout that Spring Security's JDBC stores read and
-- write: a random user handle for each staff member who has added a passkey (named by their
-- e-mail address), and each passkey's public key, signature counter, label and dates. They go
-- when the staff member's row does.
CREATE TABLE user_entities
(
    id           VARCHAR(100) NOT NULL PRIMARY KEY,
    name         VARCHAR(254) NOT NULL UNIQUE REFERENCES staff_member (email) ON DELETE CASCADE,
    display_name VARCHAR(254)
);

CREATE TABLE user_credentials
(
    credential_id                VARCHAR(1400)            NOT NULL PRIMARY KEY,
    user_entity_user_id          VARCHAR(100)             NOT NULL REFERENCES user_entities (id) ON DELETE CASCADE,
    public_key                   BYTEA                    NOT NULL,
    signature_count              BIGINT                   NOT NULL,
    uv_initialized               BOOLEAN                  NOT NULL,
    backup_eligible              BOOLEAN                  NOT NULL,
    authenticator_transports     VARCHAR(1000),
    public_key_credential_type   VARCHAR(100),
    backup_state                 BOOLEAN                  NOT NULL,
    attestation_object           BYTEA,
    attestation_client_data_json BYTEA,
    created                      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used                    TIMESTAMP WITH TIME ZONE NOT NULL,
    label                        VARCHAR(1000)            NOT NULL
);
CREATE INDEX user_credentials_user_idx ON user_credentials (user_entity_user_id);
