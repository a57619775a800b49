-- oncoguide schema 3 (PostgreSQL): the same column as SQLite's schema 3 (see its comment).
ALTER TABLE users ADD COLUMN written_at BIGINT NOT NULL DEFAULT 0;
