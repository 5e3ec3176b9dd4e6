-- 090: what a FOCUS file delivered as it is, so `validate` can tell the provider's own figures from
-- the workbench's (core/conformance/SPEC.md, "Violations and source findings").
-- imports.delivered_columns: the FOCUS columns a provider's FOCUS file (loaded from disk or S3)
-- carries under their own name; NULL for every other import (CUR forms, Athena, Cost Explorer: each
-- column there is the workbench's mapping) and for imports loaded before this migration.
-- focus.x_FocusFilledColumns: on a row of a FOCUS file, the FOCUS columns whose value the ingest
-- filled or changed on that row (core/ingest/focus-fill.ts); NULL when it took every one as given.
ALTER TABLE imports ADD COLUMN delivered_columns VARCHAR[];
ALTER TABLE focus ADD COLUMN "x_FocusFilledColumns" VARCHAR[];
