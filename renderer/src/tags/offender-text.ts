// An offender's defects in words for the grid: the keys it misses, and each invalid key with the
// value found (and the spelling found, when the key itself is misspelled).
import type { InvalidKey, Offender } from '../../../core/api/tags-contract.ts';

export function missingText(o: Pick<Offender, 'missing'>): string {
  return o.missing.join(', ');
}

export function invalidText(i: InvalidKey): string {
  const value = i.value === '' ? '(blank)' : `"${i.value}"`;
  return i.reason === 'invalidKey' ? `${i.key}: key written "${i.foundKey}" = ${value}` : `${i.key} = ${value}`;
}

export function invalidListText(o: Pick<Offender, 'invalid'>): string {
  return o.invalid.map(invalidText).join('; ');
}

/** First and last seen as days (the engine gives timestamps). */
export function dayOf(timestamp: string): string {
  return timestamp.slice(0, 10);
}
