-- oncoguide schema 2 (SQLite): records say what their sealed_parsed holds (store.h
-- ParsedVersion). Rows written by schema 1 hold the API view of the observations (1): the result
-- is computed by re-parsing their raw file. New rows hold the whole parsed record (2), so a new
-- upload recomputes the result without re-parsing any raw file.
ALTER TABLE records ADD COLUMN parsed_version INTEGER NOT NULL DEFAULT 1;
