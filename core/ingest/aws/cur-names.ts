// CUR column naming. Legacy CUR CSV uses slash names (`lineItem/UnblendedCost`); its Athena /
// Parquet form and CUR 2.0 use snake_case (`line_item_unblended_cost`). The mapping is written
// once against snake_case names; slash names are converted the way AWS's Athena integration does:
// '/' and ':' become '_', every capital letter starts a new word, runs of '_' collapse.

export function curSlashToSnake(name: string): string {
  return name
    .replace(/[/:]/g, '_')
    .replace(/([A-Z])/g, '_$1')
    .toLowerCase()
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '');
}

export const LEGACY_TAG_PREFIX = 'resourceTags/';
export const SNAKE_TAG_PREFIX = 'resource_tags_';
export const USER_TAG_PREFIX = 'user:';

/**
 * The workspace tag key for a CUR tag. AWS user tags lose their prefix (`user:Team` -> `Team`);
 * other prefixes are kept (`aws:createdBy`). Snake-case forms cannot recover the original case:
 * `user_team` -> `team`, `aws_created_by` -> `aws:created_by`.
 */
export function tagKeyFromLegacy(column: string): string {
  const key = column.slice(LEGACY_TAG_PREFIX.length);
  return key.startsWith(USER_TAG_PREFIX) ? key.slice(USER_TAG_PREFIX.length) : key;
}

export function tagKeyFromSnake(key: string): string {
  if (key.startsWith('user_')) return key.slice('user_'.length);
  if (key.startsWith('aws_')) return `aws:${key.slice('aws_'.length)}`;
  return key;
}
