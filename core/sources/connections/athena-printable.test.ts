import { describe, expect, it } from 'vitest';
import { inlineAthenaParameters } from './athena-printable.ts';

describe('inlineAthenaParameters', () => {
  it('writes each literal in place of its ? and leaves quoted ? alone', () => {
    const sql = `SELECT "what?" FROM "cur"."t" WHERE "year" = ? AND "month" IN (?, ?) AND note = 'really?' AND d = CAST(? AS timestamp)`;
    expect(inlineAthenaParameters(sql, ["'2025'", "'11'", "'11'", "'2025-11-01 00:00:00'"])).toBe(
      `SELECT "what?" FROM "cur"."t" WHERE "year" = '2025' AND "month" IN ('11', '11') AND note = 'really?' AND d = CAST('2025-11-01 00:00:00' AS timestamp)`,
    );
  });
});
