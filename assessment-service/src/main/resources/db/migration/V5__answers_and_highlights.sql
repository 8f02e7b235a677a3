-- Answers to an assessment's indicators, every version kept, with their evidence; and the highlights of the report.
CREATE TABLE assessment_answer (
    assessment_id uuid        NOT NULL REFERENCES assessment (id),
    indicator     text        NOT NULL,
    value         text        NOT NULL CHECK (value IN ('YES', 'NO', 'PARTIAL')),
    justification text        NOT NULL,
    evidence      jsonb       NOT NULL DEFAULT '[]',
    answered_by   text        NOT NULL,
    answered_org  text,
    answered_at   timestamptz NOT NULL,
    row_version   integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (assessment_id, indicator)
);

CREATE TABLE assessment_answer_history (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    assessment_id uuid        NOT NULL REFERENCES assessment (id),
    indicator     text        NOT NULL,
    value         text        NOT NULL,
    justification text        NOT NULL,
    evidence      jsonb       NOT NULL,
    answered_by   text        NOT NULL,
    answered_org  text,
    answered_at   timestamptz NOT NULL
);

CREATE INDEX assessment_answer_history_answer ON assessment_answer_history (assessment_id, indicator, id);

CREATE TABLE assessment_highlight (
    assessment_id uuid NOT NULL REFERENCES assessment (id),
    indicator     text NOT NULL,
    domain        text NOT NULL,
    PRIMARY KEY (assessment_id, indicator)
);
