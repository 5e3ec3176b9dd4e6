// The desktop app's own settings (recent workspaces, window size) in userData/settings.json.
// Read through a schema: a damaged or hand-edited file falls back to defaults, never crashes.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as z from 'zod';

const MAX_RECENT = 10;

const settingsSchema = z.object({
  recentWorkspaces: z.array(z.string().min(1)).max(50).catch([]),
  lastWorkspace: z.string().min(1).optional().catch(undefined),
  window: z
    .object({ x: z.number().optional(), y: z.number().optional(), width: z.number().positive(), height: z.number().positive(), maximized: z.boolean().optional() })
    .optional()
    .catch(undefined),
  /** Per workspace path, the budget statuses already notified (budget-alerts.ts). */
  budgetAlerts: z.record(z.string(), z.record(z.string(), z.string().max(100))).optional().catch(undefined),
});

export type Settings = z.infer<typeof settingsSchema>;

export function settingsPath(userData: string): string {
  return join(userData, 'settings.json');
}

export function loadSettings(file: string): Settings {
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // missing or not JSON: start fresh
  }
  return { recentWorkspaces: [] };
}

export function saveSettings(file: string, settings: Settings): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, JSON.stringify(settings, null, 2));
  renameSync(tmp, file);
}

/** Most recent first, no duplicates, at most MAX_RECENT. */
export function addRecent(list: readonly string[], path: string): string[] {
  return [path, ...list.filter((p) => p !== path)].slice(0, MAX_RECENT);
}
