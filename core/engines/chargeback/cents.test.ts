// SPEC.md step 4 (rounding to cents): the worked example's grid, figures by hand.
import { describe, expect, it } from 'vitest';
import { roundAllocation } from './cents.ts';
import type { ExactAllocation } from './allocate.ts';

const u = (text: string): bigint => {
  const [w, f = ''] = text.replace('-', '').split('.');
  const v = BigInt(w!) * 10n ** 12n + BigInt(f.padEnd(12, '0'));
  return text.startsWith('-') ? -v : v;
};

const example: ExactAllocation = {
  owners: ['data', 'payments', 'search'],
  direct: new Map([['data', u('40')], ['payments', u('120')], ['search', u('60')]]),
  pools: [
    { name: 'Unused commitment', method: 'even', amount: u('10'), shares: new Map([['data', u('3.333333333334')], ['payments', u('3.333333333333')], ['search', u('3.333333333333')]]), unsplit: 0n },
    { name: 'Tax', method: 'fixed', amount: u('22'), shares: new Map([['data', u('4.4')], ['payments', u('11')], ['search', u('6.6')]]), unsplit: 0n },
    { name: 'Credits', method: 'proportional', amount: u('-20'), shares: new Map([['data', u('-3.636363636364')], ['payments', u('-10.909090909091')], ['search', u('-5.454545454545')]]), unsplit: 0n },
  ],
  unallocatedDirect: u('7'),
};

describe('step 4: cents by largest remainder, ties by owner name', () => {
  it('4a-c: source, rows and columns', () => {
    const g = roundAllocation(example, u('239'));
    expect(g.sourceCents).toBe(23900n);
    // rows 44.096969696970, 123.424242424242, 64.478787878788, 7: floors leave 2 cents, to search (.88) and data (.70)
    expect(g.rowCents).toEqual([4410n, 12342n, 6448n, 700n]);
    expect(g.columnCents).toEqual([22700n, 1000n, 2200n, -2000n]);
  });

  it('4d: each cell its floor or a cent more, rows and columns kept', () => {
    const g = roundAllocation(example, u('239'));
    expect(g.owners).toEqual([
      [4000n, 334n, 440n, -364n],
      [12000n, 333n, 1100n, -1091n],
      [6000n, 333n, 660n, -545n],
    ]);
    expect(g.unallocated).toEqual([700n, 0n, 0n, 0n]);
  });
});
