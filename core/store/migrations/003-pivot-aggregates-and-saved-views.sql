-- 003: the pivot engine's daily aggregate (core/engines/pivot/aggregates.ts keeps it equal to
-- `focus` on every ingest) and the saved views (named specs, stored verbatim as JSON text).
CREATE TABLE pivot_agg (
  "ChargeDay" DATE,
  "ProviderName" VARCHAR,
  "BillingAccountId" VARCHAR,
  "BillingAccountName" VARCHAR,
  "BillingCurrency" VARCHAR,
  "BillingPeriodStart" TIMESTAMP,
  "SubAccountId" VARCHAR,
  "SubAccountName" VARCHAR,
  "ServiceCategory" VARCHAR,
  "ServiceName" VARCHAR,
  "RegionId" VARCHAR,
  "RegionName" VARCHAR,
  "ChargeCategory" VARCHAR,
  "ChargeClass" VARCHAR,
  "PricingCategory" VARCHAR,
  "BilledCost" DECIMAL(38, 12),
  "EffectiveCost" DECIMAL(38, 12),
  "ListCost" DECIMAL(38, 12),
  "ContractedCost" DECIMAL(38, 12),
  "ConsumedQuantity" DECIMAL(38, 12),
  "LineCount" BIGINT NOT NULL
);

-- What the aggregate was built from; a pivot reads it only while this still matches.
CREATE TABLE pivot_agg_state (
  focus_rows BIGINT NOT NULL,
  imports_signature VARCHAR NOT NULL,
  built_at TIMESTAMP NOT NULL
);

CREATE TABLE saved_views (
  name VARCHAR PRIMARY KEY,
  kind VARCHAR NOT NULL,
  spec VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL
);
