// The review pack on a hand-built bill (issue 18): two months, two services, two owners, no
// budgets, no commitments, no business metrics. The figures below are worked out by hand from
// the rows; the deck (unzipped, slide XML) and the PDF (pdftotext) must show them, and every
// slide whose engine has nothing says so instead of failing the pack.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewPack, ReviewSlide } from '../../core/api/review-contract.ts';
import { REVIEW_SLIDE_IDS } from '../../core/review/constants.ts';
import { cli } from '../support/cli.ts';
import { pdfPages, pngSize, readDeck, type DeckSlide } from '../support/office-files.ts';
import { openTestWorkspace, type TestWorkspace } from '../support/workspace.ts';

const HEADER = 'BillingAccountId,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,ChargePeriodStart,ChargePeriodEnd,ChargeCategory,ChargeFrequency,BilledCost,EffectiveCost,ListCost,ContractedCost,ProviderName,PublisherName,InvoiceIssuerName,RegionId,ResourceId,ServiceName,ServiceCategory,SubAccountId,SubAccountName,Tags,x_UsageType';

function line(month: string, day: string, cost: string, resource: string, service: string, team: string, usageType: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
  return [
    '111111111111', 'USD', `${month}-01T00:00:00Z`, `${next}T00:00:00Z`, `${month}-${day}T00:00:00Z`, `${month}-${day}T01:00:00Z`, 'Usage', 'Usage-Based',
    cost, cost, cost, cost, 'AWS', 'AWS', 'Amazon Web Services', 'us-east-1', resource, service, 'Compute', '222222222222', 'Workloads',
    `"{""Team"":""${team}""}"`, usageType,
  ].join(',');
}

// September: EC2 100.00 (payments), S3 50.00 (search) = 150.00
// October:   EC2 140.00 m5.large + 20.00 data transfer (payments), S3 40.00 (search) = 200.00
const ROWS = [
  line('2026-09', '03', '100.00', 'i-0aaa', 'Amazon Elastic Compute Cloud', 'payments', 'BoxUsage:m5.large'),
  line('2026-09', '04', '50.00', 'bucket-a', 'Amazon Simple Storage Service', 'search', 'TimedStorage-ByteHrs'),
  line('2026-10', '03', '140.00', 'i-0aaa', 'Amazon Elastic Compute Cloud', 'payments', 'BoxUsage:m5.large'),
  line('2026-10', '05', '20.00', 'i-0aaa', 'Amazon Elastic Compute Cloud', 'payments', 'DataTransfer-Out-Bytes'),
  line('2026-10', '04', '40.00', 'bucket-a', 'Amazon Simple Storage Service', 'search', 'TimedStorage-ByteHrs'),
];

let t: TestWorkspace;
let pack: ReviewPack;
let deck: DeckSlide[];
let media: Record<string, Uint8Array>;
let pages: string[];

const slide = (id: string): ReviewSlide => pack.slides.find((s) => s.id === id)!;
const at = (id: string) => REVIEW_SLIDE_IDS.indexOf(id as (typeof REVIEW_SLIDE_IDS)[number]);

beforeAll(async () => {
  t = await openTestWorkspace();
  const file = join(t.dir, 'hand.csv');
  writeFileSync(file, [HEADER, ...ROWS].join('\n') + '\n');
  await t.api.ingest({ paths: [file] });
  await t.api.reviewCommentSave({ period: '2026-10', slideId: 'top-movers', comment: '  EC2 growth is the payments launch.  ' });
  pack = await t.api.reviewPack({ period: '2026-10' });
  const pptx = await t.api.reviewExport({ period: '2026-10', format: 'pptx' });
  const read = readDeck(Buffer.from(pptx.content, 'base64'));
  deck = read.slides;
  media = read.files;
  const pdf = await t.api.reviewExport({ period: '2026-10', format: 'pdf' });
  pages = pdfPages(Buffer.from(pdf.content, 'base64'));
}, 600_000);
afterAll(() => t?.close());

describe('review pack on a hand-built bill', () => {
  it('has every slide in order, in the deck and in the PDF', () => {
    expect(pack.slides.map((s) => s.id)).toEqual([...REVIEW_SLIDE_IDS]);
    expect(deck).toHaveLength(REVIEW_SLIDE_IDS.length);
    expect(pages).toHaveLength(REVIEW_SLIDE_IDS.length);
  });

  it('title: 200.00 in October, +50.00 (+33.3%) vs September', () => {
    const totals = slide('title').tables[0]!;
    expect(totals.rows[0]).toMatchObject({ period: '2026-10', cost: 200, change: 50 });
    expect(totals.rows[0]!.changePct).toBeCloseTo(50 / 150, 10);
    expect(slide('title').headline).toBe('October 2026: 200.00 USD of Effective cost, +50.00 USD (33.3%) vs September 2026.');
    for (const text of [deck[at('title')]!.text, pages[at('title')]!]) {
      expect(text).toContain('200.00');
      expect(text).toContain('33.3%');
    }
  });

  it('month over month: EC2 160.00 (+60.00, +60.0%), S3 40.00 (-10.00, -20.0%); owners payments and search', () => {
    const [byService, byOwner] = slide('month-over-month').tables;
    expect(byService!.rows).toEqual([
      { name: 'Amazon Elastic Compute Cloud', cost: 160, change: 60, changePct: 0.6 },
      { name: 'Amazon Simple Storage Service', cost: 40, change: -10, changePct: -0.2 },
    ]);
    expect(byOwner!.rows).toEqual([
      { name: 'payments', cost: 160, change: 60, changePct: 0.6 },
      { name: 'search', cost: 40, change: -10, changePct: -0.2 },
    ]);
    for (const text of [deck[at('month-over-month')]!.text, pages[at('month-over-month')]!]) {
      for (const figure of ['160.00', '60.00', '60.0%', '40.00', '-10.00', '-20.0%', 'payments', 'search']) expect(text).toContain(figure);
    }
  });

  it('top movers: EC2 first, caused by BoxUsage:m5.large (+40.00); the comment is on the slide', () => {
    const movers = slide('top-movers');
    expect(movers.tables[0]!.rows[0]).toMatchObject({ service: 'Amazon Elastic Compute Cloud', cost: 160, change: 60, cause: 'BoxUsage:m5.large', causeChange: 40 });
    expect(movers.tables[0]!.rows[1]).toMatchObject({ service: 'Amazon Simple Storage Service', change: -10, cause: 'TimedStorage-ByteHrs', causeChange: -10 });
    expect(movers.comment).toBe('EC2 growth is the payments launch.');
    for (const text of [deck[at('top-movers')]!.text, pages[at('top-movers')]!]) {
      expect(text).toContain('BoxUsage:m5.large');
      expect(text).toContain('EC2 growth is the payments launch.');
    }
  });

  it('says what is missing on the slides without data: no budgets, no commitments, no business metrics', () => {
    const expected: Record<string, string> = { 'total-vs-budget': 'No budgets are set', commitments: 'no commitment rows', 'unit-costs': 'No business metrics' };
    for (const [id, words] of Object.entries(expected)) {
      expect(slide(id).status).toBe('no-data');
      expect(slide(id).noDataReason).toContain(words);
      expect(deck[at(id)]!.text).toContain(words);
      expect(pages[at(id)]!.replace(/\s+/g, ' ')).toContain(words);
    }
    // the month's total and forecast still stand on the budget slide
    expect(slide('total-vs-budget').tables[0]!.rows[0]!.total).toBe(200);
  });

  it('every slide has speaker notes with the command that reproduces it', () => {
    for (const [i, s] of deck.entries()) {
      expect(s.notes, REVIEW_SLIDE_IDS[i]).toContain('finops-workbench ');
      expect(s.notes).toContain('--db W');
    }
    expect(deck[at('month-over-month')]!.notes).toContain('pivot --rows ServiceName --cols period --grain month');
  });

  it('every image in the deck is a valid PNG', () => {
    const images = Object.keys(media).filter((f) => f.startsWith('ppt/media/') && !f.endsWith('/'));
    expect(images.length).toBeGreaterThan(0);
    for (const f of images) {
      const size = pngSize(media[f]!);
      expect(size, f).not.toBeNull();
      expect(size!.width).toBeGreaterThan(100);
    }
  });

  it('saving an empty comment deletes it', async () => {
    await t.api.reviewCommentSave({ period: '2026-10', slideId: 'top-movers', comment: '' });
    const again = await t.api.reviewPack({ period: '2026-10' });
    expect(again.slides.find((s) => s.id === 'top-movers')!.comment).toBeNull();
  });

  it('the review command takes the format from --out and refuses another, before any work', async () => {
    const r = await cli('review', '--db', join(t.dir, 'workspace.duckdb'), '--period', '2026-10', '--out', join(t.dir, 'review.docx'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--out must end in .pptx or .pdf (the format is taken from it), not ".docx".');
  });
});
