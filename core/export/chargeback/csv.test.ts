// The flat CSV of a chargeback statement: rows written by hand from the fixture's comment.
import { describe, expect, it } from 'vitest';
import { DATA_PLATFORM, STATEMENT_CONTEXT, STATEMENT_RESULT } from '../../../test/fixtures/chargeback/statement-result.ts';
import { statementToCsv } from './csv.ts';

const table = (csv: string) => csv.split('\r\n\r\n')[1]!.trimEnd().split('\r\n');
const tail = ',USD,Effective,3';

describe('statement CSV', () => {
  it('one row per owner × line of the statement, after the context block', () => {
    const csv = statementToCsv(STATEMENT_RESULT, 'chargeback', STATEMENT_CONTEXT);
    expect(csv.split('\r\n\r\n')[0]).toContain('# Title: Chargeback statement, 2026-10');
    expect(table(csv)).toEqual([
      'period,statement,owner,line,item,split_method,amount,currency,cost_basis,rules_version',
      `2026-10,chargeback,payments,direct,Amazon Elastic Compute Cloud,,3000.00${tail}`,
      `2026-10,chargeback,payments,direct,Amazon Relational Database Service,,1500.00${tail}`,
      `2026-10,chargeback,payments,direct,Amazon Simple Storage Service,,500.00${tail}`,
      `2026-10,chargeback,payments,shared,Support,proportional,400.00${tail}`,
      `2026-10,chargeback,payments,shared,Tax,fixed,200.00${tail}`,
      `2026-10,chargeback,search,direct,Amazon OpenSearch Service,,2000.00${tail}`,
      `2026-10,chargeback,search,direct,Amazon Elastic Compute Cloud,,600.10${tail}`,
      `2026-10,chargeback,search,direct,Amazon Simple Storage Service,,-100.10${tail}`,
      `2026-10,chargeback,search,shared,Support,proportional,200.00${tail}`,
      `2026-10,chargeback,search,shared,Tax,fixed,100.50${tail}`,
      `2026-10,chargeback,${DATA_PLATFORM},direct,AWS Glue,,700.00${tail}`,
      `2026-10,chargeback,${DATA_PLATFORM},direct,Amazon Simple Storage Service,,250.00${tail}`,
      // the engine itemized 950.00 of 1,000.00: the rest is a line of its own
      `2026-10,chargeback,${DATA_PLATFORM},direct,Other services (not itemized),,50.00${tail}`,
      `2026-10,chargeback,${DATA_PLATFORM},shared,Support,proportional,100.00${tail}`,
      `2026-10,chargeback,${DATA_PLATFORM},shared,Tax,fixed,99.50${tail}`,
      `2026-10,chargeback,Unallocated,unallocated,,,400.00${tail}`,
    ]);
  });

  it('adds up: per owner to its total, in all to the source total, to the cent', () => {
    const rows = table(statementToCsv(STATEMENT_RESULT, 'showback', STATEMENT_CONTEXT)).slice(1).map((l) => l.split(','));
    const cents = (owner?: string) => rows.filter((r) => owner === undefined || r[2] === owner).reduce((s, r) => s + Math.round(Number(r[6]) * 100), 0);
    expect(cents('payments')).toBe(560000);
    expect(cents('search')).toBe(280050);
    expect(cents(DATA_PLATFORM)).toBe(119950);
    expect(cents()).toBe(1000000);
    expect(rows.every((r) => r[1] === 'showback')).toBe(true);
  });

  it('quotes owner names a spreadsheet would misread, and leaves no unallocated row when there is none', () => {
    const r = { ...STATEMENT_RESULT, unallocated: 0, sourceTotal: 9600, allocations: [{ ...STATEMENT_RESULT.allocations[0]!, owner: '=cmd, "x"' }] };
    const rows = table(statementToCsv(r, 'chargeback', STATEMENT_CONTEXT));
    expect(rows[1]).toBe(`2026-10,chargeback,"'=cmd, ""x""",direct,Amazon Elastic Compute Cloud,,3000.00${tail}`);
    expect(rows.some((l) => l.includes('unallocated'))).toBe(false);
  });
});
