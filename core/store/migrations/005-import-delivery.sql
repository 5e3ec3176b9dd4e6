-- 005: the AWS delivery each import belongs to (a manifest's assemblyId / executionId, or the
-- delivery folder AWS wrote it to), so parts of one delivery loaded apart add up and another
-- delivery of a loaded period replaces it. NULL when the file carried no delivery identity.
ALTER TABLE imports ADD COLUMN delivery_id VARCHAR;
