// Rules files: what an export writes and what an import reads before the engine judges it. Only
// "is this JSON at all" is decided here; the shape, percentages and a newer formatVersion are the
// engine's to refuse (chargebackRulesImport), with its own coded errors.
import type { ApiError } from '../../../core/api/errors.ts';
import type { ChargebackRules } from './types.ts';

export const RULES_FILE_NAME = 'chargeback-rules.json';
/** Rules of the largest allowed size are far below this. */
export const MAX_RULES_FILE_BYTES = 5_000_000;

export function rulesFileText(rules: ChargebackRules): string {
  return JSON.stringify(rules, null, 2) + '\n';
}

export function parseRulesFile(name: string, size: number, text: string): { ok: true; document: unknown } | { ok: false; error: ApiError } {
  if (size > MAX_RULES_FILE_BYTES) {
    return { ok: false, error: { code: 'CHARGEBACK_BAD_RULES', message: `${name} is ${Math.round(size / 1e6)} MB; a rules file is a small JSON document. Choose the file that Export rules wrote. Nothing was changed.` } };
  }
  try {
    return { ok: true, document: JSON.parse(text) as unknown };
  } catch (err) {
    return { ok: false, error: { code: 'CHARGEBACK_BAD_RULES', message: `${name} is not JSON (${err instanceof Error ? err.message : String(err)}). Choose a rules file written by Export rules or by "chargeback rules export". Nothing was changed.` } };
  }
}
