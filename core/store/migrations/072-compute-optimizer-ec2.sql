-- 072: AWS Compute Optimizer's EC2 instance recommendations, as its export CSV gives them
-- (core/ingest/metrics/compute-optimizer.ts), kept as evidence to compare rightsizing with.
-- One row per instance and import; a later import of the same instance replaces the row.
CREATE TABLE compute_optimizer_ec2 (
  import_id INTEGER NOT NULL,                 -- imports.id of the export file (removing the import removes its rows)
  account_id VARCHAR NOT NULL,                -- accountId
  instance_arn VARCHAR NOT NULL,              -- instanceArn
  instance_id VARCHAR NOT NULL,               -- the i-... at the end of the ARN
  region VARCHAR,                             -- from the ARN
  instance_name VARCHAR,                      -- instanceName
  finding VARCHAR NOT NULL,                   -- finding: Overprovisioned, Underprovisioned, Optimized (as written)
  finding_reasons VARCHAR,                    -- findingReasonCodes, as written
  current_instance_type VARCHAR NOT NULL,     -- currentInstanceType
  current_performance_risk VARCHAR,           -- currentPerformanceRisk
  cpu_maximum DOUBLE,                         -- utilizationMetrics_CPU_MAXIMUM, percent 0-100
  memory_maximum DOUBLE,                      -- utilizationMetrics_MEMORY_MAXIMUM, percent 0-100; NULL without the agent
  lookback_days INTEGER,                      -- lookbackPeriodInDays
  recommended_type VARCHAR,                   -- recommendationOptions_1_instanceType
  recommended_performance_risk VARCHAR,       -- recommendationOptions_1_performanceRisk
  estimated_monthly_savings DECIMAL(38, 12),  -- recommendationOptions_1_estimatedMonthlySavings_value
  savings_currency VARCHAR,                   -- recommendationOptions_1_estimatedMonthlySavings_currency
  current_on_demand_price DECIMAL(38, 12),    -- current_onDemandPrice (per hour)
  recommended_on_demand_price DECIMAL(38, 12),-- recommendationOptions_1_onDemandPrice (per hour)
  last_refresh TIMESTAMP                      -- lastRefreshTimestamp_UTC
);
