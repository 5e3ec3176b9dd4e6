// SPEC.md "CSV import": one budget per row, columns by name (README and SPEC list them). Every
// row is read and checked before anything is saved; the first problems are named by line and
// column, and nothing is saved.
import { WorkbenchError } from '../../errors.ts';
import { COST_BASES } from '../pivot/constants.ts';
import type { Budget } from './budget.ts';
import { CSV_COLUMNS, CSV_REQUIRED_COLUMNS } from './constants.ts';
import { parseCsv } from './csv.ts';
import { BudgetsErrorCode } from './errors.ts';
import { parseBudget } from './store.ts';

const MAX_PROBLEMS = 10;
const TRUE_WORDS = ['true', 'yes', 'y', '1'];
const FALSE_WORDS = ['false', 'no', 'n', '0', ''];
const AMOUNT = /^\d+(\.\d+)?$/;

function badCsv(message: string, details?: Record<string, unknown>): WorkbenchError {
  return new WorkbenchError(BudgetsErrorCode.BUDGETS_BAD_CSV, `${message} Nothing was imported.`, details);
}

export function budgetsFromCsv(text: string): Budget[] {
  const rows = parseCsv(text);
  const header = rows[0];
  if (!header) throw badCsv(`The CSV is empty. Its first line names the columns: ${CSV_COLUMNS.join(',')} (${CSV_REQUIRED_COLUMNS.join(', ')} required).`);
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const unknown = names.filter((n) => !(CSV_COLUMNS as readonly string[]).includes(n));
  if (unknown.length) throw badCsv(`Unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `"${n}"`).join(', ')} in the CSV's first line. The columns are ${CSV_COLUMNS.join(', ')}.`, { unknown });
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) throw badCsv(`The column "${twice}" is named twice in the CSV's first line.`);
  const missing = CSV_REQUIRED_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length) throw badCsv(`The CSV lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}. Its first line names the columns: ${CSV_COLUMNS.join(',')}.`, { missing });
  if (rows.length === 1) throw badCsv('The CSV has a header and no budget: add one row per budget.');
  const problems: string[] = [];
  const budgets: { line: number; budget: Budget }[] = [];
  for (const row of rows.slice(1)) {
    try {
      budgets.push({ line: row.line, budget: rowToBudget(row.line, names, row.fields) });
    } catch (err) {
      problems.push(err instanceof Error ? err.message : String(err));
      if (problems.length === MAX_PROBLEMS) break;
    }
  }
  if (problems.length) throw badCsv(problems.join(' '), { problems });
  const seen = new Map<string, number>();
  for (const { line, budget } of budgets) {
    const before = seen.get(budget.name);
    if (before !== undefined) throw badCsv(`The budget name "${budget.name}" is on line ${before} and again on line ${line}; each budget needs its own name.`);
    seen.set(budget.name, line);
  }
  return budgets.map((b) => b.budget);
}

function rowToBudget(line: number, names: string[], fields: string[]): Budget {
  if (fields.length !== names.length) throw new Error(`Line ${line} has ${fields.length} fields, the header ${names.length}.`);
  const get = (column: string): string => (fields[names.indexOf(column)] ?? '').trim();
  const at = (column: string) => `Line ${line}, column ${column}:`;
  const amount = get('amount');
  if (!AMOUNT.test(amount)) throw new Error(`${at('amount')} "${amount}" is not an amount; write digits with a "." for decimals and nothing else (1250.50, no thousands separator or currency sign).`);
  const recurring = get('recurring').toLowerCase();
  if (!TRUE_WORDS.includes(recurring) && !FALSE_WORDS.includes(recurring)) throw new Error(`${at('recurring')} "${get('recurring')}" is neither true nor false.`);
  const dimension = get('scope_dimension');
  const value = get('scope_value');
  if ((dimension === '') !== (value === '')) throw new Error(`${at(dimension ? 'scope_value' : 'scope_dimension')} a scope takes both a dimension and a value (both empty: the whole workspace).`);
  const basisText = get('basis');
  const basis = basisText === '' ? undefined : (COST_BASES.find((b) => b.toLowerCase() === basisText.toLowerCase()) ?? basisText);
  const currency = get('currency').toUpperCase();
  const input = {
    name: get('name'),
    scope: dimension ? { dimension, value } : null,
    period: get('period').toLowerCase(),
    start: get('start'),
    recurring: TRUE_WORDS.includes(recurring),
    amount: Number(amount),
    ...(currency ? { currency } : {}),
    ...(basis ? { basis } : {}),
  };
  try {
    return parseBudget(input, `line ${line}`);
  } catch (err) {
    throw new Error(err instanceof Error ? err.message : String(err), { cause: err });
  }
}
