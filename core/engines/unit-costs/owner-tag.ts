// Which tag names a line's owner for unit costs: the one asked for, else the first tag of the saved
// chargeback rules' owner chain (the owners finance bills), else Team (anomalies' default owner
// tag). Values are read through the tag aliases like every engine's tags.
import type { Db } from '../../store/db.ts';
import { DEFAULT_OWNER_TAG } from '../anomaly/constants.ts';
import { getChargebackRules } from '../chargeback/rules-store.ts';

export async function resolveOwnerTag(db: Db, asked: string | undefined): Promise<string> {
  if (asked !== undefined) return asked;
  const saved = await getChargebackRules(db);
  const tag = saved.rules?.owner.chain.find((s) => s.kind === 'tag');
  return tag && tag.kind === 'tag' ? tag.key : DEFAULT_OWNER_TAG;
}
