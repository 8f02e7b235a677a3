-- Which published assessments cite which datasets as evidence (from sdmi.assessment.published.v1): one row per
-- dataset and assessment, so a dataset's citation count is the number of assessments that cite it.
CREATE TABLE dataset_citation (
    dataset_id       uuid        NOT NULL REFERENCES dataset (id),
    assessment_id    text        NOT NULL,
    assessment_title text        NOT NULL,
    framework        text        NOT NULL,
    version          text        NOT NULL,
    scope_level      text        NOT NULL,
    region_code      text,
    published_at     timestamptz NOT NULL,
    event_id         text        NOT NULL,
    PRIMARY KEY (dataset_id, assessment_id)
);

CREATE INDEX dataset_citation_assessment ON dataset_citation (assessment_id);
