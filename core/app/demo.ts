// Building the demo workspace: the seeded generator (core/synth) writes a 3-month organisation
// and it is ingested through the normal ingest, so the demo is exactly what a user's data becomes.
import { ErrorCode, WorkbenchError } from '../api/errors.ts';
import type { CallContext } from '../api/progress.ts';
import type { DemoBuilder } from './session.ts';

export const DEMO_UNAVAILABLE = 'DEMO_UNAVAILABLE';

interface SynthModule {
  buildDemoWorkspace?: (path: string, ctx?: CallContext) => Promise<unknown>;
}

export const buildDemo: DemoBuilder = async (path, ctx) => {
  // the generator lands in parallel with this module; look it up at run time until then
  const spec = '../synth/index.ts';
  let mod: SynthModule;
  try {
    mod = (await import(/* @vite-ignore */ spec)) as SynthModule;
  } catch {
    throw new WorkbenchError(DEMO_UNAVAILABLE, 'The demo data generator is not part of this build. Import your own CUR or FOCUS files instead.');
  }
  if (!mod.buildDemoWorkspace) throw new WorkbenchError(DEMO_UNAVAILABLE, 'The demo data generator is not part of this build. Import your own CUR or FOCUS files instead.');
  if (ctx.signal?.aborted) throw new WorkbenchError(ErrorCode.CANCELLED, 'Cancelled. Nothing was changed.');
  await mod.buildDemoWorkspace(path, ctx);
};
