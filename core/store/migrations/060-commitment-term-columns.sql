-- 060: what the ingest used to drop about a commitment (core/ingest/SPEC.md, "Commitment terms"):
-- when a Savings Plan or reservation started, its term, payment option and offering class, as
-- CUR writes them on the commitment's lines. Before this the commitments engine derived the start
-- as end − term. Appended to focus in the order of COMMITMENT_TERM_COLUMNS
-- (core/store/focus-columns.ts); rows loaded before carry NULL.
ALTER TABLE focus ADD COLUMN "x_SavingsPlanStartTime" TIMESTAMP;
ALTER TABLE focus ADD COLUMN "x_SavingsPlanPurchaseTerm" VARCHAR;
ALTER TABLE focus ADD COLUMN "x_SavingsPlanPaymentOption" VARCHAR;
ALTER TABLE focus ADD COLUMN "x_ReservationStartTime" TIMESTAMP;
ALTER TABLE focus ADD COLUMN "x_LeaseContractLength" VARCHAR;
ALTER TABLE focus ADD COLUMN "x_OfferingClass" VARCHAR;
