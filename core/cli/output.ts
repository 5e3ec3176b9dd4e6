// Command-line output rules (DESIGN.md): --json prints one JSON document on stdout and nothing
// else there; human output and progress go to stderr; failures print `error: CODE: message`.
import type { Progress } from '../api/progress.ts';
import { toApiError } from '../api/errors.ts';

export interface GlobalOptions {
  db?: string;
  json?: boolean;
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function say(line: string): void {
  process.stderr.write(`${line}\n`);
}

export function printError(err: unknown): void {
  const e = toApiError(err);
  process.stderr.write(`error: ${e.code}: ${e.message.replaceAll('\n', ' ')}\n`);
}

/** A progress bar on stderr when it is a terminal; silent under --json or when piped. */
export function progressPrinter(enabled: boolean): { onProgress: (p: Progress) => void; done: () => void } {
  const tty = enabled && process.stderr.isTTY;
  let last = 0;
  let drawn = false;
  return {
    onProgress(p: Progress) {
      if (!tty) return;
      const now = Date.now();
      if (now - last < 100 && p.phase !== 'done') return;
      last = now;
      const width = 28;
      const frac = p.fraction ?? 0;
      const filled = Math.round(frac * width);
      const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(frac * 100).toFixed(0).padStart(3)}%`;
      const rows = p.rowsDone !== undefined ? ` ${p.rowsDone.toLocaleString('en-US')} rows` : '';
      const bytes = p.bytesDone !== undefined ? ` ${(p.bytesDone / 1e6).toFixed(1)} MB` : '';
      const line = `${bar}${rows}${bytes} ${p.message}`.slice(0, (process.stderr.columns ?? 100) - 1);
      process.stderr.write(`\r\x1b[2K${line}`);
      drawn = true;
    },
    done() {
      if (drawn) process.stderr.write('\r\x1b[2K');
    },
  };
}

/** Ctrl-C cancels the running work cleanly (the workspace stays as it was) instead of killing it. */
export function cancelOnSigint(): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const handler = () => controller.abort();
  process.once('SIGINT', handler);
  return { signal: controller.signal, dispose: () => process.off('SIGINT', handler) };
}
