// `finops-workbench tagkeys list|set|unset`: the tag key map (core/ingest/SPEC.md, "Tag keys").
// CUR 2.0 and Athena write tag keys in snake_case (user_team); the map says which key they load as.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { expandHome } from '../paths.ts';
import type { TagKeyEntry } from '../../ingest/aws/tag-key-edit.ts';
import { TagKeyHow } from '../../ingest/aws/tag-key-map.ts';
import { alignColumns, plural } from '../format/text.ts';
import { printJson, say } from '../output.ts';
import { withWorkspace } from '../workspace-arg.ts';

const HOW_WORDS: Record<TagKeyEntry['how'], string> = {
  [TagKeyHow.Set]: 'set by you',
  [TagKeyHow.Learned]: 'learned from legacy CUR headers',
  [TagKeyHow.Ambiguous]: 'ambiguous: legacy headers have',
  [TagKeyHow.Unknown]: 'not known: AWS’s spelling was never seen',
};

function describe(e: TagKeyEntry): string {
  if (e.how === TagKeyHow.Ambiguous) return `${HOW_WORDS[e.how]} ${e.learned.join(' and ')}`;
  return HOW_WORDS[e.how];
}

export function formatTagKeys(entries: readonly TagKeyEntry[]): string[] {
  if (entries.length === 0) return ['No snake_case tag keys yet: CUR 2.0 and Athena-form files write them (user_team); legacy CUR headers teach the map.'];
  const rows = [['AWS key', 'loads as', 'how'], ...entries.map((e) => [e.awsKey, e.loadsAs, describe(e)])];
  const lines = alignColumns(rows, ['left', 'left', 'left']);
  // ambiguous keys first: they have a learned key to suggest
  const open = entries.filter((e) => e.inSnakeRows && (e.how === TagKeyHow.Ambiguous || e.how === TagKeyHow.Unknown)).sort((a, b) => b.learned.length - a.learned.length);
  if (open.length > 0) {
    const e = open[0]!;
    lines.push('', `${plural(open.length, 'key')} in loaded rows ${open.length === 1 ? 'has' : 'have'} no known AWS spelling (CUR 2.0 lowercases keys). Give one, e.g.: finops-workbench tagkeys set --db W ${e.awsKey} ${e.learned[0] ?? '<Key as in AWS>'}`);
  }
  return lines;
}

function sayChange(r: { entry: TagKeyEntry; rowsRekeyed: number }): void {
  say(`${r.entry.awsKey} now loads as ${r.entry.loadsAs} (${describe(r.entry)}); ${plural(r.rowsRekeyed, 'loaded row')} re-keyed.`);
}

export function registerTagKeys(program: Command): void {
  const cmd = program.command('tagkeys').description('Which key a CUR 2.0 / Athena snake_case tag key (user_team) loads as: list the map, set or unset a key.');
  cmd
    .command('list')
    .description('List every snake_case tag key the workspace knows, the key it loads as, and why.')
    .requiredOption('--db <path>', 'workspace file')
    .option('--json', 'print as JSON on stdout')
    .action(async (opts: { db: string; json?: boolean }) => {
      // an existing workspace opens for writing so a workspace made before the map is migrated
      // (migration 008 learns its legacy keys); a missing one is refused, not created
      const r = await withWorkspace(opts.db, (api) => api.tagKeys({}), { readOnly: !existsSync(expandHome(opts.db)) });
      if (opts.json) return printJson(r);
      for (const line of formatTagKeys(r.entries)) say(line);
    });
  cmd
    .command('set <awsKey> <tagKey>')
    .description('Load the snake_case key (as CUR 2.0 writes it: user_team, aws_created_by) as this key (Team, aws:createdBy); rows already loaded follow.')
    .requiredOption('--db <path>', 'workspace file')
    .option('--json', 'print as JSON on stdout')
    .action(async (awsKey: string, tagKey: string, opts: { db: string; json?: boolean }) => {
      const r = await withWorkspace(opts.db, (api) => api.setTagKey({ awsKey, tagKey }));
      if (opts.json) return printJson(r);
      sayChange(r);
    });
  cmd
    .command('unset <awsKey>')
    .description('Forget your key for a snake_case key: the learned key, or its own form, applies again.')
    .requiredOption('--db <path>', 'workspace file')
    .option('--json', 'print as JSON on stdout')
    .action(async (awsKey: string, opts: { db: string; json?: boolean }) => {
      const r = await withWorkspace(opts.db, (api) => api.setTagKey({ awsKey, tagKey: null }));
      if (opts.json) return printJson(r);
      sayChange(r);
    });
}
