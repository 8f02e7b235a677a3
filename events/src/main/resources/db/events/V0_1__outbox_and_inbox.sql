-- Transactional outbox and idempotent inbox, shipped by the events library into every service's database.

-- The last event sequence number of each aggregate. Writers take the row lock by upserting it, so the
-- events of one aggregate get gapless numbers in commit order, whatever order the global ids commit in.
CREATE TABLE outbox_aggregate (
    aggregate_type text   NOT NULL,
    aggregate_id   text   NOT NULL,
    last_seq       bigint NOT NULL,
    PRIMARY KEY (aggregate_type, aggregate_id)
);

CREATE TABLE outbox_event (
    id             bigserial   PRIMARY KEY,
    event_id       uuid        NOT NULL UNIQUE,
    event_type     text        NOT NULL,
    topic          text        NOT NULL,
    aggregate_type text        NOT NULL,
    aggregate_id   text        NOT NULL,
    aggregate_seq  bigint      NOT NULL,
    envelope       text        NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    sent_at        timestamptz,
    parked_at      timestamptz,
    attempts       integer     NOT NULL DEFAULT 0,
    last_error     text,
    UNIQUE (aggregate_type, aggregate_id, aggregate_seq)
);

-- the relay reads only what is still to send
CREATE INDEX outbox_event_pending ON outbox_event (id) WHERE sent_at IS NULL AND parked_at IS NULL;

CREATE TABLE inbox_event (
    consumer     text        NOT NULL,
    event_id     text        NOT NULL,
    event_type   text        NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
