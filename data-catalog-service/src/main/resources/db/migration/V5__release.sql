-- Routine reporting: the releases of each dataset, one per period (2024-03, 2024-Q1, 2024-S1, 2024), and how many
-- days after a period ends its producer commits to releasing it (null: the usual lag for its periodicity).
ALTER TABLE dataset ADD COLUMN release_lag_days integer CHECK (release_lag_days BETWEEN 0 AND 1095);

CREATE TABLE dataset_release (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dataset_id  uuid        NOT NULL REFERENCES dataset (id),
    period      text        NOT NULL,
    released_on date        NOT NULL,
    url         text,
    note        text,
    recorded_at timestamptz NOT NULL,
    recorded_by text        NOT NULL,
    row_version integer     NOT NULL DEFAULT 0,
    UNIQUE (dataset_id, period)
);
