-- 050: chargeback (core/engines/chargeback). Every saved version of the allocation rules, as the
-- plain JSON a person can read and re-import, with who saved it (the OS user name), when, and what
-- changed from the version before; versions are never rewritten. And the account → owner map an
-- owner chain can fall back to (imported from CSV, replaced whole on each import).
CREATE TABLE chargeback_rules_versions (
  version INTEGER PRIMARY KEY,
  saved_at TIMESTAMP NOT NULL,
  saved_by VARCHAR NOT NULL,
  change VARCHAR NOT NULL,
  source VARCHAR,
  rules VARCHAR NOT NULL
);

CREATE TABLE chargeback_account_owners (
  account_id VARCHAR PRIMARY KEY,
  owner VARCHAR NOT NULL,
  imported_at TIMESTAMP NOT NULL,
  source VARCHAR
);
