// SPEC.md "AWS Budgets import": the JSON of `aws budgets describe-budgets` ({Budgets: [...]}),
// of `describe-budget` ({Budget: {...}}) or a bare list. Cost budgets of a month or a quarter,
// on the whole account or one filter value, map to a budget here; anything else (usage or
// RI/SP budgets, daily/annual/custom periods, expiring after several periods, several filters,
// cost types that leave charges out, planned or auto-adjusting amounts) is refused by name
// with the reason. A file that is not such an export is refused whole.
import { WorkbenchError, snippet } from '../../errors.ts';
import type { Budget, BudgetScope } from './budget.ts';
import type { BudgetPeriod } from './constants.ts';
import { BudgetsErrorCode } from './errors.ts';
import { parseBudget } from './store.ts';

export interface RefusedBudget {
  name: string;
  reason: string;
}

export interface AwsBudgetsRead {
  budgets: Budget[];
  refused: RefusedBudget[];
}

/** AWS writes a budget without an end as ending on 2087-06-15: anything from 2087 on is "no end". */
const NO_END_YEAR = 2087;

/** CostFilters keys and FilterExpression dimension keys (compared without case or underscores) → pivot dimensions. */
const DIMENSIONS: Record<string, string> = {
  service: 'ServiceName',
  servicecode: 'x_ServiceCode',
  linkedaccount: 'SubAccountId',
  region: 'RegionId',
  az: 'AvailabilityZone',
  usagetype: 'x_UsageType',
  operation: 'x_Operation',
  instancetype: 'x_InstanceType',
};
const TAG_FILTER = 'tagkeyvalue';
const USER_TAG_PREFIX = 'user:';
const TIME_UNITS: Record<string, BudgetPeriod> = { MONTHLY: 'month', QUARTERLY: 'quarter' };
const INCLUDE_FLAGS = ['IncludeTax', 'IncludeSubscription', 'IncludeSupport', 'IncludeOtherSubscription', 'IncludeRecurring', 'IncludeUpfront', 'IncludeRefund', 'IncludeCredit', 'IncludeDiscount'];

function badExport(message: string, details?: Record<string, unknown>): WorkbenchError {
  return new WorkbenchError(BudgetsErrorCode.BUDGETS_BAD_AWS_EXPORT, `${message} Nothing was imported.`, details);
}

/** A budget AWS has that cannot be kept here: the reason, in words. */
class Unmappable extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const norm = (key: string) => key.replaceAll('_', '').toLowerCase();

export function budgetsFromAwsExport(text: string): AwsBudgetsRead {
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    throw badExport(`The AWS Budgets file is not JSON (${err instanceof Error ? err.message : String(err)}). Save the output of "aws budgets describe-budgets --account-id ID --output json".`);
  }
  const list = Array.isArray(doc) ? doc : isObject(doc) && Array.isArray(doc.Budgets) ? doc.Budgets : isObject(doc) && isObject(doc.Budget) ? [doc.Budget] : null;
  if (!list) throw badExport(`This JSON is not an AWS Budgets export: it has no "Budgets" list (it starts ${snippet(text.trim(), 60)}). Save the output of "aws budgets describe-budgets --account-id ID --output json".`);
  if (list.length === 0) throw badExport('The AWS Budgets export lists no budget.');
  const budgets: Budget[] = [];
  const refused: RefusedBudget[] = [];
  list.forEach((entry, i) => {
    if (!isObject(entry) || typeof entry.BudgetName !== 'string' || entry.BudgetName.trim() === '') throw badExport(`Budget ${i + 1} of the AWS Budgets export has no BudgetName: this is not describe-budgets output.`, { index: i });
    const name = entry.BudgetName;
    try {
      budgets.push(mapBudget(entry, name));
    } catch (err) {
      if (!(err instanceof Unmappable)) throw err;
      refused.push({ name, reason: err.message });
    }
  });
  return { budgets, refused };
}

function mapBudget(b: Record<string, unknown>, name: string): Budget {
  if (b.BudgetType !== undefined && b.BudgetType !== 'COST') throw new Unmappable(`it is a ${String(b.BudgetType)} budget; only COST budgets compare with the cost here`);
  const period = TIME_UNITS[String(b.TimeUnit)];
  if (!period) throw new Unmappable(`its period is ${String(b.TimeUnit)}; a budget here is MONTHLY or QUARTERLY`);
  if (isObject(b.AutoAdjustData) && b.AutoAdjustData.AutoAdjustType !== undefined) throw new Unmappable('its amount adjusts itself from past spend (auto-adjusting budget); set a fixed amount instead');
  if (isObject(b.PlannedBudgetLimits) && Object.keys(b.PlannedBudgetLimits).length > 0) throw new Unmappable('it plans a different amount for each period; a budget here has one amount');
  const { amount, currency } = limit(b.BudgetLimit);
  const { start, recurring } = timePeriod(b.TimePeriod, period);
  const basis = costTypes(b.CostTypes);
  const scope = filters(b.CostFilters, b.FilterExpression);
  try {
    return parseBudget({ name, scope, period, start, recurring, amount, currency, basis }, `AWS budget "${name}"`);
  } catch (err) {
    throw new Unmappable(err instanceof Error ? err.message : String(err));
  }
}

function limit(l: unknown): { amount: number; currency: string } {
  if (!isObject(l)) throw new Unmappable('it has no BudgetLimit (amount)');
  const text = String(l.Amount ?? '').trim();
  if (!/^\d+(\.\d+)?$/.test(text) || Number(text) <= 0) throw new Unmappable(`its BudgetLimit.Amount ${snippet(l.Amount)} is not an amount above 0`);
  const unit = String(l.Unit ?? '');
  if (!/^[A-Z]{3}$/.test(unit)) throw new Unmappable(`its BudgetLimit.Unit is ${snippet(unit)}, not a currency`);
  return { amount: Number(text), currency: unit };
}

/** AWS CLI v2 prints times as ISO text, v1 and the API as seconds since 1970. */
function toDate(v: unknown): Date | null {
  if (typeof v === 'number' && Number.isFinite(v)) return new Date(v * 1000);
  if (typeof v === 'string' && v.trim() !== '') {
    const d = new Date(/^\d+(\.\d+)?$/.test(v.trim()) ? Number(v) * 1000 : v);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  return null;
}

function timePeriod(tp: unknown, period: BudgetPeriod): { start: string; recurring: boolean } {
  const startDate = isObject(tp) ? toDate(tp.Start) : null;
  if (!startDate) throw new Unmappable('its TimePeriod.Start is missing or not a date');
  const start = startDate.toISOString().slice(0, 7);
  const endDate = isObject(tp) && tp.End !== undefined && tp.End !== null ? toDate(tp.End) : null;
  if (isObject(tp) && tp.End !== undefined && tp.End !== null && !endDate) throw new Unmappable('its TimePeriod.End is not a date');
  if (!endDate || endDate.getUTCFullYear() >= NO_END_YEAR) return { start, recurring: true };
  // an End inside the first period (AWS writes the last day, or midnight after it) is a one-off budget
  const months = period === 'month' ? 1 : 3;
  const firstPeriodEnds = Date.UTC(startDate.getUTCFullYear(), startDate.getUTCMonth() + months, 1);
  if (endDate.getTime() <= firstPeriodEnds) return { start, recurring: false };
  throw new Unmappable(`it repeats until ${endDate.toISOString().slice(0, 10)} (an expiring budget); a budget here is one period, or repeats without end`);
}

function costTypes(ct: unknown): 'Billed' | 'Effective' {
  if (!isObject(ct)) return 'Billed';
  if (ct.UseBlended === true) throw new Unmappable('it uses blended cost, which FOCUS has no column for; use unblended or amortized cost');
  const left = INCLUDE_FLAGS.filter((f) => ct[f] === false);
  if (left.length) throw new Unmappable(`its cost types leave out charges (${left.join(', ')} false); a budget here counts every charge of its scope`);
  return ct.UseAmortized === true ? 'Effective' : 'Billed';
}

function filters(costFilters: unknown, expression: unknown): BudgetScope | null {
  const entries = isObject(costFilters) ? Object.entries(costFilters).filter(([, v]) => !Array.isArray(v) || v.length > 0) : [];
  if (entries.length === 0) return isObject(expression) && Object.keys(expression).length > 0 ? fromExpression(expression) : null;
  if (entries.length > 1) throw new Unmappable(`it filters on ${entries.map(([k]) => k).join(' and ')}; a budget here has one filter (one dimension, one value)`);
  const [key, values] = entries[0]!;
  const value = single(values, key);
  if (norm(key) === TAG_FILTER) {
    // "user:Team$payments": the key and the value; an empty value is "untagged"
    const cut = value.indexOf('$');
    const tagKey = cut < 0 ? '' : value.slice(0, cut);
    const tagValue = cut < 0 ? '' : value.slice(cut + 1);
    if (!tagKey || !tagValue) throw new Unmappable(`its tag filter ${snippet(value)} is not KEY$VALUE with a value (untagged cost cannot be a scope here)`);
    return { dimension: `tag:${stripUserPrefix(tagKey)}`, value: tagValue };
  }
  const dimension = DIMENSIONS[norm(key)];
  if (!dimension) throw new Unmappable(`its filter ${key} has no column here (mapped: Service, LinkedAccount, Region, AZ, UsageType, Operation, InstanceType, TagKeyValue)`);
  return { dimension, value };
}

function single(values: unknown, key: string): string {
  if (!Array.isArray(values) || values.length !== 1 || typeof values[0] !== 'string' || values[0] === '') throw new Unmappable(`its ${key} filter has ${Array.isArray(values) ? values.length : 'no list of'} values; a budget here has one value`);
  return values[0];
}

function stripUserPrefix(key: string): string {
  return key.startsWith(USER_TAG_PREFIX) ? key.slice(USER_TAG_PREFIX.length) : key;
}

function fromExpression(e: Record<string, unknown>): BudgetScope {
  const kinds = Object.keys(e).filter((k) => e[k] !== undefined && e[k] !== null);
  if (kinds.length !== 1 || !['Dimensions', 'Tags', 'CostCategories'].includes(kinds[0]!)) throw new Unmappable(`its FilterExpression combines filters (${kinds.join(', ')}); a budget here has one filter (one dimension, one value)`);
  const kind = kinds[0]!;
  const f = e[kind];
  if (!isObject(f) || typeof f.Key !== 'string') throw new Unmappable(`its FilterExpression.${kind} has no Key`);
  const options = Array.isArray(f.MatchOptions) ? f.MatchOptions : [];
  if (options.some((o) => o !== 'EQUALS')) throw new Unmappable(`its FilterExpression matches by ${options.join(', ')}; only EQUALS maps to a scope here`);
  const value = single(f.Values, `FilterExpression.${kind}`);
  if (kind === 'Tags') return { dimension: `tag:${stripUserPrefix(f.Key)}`, value };
  if (kind === 'CostCategories') return { dimension: `costCategory:${f.Key}`, value };
  const dimension = DIMENSIONS[norm(f.Key)];
  if (!dimension) throw new Unmappable(`its filter on ${f.Key} has no column here (mapped: SERVICE, SERVICE_CODE, LINKED_ACCOUNT, REGION, AZ, USAGE_TYPE, OPERATION, INSTANCE_TYPE, tags and cost categories)`);
  return { dimension, value };
}
