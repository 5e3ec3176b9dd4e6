-- 031: tags in the pivot's acceleration (core/engines/pivot/tag-aggregate.ts). pivot_agg gains
-- the id of each line's tag set (a hash of its Tags map); pivot_tag_sets holds each set once, and
-- pivot_tag_values its effective entries (tag aliases applied), one row per (set, key), which a
-- pivot by tag:KEY joins to pivot_agg. The aggregate is marked unbuilt so the next refresh
-- rebuilds it whole; until then pivots read focus (slower, never wrong).
ALTER TABLE pivot_agg ADD COLUMN "TagSetId" UBIGINT;
CREATE TABLE pivot_tag_sets ("TagSetId" UBIGINT NOT NULL, "Tags" MAP(VARCHAR, VARCHAR) NOT NULL);
CREATE TABLE pivot_tag_values ("TagSetId" UBIGINT NOT NULL, "TagKey" VARCHAR NOT NULL, "TagValue" VARCHAR);
DELETE FROM pivot_agg_state;
