// The rate table's rows as plain JSON (rates.ts keeps them in the workspace). Schemas only: the
// Electron preload bundles the contract that imports this file.
import * as z from 'zod';
import { ELIGIBLE_TYPES, PAYMENT_OPTIONS, TERMS } from './constants.ts';

export const RATE_SOURCES = ['given', 'table', 'observed', 'default'] as const;
export type RateSource = (typeof RATE_SOURCES)[number];

const name = z.string().trim().max(64).regex(/^[a-z0-9.-]*$/, 'a region or scope is written as AWS does: us-east-1, m5, m5.large, db.r6g.large');

/** One row of the rate table; region and scope '' (or absent) mean "any". */
export const commitmentRateSchema = z.strictObject({
  type: z.enum(ELIGIBLE_TYPES),
  term: z.enum(TERMS),
  payment: z.enum(PAYMENT_OPTIONS),
  region: name.default(''),
  /** EC2 Instance SP: a family (m5); RI: an instance type (m5.large) or a family. */
  scope: name.default(''),
  rate: z.number().gt(0).max(1),
  note: z.string().max(500).optional(),
});
export type CommitmentRateInput = z.input<typeof commitmentRateSchema>;
export type CommitmentRate = z.output<typeof commitmentRateSchema> & { updatedAt: string };
export const commitmentRateKeySchema = commitmentRateSchema.pick({ type: true, term: true, payment: true, region: true, scope: true });
export type CommitmentRateKey = z.output<typeof commitmentRateKeySchema>;
export type CommitmentRateKeyInput = z.input<typeof commitmentRateKeySchema>;
