// What a drill-down asks for, apart from the code that answers it: the API contract (and so the
// Electron preload, which may bundle no native module) imports this schema without the engine.
import * as z from 'zod';
import { FOCUS_TABLE_COLUMNS } from '../../store/focus-columns.ts';
import { pivotKey, pivotSpecSchema } from './spec.ts';

export const COLUMN_TYPE = new Map(FOCUS_TABLE_COLUMNS.map((c) => [c.name, c.type]));
const columnName = z.string().refine((c) => COLUMN_TYPE.has(c), { message: 'not a column of the focus table' });

export const drillRequestSchema = z.strictObject({
  spec: pivotSpecSchema,
  cell: z.strictObject({ rows: z.array(pivotKey).max(6).default([]), columns: z.array(pivotKey).max(3).default([]) }).default({ rows: [], columns: [] }),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(5000).default(100),
  sort: z.array(z.strictObject({ column: columnName, direction: z.enum(['asc', 'desc']).default('asc') })).max(8).default([]),
  where: z
    .array(
      z.strictObject({
        column: columnName,
        op: z.enum(['eq', 'ne', 'contains', 'startsWith', 'gt', 'gte', 'lt', 'lte', 'isNull', 'notNull']),
        value: z.union([z.string().max(4096), z.number()]).optional(),
      }),
    )
    .max(32)
    .default([]),
  columns: z.array(columnName).min(1).max(120).optional(),
  /** Count the cell's lines and sum its cost (the grid asks once, not for every page). */
  withTotals: z.boolean().default(true),
});

export type DrillRequest = z.input<typeof drillRequestSchema>;
