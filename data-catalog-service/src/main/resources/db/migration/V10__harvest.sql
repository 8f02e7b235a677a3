-- Harvesting in: a producer's portal (a CKAN API or a DCAT catalog) registered as a source, harvested by jobs with
-- their history, counts and an error per failed record; what each source record became; and a lease per source so
-- that one replica harvests it at a time.
CREATE TABLE harvest_source (
    id           uuid        PRIMARY KEY,
    organization text        NOT NULL REFERENCES organization (code),
    kind         text        NOT NULL CHECK (kind IN ('CKAN', 'DCAT')),
    url          text        NOT NULL CHECK (url ~ '^https?://'),
    title        text        NOT NULL,
    -- CKAN only: a filter query (fq) limiting what is harvested, e.g. organization:bp2mi
    filter       text,
    trusted      boolean     NOT NULL DEFAULT false,
    enabled      boolean     NOT NULL DEFAULT true,
    every_hours  integer     NOT NULL DEFAULT 24 CHECK (every_hours BETWEEN 1 AND 8760),
    next_run_at  timestamptz,
    created_at   timestamptz NOT NULL,
    created_by   text        NOT NULL,
    row_version  integer     NOT NULL DEFAULT 0,
    UNIQUE (organization, url)
);

CREATE TABLE harvest_job (
    id               uuid        PRIMARY KEY,
    source_id        uuid        NOT NULL REFERENCES harvest_source (id) ON DELETE CASCADE,
    trigger          text        NOT NULL CHECK (trigger IN ('MANUAL', 'SCHEDULE')),
    state            text        NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    requested_by     text        NOT NULL,
    created_at       timestamptz NOT NULL,
    started_at       timestamptz,
    finished_at      timestamptz,
    heartbeat_at     timestamptz,
    runner           text,
    cancel_requested boolean     NOT NULL DEFAULT false,
    created          integer     NOT NULL DEFAULT 0,
    updated          integer     NOT NULL DEFAULT 0,
    unchanged        integer     NOT NULL DEFAULT 0,
    withdrawn        integer     NOT NULL DEFAULT 0,
    failed           integer     NOT NULL DEFAULT 0,
    message          text
);
CREATE INDEX harvest_job_by_source ON harvest_job (source_id, created_at DESC);
CREATE INDEX harvest_job_waiting ON harvest_job (state) WHERE state IN ('QUEUED', 'RUNNING');
-- one job waiting or running per source
CREATE UNIQUE INDEX harvest_job_one_at_a_time ON harvest_job (source_id) WHERE state IN ('QUEUED', 'RUNNING');

CREATE TABLE harvest_job_error (
    job_id        uuid    NOT NULL REFERENCES harvest_job (id) ON DELETE CASCADE,
    position      integer NOT NULL,
    source_record text    NOT NULL,
    field         text,
    reason        text    NOT NULL,
    PRIMARY KEY (job_id, position)
);

CREATE TABLE harvest_record (
    source_id         uuid    NOT NULL REFERENCES harvest_source (id) ON DELETE CASCADE,
    source_record     text    NOT NULL,
    dataset_id        uuid    NOT NULL REFERENCES dataset (id),
    -- the source's record as last taken, and the dataset's metadata as the harvest left it (a change made in the
    -- NSDR since then is not overwritten)
    content_hash      text    NOT NULL,
    stored_hash       text    NOT NULL,
    last_seen_job     uuid    NOT NULL,
    PRIMARY KEY (source_id, source_record)
);

CREATE TABLE harvest_lease (
    source_id  uuid        PRIMARY KEY REFERENCES harvest_source (id) ON DELETE CASCADE,
    holder     text        NOT NULL,
    expires_at timestamptz NOT NULL
);
