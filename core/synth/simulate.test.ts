// The simulation against identities that hold by the economics of commitments, whatever the
// organisation: not by reading back what the code computed.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel, type Model } from './build.ts';
import { buildPlans } from './cover.ts';
import { simulate } from './simulate.ts';
import { Periods, HOUR } from './calendar.ts';
import { TruthAccumulator } from './truth.ts';
import { KIND, type Line } from './lines.ts';
import { mix3 } from './rng.ts';

async function run(m: Model): Promise<{ lines: Line[]; truth: TruthAccumulator }> {
  const truth = new TruthAccumulator(m.months.length, m.org.accounts.length, m.items, m.commitments.length);
  const lines: Line[] = [];
  await simulate(
    { items: m.items, commitments: m.commitments, plans: buildPlans(m.commitments, m.items), months: m.months, grain: m.grain, seedKey: mix3(m.seed, 17, 29), periods: new Periods(), truth, monthEndItems: m.monthEndItems, rangeStart: m.timeline.start },
    (l) => lines.push({ ...l }),
    { afterStep: async () => {}, afterMonth: async () => {} },
  );
  return { lines, truth };
}

const sum = (lines: Line[], f: (l: Line) => number): number => lines.reduce((s, l) => s + f(l), 0);

describe('a simulated bill', () => {
  let m: Model;
  let lines: Line[];
  let truth: TruthAccumulator;
  beforeAll(async () => {
    m = buildModel(3, '2026-08', 2, 'daily', 0.05);
    ({ lines, truth } = await run(m));
  });

  it('keeps every amount a whole number of money units', () => {
    for (const l of lines) for (const v of [l.amount, l.unblended, l.effective, l.list]) expect(Number.isInteger(v)).toBe(true);
  });

  it('charges each Savings Plan exactly its commitment in effective cost, used or not', () => {
    const sps = m.commitments.filter((c) => c.kind !== 'ReservedInstance');
    expect(sps.length).toBeGreaterThanOrEqual(3);
    for (const c of sps) {
      const hours = (Math.min(c.end, m.timeline.end) - Math.max(c.start, m.timeline.start)) / HOUR;
      const mine = lines.filter((l) => l.cmt === c.index);
      expect(sum(mine, (l) => l.effective)).toBe(c.hourlyCommitmentMu * hours);
      // covered usage and its negation cancel in billed cost
      expect(sum(mine.filter((l) => l.kind === KIND.SavingsPlanCoveredUsage || l.kind === KIND.SavingsPlanNegation), (l) => l.unblended)).toBe(0);
    }
  });

  it('charges each Reserved Instance its amortized and recurring rate for every reserved hour', () => {
    const ris = m.commitments.filter((c) => c.kind === 'ReservedInstance');
    expect(ris.length).toBeGreaterThanOrEqual(3);
    for (const c of ris) {
      const hours = (Math.min(c.end, m.timeline.end) - Math.max(c.start, m.timeline.start)) / HOUR;
      const effective = sum(lines.filter((l) => l.cmt === c.index && (l.kind === KIND.DiscountedUsage || l.kind === KIND.RIFee)), (l) => l.effective);
      expect(effective).toBe(((c.amortizedHourlyMu + c.recurringHourlyMu) / 1000) * c.count * hours * 1000);
    }
  });

  it('bills an upfront fee once, for commitments bought inside the range', () => {
    for (const c of m.commitments) {
      const fees = lines.filter((l) => l.cmt === c.index && (l.kind === KIND.SavingsPlanUpfrontFee || l.kind === KIND.Fee));
      const inside = c.start >= m.timeline.start && c.upfrontMu > 0;
      expect(fees.map((l) => l.unblended)).toEqual(inside ? [c.upfrontMu] : []);
    }
  });

  it('prices usage no commitment covers at its public rate', () => {
    for (const l of lines.filter((x) => x.kind === KIND.Usage)) {
      const item = m.items[l.item]!;
      expect(l.unblended).toBe((item.rateMu / 10 ** item.amountScale) * l.amount);
      expect(l.effective).toBe(l.unblended);
    }
  });

  it('adds up the truth from the lines it was given', () => {
    m.months.forEach((mo) => {
      const of = lines.filter((l) => l.month === mo.index);
      expect(truth.totals.get(mo.index * 3)).toBe(BigInt(sum(of, (l) => l.unblended)));
      expect(truth.totals.get(mo.index * 3 + 1)).toBe(BigInt(sum(of, (l) => l.effective)));
      expect(truth.totals.get(mo.index * 3 + 2)).toBe(BigInt(sum(of, (l) => l.list)));
    });
  });

  it('writes the same lines for the same seed, and others for another', async () => {
    const again = await run(buildModel(3, '2026-08', 2, 'daily', 0.05));
    expect(again.lines).toEqual(lines);
    const other = await run(buildModel(4, '2026-08', 2, 'daily', 0.05));
    expect(other.lines).not.toEqual(lines);
  });
});
