-- The agencies taking part in an assessment with the indicators each answers, and its meetings.
CREATE TABLE assessment_participant (
    assessment_id uuid   NOT NULL REFERENCES assessment (id),
    org           text   NOT NULL,
    indicators    text[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (assessment_id, org)
);

CREATE TABLE assessment_meeting (
    id            uuid PRIMARY KEY,
    assessment_id uuid    NOT NULL REFERENCES assessment (id),
    type          text    NOT NULL CHECK (type IN ('INTRODUCTION', 'FGD', 'CONSULTATION', 'VALIDATION')),
    date          date    NOT NULL,
    place         text    NOT NULL,
    female        integer NOT NULL CHECK (female >= 0),
    male          integer NOT NULL CHECK (male >= 0),
    orgs          text[]  NOT NULL DEFAULT '{}'
);

CREATE INDEX assessment_meeting_assessment ON assessment_meeting (assessment_id, date);
