// The chargeback PDF read back with poppler-utils (pdfinfo, pdftotext): a cover page, then one
// page per owner holding the owner's name and total. Totals written by hand from the fixture.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_PLATFORM, STATEMENT_CONTEXT, STATEMENT_RESULT } from '../../../test/fixtures/chargeback/statement-result.ts';
import type { ChargebackResult } from '../../engines/chargeback/result.ts';
import { statementToPdf } from './pdf.ts';
import type { StatementMode } from './words.ts';

const dir = mkdtempSync(join(tmpdir(), 'cb-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function write(name: string, mode: StatementMode, result: ChargebackResult = STATEMENT_RESULT): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, await statementToPdf(result, mode, STATEMENT_CONTEXT));
  return file;
}
const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
const text = (file: string, page: number) => execFileSync('pdftotext', ['-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });

let chargeback: string;
beforeAll(async () => {
  chargeback = await write('chargeback.pdf', 'chargeback');
});

describe('statement PDF', () => {
  it('a cover page, then one page per owner', () => {
    expect(pages(chargeback)).toBe(4);
  });

  it("each owner's page has the owner's name and total, and no other owner's", () => {
    const owners: [number, string, string][] = [
      [2, 'payments', 'Total 5,600.00 USD'],
      [3, 'search', 'Total 2,800.50 USD'],
      [4, DATA_PLATFORM, 'Total 1,199.50 USD'],
    ];
    for (const [page, owner, total] of owners) {
      const t = text(chargeback, page);
      expect(t, owner).toContain(owner);
      expect(t, owner).toContain(total);
      expect(t).toContain('Chargeback statement: this amount is charged to you');
      expect(t).toContain(`Page ${page} of 4`);
      for (const [, , other] of owners.filter(([p]) => p !== page)) expect(t).not.toContain(other);
    }
    const search = text(chargeback, 3);
    expect(search).toContain('split in proportion to direct cost: 28.6% of 700.00 USD');
    expect(search).toContain('split by fixed percentages: 25.1% of 400.00 USD');
    expect(search).toContain('-100.10 USD');
    expect(text(chargeback, 4)).toContain('Other services (not itemized)');
  });

  it('the cover: mode, period, basis, source total, rules version, every owner and the total', () => {
    const cover = text(chargeback, 1);
    for (const words of ['Chargeback statement', 'Period 2026-10', 'Effective cost', '10,000.00 USD', '9,600.00 USD to 3 owners', '400.00 USD', 'saved rules, version 3', '+600.00 (+12.0%)', '-50.50 (-4.0%)', 'Total, USD']) expect(cover).toContain(words);
    expect(cover).not.toContain('Showback');
  });

  it('showback is worded as information, never as a charge', async () => {
    const file = await write('showback.pdf', 'showback');
    expect(text(file, 1)).toContain('Showback: informational');
    expect(text(file, 2)).toContain('Showback: informational, nothing is billed');
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).not.toMatch(/Chargeback statement|charged to/);
  });

  it('many owners: still one page each, the cover sums the ones it does not list', async () => {
    const owner = STATEMENT_RESULT.allocations[1]!;
    const allocations = Array.from({ length: 30 }, (_, i) => ({ ...owner, owner: `team-${String(i + 1).padStart(2, '0')}` }));
    const file = await write('many.pdf', 'chargeback', { ...STATEMENT_RESULT, allocations, unallocated: 0, sourceTotal: 84015 });
    expect(pages(file)).toBe(31);
    expect(text(file, 31)).toContain('team-30');
    // 24 listed on the cover: 23 owners, then the other 7 as one line (7 × 2,800.50 = 19,603.50)
    expect(text(file, 1)).toContain('7 more owners (own pages)');
    expect(text(file, 1)).toContain('19,603.50');
    expect(text(file, 1)).toContain('84,015.00 USD');
  });
});
