// SPEC steps 1-2: every commitment in the window, its facts (for attributes.ts) and its figures
// per month and over the window, from its own rows:
//   committed = Σ EffectiveCost of its Usage rows, Used and Unused (fees carry EffectiveCost 0)
//   used      = Σ EffectiveCost of its Used rows
//   onDemandEquivalent = Σ basis cost (ListCost / ContractedCost) of its Used rows
import { raw, sql, type SqlQuery } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import type { JsonRow } from '../../store/values.ts';
import { CHARGE, ON_DEMAND_COLUMN, STATUS, type OnDemandBasis } from './constants.ts';
import type { CommitmentFacts } from './attributes.ts';
import type { CommitmentFigures } from './result.ts';
import { inWindow, money, ratio, type Window } from './window.ts';

const USED = sql`ChargeCategory = ${CHARGE.usage} AND CommitmentDiscountStatus = ${STATUS.used}`;
const UNUSED = sql`ChargeCategory = ${CHARGE.usage} AND CommitmentDiscountStatus = ${STATUS.unused}`;
const PURCHASE = sql`ChargeCategory = ${CHARGE.purchase}`;
const RECURRING = sql`ChargeCategory = ${CHARGE.purchase} AND ChargeFrequency = ${CHARGE.recurring}`;

function figuresSql(basis: OnDemandBasis): SqlQuery {
  const used = sql`sum(EffectiveCost) FILTER (WHERE ${USED})`;
  const unused = sql`sum(EffectiveCost) FILTER (WHERE ${UNUSED})`;
  const committed = sql`(coalesce(${used}, 0) + coalesce(${unused}, 0))`;
  const od = sql`sum(${raw(ON_DEMAND_COLUMN[basis])}) FILTER (WHERE ${USED})`;
  return sql`${money(committed)} AS committed, ${money(used)} AS used, ${money(unused)} AS unused,
    ${ratio(used, committed)} AS utilization, ${money(od)} AS od, ${money(sql`coalesce(${od}, 0) - ${committed}`)} AS net`;
}

export function readFigures(r: JsonRow): CommitmentFigures {
  return {
    committed: Number(r.committed), used: Number(r.used), unused: Number(r.unused),
    utilization: r.utilization === null ? null : Number(r.utilization),
    // nothing committed in the data (no effective cost on its rows): its savings are unknown, not its whole on-demand value
    onDemandEquivalent: Number(r.od), netSavings: Number(r.committed) === 0 ? null : Number(r.net),
  };
}

/**
 * Rows (id, period) and (id, period NULL: the window), ordered by id and period; with `withTotal`
 * also the row over all commitments (id NULL, last), from the same scan.
 */
export async function commitmentFigures(db: Db, w: Window, basis: OnDemandBasis, withTotal = false): Promise<JsonRow[]> {
  const total = withTotal ? sql`, ()` : sql``;
  return db.all(sql`SELECT CommitmentDiscountId AS id, strftime(ChargePeriodStart, '%Y-%m') AS period, ${figuresSql(basis)}
    FROM focus WHERE CommitmentDiscountId IS NOT NULL AND ${inWindow(w)}
    GROUP BY GROUPING SETS ((CommitmentDiscountId, strftime(ChargePeriodStart, '%Y-%m')), (CommitmentDiscountId)${total})
    ORDER BY id NULLS LAST, period NULLS FIRST`);
}

export interface CommitmentRowFacts extends CommitmentFacts {
  id: string;
  category: string | null;
  name: string | null;
  feeRegion: string | null;
  /** The one region of its covered usage, when it has exactly one. */
  usedRegion: string | null;
  service: string | null;
  firstSeen: string;
  lastSeen: string;
  /** Hours of its recurring fees' charge periods; else (none, or shorter than its usage rows span) of its usage rows' distinct periods. */
  activeHours: number | null;
  /** Σ PricingQuantity of its recurring fees (an RI's reserved hours). */
  reservedHours: number | null;
}

const str = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v));

export async function commitmentFacts(db: Db, w: Window): Promise<CommitmentRowFacts[]> {
  const mine = sql`CommitmentDiscountId IS NOT NULL AND ${inWindow(w)}`;
  // Aggregated straight from focus, then joined (6 rows, not 72k): each scan reads only its own
  // columns. No count(DISTINCT …) beside the other aggregates: DuckDB then plans the whole
  // aggregate ten times slower; min = max over the used rows' regions says "exactly one" as well.
  const rows = await db.all(sql`WITH fee_periods AS (SELECT DISTINCT CommitmentDiscountId AS id, ChargePeriodStart AS s, ChargePeriodEnd AS e
      FROM focus WHERE ${mine} AND ${RECURRING}),
    use_periods AS (SELECT DISTINCT CommitmentDiscountId AS id, ChargePeriodStart AS s, ChargePeriodEnd AS e FROM focus
      WHERE ${mine} AND ChargeCategory = ${CHARGE.usage} AND CommitmentDiscountStatus IN (${STATUS.used}, ${STATUS.unused})),
    fee_hours AS (SELECT id, sum(epoch(e) - epoch(s)) / 3600 AS h FROM fee_periods GROUP BY id),
    use_hours AS (SELECT id, sum(epoch(e) - epoch(s)) / 3600 AS h, (epoch(max(e)) - epoch(min(s))) / 3600 AS span FROM use_periods GROUP BY id),
    facts AS (SELECT CommitmentDiscountId AS id,
      min(ProviderName) AS provider, min(CommitmentDiscountType) AS focus_type, min(CommitmentDiscountCategory) AS category,
      min(CommitmentDiscountName) AS name,
      min(x_UsageType) FILTER (WHERE ${PURCHASE} OR CommitmentDiscountStatus = ${STATUS.unused}) AS fee_usage_type,
      min(SkuPriceId) FILTER (WHERE ${PURCHASE}) AS fee_rate_code,
      min(x_PurchaseOption) AS purchase_option,
      min(x_InstanceType) FILTER (WHERE ${PURCHASE}) AS instance_type,
      min(x_Operation) FILTER (WHERE ${PURCHASE}) AS operation,
      min(AvailabilityZone) FILTER (WHERE ${PURCHASE}) AS zone,
      min(RegionId) FILTER (WHERE ${PURCHASE} AND RegionId <> '') AS fee_region,
      CASE WHEN min(RegionId) FILTER (WHERE ${USED}) = max(RegionId) FILTER (WHERE ${USED}) THEN min(RegionId) FILTER (WHERE ${USED}) END AS used_region,
      min(ServiceName) FILTER (WHERE ${PURCHASE}) AS service,
      strftime(max(coalesce(x_SavingsPlanEndTime, x_ReservationEndTime)), '%Y-%m-%dT%H:%M:%SZ') AS end_at,
      strftime(min(coalesce(x_SavingsPlanStartTime, x_ReservationStartTime)), '%Y-%m-%dT%H:%M:%SZ') AS start_at,
      min(coalesce(x_SavingsPlanPurchaseTerm, x_LeaseContractLength)) AS term_word,
      min(x_SavingsPlanPaymentOption) AS payment_word, min(x_OfferingClass) AS offering_class,
      strftime(min(ChargePeriodStart), '%Y-%m-%dT%H:%M:%SZ') AS first_seen,
      strftime(max(ChargePeriodEnd), '%Y-%m-%dT%H:%M:%SZ') AS last_seen,
      CAST(sum(PricingQuantity) FILTER (WHERE ${RECURRING}) AS DOUBLE) AS reserved_hours
      FROM focus WHERE ${mine} GROUP BY CommitmentDiscountId)
    SELECT f.*,
      -- a recurring fee row shorter than the time its usage rows span (a monthly payment dated on one day,
      -- as other providers' FOCUS exports write it) does not measure the hours the commitment ran
      CASE WHEN fh.h IS NOT NULL AND (uh.span IS NULL OR fh.h >= uh.span) THEN fh.h ELSE uh.h END AS active_hours
    FROM facts f LEFT JOIN fee_hours fh ON fh.id = f.id LEFT JOIN use_hours uh ON uh.id = f.id
    ORDER BY f.id`);
  return rows.map((r) => ({
    id: String(r.id), provider: str(r.provider), focusType: str(r.focus_type), category: str(r.category), name: str(r.name),
    feeUsageType: str(r.fee_usage_type), feeRateCode: str(r.fee_rate_code), purchaseOption: str(r.purchase_option),
    instanceType: str(r.instance_type), operation: str(r.operation), availabilityZone: str(r.zone),
    feeRegion: str(r.fee_region), usedRegion: str(r.used_region), service: str(r.service), end: str(r.end_at),
    start: str(r.start_at), termWord: str(r.term_word), paymentWord: str(r.payment_word), offeringClass: str(r.offering_class),
    firstSeen: String(r.first_seen), lastSeen: String(r.last_seen),
    activeHours: r.active_hours === null ? null : Number(r.active_hours),
    reservedHours: r.reserved_hours === null ? null : Number(r.reserved_hours),
  }));
}
