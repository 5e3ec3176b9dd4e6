import { DuckDBDecimalValue } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { decimalUnits } from './values.ts';

describe('decimalUnits: an exact DECIMAL as integer units', () => {
  it('keeps the value at its own scale, scales up a smaller one, and down only when nothing is lost', () => {
    expect(decimalUnits(new DuckDBDecimalValue(-12_345_000_000_000n, 38, 12), 12)).toBe(-12_345_000_000_000n);
    expect(decimalUnits(new DuckDBDecimalValue(1_250n, 18, 3), 12)).toBe(1_250_000_000_000n);
    expect(decimalUnits(new DuckDBDecimalValue(10n ** 20n * 7n, 38, 14), 12)).toBe(7n * 10n ** 18n);
    expect(() => decimalUnits(new DuckDBDecimalValue(1n, 38, 14), 12)).toThrow(/more than 12 decimals/);
    expect(decimalUnits(null, 12)).toBeNull();
    expect(() => decimalUnits('1.5', 12)).toThrow(/expected a DECIMAL/);
  });
});
