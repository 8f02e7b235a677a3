-- The words of each dataset move to a narrow table of their own: a search that matches most of the catalog then
-- reads 100,000 short rows, not the wide dataset rows (measured: 40 ms instead of 300 ms). A trigger keeps it in
-- step with the dataset in the same transaction, whoever writes the row.
DROP INDEX dataset_search;

CREATE TABLE dataset_search (
    id     uuid PRIMARY KEY REFERENCES dataset (id),
    search tsvector NOT NULL
);

CREATE FUNCTION dataset_search_words() RETURNS trigger AS $$
BEGIN
    INSERT INTO dataset_search (id, search) VALUES (NEW.id,
        setweight(to_tsvector('simple', coalesce(NEW.identifier, '') || ' ' || NEW.title_id), 'A') ||
        setweight(to_tsvector('english', coalesce(NEW.title_en, '')), 'A') ||
        setweight(to_tsvector('simple', NEW.description_id), 'C') ||
        setweight(to_tsvector('english', coalesce(NEW.description_en, '')), 'C'))
    ON CONFLICT (id) DO UPDATE SET search = excluded.search;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER dataset_search_words AFTER INSERT OR UPDATE OF identifier, title_id, title_en, description_id,
    description_en ON dataset FOR EACH ROW EXECUTE FUNCTION dataset_search_words();

INSERT INTO dataset_search (id, search) SELECT id, search FROM dataset;

CREATE INDEX dataset_search_words_index ON dataset_search USING gin (search);

ALTER TABLE dataset DROP COLUMN search;
