// The command line's own entry (`main` of core/cli/main.ts) run inside the test process, with its
// stdout and stderr kept: the same commands and JSON as bin/finops-workbench.mjs prints, without a
// child process's few seconds of start-up each (a test that runs many commands stays fast). The
// command opens the workspace itself, so the test must not hold the same file open meanwhile.
import { main } from '../../core/cli/main.ts';
import type { CliRun } from './cli.ts';

export async function cliInProcess(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const stdoutWrite = process.stdout.write.bind(process.stdout);
  const stderrWrite = process.stderr.write.bind(process.stderr);
  const keep = (into: string[]) => ((chunk: string | Uint8Array) => {
    into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stdout.write;
  process.stdout.write = keep(out);
  process.stderr.write = keep(err);
  try {
    const code = await main(args);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = stdoutWrite;
    process.stderr.write = stderrWrite;
  }
}

/** A command's --json output, or an error naming the command and what it printed on stderr. */
export async function cliJson<T>(...args: string[]): Promise<T> {
  const r = await cliInProcess(...args);
  if (r.code !== 0) throw new Error(`finops-workbench ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}
