import { describe, expect, it } from 'vitest';
import type { CommitmentStatus } from '../../../core/api/commitments-contract.ts';
import { expiryBand, inventoryCsv, nextSort, scopeText, shortId, sortCommitments, utilizationByPeriod } from './inventory-model.ts';

const noScope = { region: null, instanceFamily: null, instanceType: null, sizeFlexible: null, service: null };
function commitment(id: string, over: Partial<CommitmentStatus> = {}): CommitmentStatus {
  return {
    id, provider: 'AWS', type: 'ComputeSavingsPlan', focusType: 'Savings Plan', category: 'Spend', name: null, term: '1y', paymentOption: 'NoUpfront', offeringClass: null,
    start: '2026-01-01T00:00:00Z', end: '2027-01-01T00:00:00Z', firstSeen: '2026-08-01T00:00:00Z', lastSeen: '2026-09-01T00:00:00Z', activeHours: 744,
    commitmentPerHour: 1, units: null, scope: noScope, daysToExpiry: 100, committed: 744, used: 700, unused: 44, utilization: 700 / 744, onDemandEquivalent: 1000,
    netSavings: 256, periods: [], ...over,
  };
}

describe('inventory sort', () => {
  const a = commitment('a', { netSavings: 10, end: '2027-03-01T00:00:00Z' });
  const b = commitment('b', { netSavings: null, end: null });
  const c = commitment('c', { netSavings: -5, end: '2026-12-01T00:00:00Z' });
  it('orders by the column, missing values last both ways', () => {
    expect(sortCommitments([a, b, c], { column: 'netSavings', descending: false }).map((x) => x.id)).toEqual(['c', 'a', 'b']);
    expect(sortCommitments([a, b, c], { column: 'netSavings', descending: true }).map((x) => x.id)).toEqual(['a', 'c', 'b']);
    expect(sortCommitments([a, b, c], { column: 'end', descending: false }).map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });
  it('a second click on a column turns the order round; another column starts ascending', () => {
    expect(nextSort({ column: 'end', descending: false }, 'end')).toEqual({ column: 'end', descending: true });
    expect(nextSort({ column: 'end', descending: true }, 'utilization')).toEqual({ column: 'utilization', descending: false });
  });
});

describe('expiry band', () => {
  const expiring = [
    { withinDays: 30, ids: ['soon'], commitmentPerHour: 1 },
    { withinDays: 60, ids: ['soon', 'later'], commitmentPerHour: 2 },
    { withinDays: 90, ids: ['soon', 'later', 'last'], commitmentPerHour: 3 },
  ];
  it('the nearest window the engine lists it in; ended when its end is past', () => {
    expect(expiryBand(commitment('soon'), expiring)).toBe(30);
    expect(expiryBand(commitment('later'), expiring)).toBe(60);
    expect(expiryBand(commitment('last'), expiring)).toBe(90);
    expect(expiryBand(commitment('far'), expiring)).toBeNull();
    expect(expiryBand(commitment('gone', { daysToExpiry: -3 }), expiring)).toBe('ended');
  });
});

it('scope in words', () => {
  expect(scopeText(commitment('sp'))).toBe('any region');
  expect(scopeText(commitment('ri', { scope: { region: 'us-east-1', instanceFamily: 'c5', instanceType: 'c5.xlarge', sizeFlexible: true, service: 'Amazon EC2' } }))).toBe('us-east-1 · c5 family (size-flexible) · Amazon EC2');
  expect(scopeText(commitment('ri', { scope: { region: 'us-east-1', instanceFamily: 'db.r6g', instanceType: 'db.r6g.large', sizeFlexible: false, service: null } }))).toBe('us-east-1 · db.r6g.large');
  expect(scopeText(commitment('ec2sp', { scope: { ...noScope, region: 'eu-west-1', instanceFamily: 'm5' } }))).toBe('eu-west-1 · m5 family');
});

it('CSV: a header, raw figures, quoted text, no formula', () => {
  const csv = inventoryCsv([commitment('arn:x,1', { utilization: 0.5, netSavings: -12.5, units: 2, scope: { ...noScope, service: '=cmd' } })]);
  const [head, row] = csv.split('\r\n');
  expect(head!.split(',')).toHaveLength(20);
  expect(row).toBe('"arn:x,1",ComputeSavingsPlan,1y,NoUpfront,2026-01-01T00:00:00Z,2027-01-01T00:00:00Z,1,2,,,,,\'=cmd,744,700,44,0.5,1000,-12.5,100');
});

it('utilization per month over all commitments: Σ used ÷ Σ committed', () => {
  const p = (period: string, committed: number, used: number) => ({ period, committed, used, unused: committed - used, utilization: used / committed, onDemandEquivalent: 0, netSavings: 0 });
  const list = [commitment('a', { periods: [p('2026-09', 100, 50), p('2026-08', 100, 100)] }), commitment('b', { periods: [p('2026-09', 300, 300)] })];
  // August: 100 ÷ 100; September: (50 + 300) ÷ (100 + 300) = 0.875
  expect(utilizationByPeriod(list)).toEqual([{ period: '2026-08', utilization: 1 }, { period: '2026-09', utilization: 0.875 }]);
});

it('an id in short: an ARN’s last segment', () => {
  expect(shortId('arn:aws:savingsplans::111111111111:savingsplan/sp-a')).toBe('sp-a');
  expect(shortId('arn:aws:rds:us-east-1:189978836524:ri:payments-db-r6g-large-f170a1')).toBe('payments-db-r6g-large-f170a1');
  expect(shortId('cud-123')).toBe('cud-123');
});
