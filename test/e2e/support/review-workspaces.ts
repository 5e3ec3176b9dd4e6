// The Review e2e's workspace: a small demo organisation (August to October 2026, daily lines),
// generated and loaded through the normal ingest. It has no budgets and no business metrics, so
// the pack has slides that say what to set up instead of numbers.
// the ingest refreshes the engines' derived tables, which register themselves here
import '../../../core/engines/register.ts';
import { buildDemoWorkspace } from '../../../core/synth/index.ts';

export const REVIEW_DEMO_MONTHS = ['2026-10', '2026-09', '2026-08'] as const;

export async function reviewDemo(path: string): Promise<void> {
  await buildDemoWorkspace(path, {}, { grain: 'daily', scale: 4000 });
}
