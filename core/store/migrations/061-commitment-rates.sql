-- 061: the commitment rate table (core/engines/commitments/rates.ts): the price of covered usage
-- under a commitment as a fraction of its on-demand equivalent (0.72 = 28% off), as the user
-- states it per type, term and payment option, optionally for one region and one scope (an EC2
-- Instance SP's family, an RI's instance type). '' is "any". A what-if uses the most specific row.
CREATE TABLE commitment_rates (
  type VARCHAR NOT NULL CHECK (type IN ('ComputeSavingsPlan', 'EC2InstanceSavingsPlan', 'ReservedInstance')),
  term VARCHAR NOT NULL CHECK (term IN ('1y', '3y')),
  payment VARCHAR NOT NULL CHECK (payment IN ('NoUpfront', 'PartialUpfront', 'AllUpfront')),
  region VARCHAR NOT NULL DEFAULT '',
  scope VARCHAR NOT NULL DEFAULT '',
  rate DECIMAL(9, 6) NOT NULL CHECK (rate > 0 AND rate <= 1),
  note VARCHAR,
  updated_at TIMESTAMP NOT NULL,
  PRIMARY KEY (type, term, payment, region, scope)
);
