// Exact money: DuckDB's DECIMAL sums arrive as text and are held as integers of 10^-12 units.
// Presentation rounds to cents once, top-down: the grand total is the source total rounded
// half away from zero, and each parent's cents are split among its children by largest
// remainder (ties: display order), so every displayed subtotal is the sum of its children.
import { CENT_DIGITS, MONEY_SCALE } from './constants.ts';

const UNITS_PER_CENT = 10n ** BigInt(MONEY_SCALE - CENT_DIGITS);

/** '-12.345000000000' -> -12345000000000n (units of 10^-12). */
export function parseExact(text: string | null | undefined): bigint {
  if (text === null || text === undefined || text === '') return 0n;
  const m = /^(-?)(\d*)(?:\.(\d*))?$/.exec(text.trim());
  if (!m) throw new Error(`not a decimal: ${text}`);
  const frac = (m[3] ?? '').padEnd(MONEY_SCALE, '0');
  if (frac.length > MONEY_SCALE && /[1-9]/.test(frac.slice(MONEY_SCALE))) throw new Error(`more than ${MONEY_SCALE} decimals: ${text}`);
  const units = BigInt(m[2] || '0') * 10n ** BigInt(MONEY_SCALE) + BigInt(frac.slice(0, MONEY_SCALE) || '0');
  return m[1] === '-' ? -units : units;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/** Exact units -> the cents below (toward -∞) and what is left above them, in units. */
export function floorCents(units: bigint): { cents: bigint; rem: bigint } {
  const cents = floorDiv(units, UNITS_PER_CENT);
  return { cents, rem: units - cents * UNITS_PER_CENT };
}

/** Exact units -> cents, half away from zero. */
export function roundToCents(units: bigint): bigint {
  const half = UNITS_PER_CENT / 2n;
  return units >= 0n ? (units + half) / UNITS_PER_CENT : -((-units + half) / UNITS_PER_CENT);
}

export function centsToNumber(cents: bigint): number {
  return Number(cents) / 10 ** CENT_DIGITS;
}

export function exactToNumber(units: bigint): number {
  const scale = 10n ** BigInt(MONEY_SCALE);
  return Number(units / scale) + Number(units % scale) / Number(scale);
}

/**
 * Splits `targetCents` among exact parts so the rounded parts sum to it: each part gets its
 * floor, then the cents left go one each to the largest remainders (earlier index first on ties).
 */
export function allocateCents(parts: readonly bigint[], targetCents: bigint): bigint[] {
  const floors = parts.map((p) => floorDiv(p, UNITS_PER_CENT));
  let left = targetCents - floors.reduce((a, b) => a + b, 0n);
  if (parts.length === 0) return [];
  const order = parts
    .map((p, i) => ({ i, rem: p - floors[i]! * UNITS_PER_CENT }))
    .sort((a, b) => (a.rem === b.rem ? a.i - b.i : a.rem > b.rem ? -1 : 1));
  // left is within [0, parts.length] when target is the rounded or allocated parent; the loop
  // still terminates and stays deterministic if a caller passes anything else.
  const step = left >= 0n ? 1n : -1n;
  const out = [...floors];
  for (let n = 0; left !== 0n; n++) {
    const at = order[n % order.length]!.i;
    out[at] = out[at]! + step;
    left -= step;
  }
  return out;
}
