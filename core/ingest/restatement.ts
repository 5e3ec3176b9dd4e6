// Restatements that never drop or double (SPEC.md, "Restatements"). Run inside the ingest's
// transaction once every file is inserted, per (provider, billing account, billing period) that
// the new files deliver:
//  1. new files of one delivery identity form one group; files with none are each a group;
//  2. several groups: all identified → the newest delivery wins (delivery.ts), the others are
//     superseded; any unidentified → the person's choice (append keeps all, replace keeps the
//     file given last), else a conflict;
//  3. rows already loaded: the winning delivery replaces other deliveries and keeps its own parts;
//     an unidentified winner replaces or appends by the choice, else a conflict;
//  4. any conflict stops the ingest (INGEST_REPLACE_OR_APPEND, rolled back) naming what it would
//     affect; else the losing rows are deleted and imports left empty are marked replaced.
import { ErrorCode, WorkbenchError } from '../errors.ts';
import type { Db } from '../store/db.ts';
import { join, sql } from '../sql/index.ts';
import type { JsonRow } from '../store/values.ts';
import { compareDeliveries, type Delivery } from './delivery.ts';
import { OVERLAP_CHOICES, OverlapChoice } from './overlap-choice.ts';

export interface NewImport {
  importId: number;
  path: string;
  delivery: Delivery | null;
  order: number;
}

/** One billing period of one account that the ingest cannot settle alone. */
export interface OverlapConflict {
  providerName: string | null;
  billingAccountId: string;
  billingPeriod: string;
  currency: string | null;
  /** The files of this ingest that deliver it, in the order given. */
  files: { path: string; rows: number; billedCost: number }[];
  /** Imports already holding it: what replace would remove and append would add to. */
  loaded: { importId: number; path: string | null; loadedAt: string; rows: number; billedCost: number }[];
}

export interface RestatementOutcome {
  /** Earlier imports left with no rows. */
  replacedImports: number[];
  /** New imports of this ingest that lost every row to a newer delivery, with what won. */
  superseded: Map<number, string>;
  /** New imports that lost some periods: their rows left. */
  rowsLeft: Map<number, number>;
}

interface Holding {
  id: number;
  provider: string | null;
  account: string;
  start: string;
  period: string;
  currency: string | null;
  rows: number;
  billed: number;
  path: string | null;
  loadedAt: string;
  deliveryId: string | null;
}

interface Group {
  delivery: Delivery | null;
  imports: NewImport[];
  order: number;
}

const keyOf = (h: Holding) => JSON.stringify([h.provider, h.account, h.start]);

function toHolding(r: JsonRow): Holding {
  return {
    id: Number(r.id),
    provider: r.provider === null ? null : String(r.provider),
    account: String(r.account),
    start: String(r.start),
    period: String(r.period),
    currency: r.currency === null ? null : String(r.currency),
    rows: Number(r.n),
    billed: Number(r.billed),
    path: r.path === null ? null : String(r.path),
    loadedAt: String(r.loaded_at),
    deliveryId: r.delivery_id === null ? null : String(r.delivery_id),
  };
}

async function holdings(db: Db, ids: number[]): Promise<{ fresh: Holding[]; earlier: Holding[] }> {
  const list = join(ids);
  const rows = await db.all(sql`
    WITH k AS (SELECT DISTINCT ProviderName, BillingAccountId, BillingPeriodStart FROM focus WHERE x_ImportId IN (${list}))
    SELECT f.x_ImportId AS id, f.ProviderName AS provider, f.BillingAccountId AS account, CAST(f.BillingPeriodStart AS VARCHAR) AS start,
      strftime(f.BillingPeriodStart, '%Y-%m') AS period, min(f.BillingCurrency) AS currency, count(*) AS n, round(sum(f.BilledCost), 2) AS billed,
      i.path, i.loaded_at, i.delivery_id
    FROM focus f JOIN k ON f.ProviderName IS NOT DISTINCT FROM k.ProviderName AND f.BillingAccountId = k.BillingAccountId AND f.BillingPeriodStart = k.BillingPeriodStart
      JOIN imports i ON i.id = f.x_ImportId
    GROUP BY ALL ORDER BY id`);
  const fresh = new Set(ids);
  const all = rows.map(toHolding);
  return { fresh: all.filter((h) => fresh.has(h.id)), earlier: all.filter((h) => !fresh.has(h.id)) };
}

/** The newest of several identified deliveries; the file given later where their age is a tie. */
function newest(groups: Group[]): Group {
  return groups.reduce((a, b) => {
    const c = compareDeliveries(a.delivery!, b.delivery!);
    return c > 0 || (c === 0 && a.order > b.order) ? a : b;
  });
}

const money = (amount: number, currency: string | null) => `${amount.toFixed(2)}${currency ? ` ${currency}` : ''}`;

function conflictMessage(conflicts: OverlapConflict[]): string {
  const shown = conflicts.slice(0, 3).map((c) => {
    const what = `${c.billingPeriod} of billing account ${c.billingAccountId}`;
    const files = c.files.map((f) => `${f.path} (${f.rows} rows, billed ${money(f.billedCost, c.currency)})`).join(' and ');
    if (c.loaded.length === 0) return `${files} all deliver ${what}`;
    const loaded = c.loaded.map((l) => `${l.path ?? `import ${l.importId}`} (loaded ${l.loadedAt}, ${l.rows} rows, billed ${money(l.billedCost, c.currency)})`).join(' and ');
    return `${what} is already loaded from ${loaded}, and ${files} would replace or double it`;
  });
  const more = conflicts.length > 3 ? ` (and ${conflicts.length - 3} more periods)` : '';
  return (
    `${shown.join('; ')}${more}. These files carry no delivery identity (no manifest, no AWS delivery folder), so a restatement ` +
    `(which replaces the month) cannot be told from more parts of the same delivery (which add up). Nothing was changed. ` +
    `Choose: replace (--replace: the new files replace the period; among themselves the one given last counts) or ` +
    `append (--append: their rows are added to it).`
  );
}

export async function settleRestatements(db: Db, news: readonly NewImport[], choice: OverlapChoice | undefined): Promise<RestatementOutcome> {
  const outcome: RestatementOutcome = { replacedImports: [], superseded: new Map(), rowsLeft: new Map() };
  if (news.length === 0) return outcome;
  const byId = new Map(news.map((n) => [n.importId, n]));
  const { fresh, earlier } = await holdings(db, news.map((n) => n.importId));
  const keys = new Map<string, { fresh: Holding[]; earlier: Holding[] }>();
  for (const h of fresh) keys.set(keyOf(h), { fresh: [...(keys.get(keyOf(h))?.fresh ?? []), h], earlier: [] });
  for (const h of earlier) keys.get(keyOf(h))?.earlier.push(h);

  const conflicts: OverlapConflict[] = [];
  const drops: { holding: Holding; winner: number; by: string }[] = [];
  for (const { fresh: mine, earlier: theirs } of keys.values()) {
    const groups = new Map<string, Group>();
    for (const h of mine) {
      const n = byId.get(h.id)!;
      const id = n.delivery ? `d:${n.delivery.key}` : `f:${n.importId}`;
      const g = groups.get(id) ?? { delivery: n.delivery, imports: [], order: -1 };
      g.imports.push(n);
      g.order = Math.max(g.order, n.order);
      groups.set(id, g);
    }
    const all = [...groups.values()];
    const unidentified = all.some((g) => g.delivery === null);
    let winners = all;
    let asks = false;
    if (all.length > 1) {
      if (!unidentified) winners = [newest(all)];
      else if (choice === OverlapChoice.Append) winners = all;
      else if (choice === OverlapChoice.Replace) winners = [all.reduce((a, b) => (a.order > b.order ? a : b))];
      else asks = true;
    }
    const head = winners[0]!.imports[0]!;
    const by = winners[0]!.delivery ? `${head.path} (delivery ${winners[0]!.delivery.label})` : head.path;
    for (const g of all.filter((x) => !winners.includes(x))) {
      for (const h of mine.filter((x) => g.imports.some((n) => n.importId === x.id))) drops.push({ holding: h, winner: head.importId, by });
    }
    const known = winners.length === 1 && winners[0]!.delivery !== null ? winners[0]!.delivery : null;
    if (theirs.length > 0) {
      if (known) {
        for (const h of theirs.filter((x) => x.deliveryId !== known.key)) drops.push({ holding: h, winner: head.importId, by });
      } else if (choice === OverlapChoice.Replace) {
        for (const h of theirs) drops.push({ holding: h, winner: head.importId, by });
      } else if (choice !== OverlapChoice.Append) asks = true;
    }
    if (asks) {
      const first = mine[0]!;
      conflicts.push({
        providerName: first.provider,
        billingAccountId: first.account,
        billingPeriod: first.period,
        currency: first.currency,
        files: [...mine].sort((a, b) => byId.get(a.id)!.order - byId.get(b.id)!.order).map((h) => ({ path: byId.get(h.id)!.path, rows: h.rows, billedCost: h.billed })),
        loaded: theirs.map((h) => ({ importId: h.id, path: h.path, loadedAt: h.loadedAt, rows: h.rows, billedCost: h.billed })),
      });
    }
  }
  if (conflicts.length > 0) {
    throw new WorkbenchError(ErrorCode.INGEST_REPLACE_OR_APPEND, conflictMessage(conflicts), { choices: [...OVERLAP_CHOICES], conflicts });
  }
  if (drops.length === 0) return outcome;

  await db.run(sql`CREATE OR REPLACE TEMP TABLE ingest_drop (id INTEGER, provider VARCHAR, account VARCHAR, start TIMESTAMP)`);
  for (const { holding: h } of drops) {
    await db.run(sql`INSERT INTO ingest_drop VALUES (${h.id}, ${h.provider}, ${h.account}, CAST(${h.start} AS TIMESTAMP))`);
  }
  await db.run(sql`DELETE FROM focus USING ingest_drop d
    WHERE focus.x_ImportId = d.id AND focus.ProviderName IS NOT DISTINCT FROM d.provider
      AND focus.BillingAccountId = d.account AND focus.BillingPeriodStart = d.start`);
  await db.run(sql`DROP TABLE ingest_drop`);
  const touched = new Map(drops.map((d) => [d.holding.id, d]));
  for (const [id, d] of touched) {
    const left = Number(await db.value(sql`SELECT count(*) FROM focus WHERE x_ImportId = ${id}`));
    if (left === 0) await db.run(sql`UPDATE imports SET status = 'replaced', replaced_by = ${d.winner}, rows = 0 WHERE id = ${id}`);
    else await db.run(sql`UPDATE imports SET rows = ${left} WHERE id = ${id}`);
    if (!byId.has(id)) {
      if (left === 0) outcome.replacedImports.push(id);
    } else if (left === 0) outcome.superseded.set(id, d.by);
    else outcome.rowsLeft.set(id, left);
  }
  outcome.replacedImports.sort((a, b) => a - b);
  return outcome;
}
