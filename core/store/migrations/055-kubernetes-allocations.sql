-- 055: imported OpenCost / Kubecost allocations (core/engines/chargeback/kubernetes). One row per
-- imported file in k8s_allocation_imports, one row per allocation of it in k8s_allocations;
-- costs are exact decimals as the file gave them. Windows are UTC, the end not included.
CREATE SEQUENCE k8s_allocation_import_ids START 1;
CREATE TABLE k8s_allocation_imports (
  id INTEGER PRIMARY KEY,
  file_name VARCHAR NOT NULL,
  content_hash VARCHAR NOT NULL,       -- sha256 of the file: the same file twice changes nothing
  format VARCHAR NOT NULL,             -- opencost-json | opencost-csv
  clusters VARCHAR[] NOT NULL,         -- as the bill names them (the file's, or --cluster)
  cluster_tag VARCHAR,                 -- a tag key naming the nodes' cluster besides the standard ones
  window_start TIMESTAMP NOT NULL,     -- the earliest window start and latest window end
  window_end TIMESTAMP NOT NULL,
  windows INTEGER NOT NULL,            -- distinct windows
  allocations BIGINT NOT NULL,
  total_cost DECIMAL(38, 12) NOT NULL, -- Σ of every cost component, idle included
  imported_at TIMESTAMP NOT NULL
);
CREATE TABLE k8s_allocations (
  import_id INTEGER NOT NULL,
  cluster VARCHAR NOT NULL,
  window_start TIMESTAMP NOT NULL,
  window_end TIMESTAMP NOT NULL,
  name VARCHAR NOT NULL,
  namespace VARCHAR,
  controller_kind VARCHAR,
  controller VARCHAR,
  pod VARCHAR,
  container VARCHAR,
  node VARCHAR,
  labels MAP(VARCHAR, VARCHAR),
  is_idle BOOLEAN NOT NULL,
  cpu_cost DECIMAL(38, 12) NOT NULL,
  gpu_cost DECIMAL(38, 12) NOT NULL,
  ram_cost DECIMAL(38, 12) NOT NULL,
  pv_cost DECIMAL(38, 12) NOT NULL,
  network_cost DECIMAL(38, 12) NOT NULL,
  load_balancer_cost DECIMAL(38, 12) NOT NULL,
  shared_cost DECIMAL(38, 12) NOT NULL,
  external_cost DECIMAL(38, 12) NOT NULL,
  idle_cost DECIMAL(38, 12) NOT NULL
);
