// `finops-workbench serve [--db W] [--port N]`: browser mode. Without --db it opens the demo
// workspace (building it on first use). Runs until Ctrl-C.
import type { Command } from 'commander';
import { join } from 'node:path';
import { ErrorCode, WorkbenchError, toApiError } from '../../api/errors.ts';
import { AppSession } from '../../app/session.ts';
import { appMethodTable } from '../../app/method-table.ts';
import { appHome, demoWorkspacePath } from '../../app/paths.ts';
import { buildDemo } from '../../app/demo.ts';
import { ensureRendererBundle, startServer } from '../../server/index.ts';
import { printJson, progressPrinter, say, type GlobalOptions } from '../output.ts';
import { expandHome } from '../paths.ts';

interface ServeOptions extends GlobalOptions {
  port?: string;
}

function parsePort(text: string | undefined): number {
  if (text === undefined) return 0;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new WorkbenchError(ErrorCode.BAD_REQUEST, `--port must be a whole number from 0 to 65535, not ${JSON.stringify(text)}.`);
  return n;
}

export async function serve(opts: ServeOptions, stop: Promise<void>): Promise<void> {
  const port = parsePort(opts.port);
  const demoPath = demoWorkspacePath(appHome());
  const workspacePath = opts.db ? expandHome(opts.db) : demoPath;
  const progress = progressPrinter(!opts.json);
  if (!opts.db) say(`No --db given: opening the demo workspace ${demoPath}`);
  const rendererDir = await ensureRendererBundle({ log: opts.json ? undefined : say });
  const options = { workspacePath, demoPath, buildDemo };
  const session = await AppSession.open(options, { onProgress: progress.onProgress }).catch((err: unknown) => {
    if (opts.db) throw err;
    // no demo to show: start on an empty workspace so files can still be imported
    const fallback = join(appHome(), 'workspace.duckdb');
    say(`Could not build the demo workspace (${toApiError(err).message}). Opening ${fallback} instead.`);
    return AppSession.open({ ...options, workspacePath: fallback });
  });
  progress.done();
  const server = await startServer({ table: appMethodTable(session.api), rendererDir, port });
  if (opts.json) printJson({ url: server.url, port: server.port, workspace: session.info().workspacePath });
  say(`FinOps Workbench (browser mode) on ${session.info().workspacePath}`);
  say(`Open this address in your browser (only this machine can reach it):\n\n  ${server.url}\n`);
  say('Press Ctrl-C to stop.');
  await stop;
  await server.close();
  // a view's call may still run (a forecast with its backtest): stop it before closing, or the
  // process would never exit (store/db.ts)
  await session.closeWhenIdle();
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Browser mode: the app on http://127.0.0.1 with a per-run access token.')
    .option('--db <path>', 'workspace file (default: the demo workspace)')
    .option('--port <n>', 'port on 127.0.0.1 (default: a free one)')
    .option('--json', 'print {url, port, workspace} as JSON on stdout once listening')
    .action(async (opts: ServeOptions) => {
      const stop = new Promise<void>((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      });
      await serve(opts, stop);
    });
}
