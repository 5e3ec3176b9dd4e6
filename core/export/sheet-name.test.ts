import { describe, expect, it } from 'vitest';
import { sheetName } from './sheet-name.ts';

describe('sheetName', () => {
  it('drops the characters Excel refuses, cuts to 31, keeps names unique ignoring case', () => {
    const taken = new Set(['summary']);
    expect(sheetName('Data Platform [EU]: ingest/ETL *team* of Zoë', taken)).toBe('Data Platform _EU__ ingest_ETL');
    expect(sheetName('Summary', taken)).toBe('Summary~2');
    expect(sheetName("'quoted'", taken)).toBe('quoted');
    expect(sheetName('  ', taken, '(no name)')).toBe('(no name)');
    expect(sheetName('a?b\\c', taken)).toBe('a_b_c');
  });
});
