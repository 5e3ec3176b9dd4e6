// The tag key map's part in a load (load.ts): snake_case files load through the map as it is;
// legacy files teach it their headers; once every file is in, rows loaded earlier from snake_case
// files are re-keyed if the map learned something (a CUR 2.0 month loaded before its legacy past).
import type { Db } from '../../store/db.ts';
import { Family, type FamilyName } from '../formats.ts';
import { awsTagKey } from './cur-names.ts';
import { hasAmbiguity, learnTagKeys, TagKeyMap } from './tag-key-map.ts';
import { loadedTagKeys, rekeySnakeRows } from './tag-key-rekey.ts';

export class TagKeysOnLoad {
  private learnedSomething = false;

  constructor(private readonly db: Db) {}

  /** The map a file's snake_case keys load through (read afresh: an earlier file may have taught it). */
  async before(): Promise<TagKeyMap> {
    return TagKeyMap.read(this.db);
  }

  /** After a file's insert: a legacy header teaches the map; a snake file is told of ambiguous keys. */
  async after(family: FamilyName, importId: number, columns: readonly { name: string }[], map: TagKeyMap): Promise<string | undefined> {
    if (family === Family.CurLegacy) {
      if (await learnTagKeys(this.db, importId, columns)) this.learnedSomething = true;
      return undefined;
    }
    if (family === Family.Focus || !hasAmbiguity(map)) return undefined;
    return map.ambiguityNote((await loadedTagKeys(this.db, [importId])).map(awsTagKey));
  }

  /**
   * Re-keys snake_case rows when a legacy file taught the map a key; returns the billing periods
   * whose rows changed (rows of months loaded earlier: their derived tables must follow).
   */
  async finish(): Promise<string[]> {
    return this.learnedSomething ? (await rekeySnakeRows(this.db)).billingPeriods : [];
  }
}
