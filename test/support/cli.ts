// Runs the real command line (bin/finops-workbench.mjs) in a child process and keeps its exit
// code, stdout and stderr whether it succeeds or fails: what the CLI tests assert on.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const BIN = join(import.meta.dirname, '../../bin/finops-workbench.mjs');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(...args: string[]): Promise<CliRun> {
  try {
    const r = await exec(process.execPath, [BIN, ...args], { encoding: 'utf8' });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as CliRun;
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}
