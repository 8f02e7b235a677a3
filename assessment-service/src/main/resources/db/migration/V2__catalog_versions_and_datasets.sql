-- Published catalog versions with their domains and indicators, learned from sdmi.indicator.catalog.v1 (an
-- assessment answers exactly these), and the NSDR datasets learned from sdmi.catalog.dataset.v1 (evidence may
-- cite those not retired).
CREATE TABLE catalog_version (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    framework    text        NOT NULL,
    version      text        NOT NULL,
    level        text        NOT NULL,
    status       text        NOT NULL CHECK (status IN ('PUBLISHED', 'RETIRED')),
    published_at timestamptz NOT NULL,
    retired_at   timestamptz,
    event_id     text        NOT NULL,
    learned_at   timestamptz NOT NULL,
    UNIQUE (framework, version)
);

CREATE TABLE catalog_domain (
    version_id bigint  NOT NULL REFERENCES catalog_version (id),
    code       text    NOT NULL,
    ord        integer NOT NULL,
    name_id    text    NOT NULL,
    name_en    text,
    PRIMARY KEY (version_id, code)
);

CREATE TABLE catalog_indicator (
    version_id     bigint    NOT NULL REFERENCES catalog_version (id),
    code           text      NOT NULL,
    domain         text      NOT NULL,
    ord            integer   NOT NULL,
    text_id        text      NOT NULL,
    text_en        text,
    gcm_objectives integer[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (version_id, code),
    FOREIGN KEY (version_id, domain) REFERENCES catalog_domain (version_id, code)
);

CREATE TABLE known_dataset (
    id         uuid PRIMARY KEY,
    status     text        NOT NULL,
    producer   text        NOT NULL,
    title_id   text        NOT NULL,
    title_en   text,
    event_id   text        NOT NULL,
    learned_at timestamptz NOT NULL
);
