-- What this service knows of indicator-service's catalogs, learned from sdmi.indicator.catalog.v1.
CREATE TABLE catalog_framework (
    code       text        PRIMARY KEY,
    level      text        NOT NULL,
    name_id    text        NOT NULL,
    name_en    text,
    event_id   text        NOT NULL,
    learned_at timestamptz NOT NULL DEFAULT now()
);
