// Small file builders for ingest tests: CUR CSV text from rows, gzip, zip, truncation.
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';

export const CUR_HEADER = [
  'identity/LineItemId',
  'bill/PayerAccountId',
  'bill/BillingPeriodStartDate',
  'bill/BillingPeriodEndDate',
  'lineItem/UsageAccountId',
  'lineItem/LineItemType',
  'lineItem/UsageStartDate',
  'lineItem/UsageEndDate',
  'lineItem/ProductCode',
  'lineItem/UsageAmount',
  'lineItem/CurrencyCode',
  'lineItem/UnblendedCost',
];

export interface CurLine {
  id: string;
  payer?: string;
  month: string; // YYYY-MM
  type?: string;
  product?: string;
  cost: string;
  currency?: string;
  day?: string; // DD
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

export function curCsv(lines: CurLine[], extraColumns: Record<string, (l: CurLine) => string> = {}): string {
  const header = [...CUR_HEADER, ...Object.keys(extraColumns)];
  const body = lines.map((l) => {
    const start = `${l.month}-${l.day ?? '01'}T00:00:00Z`;
    const end = `${l.month}-${l.day ?? '01'}T01:00:00Z`;
    const cells = [l.id, l.payer ?? '111111111111', `${l.month}-01T00:00:00Z`, `${nextMonth(l.month)}-01T00:00:00Z`, '222222222222', l.type ?? 'Usage', start, end, l.product ?? 'AmazonEC2', '1', l.currency ?? 'USD', l.cost];
    return [...cells, ...Object.values(extraColumns).map((f) => f(l))].join(',');
  });
  return `${header.join(',')}\n${body.join('\n')}\n`;
}

export function write(path: string, content: string | Uint8Array): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

export function gz(text: string): Buffer {
  return gzipSync(Buffer.from(text));
}

export function zip(entries: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, typeof v === 'string' ? new TextEncoder().encode(v) : v])));
}

export function truncate(path: string, keepFraction: number): void {
  const buf = readFileSync(path);
  writeFileSync(path, buf.subarray(0, Math.floor(buf.length * keepFraction)));
}

/** CUR_HEADER in CUR 2.0's snake_case names, written out by hand, plus a CUR 2.0-only column. */
const CUR2_HEADER = [
  'identity_line_item_id',
  'bill_payer_account_id',
  'bill_billing_period_start_date',
  'bill_billing_period_end_date',
  'line_item_usage_account_id',
  'line_item_line_item_type',
  'line_item_usage_start_date',
  'line_item_usage_end_date',
  'line_item_product_code',
  'line_item_usage_amount',
  'line_item_currency_code',
  'line_item_unblended_cost',
  'bill_payer_account_name',
];

/** The same lines as curCsv, as a CUR 2.0 (Data Exports) CSV. */
export function cur2Csv(lines: CurLine[]): string {
  const [, ...body] = curCsv(lines).trimEnd().split('\n');
  return `${CUR2_HEADER.join(',')}\n${body.map((row) => `${row},Example Corp`).join('\n')}\n`;
}

/** Sets a file's modification time (a delivery's age when nothing else tells it). */
export function touch(path: string, iso: string): string {
  const t = new Date(iso);
  utimesSync(path, t, t);
  return path;
}
