// Reading a tag policy file the person picked: JSON parsed here (the engine reads the document and
// refuses what is not a tag policy), a file that is not JSON refused with its name and the place.
import type { ApiError } from '../../../core/api/errors.ts';
import type { TagPolicy } from '../../../core/api/tags-contract.ts';

/** Larger than any real tag policy (AWS caps them at 10,000 characters); refuses a wrong pick early. */
export const POLICY_FILE_MAX_BYTES = 1_000_000;

export type ParsedFile = { ok: true; document: unknown } | { ok: false; error: ApiError };

const refuse = (message: string): ParsedFile => ({ ok: false, error: { code: 'TAGS_BAD_POLICY', message } });

export function parsePolicyFile(name: string, size: number, text: string): ParsedFile {
  if (size > POLICY_FILE_MAX_BYTES) return refuse(`${name} is ${Math.round(size / 1000).toLocaleString('en-US')} KB: too large for a tag policy. Pick the policy's JSON file; nothing was changed.`);
  try {
    return { ok: true, document: JSON.parse(text) as unknown };
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return refuse(`${name} is not JSON (${why}). Pick an AWS Organizations tag policy saved as JSON; nothing was changed.`);
  }
}

/** A key's rule in words: "prod, dev, stag*", "matches ^[0-9]+$", or "any value". */
export function ruleText(k: TagPolicy['keys'][number]): string {
  if (k.allowedValues) return k.allowedValues.join(', ');
  if (k.pattern) return `matches ${k.pattern}`;
  return 'any value';
}

export function scopeText(k: TagPolicy['keys'][number]): string {
  return k.appliesTo?.length ? k.appliesTo.join(', ') : 'every line';
}
