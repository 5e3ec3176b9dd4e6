import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addRecent, loadSettings, saveSettings, settingsPath } from './settings.ts';

describe('settings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fw-settings-'));
  it('round-trips through the file', () => {
    const file = settingsPath(dir);
    const s = { recentWorkspaces: ['/a.duckdb'], lastWorkspace: '/a.duckdb', window: { x: 1, y: 2, width: 1200, height: 800, maximized: false } };
    saveSettings(file, s);
    expect(loadSettings(file)).toEqual(s);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(s);
  });
  it('falls back to defaults for a missing or damaged file, keeping what is valid', () => {
    expect(loadSettings(join(dir, 'none.json'))).toEqual({ recentWorkspaces: [] });
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{not json');
    expect(loadSettings(bad)).toEqual({ recentWorkspaces: [] });
    writeFileSync(bad, JSON.stringify({ recentWorkspaces: 'oops', window: { width: -1 }, lastWorkspace: '/w.duckdb' }));
    expect(loadSettings(bad)).toEqual({ recentWorkspaces: [], lastWorkspace: '/w.duckdb', window: undefined });
  });
  it('keeps recent workspaces most recent first, unique, at most ten', () => {
    expect(addRecent(['/a', '/b', '/c'], '/b')).toEqual(['/b', '/a', '/c']);
    const many = Array.from({ length: 12 }, (_, i) => `/w${i}`);
    expect(addRecent(many, '/new')).toHaveLength(10);
    expect(addRecent(many, '/new')[0]).toBe('/new');
  });
});
