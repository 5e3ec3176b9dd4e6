-- 020: budgets (core/engines/budgets): one row per budget, replaced by name. The scope is one
-- pivot dimension and one value (both null: the whole workspace); amounts are exact decimals.
CREATE TABLE budgets (
  name VARCHAR PRIMARY KEY,
  scope_dimension VARCHAR,
  scope_value VARCHAR,
  period VARCHAR NOT NULL CHECK (period IN ('month', 'quarter')),
  start_month VARCHAR NOT NULL,      -- YYYY-MM, the first month of the first period
  recurring BOOLEAN NOT NULL,
  amount DECIMAL(38, 12) NOT NULL CHECK (amount > 0),
  currency VARCHAR NOT NULL,
  basis VARCHAR NOT NULL,            -- Billed | Effective | List | Contracted
  source VARCHAR NOT NULL,           -- how it came: typed, csv, aws
  updated_at TIMESTAMP NOT NULL,
  CHECK ((scope_dimension IS NULL) = (scope_value IS NULL))
);
