-- 030: tag aliases (core/engines/tags/aliases): a layer over the loaded tags that every engine
-- reads through; the Tags of focus are never rewritten. A key alias renames a key (key = ''),
-- a value alias renames a value within one (canonical) key. Chains are resolved when an alias is
-- written, so `to_value` is never itself a `from_value` of the same kind and key.
CREATE TABLE tag_aliases (
  kind VARCHAR NOT NULL CHECK (kind IN ('key', 'value')),
  "key" VARCHAR NOT NULL,            -- '' for a key alias; the canonical key of a value alias
  from_value VARCHAR NOT NULL,
  to_value VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL,
  PRIMARY KEY (kind, "key", from_value)
);
