// A commitment's attributes from what CUR writes on its fee lines; every expectation by hand.
import { describe, expect, it } from 'vitest';
import { commitmentAttributes, instanceFamily, parseSavingsPlanUsageType, riTermFromRateCode, termFromWord, type CommitmentFacts } from './attributes.ts';

const none: CommitmentFacts = { provider: 'AWS', focusType: null, feeUsageType: null, feeRateCode: null, purchaseOption: null, instanceType: null, operation: null, availabilityZone: null, end: null };

describe('commitment attributes', () => {
  it('reads a Savings Plan fee usage type: kind, family, term, payment', () => {
    expect(parseSavingsPlanUsageType('ComputeSP:3yrNoUpfront')).toEqual({ type: 'ComputeSavingsPlan', family: null, term: '3y', payment: 'NoUpfront' });
    expect(parseSavingsPlanUsageType('EC2SP:m5.1yrPartialUpfront')).toEqual({ type: 'EC2InstanceSavingsPlan', family: 'm5', term: '1y', payment: 'PartialUpfront' });
    expect(parseSavingsPlanUsageType('BoxUsage:m5.large')).toBeNull();
  });

  it('a Savings Plan starts its term before its end: 365 days for 1 year', () => {
    const a = commitmentAttributes({ ...none, focusType: 'Savings Plan', feeUsageType: 'ComputeSP:1yrAllUpfront', end: '2026-03-01T00:00:00Z' });
    expect(a).toMatchObject({ type: 'ComputeSavingsPlan', term: '1y', paymentOption: 'AllUpfront', start: '2025-03-01T00:00:00Z', end: '2026-03-01T00:00:00Z' });
  });

  it('an RI: term and class from the rate code, type from the fee, size-flexible when EC2 Linux regional', () => {
    expect(riTermFromRateCode('6C86BEPQVG73ZGGR.HU7G6KETJZ.6YS6EN2CT7')).toEqual({ term: '1y', offeringClass: 'standard', payment: 'PartialUpfront' });
    const a = commitmentAttributes({ ...none, focusType: 'Reserved Instances (RI)', feeUsageType: 'USE1-HeavyUsage:c5.xlarge', feeRateCode: 'X.BPH4J8HBKS.6YS6EN2CT7', operation: 'RunInstances', end: '2027-01-10T00:00:00Z' });
    expect(a).toMatchObject({ type: 'ReservedInstance', term: '3y', paymentOption: 'NoUpfront', offeringClass: 'standard', instanceType: 'c5.xlarge', instanceFamily: 'c5', sizeFlexible: true, start: '2024-01-11T00:00:00Z' });
    const rds = commitmentAttributes({ ...none, focusType: 'Reserved Instances (RI)', instanceType: 'db.r6g.large', purchaseOption: 'All Upfront' });
    expect(rds).toMatchObject({ type: 'ReservedInstance', paymentOption: 'AllUpfront', term: null, instanceFamily: 'db.r6g', sizeFlexible: false, start: null });
  });

  it('says nothing it cannot read: another provider, or no fee rows', () => {
    expect(commitmentAttributes({ ...none, provider: 'Microsoft', focusType: 'Reservation' })).toMatchObject({ type: 'Reservation', term: null, paymentOption: null, sizeFlexible: null });
    expect(commitmentAttributes({ ...none, focusType: 'Savings Plan' })).toMatchObject({ type: 'SavingsPlan', term: null, start: null });
    expect(instanceFamily('m5.large')).toBe('m5');
  });

  it('prefers what AWS writes (x_ start, term, payment, class) to what it would derive', () => {
    // a convertible RI exchanged on 2025-09-01 keeps the end of the one it replaced: its start is not end − term
    const exchanged = commitmentAttributes({
      ...none, focusType: 'Reserved Instances (RI)', feeRateCode: 'X.7NE97W5U4E.6YS6EN2CT7', end: '2026-03-10T00:00:00Z',
      start: '2025-09-01T12:00:00Z', termWord: '1yr', offeringClass: 'convertible',
    });
    expect(exchanged).toMatchObject({ term: '1y', offeringClass: 'convertible', start: '2025-09-01T12:00:00Z', end: '2026-03-10T00:00:00Z' });
    // a Savings Plan whose fee rows are outside the window: its covered rows still carry term and payment
    const sp = commitmentAttributes({ ...none, focusType: 'Savings Plan', termWord: '3yr', paymentWord: 'Partial Upfront', start: '2024-02-01T00:00:00Z', end: '2027-01-31T00:00:00Z' });
    expect(sp).toMatchObject({ type: 'SavingsPlan', term: '3y', paymentOption: 'PartialUpfront', start: '2024-02-01T00:00:00Z' });
    // the written term wins over the one a fee usage type implies
    expect(commitmentAttributes({ ...none, focusType: 'Savings Plan', feeUsageType: 'ComputeSP:1yrNoUpfront', termWord: '3yr', end: '2027-01-01T00:00:00Z' }))
      .toMatchObject({ type: 'ComputeSavingsPlan', term: '3y', paymentOption: 'NoUpfront', start: '2024-01-02T00:00:00Z' });
    expect(termFromWord('1yr')).toBe('1y');
    expect(termFromWord('3 years')).toBe('3y');
    expect(termFromWord('5yr')).toBeNull();
  });
});
