-- 081: the grain of each business metric (core/engines/unit-costs, grain.ts): 'day' (a volume per
-- day: orders) or 'month' (one value per month: monthly active users), declared at import or
-- detected from the dates. A metric with no row here is daily (imported before this migration).
CREATE TABLE business_metric_grains (
  metric VARCHAR PRIMARY KEY,
  grain VARCHAR NOT NULL CHECK (grain IN ('day', 'month'))
);
