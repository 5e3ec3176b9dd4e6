-- 071: utilization metrics (CloudWatch, the generator's metric streams, the metrics CSV) that
-- `ingest` recognises by content (core/ingest/metrics). Rightsizing reads them. Each row belongs to
-- the import it came from: removing the import removes its rows.
CREATE TABLE resource_metrics (
  import_id INTEGER NOT NULL,        -- imports.id of the file it came from (removing an import removes its rows)
  resource_id VARCHAR NOT NULL,      -- InstanceId, VolumeId or DBInstanceIdentifier as the file names it
  account_id VARCHAR,                -- 12 digits; NULL when the file does not say
  region VARCHAR,                    -- region code; NULL when the file does not say
  namespace VARCHAR NOT NULL,        -- AWS/EC2, CWAgent, AWS/EBS, ...
  metric VARCHAR NOT NULL,           -- CloudWatch's own name: CPUUtilization, mem_used_percent, NetworkIn, NetworkOut,
                                     -- EBSReadBytes, EBSWriteBytes, disk_used_percent, ...
  period_start TIMESTAMP NOT NULL,   -- UTC, start of the aggregation period
  period_seconds INTEGER NOT NULL,   -- 60, 300, 3600, 86400
  maximum DOUBLE, average DOUBLE, minimum DOUBLE, sample_count DOUBLE,   -- NULL when the file lacks that statistic
  p95 DOUBLE, p99 DOUBLE,            -- only when the file gives extended statistics
  unit VARCHAR NOT NULL              -- normalised: 'Percent' is 0-100 (a 0-1 file is scaled, with a warning), 'Bytes', 'Count'
);
-- One row per (resource_id, metric, period_start, period_seconds): a re-ingest of the same data replaces, never doubles.
