// The app's demo workspace is the one `finops-workbench demo` builds (core/synth): a seeded
// 3-month organisation generated and loaded through the normal ingest, with progress and cancel.
import { buildDemoWorkspace } from '../synth/index.ts';
import type { DemoBuilder } from './session.ts';

export const buildDemo: DemoBuilder = async (path, ctx) => {
  await buildDemoWorkspace(path, ctx);
};
