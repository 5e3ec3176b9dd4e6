// Bad input gets a clear error and costs nothing: each case names the file (and the line or
// column where it can) and says what was expected; the workspace is exactly as before.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { curCsv, gz, truncate, write } from '../support/files.ts';
import { expectUnchangedAndClose, openWithOneImport, refusal } from '../support/refused-ingest.ts';
import type { TestWorkspace } from '../support/workspace.ts';

let t: TestWorkspace;
let before: unknown;

beforeEach(async () => {
  ({ t, before } = await openWithOneImport());
});
afterEach(() => expectUnchangedAndClose(t, before));

async function expectRefused(path: string, code: string, ...phrases: string[]) {
  const err = await refusal(t.api, path);
  expect(err.code).toBe(code);
  for (const p of phrases) expect(err.message).toContain(p);
}

describe('bad input', () => {
  it('an empty file', async () => {
    await expectRefused(write(join(t.dir, 'empty.csv'), ''), 'INGEST_EMPTY_FILE', 'empty.csv is empty', 'Expected an AWS Cost and Usage Report');
  });

  it('a truncated gzip', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ({ id: `r${i}`, month: '2025-11', cost: `${i}.25` }));
    const f = write(join(t.dir, 'cut.csv.gz'), gz(curCsv(rows)));
    truncate(f, 0.5);
    await expectRefused(f, 'INGEST_TRUNCATED_GZIP', 'cut.csv.gz', 'damaged or cut short');
  });

  it('a CSV with a broken row names the line', async () => {
    const text = curCsv([{ id: 'a', month: '2025-11', cost: '1.00' }, { id: 'b', month: '2025-11', cost: '2.00' }, { id: 'c', month: '2025-11', cost: '3.00' }]);
    const lines = text.split('\n');
    lines[2] = lines[2]!.split(',').slice(0, 9).join(','); // data row 2 (file line 3) loses 3 fields
    await expectRefused(write(join(t.dir, 'broken.csv'), lines.join('\n')), 'INGEST_MALFORMED_CSV', 'broken.csv, line 3', 'it has 9 fields where the header has 12');
  });

  it('a value that is not a number names line and column', async () => {
    const f = write(join(t.dir, 'bad-number.csv'), curCsv([{ id: 'a', month: '2025-11', cost: '1.00' }, { id: 'b', month: '2025-11', cost: '1,5'.replace(',', ';') }]));
    await expectRefused(f, 'INGEST_BAD_VALUE', 'bad-number.csv, line 3, column lineItem/UnblendedCost', '"1;5" is not a number');
  });

  it('an unknown binary format', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    await expectRefused(write(join(t.dir, 'picture.csv'), png), 'INGEST_UNKNOWN_FORMAT', 'picture.csv is not billing data', 'neither CSV');
  });

  it('a CSV that is not billing data', async () => {
    const f = write(join(t.dir, 'people.csv'), 'name,email,amount\nAda,ada@example.com,12\n');
    await expectRefused(f, 'INGEST_UNKNOWN_FORMAT', 'people.csv is not billing data', 'its first line has 3 columns and none is a billing column', 'Expected an AWS Cost and Usage Report');
  });

  it('missing required columns', async () => {
    const f = write(join(t.dir, 'no-cost.csv'), 'lineItem/LineItemType,lineItem/UsageStartDate,bill/PayerAccountId\nUsage,2025-11-01T00:00:00Z,1\n');
    await expectRefused(f, 'INGEST_MISSING_COLUMNS', 'no-cost.csv looks like cur-legacy-csv', 'lineItem/UnblendedCost, lineItem/CurrencyCode, bill/BillingPeriodStartDate');
  });

  it('two currencies in one file', async () => {
    const f = write(
      join(t.dir, 'two-currencies.csv'),
      curCsv([
        { id: 'a', month: '2025-11', cost: '1.00' },
        { id: 'b', month: '2025-11', cost: '2.00' },
        { id: 'c', month: '2025-11', cost: '3.00', currency: 'EUR' },
      ]),
    );
    await expectRefused(f, 'INGEST_MIXED_CURRENCIES', 'two-currencies.csv', 'USD (2 rows), EUR (1 rows)', 'the first EUR row is line 4');
  });

  it('a row without a billing period', async () => {
    const text = curCsv([{ id: 'a', month: '2025-11', cost: '1.00' }, { id: 'b', month: '2025-11', cost: '2.00' }]).replace('b,111111111111,2025-11-01T00:00:00Z', 'b,111111111111,');
    await expectRefused(write(join(t.dir, 'no-period.csv'), text), 'INGEST_MISSING_VALUE', 'no-period.csv, line 3', 'no BillingPeriodStart');
  });

  it('a path that does not exist', async () => {
    await expectRefused(join(t.dir, 'nope.csv'), 'INGEST_NOT_FOUND', 'nope.csv: no such file or folder');
  });

  it('a bad file among good ones in a folder loads none of them', async () => {
    write(join(t.dir, 'folder', 'a.csv'), curCsv([{ id: 'a', month: '2025-11', cost: '1.00' }]));
    write(join(t.dir, 'folder', 'b.csv'), 'just some text\n');
    await expectRefused(join(t.dir, 'folder'), 'INGEST_UNKNOWN_FORMAT', 'b.csv is not billing data');
  });
});
