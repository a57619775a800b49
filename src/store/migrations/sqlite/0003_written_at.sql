-- oncoguide schema 3 (SQLite): users.written_at, the time of the user's last change to their own
-- data (an upload, a deleted record, a share made or revoked). A server with a read replica
-- (`serve --db-read`) reads a user's data from the primary while this is recent, so a person
-- always sees what they just wrote (store.h MarkWritten). SQLite has no replica; the column is
-- kept so that both backends have one schema and `admin copy` moves between them.
ALTER TABLE users ADD COLUMN written_at INTEGER NOT NULL DEFAULT 0;
