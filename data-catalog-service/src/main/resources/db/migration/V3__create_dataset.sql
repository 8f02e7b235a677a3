-- Datasets of the NSDR with their Satu Data Indonesia status, distributions and the history of every change.
CREATE TABLE dataset (
    id               uuid PRIMARY KEY,
    producer         text        NOT NULL REFERENCES organization (code),
    title_id         text        NOT NULL,
    title_en         text,
    description_id   text        NOT NULL,
    description_en   text,
    source_type      text        NOT NULL,
    periodicity      text        NOT NULL,
    topics           text[]      NOT NULL DEFAULT '{}',
    gcm_objectives   integer[]   NOT NULL DEFAULT '{}',
    mgi_domains      text[]      NOT NULL DEFAULT '{}',
    temporal_start   integer,
    temporal_end     integer,
    geographic_level text        NOT NULL,
    region_code      text,
    disaggregations  text[]      NOT NULL DEFAULT '{}',
    access           text        NOT NULL,
    licence          text,
    contact_name     text,
    contact_email    text,
    distributions    jsonb       NOT NULL DEFAULT '[]',
    status           text        NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'VERIFIED', 'RETURNED', 'PUBLISHED', 'RETIRED')),
    return_reasons   text[],
    created_at       timestamptz NOT NULL,
    created_by       text        NOT NULL,
    updated_at       timestamptz NOT NULL,
    published_at     timestamptz,
    row_version      integer     NOT NULL DEFAULT 0
);

CREATE INDEX dataset_producer ON dataset (producer);
CREATE INDEX dataset_status ON dataset (status);

CREATE TABLE dataset_history (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dataset_id uuid        NOT NULL REFERENCES dataset (id),
    at         timestamptz NOT NULL,
    actor      text        NOT NULL,
    action     text        NOT NULL,
    status     text        NOT NULL,
    reasons    text[],
    snapshot   jsonb       NOT NULL
);

CREATE INDEX dataset_history_dataset ON dataset_history (dataset_id, id);
