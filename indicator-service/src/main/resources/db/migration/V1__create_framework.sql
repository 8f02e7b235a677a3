CREATE TABLE framework (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code           text        NOT NULL UNIQUE,
    level          text        NOT NULL CHECK (level IN ('NATIONAL', 'PROVINCE', 'REGENCY')),
    name_id        text        NOT NULL,
    name_en        text,
    description_id text,
    description_en text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    created_by     text        NOT NULL,
    version        integer     NOT NULL DEFAULT 0
);
