// Resource tags: the required keys on most spend, and the defects a tag audit must find —
// untagged resources, missing keys, misspelled keys and value variants. Every defect is decided
// here, per resource, and written to the truth.
import type { Account, Tags } from './model.ts';
import type { Rng } from './rng.ts';
import { awsTagKey } from '../ingest/aws/cur-names.ts';

export const REQUIRED_TAG_KEYS = ['Team', 'Project', 'Environment', 'CostCenter'] as const;
export type RequiredTagKey = (typeof REQUIRED_TAG_KEYS)[number];

/** Misspellings seen in real organisations, with the key they were meant to be. */
export const MISSPELLED_KEYS: readonly { raw: string; canonical: RequiredTagKey }[] = [
  { raw: 'team', canonical: 'Team' },
  { raw: 'Team ', canonical: 'Team' },
  { raw: 'cost-center', canonical: 'CostCenter' },
];

/** The canonical Environment value and the variants people type instead. */
export const ENVIRONMENT_VALUES: Record<string, { canonical: string; variants: readonly string[] }> = {
  prod: { canonical: 'prod', variants: ['Prod', 'production'] },
  staging: { canonical: 'staging', variants: ['Staging', 'stage'] },
  dev: { canonical: 'dev', variants: ['Dev', 'development'] },
  shared: { canonical: 'shared', variants: ['Shared'] },
  sandbox: { canonical: 'sandbox', variants: ['Sandbox'] },
};

export type TagDefect =
  | { kind: 'untagged' }
  | { kind: 'missing-key'; key: RequiredTagKey }
  | { kind: 'misspelled-key'; raw: string; canonical: RequiredTagKey }
  | { kind: 'value-variant'; key: 'Environment'; value: string; canonical: string };

// Chance of each defect by environment: sandbox and dev are tagged worst, as in life.
const UNTAGGED: Record<string, number> = { prod: 0.03, staging: 0.05, dev: 0.1, shared: 0.04, sandbox: 0.5 };
const MISSING_COST_CENTER = 0.05;
const MISSPELLED = 0.05;
const VARIANT = 0.08;

export interface TaggedResource {
  tags: Tags;
  defects: TagDefect[];
}

/** Changes `tags` in place to show `defect`; false when the resource has nothing to spoil. */
export function applyDefect(tags: Tags, defect: TagDefect): boolean {
  switch (defect.kind) {
    case 'untagged':
      for (const k of Object.keys(tags)) if (k !== 'Name') delete tags[k];
      return true;
    case 'missing-key':
      if (tags[defect.key] === undefined) return false;
      delete tags[defect.key];
      return true;
    case 'misspelled-key': {
      const value = tags[defect.canonical];
      if (value === undefined) return false;
      delete tags[defect.canonical];
      tags[defect.raw] = value;
      return true;
    }
    case 'value-variant':
      if (tags.Environment === undefined) return false;
      tags.Environment = defect.value;
      return true;
  }
}

export function tagResource(rng: Rng, account: Account, project: string, name: string | null): TaggedResource {
  const env = ENVIRONMENT_VALUES[account.env] ?? { canonical: account.env, variants: [] };
  // Draw every decision, used or not, so one resource's defects never shift another's.
  const untagged = rng.next() < (UNTAGGED[account.env] ?? 0.05);
  const missing = rng.next() < MISSING_COST_CENTER;
  const misspelled = rng.next() < MISSPELLED;
  const misspelling = rng.pick(MISSPELLED_KEYS);
  const variant = rng.next() < VARIANT && env.variants.length > 0;
  const variantValue = env.variants.length > 0 ? rng.pick(env.variants) : env.canonical;

  const tags: Tags = { Team: account.team.name, Project: project, Environment: env.canonical, CostCenter: account.team.costCenter, ...(name ? { Name: name } : {}) };
  const wanted: TagDefect[] = untagged
    ? [{ kind: 'untagged' }]
    : [
        ...(missing ? [{ kind: 'missing-key', key: 'CostCenter' } as const] : []),
        ...(misspelled ? [{ kind: 'misspelled-key', ...misspelling } as const] : []),
        ...(variant ? [{ kind: 'value-variant', key: 'Environment', value: variantValue, canonical: env.canonical } as const] : []),
      ];
  return { tags, defects: wanted.filter((d) => applyDefect(tags, d)) };
}

/**
 * Every kind of defect at least once, whatever the scale: where chance left one out, it is given
 * to the first clean resource of a prod account (in build order, so the choice is deterministic).
 */
export function ensureEveryDefect(resources: readonly { account: Account; tags: Tags; defects: TagDefect[] }[]): void {
  const wanted: TagDefect[] = [
    { kind: 'untagged' },
    { kind: 'missing-key', key: 'CostCenter' },
    ...MISSPELLED_KEYS.map((m) => ({ kind: 'misspelled-key', ...m }) as const),
    { kind: 'value-variant', key: 'Environment', value: 'production', canonical: 'prod' },
  ];
  for (const d of wanted) {
    const seen = resources.some((r) => r.defects.some((x) => JSON.stringify(x) === JSON.stringify(d)));
    if (seen) continue;
    const clean = resources.find((r) => r.account.env === 'prod' && r.defects.length === 0);
    if (clean && applyDefect(clean.tags, d)) clean.defects.push(d);
  }
}

/** True when every required key is present, spelled exactly (any value). */
export function hasRequiredKeys(tags: Tags): boolean {
  return REQUIRED_TAG_KEYS.every((k) => tags[k] !== undefined);
}

/**
 * The key a user tag gets in CUR 2.0 `resource_tags` (and in Athena column names), by AWS's
 * documented rule (ingest's awsTagKey): `Team` -> `user_team`. So `CostCenter` and `cost-center`
 * both become `user_cost_center`, and `team` and `Team ` (a trailing space) both `user_team`:
 * CUR 2.0 cannot tell them apart.
 */
export function cur2TagKey(rawKey: string): string {
  return awsTagKey(rawKey);
}

/** The legacy CUR column of a user tag: `resourceTags/user:Team`. */
export function legacyTagColumn(rawKey: string): string {
  return `resourceTags/user:${rawKey}`;
}
