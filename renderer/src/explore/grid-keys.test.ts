import { describe, expect, it } from 'vitest';
import { jumpRow } from './grid-keys.ts';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('Ctrl+Home and Ctrl+End in a grid', () => {
  it('go to the first and the last of 300,002 rows, with Ctrl or ⌘', () => {
    expect(jumpRow(press('Home', { ctrlKey: true }), 300_002)).toBe(0);
    expect(jumpRow(press('End', { ctrlKey: true }), 300_002)).toBe(300_001);
    expect(jumpRow(press('End', { metaKey: true }), 300_002)).toBe(300_001);
  });

  it('leave other keys, Shift or Alt combinations and empty grids to ag-grid', () => {
    expect(jumpRow(press('Home'), 10)).toBeNull();
    expect(jumpRow(press('ArrowDown', { ctrlKey: true }), 10)).toBeNull();
    expect(jumpRow(press('End', { ctrlKey: true, shiftKey: true }), 10)).toBeNull();
    expect(jumpRow(press('End', { ctrlKey: true, altKey: true }), 10)).toBeNull();
    expect(jumpRow(press('End', { ctrlKey: true }), 0)).toBeNull();
  });
});
