// Whether two rules say the same thing: compared as JSON with keys in one order, so rules that
// came back from the engine (its own key order) equal the same rules typed in the editor.
import type { ChargebackRules } from './types.ts';

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

export function sameRules(a: ChargebackRules | null, b: ChargebackRules | null): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}
