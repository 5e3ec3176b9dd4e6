// Building the demo workspace: the seeded generator (core/synth) writes three months of an
// organisation's AWS bill, and it is loaded through the normal ingest, so the demo is exactly
// what a user's own data becomes. Progress: the first half generating, the second loading.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErrorCode, WorkbenchError } from '../api/errors.ts';
import { createWorkbench } from '../api/service.ts';
import { generate } from '../synth/index.ts';
import { Workspace } from '../store/workspace.ts';
import type { DemoBuilder } from './session.ts';

/** The demo is the same organisation for everyone. */
export const DEMO_SEED = 1;
export const DEMO_MONTHS = 3;

function cancelled(): WorkbenchError {
  return new WorkbenchError(ErrorCode.CANCELLED, 'Building the demo workspace was cancelled. Nothing was changed.');
}

export const buildDemo: DemoBuilder = async (path, ctx) => {
  const report = ctx.onProgress ?? (() => {});
  const work = mkdtempSync(join(tmpdir(), 'finops-demo-'));
  try {
    report({ phase: 'write', message: 'Generating the demo organisation’s bill', fraction: 0.01 });
    const bill = await generate({ out: work, months: DEMO_MONTHS, seed: DEMO_SEED }, (p) => {
      // the generator has no signal: stopping at its next report is the quickest way out
      if (ctx.signal?.aborted) throw cancelled();
      report({ phase: 'write', message: `Generating the demo bill: ${p.message}`, rowsDone: p.linesDone, fraction: p.linesTarget ? (0.5 * p.linesDone) / p.linesTarget : undefined });
    });
    if (ctx.signal?.aborted) throw cancelled();
    const ws = await Workspace.open(path);
    try {
      await createWorkbench(ws).ingest(
        { paths: [bill.billingDir] },
        { signal: ctx.signal, onProgress: (p) => report({ ...p, message: `Loading the demo bill: ${p.message}`, fraction: 0.5 + 0.5 * (p.fraction ?? 0) }) },
      );
    } finally {
      ws.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
};
