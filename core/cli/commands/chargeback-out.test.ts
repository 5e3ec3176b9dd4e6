import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statementTarget } from './chargeback-out.ts';

describe('chargeback --out / --mode', () => {
  it('the format from the extension, showback unless asked', () => {
    expect(statementTarget({ out: 'oct.PDF' })).toEqual({ path: resolve('oct.PDF'), format: 'pdf', mode: 'showback' });
    expect(statementTarget({ out: 'oct.xlsx', mode: 'chargeback' })).toMatchObject({ format: 'xlsx', mode: 'chargeback' });
    expect(statementTarget({})).toBeNull();
  });

  it('refuses what it cannot write, before any work', () => {
    expect(() => statementTarget({ out: 'oct.docx' })).toThrow('--out must end in .csv, .xlsx, .pdf, not ".docx".');
    expect(() => statementTarget({ out: 'oct' })).toThrow('--out must end in .csv, .xlsx, .pdf, not "oct".');
    expect(() => statementTarget({ out: 'oct.pdf', mode: 'invoice' })).toThrow('--mode must be showback or chargeback, not "invoice".');
    expect(() => statementTarget({ mode: 'chargeback' })).toThrow('--mode words a statement file: add --out FILE.csv, FILE.xlsx or FILE.pdf.');
  });
});
