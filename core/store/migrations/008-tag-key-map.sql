-- 008: the tag key map (core/ingest/SPEC.md, "Tag keys"). CUR 2.0 and the Athena form write a tag
-- key in snake_case (`user_team`), which loses AWS's own key (`user:Team`); legacy CUR headers keep
-- it. Each row says which workspace key an AWS snake-case key stands for: learned from a legacy
-- header, or set by the user (`finops-workbench tagkeys set`).
CREATE TABLE tag_key_map (
  aws_key VARCHAR NOT NULL,      -- as CUR 2.0 writes it: user_team, aws_created_by
  tag_key VARCHAR NOT NULL,      -- the workspace key: Team, aws:createdBy (user: dropped, aws: kept)
  origin VARCHAR NOT NULL,       -- 'learned' (a legacy CUR header) or 'set' (by the user)
  import_id INTEGER,             -- learned: the first import whose header had it
  recorded_at TIMESTAMP NOT NULL DEFAULT (now()::TIMESTAMP),
  PRIMARY KEY (aws_key, tag_key, origin)
);

-- Workspaces made before this map: learn the keys their legacy CUR imports already hold, so a
-- CUR 2.0 month loaded later finds them. The snake_case form is AWS's Athena rule (cur-names.ts):
-- '_' before capitals, lowercase, other characters to '_', runs collapsed, ends trimmed.
INSERT INTO tag_key_map (aws_key, tag_key, origin, import_id)
SELECT trim(regexp_replace(regexp_replace(lower(regexp_replace(
         CASE WHEN starts_with(k, 'aws:') THEN k ELSE 'user:' || k END, '([A-Z])', '_\1', 'g')),
         '[^a-z0-9]', '_', 'g'), '_+', '_', 'g'), '_') AS aws_key,
       k AS tag_key, 'learned', min(x_ImportId)
FROM (SELECT unnest(map_keys(f.Tags)) AS k, f.x_ImportId FROM focus f
      JOIN imports i ON i.id = f.x_ImportId
      WHERE i.format IN ('cur-legacy-csv', 'cur-legacy-parquet'))
GROUP BY 1, 2;
