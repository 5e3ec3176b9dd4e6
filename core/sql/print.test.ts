import { describe, expect, it } from 'vitest';
import { printWithValues } from './print.ts';
import { ident, sql } from './query.ts';

describe('printWithValues', () => {
  it('writes values in as literals, never inside quoted names or strings', () => {
    const q = sql`SELECT ${ident('what?')}, 'is it?' FROM focus
      WHERE a = ${"o'brien"} AND b > ${12.5} AND c IS ${null} AND d = ${true}`;
    expect(printWithValues(q)).toBe(`SELECT "what?", 'is it?' FROM focus WHERE a = 'o''brien' AND b > 12.5 AND c IS NULL AND d = TRUE`);
  });

  it('keeps whitespace inside a value as it is', () => {
    expect(printWithValues(sql`SELECT ${'two  spaces\nand a line'}`)).toBe(`SELECT 'two  spaces\nand a line'`);
  });
});
