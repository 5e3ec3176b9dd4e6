// `review --db W --period YYYY-MM --out review.pptx|review.pdf [--basis B] [--json]`: the monthly
// review pack (core/review) written as a deck or a PDF, the format from the file's extension.
import { writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { Command } from 'commander';
import { ErrorCode, WorkbenchError } from '../../api/errors.ts';
import { validateRequest } from '../../api/validate.ts';
import { REVIEW_FORMATS, SLIDE_NO_DATA, type ReviewFormat } from '../../review/constants.ts';
import { badReviewFormat } from '../../review/errors.ts';
import { writeReviewPack } from '../../review/export/index.ts';
import { PACK_PROGRESS_SHARE } from '../../review/pack.ts';
import { cancelOnSigint, printJson, progressPrinter, say } from '../output.ts';
import { expandHome } from '../paths.ts';
import { existingDb, withWorkspace } from '../workspace-arg.ts';

interface ReviewOptions {
  db: string;
  period?: string;
  out?: string;
  basis?: string;
  json?: boolean;
}

/** The file and its format, checked before any work is done. */
export function reviewTarget(out: string | undefined): { path: string; format: ReviewFormat } {
  if (!out) throw new WorkbenchError(ErrorCode.BAD_REQUEST, 'No output file given: pass --out review.pptx (a deck) or --out review.pdf.');
  const ext = extname(out).toLowerCase().slice(1);
  if (!(REVIEW_FORMATS as readonly string[]).includes(ext)) {
    throw badReviewFormat(`--out must end in ${REVIEW_FORMATS.map((f) => `.${f}`).join(' or ')} (the format is taken from it), not "${ext ? `.${ext}` : out}".`, { out });
  }
  return { path: resolve(expandHome(out)), format: ext as ReviewFormat };
}

export function registerReview(program: Command): void {
  program
    .command('review')
    .description('The monthly review pack: total vs budget and forecast, month over month, top movers, anomalies, tag coverage, commitments, savings, unit costs; as a deck or a PDF.')
    .requiredOption('--db <path>', 'workspace file')
    .requiredOption('--period <YYYY-MM>', 'the month to review, e.g. 2026-10')
    .requiredOption('--out <file>', 'FILE.pptx (a PowerPoint deck with speaker notes) or FILE.pdf (one page per slide)')
    .option('--basis <basis>', 'cost basis: Effective (default), Billed, List, Contracted')
    .option('--json', 'also print the pack (slides with their headlines, tables, charts and notes) as JSON on stdout')
    .action(async (o: ReviewOptions) => {
      const target = reviewTarget(o.out);
      const request = validateRequest('reviewPack', { period: o.period, ...(o.basis ? { basis: o.basis } : {}) });
      // reading never creates a workspace: an empty new file would only make an empty pack
      const path = existingDb(o.db);
      const bar = progressPrinter(true);
      const cancel = cancelOnSigint();
      try {
        const pack = await withWorkspace(path, (api) => api.reviewPack(request, { signal: cancel.signal, onProgress: (p) => bar.onProgress({ ...p, fraction: (p.fraction ?? 0) * PACK_PROGRESS_SHARE }) }));
        const bytes = await writeReviewPack(pack, target.format, (i) => bar.onProgress({ phase: 'write', message: `Writing slide ${i + 1} of ${pack.slides.length}`, fraction: PACK_PROGRESS_SHARE + ((1 - PACK_PROGRESS_SHARE) * i) / pack.slides.length }));
        writeFileSync(target.path, bytes);
        bar.done();
        const empty = pack.slides.filter((s) => s.status === SLIDE_NO_DATA);
        say(`wrote the ${pack.period} review (${pack.slides.length} slides${empty.length ? `, ${empty.length} without data: ${empty.map((s) => s.id).join(', ')}` : ''}) to ${target.path}`);
        if (o.json) printJson({ out: target.path, format: target.format, pack });
      } finally {
        bar.done();
        cancel.dispose();
      }
    });
}
