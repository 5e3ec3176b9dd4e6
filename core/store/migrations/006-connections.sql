-- 006: saved connections to where billing data lives (AWS S3 deliveries, Athena CUR tables,
-- Cost Explorer). A connection names its credentials, never holds them: an AWS profile, or the
-- name of access keys saved in the OS keychain, or neither (the SDK's default chain). Secrets
-- stay in the keychain and are read in core only when a request is signed.
CREATE TABLE connections (
  name VARCHAR PRIMARY KEY,
  kind VARCHAR NOT NULL CHECK (kind IN ('athena', 's3', 'costexplorer')),
  profile VARCHAR,                   -- an AWS profile (~/.aws/config, ~/.aws/credentials)
  keychain_keys VARCHAR,             -- the NAME of keys in the OS keychain (credentials set)
  region VARCHAR,
  endpoint_url VARCHAR,              -- a LocalStack-style endpoint; null for AWS itself
  -- athena
  workgroup VARCHAR,
  catalog VARCHAR,
  database_name VARCHAR,
  table_name VARCHAR,
  output_location VARCHAR,
  -- s3
  bucket VARCHAR,
  prefix VARCHAR,
  -- costexplorer
  group_by VARCHAR[],
  billing_account_id VARCHAR,
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  CHECK (profile IS NULL OR keychain_keys IS NULL)
);
