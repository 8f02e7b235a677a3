ALTER TABLE organization
    ADD COLUMN row_version integer     NOT NULL DEFAULT 0,
    ADD COLUMN updated_at  timestamptz NOT NULL DEFAULT now(),
    ADD CONSTRAINT organization_type CHECK (type IN ('MINISTRY', 'AGENCY', 'PROVINCIAL_OFFICE', 'REGENCY_OFFICE',
        'INTERNATIONAL_ORGANIZATION', 'CIVIL_SOCIETY')),
    ADD CONSTRAINT organization_sdi_role CHECK (sdi_role IN ('PEMBINA_DATA', 'WALIDATA', 'PRODUSEN_DATA')),
    ADD CONSTRAINT organization_region CHECK (region_code ~ '^[0-9]{2}([0-9]{2})?$');
