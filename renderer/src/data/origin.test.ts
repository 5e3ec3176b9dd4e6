import { describe, expect, it } from 'vitest';
import { originLabel } from './origin.ts';

describe('originLabel', () => {
  it('names pulls as a person says them, files by their name', () => {
    expect(originLabel('athena://cur.my_report?period=2025-11&extract=aggregate&execution=abc')).toBe('Athena cur.my_report, 2025-11 (daily summary)');
    expect(originLabel('athena://cur.my_report?period=2025-11&extract=line-items')).toBe('Athena cur.my_report, 2025-11 (line items)');
    expect(originLabel('costexplorer://111111111111?from=2026-09-01&to=2026-11-01&groupBy=SERVICE')).toBe('Cost Explorer 111111111111, 2026-09 to 2026-10');
    expect(originLabel('costexplorer://111111111111?from=2025-12-01&to=2026-01-01')).toBe('Cost Explorer 111111111111, 2025-12 to 2025-12');
    expect(originLabel('s3://billing/cur/r/20251101-20251201/asm-1/r-00001.csv.gz')).toBe('r-00001.csv.gz');
    expect(originLabel('/home/me/focus.csv')).toBe('focus.csv');
  });
});
