-- Producers and walidata of the National Secondary Data Review (Satu Data Indonesia roles).
CREATE TABLE organization (
    code        text        PRIMARY KEY,
    name_id     text        NOT NULL,
    name_en     text,
    type        text        NOT NULL,
    sdi_role    text        NOT NULL,
    region_code text,
    created_at  timestamptz NOT NULL DEFAULT now()
);
