-- Set inside the first request's own transaction, so that it commits with the write or not at all: a key whose
-- write took effect is never run again, even when the service died before it could keep the answer.
ALTER TABLE idempotency_key ADD COLUMN took_effect boolean NOT NULL DEFAULT false;
