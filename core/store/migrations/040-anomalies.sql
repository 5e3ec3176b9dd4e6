-- 040: anomaly records and feedback (core/engines/anomaly). Ids are stable (a hash of the
-- incident's signature and start), so records and feedback survive a re-ingest of the same data.
CREATE TABLE anomaly_records (
  id VARCHAR PRIMARY KEY,
  pattern VARCHAR NOT NULL,          -- the signature (account, service, region, usage type) as JSON
  start_day DATE NOT NULL,
  end_day DATE NOT NULL,
  anomaly VARCHAR NOT NULL,          -- the Anomaly as last reported (JSON)
  spec VARCHAR NOT NULL,             -- the AnomalySpec that found it (JSON), for its detail
  first_seen TIMESTAMP NOT NULL,
  last_seen TIMESTAMP NOT NULL
);

CREATE TABLE anomaly_feedback (
  id VARCHAR PRIMARY KEY,            -- an anomaly_records id
  verdict VARCHAR NOT NULL CHECK (verdict IN ('yes', 'no', 'planned')),
  note VARCHAR,
  pattern VARCHAR NOT NULL,          -- copied from the record: no and planned suppress it
  updated_at TIMESTAMP NOT NULL
);
