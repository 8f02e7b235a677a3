-- A dataset's own short name (like CKAN's), and its words for full-text search: Indonesian as written, English
-- stemmed; titles weigh more than descriptions. Facets are counted in memory (FacetIndex), which reloads the rows
-- changed since it last looked: hence the index on updated_at.
ALTER TABLE dataset ADD COLUMN identifier text UNIQUE;

ALTER TABLE dataset ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', coalesce(identifier, '') || ' ' || title_id), 'A') ||
    setweight(to_tsvector('english', coalesce(title_en, '')), 'A') ||
    setweight(to_tsvector('simple', description_id), 'C') ||
    setweight(to_tsvector('english', coalesce(description_en, '')), 'C')) STORED;

CREATE INDEX dataset_search ON dataset USING gin (search);
CREATE INDEX dataset_updated_at ON dataset (updated_at);
