-- 080: business metrics for unit economics (core/engines/unit-costs): a daily volume (orders,
-- active users, requests...) per metric, optionally per owner and per service. An import replaces
-- every row of each metric it holds; owner and service are '' when the row names none, so the
-- key stays one row per day, metric, owner and service.
CREATE TABLE business_metrics (
  metric VARCHAR NOT NULL,
  date DATE NOT NULL,
  owner VARCHAR NOT NULL,            -- the owner (a value of the owner tag), or '' for none
  service VARCHAR NOT NULL,          -- a FOCUS ServiceName, or '' for none
  value DECIMAL(38, 6) NOT NULL CHECK (value >= 0),
  source VARCHAR,                    -- the file it came from
  imported_at TIMESTAMP NOT NULL,
  PRIMARY KEY (metric, date, owner, service)
);
