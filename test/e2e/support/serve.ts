// Starts `finops-workbench serve` as a user would (the real command, its own process) on a
// workspace in a temp folder, and reads the URL it announces.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(fileURLToPath(new URL('../../../', import.meta.url)));
/** The real samples live in shared/ beside the repository (in CI too). */
export const SHARED_DATA = resolve(REPO, '../shared/data');

export interface Served {
  url: string;
  origin: string;
  port: number;
  dir: string;
  workspace: string;
  /** The serve process itself (a test of how it stops sends its own signal). */
  child: ChildProcess;
  stop: () => Promise<void>;
}

export async function serve(opts: { workspaceName?: string; env?: Record<string, string>; prepare?: (workspace: string) => Promise<void> } = {}): Promise<Served> {
  const dir = mkdtempSync(join(tmpdir(), 'fw-e2e-'));
  const workspace = join(dir, opts.workspaceName ?? 'analysis.duckdb');
  // a test may build its workspace first (a hand-checked fixture); it must close it before serve opens it
  await opts.prepare?.(workspace);
  const child: ChildProcess = spawn(process.execPath, [join(REPO, 'bin/finops-workbench.mjs'), 'serve', '--db', workspace, '--json'], {
    cwd: REPO,
    env: { ...process.env, FINOPS_WORKBENCH_HOME: join(dir, 'home'), ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const announced = await new Promise<{ url: string; port: number }>((resolveUrl, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start in time:\n${stderr}`)), 120_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      try {
        const doc = JSON.parse(out) as { url: string; port: number };
        clearTimeout(timer);
        resolveUrl(doc);
      } catch {
        // the JSON document is not complete yet
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${stderr}`));
    });
  });
  return {
    url: announced.url,
    origin: `http://127.0.0.1:${announced.port}`,
    port: announced.port,
    dir,
    workspace,
    child,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
