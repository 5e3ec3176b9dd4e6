// CUR column naming. Legacy CUR CSV uses slash names (`lineItem/UnblendedCost`); its Athena /
// Parquet form and CUR 2.0 use snake_case (`line_item_unblended_cost`). The mapping is written
// once against snake_case names; slash names are converted the way AWS's Athena integration does.

/**
 * AWS's rule for Athena column names (CUR user guide, "Running Amazon Athena queries › Column
 * names"), which CUR 2.0 also uses for its columns and its `resource_tags` keys: an underscore
 * before every capital, lowercase, every other non-alphanumeric character to '_', runs of '_'
 * collapsed, leading and trailing '_' dropped. (AWS also drops underscores from the left of names
 * longer than Athena allows; CUR names do not come near that.)
 */
export function awsSnakeName(name: string): string {
  return name
    .replace(/([A-Z])/g, '_$1')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '');
}

export const curSlashToSnake = awsSnakeName;

export const LEGACY_TAG_PREFIX = 'resourceTags/';
export const SNAKE_TAG_PREFIX = 'resource_tags_';
export const USER_TAG_PREFIX = 'user:';
/** AWS-generated tags keep their prefix: FOCUS wants provider-defined tags prefixed. */
export const AWS_TAG_PREFIX = 'aws:';

/**
 * The workspace tag key for a CUR tag. AWS user tags lose their prefix (`user:Team` -> `Team`);
 * other prefixes are kept (`aws:createdBy`), as FOCUS's Tags rules want (one user-defined scheme,
 * unprefixed; provider-defined tags prefixed).
 */
export function tagKeyFromLegacy(column: string): string {
  const key = column.slice(LEGACY_TAG_PREFIX.length);
  return key.startsWith(USER_TAG_PREFIX) ? key.slice(USER_TAG_PREFIX.length) : key;
}

/** The fallback for a snake-case tag key nothing restores (tag-key-map.ts): `user_team` -> `team`. */
export function tagKeyFromSnake(key: string): string {
  if (key.startsWith('user_')) return key.slice('user_'.length);
  if (key.startsWith('aws_')) return `aws:${key.slice('aws_'.length)}`;
  return key;
}

/**
 * The key AWS writes in CUR 2.0 `resource_tags` (and, after `resource_tags_`, in Athena column
 * names) for a workspace tag key: `Team` -> `user_team`, `aws:createdBy` -> `aws_created_by`.
 */
export function awsTagKey(workspaceKey: string): string {
  return awsSnakeName(workspaceKey.startsWith(AWS_TAG_PREFIX) ? workspaceKey : `${USER_TAG_PREFIX}${workspaceKey}`);
}
