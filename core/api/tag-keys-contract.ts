// The tag key part of WorkbenchApi: which workspace key each AWS snake_case tag key (CUR 2.0,
// Athena form) loads as, and the user's choice where legacy CUR headers cannot say
// (core/ingest/SPEC.md, "Tag keys"). contract.ts spreads these in like the other parts.
import * as z from 'zod';
import type { TagKeyEntry } from '../ingest/aws/tag-key-edit.ts';

export const tagKeysRequestSchemas = {
  tagKeys: z.strictObject({}),
  /** tagKey null forgets the user's choice (the learned key, or the snake form's own, applies again). */
  setTagKey: z.strictObject({ awsKey: z.string().min(1).max(512), tagKey: z.string().min(1).max(512).nullable() }),
} as const;

export interface TagKeysResponseMap {
  tagKeys: { entries: TagKeyEntry[] };
  setTagKey: { entry: TagKeyEntry; rowsRekeyed: number };
}

export type { TagKeyEntry };
