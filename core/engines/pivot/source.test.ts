// Migration 003 creates pivot_agg; source.ts names its columns. Keep the two equal.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGG_DAY_COLUMN, AGG_DIMENSION_COLUMNS, AGG_LINES_COLUMN, AGG_SUM_COLUMNS } from './source.ts';

describe('pivot_agg schema', () => {
  it('matches the columns the engine reads and writes', () => {
    const ddl = readFileSync(join(import.meta.dirname, '../../store/migrations/003-pivot-aggregates-and-saved-views.sql'), 'utf8');
    const table = /CREATE TABLE pivot_agg \(([\s\S]*?)\n\);/.exec(ddl)![1]!;
    const names = [...table.matchAll(/^\s+"(\w+)"/gm)].map((m) => m[1]);
    expect(names).toEqual([AGG_DAY_COLUMN, ...AGG_DIMENSION_COLUMNS, ...AGG_SUM_COLUMNS, AGG_LINES_COLUMN]);
  });
});
