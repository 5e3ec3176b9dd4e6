// `chargeback --out FILE.csv|.xlsx|.pdf [--mode showback|chargeback]`: the statement of the run
// written to a file (core/export/chargeback). Kept apart from the chargeback command so the
// statements and the engine change in their own files; the command calls these two functions.
import { writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { ErrorCode, WorkbenchError } from '../../api/errors.ts';
import type { ChargebackResult } from '../../engines/chargeback/result.ts';
import type { ChargebackSpec } from '../../engines/chargeback/spec.ts';
import { chargebackStatement } from '../../export/chargeback/index.ts';
import { DEFAULT_STATEMENT_MODE, STATEMENT_FORMATS, STATEMENT_MODES, type StatementFormat, type StatementMode } from '../../export/chargeback/words.ts';
import type { Workspace } from '../../store/workspace.ts';
import { say } from '../output.ts';
import { expandHome } from '../paths.ts';

export interface StatementFlags {
  out?: string;
  mode?: string;
}

/** The help of the chargeback command's --out and --mode. */
export const STATEMENT_FLAGS_HELP = {
  out: 'write the statement to FILE.csv (flat, for finance systems), FILE.xlsx (a summary and one sheet per owner) or FILE.pdf (one page per owner)',
  mode: `how the statement is worded: ${STATEMENT_MODES.join(' (informational) or ')} (billed); default ${DEFAULT_STATEMENT_MODE}`,
} as const;

export interface StatementTarget { path: string; format: StatementFormat; mode: StatementMode }

/** The file, format and mode asked for, checked before any work is done; null without --out. */
export function statementTarget(flags: StatementFlags): StatementTarget | null {
  const mode = flags.mode ?? DEFAULT_STATEMENT_MODE;
  if (!(STATEMENT_MODES as readonly string[]).includes(mode)) throw new WorkbenchError(ErrorCode.BAD_REQUEST, `--mode must be ${STATEMENT_MODES.join(' or ')}, not "${mode}".`);
  if (!flags.out) {
    if (flags.mode) throw new WorkbenchError(ErrorCode.BAD_REQUEST, '--mode words a statement file: add --out FILE.csv, FILE.xlsx or FILE.pdf.');
    return null;
  }
  const ext = extname(flags.out).toLowerCase().slice(1);
  if (!(STATEMENT_FORMATS as readonly string[]).includes(ext)) throw new WorkbenchError(ErrorCode.BAD_REQUEST, `--out must end in ${STATEMENT_FORMATS.map((f) => `.${f}`).join(', ')}, not "${ext ? `.${ext}` : flags.out}".`);
  return { path: resolve(expandHome(flags.out)), format: ext as StatementFormat, mode: mode as StatementMode };
}

/** Writes the statement of `result` (made from `spec`) to the target; says where on stderr. */
export async function writeStatement(ws: Workspace, spec: ChargebackSpec, result: ChargebackResult, target: StatementTarget): Promise<void> {
  const bytes = await chargebackStatement(ws.db, spec, result, { format: target.format, mode: target.mode, workspace: ws.path, out: target.path });
  writeFileSync(target.path, bytes);
  say(`wrote the ${result.period} ${target.mode} statement of ${result.allocations.length} ${result.allocations.length === 1 ? 'owner' : 'owners'} to ${target.path}`);
}
