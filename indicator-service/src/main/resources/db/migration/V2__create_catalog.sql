-- Versioned indicator catalogs: a framework has versions (DRAFT -> PUBLISHED -> RETIRED), each with its
-- domains and indicators. A published version never changes.
CREATE TABLE catalog_version (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    framework_id bigint      NOT NULL REFERENCES framework (id),
    version      text        NOT NULL,
    status       text        NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED')),
    copied_from  text,
    created_at   timestamptz NOT NULL,
    created_by   text        NOT NULL,
    published_at timestamptz,
    published_by text,
    retired_at   timestamptz,
    retired_by   text,
    row_version  integer     NOT NULL DEFAULT 0,
    UNIQUE (framework_id, version)
);

CREATE TABLE domain (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    version_id  bigint  NOT NULL REFERENCES catalog_version (id) ON DELETE CASCADE,
    code        text    NOT NULL,
    ord         integer NOT NULL,
    name_id     text    NOT NULL,
    name_en     text,
    row_version integer NOT NULL DEFAULT 0,
    UNIQUE (version_id, code)
);

CREATE SEQUENCE indicator_seq INCREMENT BY 50;

CREATE TABLE indicator (
    id             bigint PRIMARY KEY DEFAULT nextval('indicator_seq'),
    version_id     bigint    NOT NULL REFERENCES catalog_version (id) ON DELETE CASCADE,
    domain_id      bigint    NOT NULL REFERENCES domain (id),
    code           text      NOT NULL,
    ord            integer   NOT NULL,
    text_id        text      NOT NULL,
    text_en        text,
    guidance_id    text,
    guidance_en    text,
    gcm_objectives integer[] NOT NULL DEFAULT '{}',
    sdg_targets    text[]    NOT NULL DEFAULT '{}',
    row_version    integer   NOT NULL DEFAULT 0,
    -- Indonesian has no stemmer in PostgreSQL: 'simple' keeps its words as written; English is stemmed
    search         tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', coalesce(code, '') || ' ' || text_id), 'A') ||
        setweight(to_tsvector('english', coalesce(text_en, '')), 'A') ||
        setweight(to_tsvector('simple', coalesce(guidance_id, '')), 'C') ||
        setweight(to_tsvector('english', coalesce(guidance_en, '')), 'C')) STORED,
    UNIQUE (version_id, code)
);

CREATE INDEX indicator_search ON indicator USING gin (search);
CREATE INDEX indicator_gcm ON indicator USING gin (gcm_objectives);
CREATE INDEX indicator_domain ON indicator (domain_id);
