-- 010: the tag policy an audit checks against (core/engines/tags): one row, the policy as JSON
-- (validated by the engine's schema on the way in and out). No row: the default required keys.
CREATE TABLE tag_policy (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  policy VARCHAR NOT NULL,           -- TagPolicy JSON ({kind: 'tagPolicy', keys: [...]})
  source VARCHAR,                    -- where it came from (an imported file's name), if said
  updated_at TIMESTAMP NOT NULL
);
