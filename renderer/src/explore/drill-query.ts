// The drill-down grid's sort and filter models (grid/grid-model.ts) as pivotDrill's sort and where lists: DuckDB
// sorts and filters the lines, the grid only asks for pages. Each column offers only the
// filter options that map exactly onto the engine's operators.
import type { FilterModel, SortItem } from '../grid/grid-model.ts';
import { addDays } from './period.ts';

export interface DrillSort {
  column: string;
  direction: 'asc' | 'desc';
}

export interface DrillWhere {
  column: string;
  op: 'eq' | 'ne' | 'contains' | 'startsWith' | 'gt' | 'gte' | 'lt' | 'lte' | 'isNull' | 'notNull';
  value?: string | number;
}

export const TEXT_FILTER_OPTIONS = ['contains', 'equals', 'notEqual', 'startsWith', 'blank', 'notBlank'];
export const NUMBER_FILTER_OPTIONS = ['equals', 'greaterThan', 'greaterThanOrEqual', 'lessThan', 'lessThanOrEqual', 'inRange', 'blank', 'notBlank'];
export const DATE_FILTER_OPTIONS = ['equals', 'greaterThan', 'lessThan', 'inRange', 'blank', 'notBlank'];

const COST_COLUMNS = ['EffectiveCost', 'BilledCost', 'ListCost', 'ContractedCost'];

/** Unit prices: shown at their precision (an hourly rate's fourth decimal is money). */
export const UNIT_PRICE_COLUMNS = ['ListUnitPrice', 'ContractedUnitPrice'];

/**
 * The columns a drill-down shows, in the order an analyst reads a line: when, the cost of the
 * pivot's basis (pinned beside the row number, so long ids never push it off screen), the other
 * costs, unit prices and usage, then what and whose: the pivot's own dimension columns, the
 * resource, and the descriptive columns.
 */
export function drillColumns(basisColumn: string, dimensionColumns: readonly string[]): string[] {
  const costs = [basisColumn, ...COST_COLUMNS.filter((c) => c !== basisColumn)];
  const all = [
    'ChargePeriodStart', ...costs, ...UNIT_PRICE_COLUMNS, 'ConsumedQuantity', 'ConsumedUnit',
    'ServiceName', 'SubAccountName', ...dimensionColumns, 'ResourceId', 'RegionId', 'ChargeCategory', 'ChargeDescription', 'x_UsageType', 'x_Operation', 'Tags',
  ];
  return [...new Set(all)];
}

export function drillSort(model: readonly SortItem[]): DrillSort[] {
  return model.map((m) => ({ column: m.colId, direction: m.sort === 'desc' ? 'desc' : 'asc' }));
}

type SimpleModel = FilterModel;

const day = (d: string | null | undefined) => (d ?? '').slice(0, 10);

function oneColumn(column: string, m: SimpleModel): DrillWhere[] {
  if (m.type === 'blank') return [{ column, op: 'isNull' }];
  if (m.type === 'notBlank') return [{ column, op: 'notNull' }];
  if (m.filterType === 'date') {
    const from = day(m.dateFrom);
    if (!from) return [];
    switch (m.type) {
      case 'equals':
        return [{ column, op: 'gte', value: from }, { column, op: 'lt', value: addDays(from, 1) }];
      case 'greaterThan':
        return [{ column, op: 'gte', value: addDays(from, 1) }];
      case 'lessThan':
        return [{ column, op: 'lt', value: from }];
      case 'inRange':
        return day(m.dateTo) ? [{ column, op: 'gte', value: from }, { column, op: 'lt', value: addDays(day(m.dateTo), 1) }] : [];
      default:
        return [];
    }
  }
  const v = m.filter;
  if (v === null || v === undefined || v === '') return [];
  if (m.filterType === 'number') {
    const n = Number(v);
    switch (m.type) {
      // DECIMAL values print with 12 decimals, so equality is a closed range, not a text match
      case 'equals':
        return [{ column, op: 'gte', value: n }, { column, op: 'lte', value: n }];
      case 'greaterThan':
        return [{ column, op: 'gt', value: n }];
      case 'greaterThanOrEqual':
        return [{ column, op: 'gte', value: n }];
      case 'lessThan':
        return [{ column, op: 'lt', value: n }];
      case 'lessThanOrEqual':
        return [{ column, op: 'lte', value: n }];
      case 'inRange':
        return m.filterTo === null || m.filterTo === undefined ? [] : [{ column, op: 'gte', value: n }, { column, op: 'lte', value: Number(m.filterTo) }];
      default:
        return [];
    }
  }
  const text = String(v);
  switch (m.type) {
    case 'contains':
      return [{ column, op: 'contains', value: text }];
    case 'equals':
      return [{ column, op: 'eq', value: text }];
    case 'notEqual':
      return [{ column, op: 'ne', value: text }];
    case 'startsWith':
      return [{ column, op: 'startsWith', value: text }];
    default:
      return [];
  }
}

export function drillWhere(model: Record<string, SimpleModel> | null | undefined): DrillWhere[] {
  if (!model) return [];
  return Object.entries(model).flatMap(([column, m]) => oneColumn(column, m));
}
