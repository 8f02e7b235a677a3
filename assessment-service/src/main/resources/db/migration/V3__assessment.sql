-- MGI assessments: on a published catalog version, with a scope (the nation, a province or a regency by its BPS
-- code) and a workflow whose every move is kept.
CREATE TABLE assessment (
    id           uuid PRIMARY KEY,
    version_id   bigint      NOT NULL REFERENCES catalog_version (id),
    framework    text        NOT NULL,
    version      text        NOT NULL,
    title        text        NOT NULL,
    scope_level  text        NOT NULL CHECK (scope_level IN ('NATIONAL', 'PROVINCE', 'REGENCY')),
    region_code  text,
    status       text        NOT NULL CHECK (status IN ('PLANNED', 'DATA_COLLECTION', 'CONSULTATION', 'VALIDATION',
                                                        'VALIDATED', 'PUBLISHED')),
    created_at   timestamptz NOT NULL,
    created_by   text        NOT NULL,
    updated_at   timestamptz NOT NULL,
    published_at timestamptz,
    row_version  integer     NOT NULL DEFAULT 0,
    CHECK ((scope_level = 'NATIONAL') = (region_code IS NULL))
);

CREATE TABLE assessment_transition (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    assessment_id uuid        NOT NULL REFERENCES assessment (id),
    from_status   text,
    to_status     text        NOT NULL,
    actor         text        NOT NULL,
    at            timestamptz NOT NULL
);

CREATE INDEX assessment_transition_assessment ON assessment_transition (assessment_id, id);
