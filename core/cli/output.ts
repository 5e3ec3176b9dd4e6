// Command-line output rules (DESIGN.md): --json prints one JSON document on stdout and nothing
// else there; human output and progress go to stderr; failures print `error: CODE: message`.
import { toApiError } from '../api/errors.ts';

export { progressPrinter } from './progress.ts';

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

/** Ctrl-C cancels the running work cleanly (the workspace stays as it was) instead of killing it. */
export function cancelOnSigint(): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const handler = () => controller.abort();
  process.once('SIGINT', handler);
  return { signal: controller.signal, dispose: () => process.off('SIGINT', handler) };
}
