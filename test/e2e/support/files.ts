// Files for the e2e flow: a larger FOCUS export built from the real sample (so the import runs
// long enough to show progress) and broken files a user might really pick.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { SHARED_DATA } from './serve.ts';

export const FOCUS_SAMPLE = join(SHARED_DATA, 'focus-sample-1.0', 'focus_sample_1000.csv');

/** The FOCUS sample, its data rows repeated `times` times (same periods and accounts). */
export function biggerFocusFile(dir: string, times: number): string {
  const text = readFileSync(FOCUS_SAMPLE, 'utf8');
  const nl = text.indexOf('\n');
  const header = text.slice(0, nl + 1);
  const body = text.slice(nl + 1).replace(/\n?$/, '\n');
  const path = join(dir, `focus-x${times}.csv`);
  writeFileSync(path, header + body.repeat(times));
  return path;
}

/** A gzip cut off half way, as a broken download leaves it. */
export function truncatedGzip(dir: string): string {
  const full = gzipSync(readFileSync(FOCUS_SAMPLE));
  const path = join(dir, 'cur-2024-09.csv.gz');
  writeFileSync(path, full.subarray(0, Math.floor(full.length / 2)));
  return path;
}

/** A CSV that is not billing data at all. */
export function notBillingData(dir: string): string {
  const path = join(dir, 'team-list.csv');
  writeFileSync(path, 'name,email\nAda,ada@example.com\nLinus,linus@example.com\n');
  return path;
}
