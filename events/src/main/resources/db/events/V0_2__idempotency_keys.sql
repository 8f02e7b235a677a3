-- Idempotency-Key (draft-ietf-httpapi-idempotency-key-header), shipped by the events library into every service's
-- database, so that the replicas of a service share it: the first answer to a caller's key, kept 24 hours.
CREATE TABLE idempotency_key (
    caller       text        NOT NULL,
    key          text        NOT NULL,
    -- SHA-256 of the method, path, query and body: the same key with another request is refused
    fingerprint  text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL,
    -- null while the first request is in flight
    status       integer,
    headers      text,
    body         bytea,
    PRIMARY KEY (caller, key)
);

CREATE INDEX idempotency_key_expiry ON idempotency_key (expires_at);
