-- NSDR review findings per dataset: relevance to the GCM objectives and MGI domains, quality on four dimensions,
-- gaps and recommendations.
CREATE TABLE dataset_review (
    id                   uuid PRIMARY KEY,
    dataset_id           uuid        NOT NULL REFERENCES dataset (id),
    reviewed_on          date        NOT NULL,
    reviewer             text        NOT NULL,
    reviewer_org         text,
    relevant_objectives  integer[]   NOT NULL DEFAULT '{}',
    relevant_domains     text[]      NOT NULL DEFAULT '{}',
    relevance_note       text,
    timeliness           text        NOT NULL CHECK (timeliness IN ('GOOD', 'FAIR', 'POOR')),
    coverage             text        NOT NULL CHECK (coverage IN ('GOOD', 'FAIR', 'POOR')),
    disaggregation       text        NOT NULL CHECK (disaggregation IN ('GOOD', 'FAIR', 'POOR')),
    accessibility        text        NOT NULL CHECK (accessibility IN ('GOOD', 'FAIR', 'POOR')),
    quality_note         text,
    gaps                 text[]      NOT NULL DEFAULT '{}',
    recommendations      text[]      NOT NULL DEFAULT '{}',
    summary              text,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    row_version          integer     NOT NULL DEFAULT 0
);

CREATE INDEX dataset_review_dataset ON dataset_review (dataset_id);
