// One owner's page of a chargeback PDF: the mode and period, the owner, the total in words a
// reader (and pdftotext) finds ("Total 1,234.56 USD"), its parts and the change from the previous
// month, a bar chart of the direct cost by service, then tables: direct cost by account, the
// shared costs received with the rule that sent them, the largest resources. Everything fits one
// page: long lists keep their largest lines and sum the rest into one line that says how many.
import type { ChargebackResult } from '../../engines/chargeback/result.ts';
import type { OwnerStatement } from './lines.ts';
import { changeText, moneyText, sumCents } from './money.ts';
import { barChart } from './pdf-chart.ts';
import { table, type Pen, type TableRow } from './pdf-pen.ts';
import { COLOR, CONTENT_WIDTH, PAGE, SIZE } from './pdf-style.ts';
import { MODE_WORDING, NOT_ITEMIZED, type StatementMode } from './words.ts';

/** Lines shown per list on an owner's page; the rest become one line. */
export const PAGE_LIMITS = { services: 8, accounts: 6, shared: 6, resources: 5 } as const;

interface Item { label: string; detail?: string; amount: number }

/** The first `max` items, or the first max-1 and one line "N more …" with the rest's sum. */
export function capped(items: Item[], max: number, what: string): (Item & { rest?: boolean })[] {
  if (items.length <= max) return items;
  const rest = items.slice(max - 1);
  return [...items.slice(0, max - 1), { label: `${rest.length} more ${what}`, amount: sumCents(rest.map((i) => i.amount)), rest: true }];
}

/** "split evenly: 33.3% of 10.00 USD": the rule, and this owner's part of the pool. */
export function shareWords(rule: string, amount: number, pool: number | null, m: (n: number) => string): string {
  if (pool === null || Math.round(pool * 100) === 0) return rule;
  return `${rule}: ${((amount / pool) * 100).toFixed(1)}% of ${m(pool)}`;
}

export function ownerPage(p: Pen, s: OwnerStatement, r: ChargebackResult, mode: StatementMode): void {
  const a = s.allocation;
  const m = (n: number) => moneyText(n, r.currency);
  const x = PAGE.margin;
  let y: number = PAGE.margin;
  p.line(`${MODE_WORDING[mode].owner}`, x, y, CONTENT_WIDTH, { size: SIZE.small, color: mode === 'chargeback' ? COLOR.accent : COLOR.muted, bold: true });
  p.line(`Period ${r.period}`, x, y, CONTENT_WIDTH, { size: SIZE.small, color: COLOR.muted, align: 'right' });
  y += 16;
  p.line(a.owner, x, y, CONTENT_WIDTH, { size: SIZE.title, bold: true, color: COLOR.accent });
  y += 34;

  // the figures band: total first, in one string so it reads back as one phrase
  p.doc.rect(x, y, CONTENT_WIDTH, 58).fill(COLOR.band);
  p.line(`Total ${m(a.total)}`, x + 12, y + 10, CONTENT_WIDTH / 2, { size: SIZE.figure, bold: true });
  p.line(`${r.basis} cost, ${r.period}`, x + 12, y + 36, CONTENT_WIDTH / 2, { size: SIZE.small, color: COLOR.muted });
  const facts: [string, string][] = [
    ['Direct cost', m(a.direct)],
    ['Shared costs received', m(a.shared)],
    ['Previous month', a.previousTotal === null ? 'not loaded' : m(a.previousTotal)],
    ['Change', a.previousTotal === null ? '—' : changeText(a.total, a.previousTotal, r.currency)],
  ];
  facts.forEach(([label, value], i) => {
    const fy = y + 8 + i * 11;
    p.line(label, x + CONTENT_WIDTH / 2, fy, 110, { size: SIZE.small, color: COLOR.muted });
    p.line(value, x + CONTENT_WIDTH / 2 + 110, fy, CONTENT_WIDTH / 2 - 122, { size: SIZE.body, align: 'right' });
  });
  y += 76;

  p.line('Direct cost by service', x, y, CONTENT_WIDTH, { size: SIZE.heading, bold: true, color: COLOR.accent });
  y += 18;
  const services = capped(s.services.map((l) => ({ label: l.service, amount: l.amount })), PAGE_LIMITS.services, 'services');
  if (services.length === 0) {
    p.line('No direct cost in this period.', x, y, CONTENT_WIDTH, { color: COLOR.muted });
    y += 16;
  } else y = barChart(p, x, y, CONTENT_WIDTH, services.map((i) => ({ label: i.label, amount: i.amount, text: m(i.amount) })));
  y += 16;

  const amount = { label: 'Amount', width: 100, align: 'right' as const };
  p.line('Direct cost by account', x, y, CONTENT_WIDTH, { size: SIZE.heading, bold: true, color: COLOR.accent });
  y += 18;
  const accounts = capped(s.accounts.map((l) => ({ label: l.accountId, detail: l.accountName ?? '', amount: l.amount })), PAGE_LIMITS.accounts, 'accounts');
  const accountRows: TableRow[] = [...accounts.map((i) => ({ cells: [i.label, i.detail ?? '', m(i.amount)], muted: 'rest' in i || i.label === NOT_ITEMIZED.account })), { cells: ['Direct cost', '', m(a.direct)], total: true }];
  y = table(p, x, y, [{ label: 'Account ID', width: 140 }, { label: 'Account name', width: CONTENT_WIDTH - 140 - amount.width }, amount], accountRows) + 18;

  p.line('Shared costs received', x, y, CONTENT_WIDTH, { size: SIZE.heading, bold: true, color: COLOR.accent });
  y += 18;
  const shared = capped(s.shared.map((l) => ({ label: l.pool, detail: shareWords(l.rule, l.amount, l.poolAmount, m), amount: l.amount })), PAGE_LIMITS.shared, 'pools');
  const sharedRows: TableRow[] = [
    ...(shared.length === 0 ? [{ cells: ['None', '', m(0)], muted: true }] : shared.map((i) => ({ cells: [i.label, i.detail ?? '', m(i.amount)], muted: 'rest' in i }))),
    { cells: ['Shared costs received', '', m(a.shared)], total: true },
  ];
  y = table(p, x, y, [{ label: 'Pool', width: 140 }, { label: 'Rule that sent it', width: CONTENT_WIDTH - 140 - amount.width }, amount], sharedRows) + 18;

  p.line('Largest resources', x, y, CONTENT_WIDTH, { size: SIZE.heading, bold: true, color: COLOR.accent });
  y += 18;
  const resources = a.topResources.slice(0, PAGE_LIMITS.resources);
  table(
    p,
    x,
    y,
    [{ label: 'Resource', width: CONTENT_WIDTH - 100 - 150 }, { label: 'Service', width: 150 }, { label: 'Direct cost', width: 100, align: 'right' }],
    resources.length === 0 ? [{ cells: ['No resource-level lines', '', ''], muted: true }] : resources.map((t) => ({ cells: [t.resourceId, t.serviceName ?? '', m(t.cost)] })),
  );
}
