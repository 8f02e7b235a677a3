-- Interoperability (DCAT-AP's recommended properties, CKAN's license_id): the licence as CKAN's licence id beside the
-- producer's own words, and for a series still running the latest year its data covers so far.
ALTER TABLE dataset ADD COLUMN licence_id text CHECK (licence_id ~ '^[a-z-]{2,20}$');
ALTER TABLE dataset ADD COLUMN temporal_latest integer CHECK (temporal_latest BETWEEN 1900 AND 2100);
