// The review pack on a generated organisation (three months, commitments, anomalies, tags, the
// CloudWatch metrics `generate` writes, loaded by the real ingest) with a budget and a business
// metrics file written here by hand: every section's numbers equal the engine's JSON for the same
// month, in the pack, in the deck's slide XML and in the PDF's text; every image in the deck is a
// valid PNG. The pack and the files are made by the `review` command, and the savings and
// unit-costs slides are checked against the very commands their speaker notes give (`rightsize
// --json`, `commitments optimize ... --json`, `unit-costs ... --json`), run on the workspace. The
// command line runs in this process (cli-in-process.ts) to keep the test well under a minute.
// Building the pack writes nothing: every table is the same after `review` as before it.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodName, ResponseOf, WorkbenchApi } from '../../core/api/contract.ts';
import type { ReviewPack, ReviewSlide } from '../../core/api/review-contract.ts';
import type { Recommendation } from '../../core/api/rightsizing-contract.ts';
import type { UnitCostResult } from '../../core/api/unit-costs-contract.ts';
import { createWorkbench } from '../../core/api/service.ts';
import { validateRequest } from '../../core/api/validate.ts';
import { ingestPaths } from '../../core/ingest/index.ts';
import { REVIEW_SLIDE_IDS } from '../../core/review/constants.ts';
import { writeReviewPack } from '../../core/review/export/index.ts';
import { cellText, moneyText } from '../../core/review/format.ts';
import { Workspace } from '../../core/store/workspace.ts';
import { generateAndIngest, type RoundTrip } from '../../core/synth/round-trip.ts';
import { cliJson } from '../support/cli-in-process.ts';
import { pdfPages, pngSize, readDeck, type DeckSlide } from '../support/office-files.ts';
import { tableSnapshot } from '../support/table-snapshot.ts';
import { tempDir } from '../support/workspace.ts';

const PERIOD = '2026-10';
const FROM = '2026-10-01';
const TO = '2026-11-01';
// the generated data runs to the month's last day, so budgets and forecast are asked as of it
const AS_OF = '2026-10-31';

/** Orders per day by team, a month at a time: the business metrics file, written by hand. */
const ORDERS_PER_DAY: Record<string, Record<string, number>> = {
  '2026-08': { payments: 1000, 'data-platform': 400 },
  '2026-09': { payments: 1100, 'data-platform': 400 },
  '2026-10': { payments: 1250, 'data-platform': 350 },
};
const DAYS_IN = { '2026-08': 31, '2026-09': 30, '2026-10': 31 } as Record<string, number>;

function ordersCsv(): string {
  const lines = ['date,metric,value,owner'];
  for (const [month, teams] of Object.entries(ORDERS_PER_DAY)) {
    for (let d = 1; d <= DAYS_IN[month]!; d++) {
      for (const [team, n] of Object.entries(teams)) lines.push(`${month}-${String(d).padStart(2, '0')},orders,${n},${team}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const dir = tempDir('fw-review-synth-');
const DB = join(dir, 'gen', 'workspace.duckdb');
let loaded: RoundTrip;
let ws: Workspace;
let api: WorkbenchApi;
let pack: ReviewPack;
let deck: DeckSlide[];
let media: Record<string, Uint8Array>;
let pages: string[];
let before: Record<string, string>;
let after: Record<string, string>;
/** The JSON of each command a slide's speaker notes give, by slide id, in the notes' order. */
const fromNotes: Record<string, { args: string[]; json: unknown }[]> = {};

/** The commands in a slide's notes: `finops-workbench ARGS --db W`. */
function noteCommands(notes: string): string[][] {
  return [...notes.matchAll(/finops-workbench ([^"();]+?) --db W\b/g)].map((m) => m[1]!.trim().split(/\s+/));
}

beforeAll(async () => {
  loaded = await generateAndIngest(join(dir, 'gen'), { months: 3, seed: 7, scale: 3000, grain: 'daily' });
  // the utilization metrics `generate` wrote beside the bill, loaded as a user would
  await ingestPaths(loaded.ws, [join(loaded.gen.out, 'cloudwatch')]);
  api = createWorkbench(loaded.ws);
  await api.budgetsSet(validateRequest('budgetsSet', { budget: { name: 'Everything', amount: 6500, start: '2026-08', period: 'month', recurring: true } }));
  const metrics = join(dir, 'orders.csv');
  writeFileSync(metrics, ordersCsv());
  await api.businessMetricsImport({ path: metrics });
  before = await tableSnapshot(loaded.ws.db);
  loaded.close();

  const pptx = join(dir, 'review.pptx');
  pack = (await cliJson<{ pack: ReviewPack }>('review', '--db', DB, '--period', PERIOD, '--out', pptx, '--json')).pack;
  const read = readDeck(readFileSync(pptx));
  deck = read.slides;
  media = read.files;
  // the PDF of the same pack (a second `review --out review.pdf` would build the pack again)
  pages = pdfPages(await writeReviewPack(pack, 'pdf'));
  for (const id of ['savings', 'unit-costs']) {
    fromNotes[id] = [];
    for (const args of noteCommands(deck[index(id)]!.notes)) fromNotes[id].push({ args, json: await cliJson(...args, '--db', DB) });
  }

  ws = await Workspace.open(DB);
  api = createWorkbench(ws);
  after = await tableSnapshot(ws.db);
}, 900_000);
afterAll(() => {
  ws?.close();
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
  it('has every slide, each with data', () => {
    expect(pack.slides.map((s) => [s.id, s.status])).toEqual(REVIEW_SLIDE_IDS.map((id) => [id, 'ok']));
  });

  it('writes nothing: every table of the workspace is the same after review as before', () => {
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(Object.keys(before)).toContain('anomaly_records');
    for (const table of Object.keys(before)) expect(after[table], table).toBe(before[table]);
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

  it('savings: rightsizing and the commitment optimizer, as the commands in the notes answer', () => {
    const [rs, opt] = fromNotes.savings!;
    expect(rs!.args).toEqual(['rightsize', '--json']);
    expect(opt!.args).toEqual(['commitments', 'optimize', '--to', TO, '--lookback', '30', '--json']);
    const recs = rs!.json as Recommendation[];
    const o = opt!.json as ResponseOf<'commitmentsOptimize'>;
    expect(recs.length).toBeGreaterThan(0);
    expect(o.choices.length).toBeGreaterThan(0);
    const [rsTable, spTable] = slide('savings').tables;
    const total = recs.reduce((cents, r) => cents + Math.round(r.monthlySavings * 100), 0) / 100;
    expect(rsTable!.title).toBe(`Rightsizing: ${recs.length} recommendations, ${moneyText(total, 'USD')} a month`);
    expect(rsTable!.rows).toEqual(recs.slice(0, 10).map((r) => ({ resourceId: r.resourceId, action: r.action, change: r.recommendedType ? `${r.currentType} → ${r.recommendedType}` : r.currentType, monthlyCost: r.monthlyCost, monthlySavings: r.monthlySavings })));
    for (const r of recs.slice(0, 10)) {
      shown('savings', r.monthlyCost);
      shown('savings', r.monthlySavings);
      // whole, never cut to its column (i-0470d10ea9d1610…, m6i.2xlarge → m6i.la…): a reader acts on them
      const change = r.recommendedType ? `${r.currentType} → ${r.recommendedType}` : r.currentType;
      for (const text of [r.resourceId, change]) {
        expect(deck[index('savings')]!.text, `savings deck: ${text}`).toContain(text);
        expect(pages[index('savings')]!, `savings pdf: ${text}`).toContain(text);
      }
    }
    shown('savings', total);
    expect(spTable!.rows).toEqual(o.choices.map((c) => ({ kind: c.kind, hourlyCommitment: c.hourlyCommitment, monthlySavings: c.monthlySavings, coverage: c.coverage, utilization: c.utilization })));
    for (const c of o.choices) {
      shown('savings', c.hourlyCommitment);
      shown('savings', c.monthlySavings);
      shown('savings', c.coverage, 'percent');
      shown('savings', c.utilization, 'percent');
    }
  });

  it('unit costs: each metric of the month as unit-costs --json answers', () => {
    const runs = fromNotes['unit-costs']!;
    expect(runs.map((r) => r.args)).toEqual([['unit-costs', '--metric', 'orders', '--grain', 'month', '--from', '2026-05-01', '--to', TO, '--basis', 'Effective', '--json']]);
    const result = runs[0]!.json as UnitCostResult;
    const row = result.rows.find((r) => r.period === PERIOD && r.key === null)!;
    // the volume as written in the file above: 31 days of 1250 + 350 orders
    expect(row.volume).toBe(31 * 1600);
    expect(row.changePct).not.toBeNull();
    expect(slide('unit-costs').tables[0]!.rows).toEqual([{ metric: 'orders', cost: row.cost, volume: row.volume, unitCost: row.unitCost, changePct: row.changePct }]);
    shown('unit-costs', row.cost);
    shown('unit-costs', row.volume, 'number');
    shown('unit-costs', row.unitCost, 'number');
    shown('unit-costs', row.changePct, 'percent');
    const trend = slide('unit-costs').charts[0]!.option as { series: { name: string; data: (number | null)[] }[] };
    expect(trend.series.find((x) => x.name === 'orders')!.data.slice(-3)).toEqual(['2026-08', '2026-09', '2026-10'].map((p) => result.rows.find((r) => r.period === p && r.key === null)!.unitCost));
  });

  it('every image in the deck is a valid PNG', () => {
    const images = Object.keys(media).filter((f) => f.startsWith('ppt/media/') && !f.endsWith('/'));
    expect(images.length).toBeGreaterThanOrEqual(5);
    for (const f of images) expect(pngSize(media[f]!)?.width, f).toBeGreaterThan(500);
  });
});
