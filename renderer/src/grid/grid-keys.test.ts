import { describe, expect, it } from 'vitest';
import { moveFocus, type GridSize } from './grid-keys.ts';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });
// a drill-down: 300,002 lines, 14 columns, 12 rows a screen, a header that sorts
const drill: GridSize = { rows: 300_002, cols: 14, page: 12, header: true };
// a pivot: 5 rows and the total, 5 columns, no sorting header
const pivot: GridSize = { rows: 6, cols: 5, page: 12, header: false };

describe('keys in a grid', () => {
  it('Ctrl+Home and Ctrl+End go to the first and the last of 300,002 rows, same column, with Ctrl or ⌘', () => {
    expect(moveFocus(press('Home', { ctrlKey: true }), { row: 40, col: 3 }, drill)).toEqual({ row: 0, col: 3 });
    expect(moveFocus(press('End', { ctrlKey: true }), { row: 40, col: 3 }, drill)).toEqual({ row: 300_001, col: 3 });
    expect(moveFocus(press('End', { metaKey: true }), { row: 0, col: 0 }, drill)).toEqual({ row: 300_001, col: 0 });
  });

  it('Home and End go to the first and the last cell of the row', () => {
    expect(moveFocus(press('Home'), { row: 4, col: 3 }, pivot)).toEqual({ row: 4, col: 0 });
    expect(moveFocus(press('End'), { row: 4, col: 1 }, pivot)).toEqual({ row: 4, col: 4 });
  });

  it('arrows move one cell and stop at the edges; up from the first row reaches the header only where it sorts', () => {
    expect(moveFocus(press('ArrowDown'), { row: 4, col: 2 }, pivot)).toEqual({ row: 5, col: 2 });
    expect(moveFocus(press('ArrowDown'), { row: 5, col: 2 }, pivot)).toEqual({ row: 5, col: 2 });
    expect(moveFocus(press('ArrowRight'), { row: 0, col: 4 }, pivot)).toEqual({ row: 0, col: 4 });
    expect(moveFocus(press('ArrowLeft'), { row: 0, col: 0 }, pivot)).toEqual({ row: 0, col: 0 });
    expect(moveFocus(press('ArrowUp'), { row: 0, col: 1 }, pivot)).toEqual({ row: 0, col: 1 });
    expect(moveFocus(press('ArrowUp'), { row: 0, col: 1 }, drill)).toEqual({ row: -1, col: 1 });
    expect(moveFocus(press('ArrowUp'), { row: -1, col: 1 }, drill)).toEqual({ row: -1, col: 1 });
  });

  it('PageDown and PageUp move a screenful of rows, stopping at the first and last row', () => {
    expect(moveFocus(press('PageDown'), { row: 0, col: 0 }, drill)).toEqual({ row: 12, col: 0 });
    expect(moveFocus(press('PageDown'), { row: 2, col: 0 }, pivot)).toEqual({ row: 5, col: 0 });
    expect(moveFocus(press('PageUp'), { row: 30, col: 0 }, drill)).toEqual({ row: 18, col: 0 });
    expect(moveFocus(press('PageUp'), { row: 5, col: 0 }, drill)).toEqual({ row: 0, col: 0 });
  });

  it('leaves other keys, Shift or Alt combinations and Ctrl+Home in an empty grid to the cell', () => {
    expect(moveFocus(press('Enter'), { row: 0, col: 0 }, pivot)).toBeNull();
    expect(moveFocus(press('ArrowDown', { ctrlKey: true }), { row: 0, col: 0 }, pivot)).toBeNull();
    expect(moveFocus(press('End', { ctrlKey: true, shiftKey: true }), { row: 0, col: 0 }, drill)).toBeNull();
    expect(moveFocus(press('End', { ctrlKey: true, altKey: true }), { row: 0, col: 0 }, drill)).toBeNull();
    expect(moveFocus(press('End', { ctrlKey: true }), { row: -1, col: 0 }, { ...drill, rows: 0 })).toBeNull();
  });
});
