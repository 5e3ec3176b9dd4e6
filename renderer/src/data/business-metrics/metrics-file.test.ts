import { describe, expect, it } from 'vitest';
import { dateRange, MAX_APP_METRICS_FILE_BYTES, reach, rowsInWords, tooLarge } from './metrics-file.ts';

describe('business metrics in words', () => {
  it('takes a file of the limit and refuses one byte more, saying what to do', () => {
    expect(tooLarge('orders.csv', MAX_APP_METRICS_FILE_BYTES)).toBeNull();
    const e = tooLarge('orders.csv', 12_582_912);
    expect(e?.code).toBe('UNIT_COSTS_BAD_FILE');
    expect(e?.message).toBe('orders.csv is 12 MB; the app imports business metrics files of up to 10 MB. Import it with `finops-workbench unit-costs import orders.csv`, or split it by metric. Nothing was imported.');
  });

  it('writes ranges, reach and rows', () => {
    expect(dateRange({ from: '2026-09-29', to: '2026-10-02' })).toBe('2026-09-29 – 2026-10-02');
    expect(dateRange({ from: '2026-09-29', to: '2026-09-29' })).toBe('2026-09-29');
    expect(reach({ owners: 2, services: 0 })).toBe('by owner (2)');
    expect(reach({ owners: 0, services: 1 })).toBe('by service (1)');
    expect(reach({ owners: 3, services: 1200 })).toBe('by owner (3), by service (1,200)');
    expect(reach({ owners: 0, services: 0 })).toBe('all spend');
    expect(rowsInWords(1)).toBe('1 row');
    expect(rowsInWords(73000)).toBe('73,000 rows');
  });
});
