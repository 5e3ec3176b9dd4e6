// Money is exact: every amount is an integer number of money units (MU), 1 MU = 1e-10 USD, held
// in a JS number (exact below 2^53, i.e. $900k per value). Sums go through ExactSum, which spills
// into BigInt before a number could lose a unit. Rates are MU per unit of a meter's quantity;
// quantities are integers at the meter's scale (10^-scale units), so cost = rate × quantity is exact.

export const MU_PER_USD = 10_000_000_000;
export const MU_DIGITS = 10;

/** Dollars written as a decimal string (or number) → MU. Throws on more than 10 decimals. */
export function usd(value: string | number): number {
  const s = typeof value === 'number' ? value.toFixed(MU_DIGITS) : value;
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) throw new Error(`not a dollar amount: ${s}`);
  const frac = (m[3] ?? '').replace(/0+$/, '');
  if (frac.length > MU_DIGITS) throw new Error(`more than ${MU_DIGITS} decimals: ${s}`);
  const mu = Number(m[2]) * MU_PER_USD + Number(frac.padEnd(MU_DIGITS, '0') || '0');
  if (!Number.isSafeInteger(mu)) throw new Error(`amount too large: ${s}`);
  return m[1] === '-' ? -mu : mu;
}

/** MU → exact decimal string with `MU_DIGITS` decimals ("-12.3400000000"). */
export function formatMu(mu: number | bigint): string {
  const big = typeof mu === 'bigint' ? mu : BigInt(mu);
  const neg = big < 0n;
  const abs = neg ? -big : big;
  const whole = abs / BigInt(MU_PER_USD);
  const frac = (abs % BigInt(MU_PER_USD)).toString().padStart(MU_DIGITS, '0');
  return `${neg ? '-' : ''}${whole}.${frac}`;
}

/** MU → cents, rounded half away from zero (how a total is shown to the cent). */
export function muToCents(mu: number | bigint): bigint {
  const big = typeof mu === 'bigint' ? mu : BigInt(mu);
  const per = BigInt(MU_PER_USD / 100);
  const half = per / 2n;
  return big >= 0n ? (big + half) / per : -((-big + half) / per);
}

/** Rounds MU to whole cents, half away from zero (taxes and fees are charged in cents). */
export function roundToCents(mu: number): number {
  const per = MU_PER_USD / 100;
  return Math.sign(mu) * Math.round(Math.abs(mu) / per) * per;
}

/** Rounds a MU rate to `decimals` decimals of a dollar. */
export function roundRate(mu: number, decimals: number): number {
  const step = 10 ** (MU_DIGITS - decimals);
  return Math.round(mu / step) * step;
}

// A value written to Parquet as DOUBLE must come back exactly: at most 15 significant digits
// (DBL_DIG). Values below 1e14 MU ($10,000 at 10 decimals) always are.
export const DOUBLE_SAFE = 1e14;

export function assertDoubleSafe(mu: number, what: string): void {
  if (Math.abs(mu) < DOUBLE_SAFE) return;
  let v = Math.abs(mu);
  while (v % 10 === 0 && v >= DOUBLE_SAFE) v /= 10;
  if (v >= 1e15) throw new Error(`${what} = ${formatMu(mu)} has too many significant digits to survive a DOUBLE column`);
}

const SPILL = 2 ** 51;

/** Exact running sums of MU in a set of slots: numbers while small, BigInt beyond. */
export class ExactSum {
  private readonly small: Float64Array;
  private readonly big: bigint[];

  constructor(readonly size: number) {
    this.small = new Float64Array(size);
    this.big = new Array<bigint>(size).fill(0n);
  }

  add(slot: number, mu: number): void {
    const v = (this.small[slot] as number) + mu;
    if (v > SPILL || v < -SPILL) {
      this.big[slot] = (this.big[slot] as bigint) + BigInt(v);
      this.small[slot] = 0;
    } else {
      this.small[slot] = v;
    }
  }

  get(slot: number): bigint {
    return (this.big[slot] as bigint) + BigInt(this.small[slot] as number);
  }
}
