// Commitments status against a generated organisation's truth.json (core/synth): every commitment
// the generator bought, with its type, term, payment option, start, end, hourly commitment (SPs)
// or count (RIs) and scope, and its utilization per month as the generator allocated it (truth
// floors utilization to 6 decimals). Hourly legacy CUR, so every fee and unused row comes from
// the CUR mapping (core/ingest/aws/unused-commitment.ts).
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import '../../core/engines/register.ts';
import { run } from '../../core/engines/commitments/index.ts';
import { generateAndIngest, type RoundTrip } from '../../core/synth/round-trip.ts';
import { tempDir } from '../support/workspace.ts';

let dir: string;
let rt: RoundTrip;
beforeAll(async () => {
  dir = tempDir('commitments-synth-');
  rt = await generateAndIngest(dir, { months: 2, scale: 20_000, seed: 7, format: 'cur-legacy-csv', metrics: false, start: '2026-08' });
}, 400_000);
afterAll(() => {
  rt?.close();
  rmSync(dir, { recursive: true, force: true });
});

const PAYMENT: Record<string, string> = { 'No Upfront': 'NoUpfront', 'Partial Upfront': 'PartialUpfront', 'All Upfront': 'AllUpfront' };

it('every commitment of the truth, with its attributes and its utilization per month (Savings Plans: also their dollars)', async () => {
  const r = await run(rt.ws.db, { kind: 'commitments-status' });
  const truth = rt.truth.commitments;
  expect(r.commitments.map((c) => c.id).sort()).toEqual(truth.map((c) => c.id).sort());
  for (const t of truth) {
    const c = r.commitments.find((x) => x.id === t.id)!;
    expect({ id: c.id, type: c.type, term: c.term, payment: c.paymentOption, start: c.start, end: c.end }).toEqual({
      id: t.id, type: t.type, term: t.term.replace('yr', 'y'), payment: PAYMENT[t.paymentOption], start: t.start, end: t.end,
    });
    if (t.hourlyCommitment !== null) expect(c.commitmentPerHour).toBeCloseTo(Number(t.hourlyCommitment), 6);
    if (t.count !== null) expect(c.units).toBeCloseTo(t.count, 6);
    if (t.instanceType !== null) expect(c.scope.instanceType).toBe(t.instanceType);
    if (t.type !== 'ComputeSavingsPlan') expect(c.scope.region).toBe(t.regionId);
    if (t.instanceFamily !== null) expect(c.scope.instanceFamily).toBe(t.instanceFamily);
    for (const [month, m] of Object.entries(t.utilizationByMonth)) {
      const p = c.periods.find((x) => x.period === month);
      if (m.utilization === null) {
        expect(p).toBeUndefined();
        continue;
      }
      expect(p, `${t.id} ${month}`).toBeDefined();
      expect(Math.abs(p!.utilization! - m.utilization), `${t.id} ${month}: ${p!.utilization} vs ${m.utilization}`).toBeLessThan(1.01e-6);
      // a Savings Plan's month in dollars, as the generator allocated it: committed (its whole hourly
      // commitment over its hours) and used, to the cent (RIs: truth counts hours, status dollars)
      if (m.unit === 'USD') {
        expect(Math.abs(p!.committed - Number(m.committed)), `${t.id} ${month} committed`).toBeLessThan(0.005);
        expect(Math.abs(p!.used - Number(m.used)), `${t.id} ${month} used`).toBeLessThan(0.005);
      }
    }
  }
});
