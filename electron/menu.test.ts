import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate, type MenuActions } from './menu.ts';

function flat(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flat(i.submenu) : [])]);
}

describe('menu', () => {
  const done: string[] = [];
  const actions = new Proxy({} as MenuActions, { get: (_t, name: string) => (arg?: string) => done.push(arg ? `${name}:${arg}` : name) });

  it('has the usual shortcuts', () => {
    const items = flat(menuTemplate(actions, [], { mac: false, devTools: false }));
    const acc = Object.fromEntries(items.filter((i) => i.accelerator).map((i) => [i.label ?? i.role, i.accelerator]));
    expect(acc).toMatchObject({ 'Open Workspace…': 'CmdOrCtrl+O', 'New Workspace…': 'CmdOrCtrl+N', 'Import Files…': 'CmdOrCtrl+I', Quit: 'CmdOrCtrl+Q', Data: 'CmdOrCtrl+1', Rightsizing: 'CmdOrCtrl+8' });
    expect(items.some((i) => i.role === 'editMenu')).toBe(true);
    expect(items.some((i) => i.role === 'toggleDevTools')).toBe(false);
  });
  it('lists recent workspaces and opens the one chosen', () => {
    const items = flat(menuTemplate(actions, ['/data/q1.duckdb'], { mac: true, devTools: true }));
    const recent = items.find((i) => i.label === 'q1.duckdb');
    (recent?.click as () => void)();
    expect(done).toContain('openRecent:/data/q1.duckdb');
    expect(items.some((i) => i.role === 'appMenu')).toBe(true);
    expect(items.some((i) => i.role === 'toggleDevTools')).toBe(true);
  });
});
