// Error codes of the tags engine. WorkbenchError carries them to every transport.
export const TagsErrorCode = {
  /** A policy (ours or an AWS tag policy JSON) that cannot be read: says where and what is wrong. */
  TAGS_BAD_POLICY: 'TAGS_BAD_POLICY',
  TAGS_BAD_SPEC: 'TAGS_BAD_SPEC',
  /** No cost line to audit: an empty workspace, or a period without lines. */
  TAGS_NO_LINES: 'TAGS_NO_LINES',
  /** An alias that cannot be stored (blank, too long, on a key that is itself an alias...): says what to do. */
  TAGS_BAD_ALIAS: 'TAGS_BAD_ALIAS',
  /** An alias that would map a key or value to itself, directly or through other aliases. */
  TAGS_ALIAS_LOOP: 'TAGS_ALIAS_LOOP',
  /** Removing an alias that is not stored. */
  TAGS_ALIAS_NOT_FOUND: 'TAGS_ALIAS_NOT_FOUND',
} as const;
