-- oncoguide schema 2 (PostgreSQL): the same column as SQLite's schema 2 (see its comment).
ALTER TABLE records ADD COLUMN parsed_version INTEGER NOT NULL DEFAULT 1;
