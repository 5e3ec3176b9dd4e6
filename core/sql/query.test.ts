import { describe, expect, it } from 'vitest';
import { ident, join, quoteIdent, raw, sql } from './query.ts';

describe('sql builder', () => {
  it('binds values and never splices them', () => {
    const q = sql`SELECT * FROM focus WHERE ServiceName = ${"x'; DROP TABLE focus; --"}`;
    expect(q.text).toBe('SELECT * FROM focus WHERE ServiceName = ?');
    expect(q.params).toEqual(["x'; DROP TABLE focus; --"]);
  });

  it('quotes identifiers, doubling inner quotes', () => {
    expect(quoteIdent('Team')).toBe('"Team"');
    expect(quoteIdent('a"b')).toBe('"a""b"');
    expect(sql`SELECT ${ident('t', 'x y')}`.text).toBe('SELECT "t"."x y"');
  });

  it('nests fragments keeping parameter order', () => {
    const where = sql`a = ${1} AND b = ${'two'}`;
    const q = sql`SELECT ${raw('count(*)')} FROM t WHERE ${where} AND c = ${true}`;
    expect(q.text).toBe('SELECT count(*) FROM t WHERE a = ? AND b = ? AND c = ?');
    expect(q.params).toEqual([1, 'two', true]);
  });

  it('joins parts', () => {
    const q = join([ident('a'), sql`${5} AS b`], ', ');
    expect(q.text).toBe('"a", ? AS b');
    expect(q.params).toEqual([5]);
  });

  it('refuses NUL in identifiers', () => {
    expect(() => quoteIdent('a\u0000b')).toThrow(/NUL/);
  });
});
