// Error codes of the tags engine. WorkbenchError carries them to every transport.
export const TagsErrorCode = {
  /** A policy (ours or an AWS tag policy JSON) that cannot be read: says where and what is wrong. */
  TAGS_BAD_POLICY: 'TAGS_BAD_POLICY',
  TAGS_BAD_SPEC: 'TAGS_BAD_SPEC',
  /** No cost line to audit: an empty workspace, or a period without lines. */
  TAGS_NO_LINES: 'TAGS_NO_LINES',
} as const;
