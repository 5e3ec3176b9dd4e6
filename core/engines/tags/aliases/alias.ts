// What an alias is, as plain JSON: the contract's requests and the stored rows.
import * as z from 'zod';
import { tagAuditSpecSchema } from '../spec.ts';

export const ALIAS_KINDS = ['key', 'value'] as const;
export type AliasKind = (typeof ALIAS_KINDS)[number];

export const ALIAS_LIMITS = { text: 256, from: 500 } as const;

/** A stored alias: `from` reads as `to` (a key alias: key null; a value alias: within `key`). */
export interface TagAlias {
  kind: AliasKind;
  key: string | null;
  from: string;
  to: string;
  createdAt: string;
}

const text = z.string().max(ALIAS_LIMITS.text);

export const aliasAddSchema = z.strictObject({
  kind: z.enum(ALIAS_KINDS),
  /** The (canonical) key a value alias belongs to; absent for a key alias. */
  key: text.optional(),
  from: z.array(text).min(1).max(ALIAS_LIMITS.from),
  to: text,
});
export type AliasAdd = z.output<typeof aliasAddSchema>;

export const aliasRemoveSchema = z.strictObject({ kind: z.enum(ALIAS_KINDS), key: text.optional(), from: text });
export type AliasRemove = z.output<typeof aliasRemoveSchema>;

/** An add request and, optionally, the audit scope (period, basis, policy) its preview is measured on. */
export const aliasPreviewSchema = aliasAddSchema.extend({ spec: tagAuditSpecSchema.optional() });
