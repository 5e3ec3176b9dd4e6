-- 004: import attempts that failed or were cancelled, so the history keeps them across sessions.
-- Apart from `imports` on purpose: a failed ingest leaves `imports` and `focus` exactly as they
-- were, and this table is written after the ingest's transaction has rolled back.
CREATE SEQUENCE failed_import_id_seq START 1;

CREATE TABLE failed_imports (
  id INTEGER PRIMARY KEY DEFAULT nextval('failed_import_id_seq'),
  paths VARCHAR[] NOT NULL,          -- the paths the ingest was given
  error_code VARCHAR NOT NULL,       -- the WorkbenchError code (CANCELLED for a cancelled import)
  message VARCHAR NOT NULL,          -- the error's message, as the person saw it
  attempted_at TIMESTAMP NOT NULL DEFAULT (now()::TIMESTAMP)
);
