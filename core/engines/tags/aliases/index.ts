// Tag aliases: key and value aliases stored in the workspace, and the one layer that applies them
// to tags for every engine (effective.ts). See ../SPEC.md "Aliases".
export { ALIAS_KINDS, ALIAS_LIMITS, aliasAddSchema, aliasRemoveSchema, aliasPreviewSchema, type AliasKind, type TagAlias } from './alias.ts';
export { NO_TAG_ALIASES, aliasSetOf, loadTagAliases, keyRule, effectiveTagValueSql, effectiveTagsSql, type TagAliasSet, type TagKeyRule } from './effective.ts';
export { listTagAliases, addTagAliases, removeTagAlias, prepareAdd, withAdded } from './store.ts';
export { previewTagAlias, type AliasMove, type AliasPreview } from './preview.ts';
