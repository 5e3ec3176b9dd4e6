// The one border where DuckDB values become JSON-safe values. Nothing else in core hands
// DuckDB value objects to a caller.
// - DECIMAL -> number (nearest double; engines round money in SQL before it gets here), or with
//   `exact` (analyst SQL results) its exact decimal text, e.g. '12345678901234.123456789012'
// - BIGINT/HUGEINT -> number when exactly representable, else a decimal string
// - TIMESTAMP -> 'YYYY-MM-DDTHH:MM:SSZ' (UTC; fractional seconds kept when present)
// - DATE -> 'YYYY-MM-DD'; MAP -> plain object; LIST/ARRAY -> array; STRUCT -> object
import {
  DuckDBArrayValue,
  DuckDBBlobValue,
  DuckDBDateValue,
  DuckDBDecimalValue,
  DuckDBIntervalValue,
  DuckDBListValue,
  DuckDBMapValue,
  DuckDBStructValue,
  DuckDBTimestampTZValue,
  DuckDBTimestampValue,
  DuckDBTimeValue,
  DuckDBUUIDValue,
  type DuckDBValue,
} from '@duckdb/node-api';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonRow = Record<string, JsonValue>;

function bigintToJson(v: bigint): number | string {
  return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(v) : v.toString();
}

function timestampToIso(micros: bigint): string {
  const ms = Number(micros / 1000n);
  const iso = new Date(ms).toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, 19)}Z` : iso;
}

export function toJsonValue(value: DuckDBValue, exact = false): JsonValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'bigint':
      return bigintToJson(value);
    default:
      break;
  }
  if (value instanceof DuckDBDecimalValue) return exact ? value.toString() : Number(value.toString());
  if (value instanceof DuckDBTimestampValue || value instanceof DuckDBTimestampTZValue) {
    return value.isFinite ? timestampToIso(value.micros) : value.toString();
  }
  if (value instanceof DuckDBDateValue) return value.toString();
  if (value instanceof DuckDBMapValue) {
    const out: Record<string, JsonValue> = {};
    for (const { key, value: v } of value.entries) out[String(toJsonValue(key, exact))] = toJsonValue(v, exact);
    return out;
  }
  if (value instanceof DuckDBListValue || value instanceof DuckDBArrayValue) return value.items.map((v) => toJsonValue(v, exact));
  if (value instanceof DuckDBStructValue) {
    const out: Record<string, JsonValue> = {};
    for (const [k, v] of Object.entries(value.entries)) out[k] = toJsonValue(v, exact);
    return out;
  }
  if (
    value instanceof DuckDBTimeValue ||
    value instanceof DuckDBIntervalValue ||
    value instanceof DuckDBUUIDValue ||
    value instanceof DuckDBBlobValue
  ) {
    return value.toString();
  }
  return String(value);
}

export function toJsonRow(row: Record<string, DuckDBValue>): JsonRow {
  const out: JsonRow = {};
  for (const [k, v] of Object.entries(row)) out[k] = toJsonValue(v);
  return out;
}

/**
 * An exact DECIMAL as an integer of 10^-scale units (12.5 at scale 12 -> 12500000000000n), for
 * engines that sum money exactly without going through text; null for NULL. Throws on any other
 * type, and on a DECIMAL with more decimals than `scale` that are not zeros (never rounded).
 */
export function decimalUnits(value: DuckDBValue, scale: number): bigint | null {
  if (value === null || value === undefined) return null;
  if (!(value instanceof DuckDBDecimalValue)) throw new Error(`expected a DECIMAL, got ${typeof value === 'object' ? value.constructor.name : typeof value}`);
  if (value.scale === scale) return value.value;
  if (value.scale < scale) return value.value * 10n ** BigInt(scale - value.scale);
  const divisor = 10n ** BigInt(value.scale - scale);
  if (value.value % divisor !== 0n) throw new Error(`more than ${scale} decimals: ${value.toString()}`);
  return value.value / divisor;
}
