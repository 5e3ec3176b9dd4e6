// The tag keys and cost categories an aggregate keeps, as the table holds them. A legacy CUR table
// has one column per key, named in its metadata, so an unknown key is refused before any query
// runs. CUR 2.0 and FOCUS tables keep them in maps whose keys only the data knows, so each
// requested key is looked up under the spellings AWS uses (`user_Team`, `user_team`; `user:Team`,
// `Team`), every spelling kept under its own name: the rows then carry the key exactly as a file
// of the same export would, and a spelling that is absent is simply null.
import { curSlashToSnake, tagKeyFromSnake } from '../../ingest/aws/cur-names.ts';
import { sourceError } from '../errors.ts';
import { CurVersion, type AthenaTable } from './athena-table.ts';
import { ATHENA_COST_CATEGORY_PREFIX, ATHENA_TAG_PREFIX } from './cur-columns.ts';

export interface ChosenKeys {
  /** Legacy CUR: the tag and cost category columns. */
  columns: string[];
  /** CUR 2.0 / FOCUS: the map keys looked up in the tags map. */
  tagKeys: string[];
  /** CUR 2.0 / FOCUS: the map keys looked up in the cost category map. */
  costCategoryKeys: string[];
}

const unique = (xs: string[]) => [...new Set(xs)];
const snake = (s: string) => curSlashToSnake(s);

function columnsWith(table: AthenaTable, prefix: string): string[] {
  return [...table.columns.keys()].filter((c) => c.startsWith(prefix));
}

/** Tag columns of a legacy CUR table (`resource_tags_user_team`). */
export function tagColumns(table: AthenaTable): string[] {
  return columnsWith(table, ATHENA_TAG_PREFIX);
}

/** Cost category columns of a legacy CUR table (`cost_category_environment`). */
export function costCategoryColumns(table: AthenaTable): string[] {
  return columnsWith(table, ATHENA_COST_CATEGORY_PREFIX);
}

function resolveColumn(table: AthenaTable, key: string, candidates: string[], available: string[], kind: 'tag' | 'cost category'): string {
  const hit = candidates.find((c) => available.includes(c));
  if (hit) return hit;
  const prefix = kind === 'tag' ? ATHENA_TAG_PREFIX : ATHENA_COST_CATEGORY_PREFIX;
  const known = available.map((c) => (kind === 'tag' ? tagKeyFromSnake(c.slice(prefix.length)) : c.slice(prefix.length)));
  const none = kind === 'tag' ? 'none (activate cost allocation tags in Billing)' : 'none (add cost categories to the report in Billing)';
  throw sourceError(
    kind === 'tag' ? 'ATHENA_UNKNOWN_TAG' : 'ATHENA_UNKNOWN_COST_CATEGORY',
    `The ${kind} ${key} is not a column of ${table.database}.${table.table}. ${kind === 'tag' ? 'Tags' : 'Cost categories'} there: ${known.join(', ') || none}.`,
    { [kind === 'tag' ? 'tag' : 'costCategory']: key },
  );
}

/** Spellings of a tag key in a CUR 2.0 `resource_tags` map. */
function cur2TagKeys(key: string): string[] {
  if (/^(user|aws)_/.test(key)) return [key];
  if (key.includes(':')) return unique([key.replace(':', '_'), snake(key)]);
  return unique([`user_${key}`, `user_${snake(key)}`]);
}

/** Spellings of a tag key in a FOCUS `Tags` map. */
function focusTagKeys(key: string): string[] {
  return key.includes(':') ? [key] : unique([key, `user:${key}`]);
}

export function chooseKeys(table: AthenaTable, tags: readonly string[], costCategories: readonly string[]): ChosenKeys {
  if (table.version === CurVersion.Legacy) {
    const tagCols = tagColumns(table);
    const ccCols = costCategoryColumns(table);
    const columns = [
      ...tags.map((key) =>
        resolveColumn(table, key, [key.toLowerCase(), snake(`resourceTags/${key.includes(':') ? key : `user:${key}`}`), `${ATHENA_TAG_PREFIX}${key.toLowerCase()}`], tagCols, 'tag'),
      ),
      ...costCategories.map((name) =>
        resolveColumn(table, name, [name.toLowerCase(), `${ATHENA_COST_CATEGORY_PREFIX}${snake(name)}`, `${ATHENA_COST_CATEGORY_PREFIX}${name.toLowerCase()}`], ccCols, 'cost category'),
      ),
    ];
    return { columns: unique(columns), tagKeys: [], costCategoryKeys: [] };
  }
  const tagKeys = unique(tags.flatMap(table.version === CurVersion.Cur2 ? cur2TagKeys : focusTagKeys));
  const costCategoryKeys = unique(costCategories.flatMap((n) => (table.version === CurVersion.Cur2 ? [n, snake(n)] : [n])));
  return { columns: [], tagKeys, costCategoryKeys };
}

/** The tag keys alone (no cost categories), as chooseKeys resolves them. */
export function resolveTags(table: AthenaTable, tags: readonly string[]): ChosenKeys {
  return chooseKeys(table, tags, []);
}
