// Paths as people type them. A shell expands `~` only at the start of an unquoted word, so
// `--db=~/costs.duckdb`, a quoted '~/cur/my report/' or a path from a script reaches us as is.
import { homedir } from 'node:os';
import { join } from 'node:path';

/** `~` and `~/...` (or `~\...`) → the home folder; other paths (and `~user`) unchanged. */
export function expandHome(path: string, home: string = homedir()): string {
  if (path === '~') return home;
  if (path.startsWith('~/') || path.startsWith('~\\')) return join(home, path.slice(2));
  return path;
}
