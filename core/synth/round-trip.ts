// Generating a bill and loading it through the normal ingest into a fresh workspace: how the
// integration tests and the benchmarks check the generator against its own truth.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CallContext } from '../progress.ts';
import { Workspace } from '../store/workspace.ts';
// it ingests without the API, so it loads the engines' derived tables itself
import '../engines/register.ts';
import { ingestPaths, type IngestResult } from '../ingest/index.ts';
import { generate, type GenerateResult } from './generate.ts';
import type { GenerateOptions } from './options.ts';
import type { TruthDoc } from './truth-doc.ts';

export interface RoundTrip {
  gen: GenerateResult;
  truth: TruthDoc;
  ws: Workspace;
  ingest: IngestResult;
  close(): void;
}

export function readTruth(path: string): TruthDoc {
  return JSON.parse(readFileSync(path, 'utf8')) as TruthDoc;
}

/** Generates into `dir/out` and ingests the billing folder into `dir/workspace.duckdb`. */
export async function generateAndIngest(dir: string, options: Omit<GenerateOptions, 'out'>, ctx: CallContext = {}): Promise<RoundTrip> {
  mkdirSync(dir, { recursive: true });
  const gen = await generate({ ...options, out: join(dir, 'out') });
  const ws = await Workspace.open(join(dir, 'workspace.duckdb'));
  try {
    const ingest = await ingestPaths(ws, [gen.billingDir], ctx);
    return { gen, truth: readTruth(gen.truthPath), ws, ingest, close: () => ws.close() };
  } catch (err) {
    ws.close();
    throw err;
  }
}
