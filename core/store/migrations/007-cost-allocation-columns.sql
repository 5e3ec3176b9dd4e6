-- 007: what the ingest used to drop (core/ingest/SPEC.md, "Cost categories", "Discounts",
-- "Split cost allocation"): AWS cost categories, the discounts a line received, and split cost
-- allocation data (EKS pods / ECS tasks on their parent instance). Appended to focus in the order
-- of ALLOCATION_COLUMNS (core/store/focus-columns.ts); rows loaded before carry NULL.
ALTER TABLE focus ADD COLUMN "x_CostCategories" MAP(VARCHAR, VARCHAR);
ALTER TABLE focus ADD COLUMN "x_Discounts" MAP(VARCHAR, DECIMAL(38, 12));
ALTER TABLE focus ADD COLUMN "x_SplitParentResourceId" VARCHAR;
ALTER TABLE focus ADD COLUMN "x_SplitCost" DECIMAL(38, 12);
ALTER TABLE focus ADD COLUMN "x_SplitUnusedCost" DECIMAL(38, 12);
ALTER TABLE focus ADD COLUMN "x_SplitNetCost" DECIMAL(38, 12);
ALTER TABLE focus ADD COLUMN "x_SplitNetUnusedCost" DECIMAL(38, 12);
ALTER TABLE focus ADD COLUMN "x_SplitPublicOnDemandCost" DECIMAL(38, 12);
ALTER TABLE focus ADD COLUMN "x_SplitPublicOnDemandUnusedCost" DECIMAL(38, 12);
ALTER TABLE focus ADD COLUMN "x_SplitUsage" DECIMAL(38, 12);
ALTER TABLE focus ADD COLUMN "x_SplitUsageRatio" DECIMAL(38, 12);
ALTER TABLE focus ADD COLUMN "x_SplitReservedUsage" DECIMAL(38, 12);
ALTER TABLE focus ADD COLUMN "x_SplitActualUsage" DECIMAL(38, 12);
