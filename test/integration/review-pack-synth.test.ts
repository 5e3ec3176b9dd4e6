// The review pack on a generated bill (three months, commitments, anomalies, tags) with a budget:
// every section's numbers equal the engine's JSON for the same month, asked here of the engine
// itself with the same request (the definition), in the pack, in the deck's slide XML and
// in the PDF's text; every image in the deck is a valid PNG.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodName, ResponseOf, WorkbenchApi } from '../../core/api/contract.ts';
import type { ReviewPack, ReviewSlide } from '../../core/api/review-contract.ts';
import { createWorkbench } from '../../core/api/service.ts';
import { validateRequest } from '../../core/api/validate.ts';
import { REVIEW_SLIDE_IDS } from '../../core/review/constants.ts';
import { writeReviewPack } from '../../core/review/export/index.ts';
import { cellText } from '../../core/review/format.ts';
import { generateAndIngest, type RoundTrip } from '../../core/synth/round-trip.ts';
import { pdfPages, pngSize, readDeck, type DeckSlide } from '../support/office-files.ts';
import { tempDir } from '../support/workspace.ts';

const PERIOD = '2026-10';
const FROM = '2026-10-01';
const TO = '2026-11-01';
// the generated data runs to the month's last day, so budgets and forecast are asked as of it
const AS_OF = '2026-10-31';

const dir = tempDir('fw-review-synth-');
let loaded: RoundTrip;
let api: WorkbenchApi;
let pack: ReviewPack;
let deck: DeckSlide[];
let media: Record<string, Uint8Array>;
let pages: string[];

beforeAll(async () => {
  loaded = await generateAndIngest(join(dir, 'gen'), { months: 3, seed: 7, scale: 3000, grain: 'daily', metrics: false });
  api = createWorkbench(loaded.ws);
  await api.budgetsSet(validateRequest('budgetsSet', { budget: { name: 'Everything', amount: 6500, start: '2026-08', period: 'month', recurring: true } }));
  pack = await api.reviewPack({ period: PERIOD });
  const read = readDeck(await writeReviewPack(pack, 'pptx'));
  deck = read.slides;
  media = read.files;
  pages = pdfPages(await writeReviewPack(pack, 'pdf'));
}, 900_000);
afterAll(() => {
  loaded?.close();
  rmSync(dir, { recursive: true, force: true });
});

const ask = <M extends MethodName>(method: M, request: unknown): Promise<ResponseOf<M>> => (api[method] as (r: unknown) => Promise<ResponseOf<M>>)(validateRequest(method, request));
const slide = (id: string): ReviewSlide => pack.slides.find((s) => s.id === id)!;
const index = (id: string) => REVIEW_SLIDE_IDS.indexOf(id as (typeof REVIEW_SLIDE_IDS)[number]);

/** The figure as the deck and the PDF print it, found on the slide and on its page. */
function shown(id: string, value: number | null, kind: 'money' | 'percent' | 'number' = 'money'): void {
  const text = cellText(value, kind);
  expect(deck[index(id)]!.text, `${id} deck: ${text}`).toContain(text);
  expect(pages[index(id)]!, `${id} pdf: ${text}`).toContain(text);
}

function monthCell(result: { columns: { measure: string; total: boolean }[] }, values: (number | null)[], measure: string): number | null {
  return values[result.columns.findIndex((c) => c.measure === measure && !c.total)] ?? null;
}

describe('review pack on a generated bill', () => {
  it('has every slide with data but unit costs (no business metrics)', () => {
    expect(pack.slides.map((s) => [s.id, s.status])).toEqual(REVIEW_SLIDE_IDS.map((id) => [id, id === 'unit-costs' ? 'no-data' : 'ok']));
  });

  it('title and month over month: the pivot of the month', async () => {
    const spec = (rows: string[]) => ({ kind: 'pivot', rows, columns: ['period'], grain: 'month', measures: ['cost', 'change', 'changePct'], period: { from: FROM, to: TO }, ...(rows.length ? { topN: [{ dimension: rows[0], n: 10 }] } : {}) });
    const total = await ask('pivot', { spec: spec([]) });
    const cost = monthCell(total, total.totals!, 'cost');
    expect(slide('title').tables[0]!.rows[0]).toMatchObject({ cost, change: monthCell(total, total.totals!, 'change') });
    shown('title', cost);
    const byService = await ask('pivot', { spec: spec(['ServiceName']) });
    const rows = byService.rows.filter((r) => r.depth === 1);
    expect(slide('month-over-month').tables[0]!.rows).toEqual(rows.map((r) => ({ name: r.labels[0], cost: monthCell(byService, r.values, 'cost'), change: monthCell(byService, r.values, 'change'), changePct: monthCell(byService, r.values, 'changePct') })));
    for (const r of rows) {
      shown('month-over-month', monthCell(byService, r.values, 'cost'));
      shown('month-over-month', monthCell(byService, r.values, 'change'));
    }
  });

  it('total vs budget: budgetsStatus and the forecast as of the month end', async () => {
    const status = (await ask('budgetsStatus', { asOf: AS_OF })).statuses[0]!;
    expect(slide('total-vs-budget').tables[0]!.rows[0]).toMatchObject({ name: 'Everything', amount: 6500, actual: status.actual, forecast: status.forecast, status: status.status });
    for (const v of [6500, status.actual, status.forecast]) shown('total-vs-budget', v);
    const month = (await ask('forecast', { spec: { kind: 'forecast', backtest: false, asOf: AS_OF } })).series[0]!.periodEnd.month;
    expect(slide('total-vs-budget').tables[1]!.rows[0]).toMatchObject({ actual: month.actual, forecast: month.value, lower80: month.lower80, upper80: month.upper80 });
    shown('total-vs-budget', month.upper80);
  });

  it('top movers: the service that changed most, from the pivot by service and usage type', async () => {
    const pivot = await ask('pivot', { spec: { kind: 'pivot', rows: ['ServiceName', 'x_UsageType'], columns: ['period'], grain: 'month', measures: ['cost', 'change', 'changePct'], period: { from: FROM, to: TO } } });
    const top = pivot.rows.filter((r) => r.depth === 1).sort((a, b) => Math.abs(monthCell(pivot, b.values, 'change') ?? 0) - Math.abs(monthCell(pivot, a.values, 'change') ?? 0))[0]!;
    expect(slide('top-movers').tables[0]!.rows[0]).toMatchObject({ service: top.labels[0], cost: monthCell(pivot, top.values, 'cost'), change: monthCell(pivot, top.values, 'change') });
    shown('top-movers', monthCell(pivot, top.values, 'change'));
  });

  it('anomalies: those of the month, by impact, with cause and status', async () => {
    const result = await ask('anomalies', { spec: { kind: 'anomalies', since: FROM } });
    const inMonth = result.anomalies.filter((a) => a.start < TO && a.end >= FROM).sort((a, b) => b.impact - a.impact);
    expect(inMonth.length).toBeGreaterThan(0);
    expect(slide('anomalies').tables[0]!.rows.map((r) => [r.start, r.impact, r.status])).toEqual(inMonth.slice(0, 10).map((a) => [a.start, a.impact, a.feedback?.verdict ?? 'open']));
    for (const a of inMonth.slice(0, 10)) shown('anomalies', a.impact);
  });

  it('tag coverage: the audit of the month against its target', async () => {
    const audit = await ask('tagsAudit', { spec: { period: PERIOD, offenders: 10 } });
    expect(slide('tag-coverage').tables[0]!.rows.slice(0, -1)).toEqual(audit.coverage.map((k) => ({ key: k.key, taggedCost: k.taggedCost, share: k.share, taggableShare: k.taggableShare })));
    for (const k of audit.coverage) {
      shown('tag-coverage', k.taggedCost);
      shown('tag-coverage', k.share, 'percent');
    }
  });

  it('commitments: status over the month', async () => {
    const s = await ask('commitmentsStatus', { spec: { kind: 'commitments-status', from: FROM, to: TO, asOf: TO } });
    expect(s.commitments.length).toBeGreaterThan(0);
    expect(slide('commitments').tables[0]!.rows[0]).toEqual({ committed: s.totals.committed, used: s.totals.used, utilization: s.utilization, coverage: s.coverage, netSavings: s.totals.netSavings });
    shown('commitments', s.totals.committed);
    shown('commitments', s.totals.used);
    shown('commitments', s.utilization, 'percent');
    shown('commitments', s.coverage, 'percent');
  });

  it('savings: the commitment optimizer over the month\'s last 30 days', async () => {
    const o = await ask('commitmentsOptimize', { spec: { kind: 'commitments-optimize', to: TO, lookbackDays: 30 } });
    const table = slide('savings').tables.find((t) => t.title.startsWith('Compute Savings Plan'))!;
    expect(table.rows).toEqual(o.choices.map((c) => ({ kind: c.kind, hourlyCommitment: c.hourlyCommitment, monthlySavings: c.monthlySavings, coverage: c.coverage, utilization: c.utilization })));
    for (const c of o.choices) shown('savings', c.monthlySavings);
  });

  it('every image in the deck is a valid PNG', () => {
    const images = Object.keys(media).filter((f) => f.startsWith('ppt/media/') && !f.endsWith('/'));
    expect(images.length).toBeGreaterThanOrEqual(5);
    for (const f of images) expect(pngSize(media[f]!)?.width, f).toBeGreaterThan(500);
  });
});
