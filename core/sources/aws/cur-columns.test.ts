// The Athena extracts select the columns the FOCUS mapping reads: this reads the mapping's source
// and fails when it uses a CUR column that cur-columns.ts does not list.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CUR_AMOUNTS, CUR_DETAIL, CUR_DIMENSIONS, CUR_USAGE_END, CUR_USAGE_START } from './cur-columns.ts';

describe('CUR columns of the Athena extracts', () => {
  it('cover every column the CUR -> FOCUS mapping reads', () => {
    const text = readFileSync(join(import.meta.dirname, '..', '..', 'ingest', 'aws', 'cur-to-focus.ts'), 'utf8');
    const read = new Set([...text.matchAll(/c\.(?:str|num|ts)\('([a-z_]+)'\)/g)].map((m) => m[1]!));
    for (const m of text.matchAll(/productAttr\('([a-z_]+)'\)/g)) read.add(`product_${m[1]}`);
    const listed = new Set<string>([...CUR_DIMENSIONS, ...CUR_AMOUNTS, ...CUR_DETAIL, CUR_USAGE_START, CUR_USAGE_END]);
    expect([...read].filter((c) => !listed.has(c))).toEqual([]);
    expect(read.size).toBeGreaterThan(50);
  });
});
