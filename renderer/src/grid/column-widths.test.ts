import { describe, expect, it } from 'vitest';
import { flexExtra } from './column-widths.ts';

// the pivot's default view: a label column (300, down to 180) and four number columns of 100
const pivot = [
  { id: 'label', flex: 1, width: 300, min: 180 },
  ...['aug', 'sep', 'oct', 'total'].map((id) => ({ id, width: 100, min: 100 })),
];

describe('sharing a grid’s width among its columns', () => {
  it('gives the room left over to the flex columns by their flex', () => {
    // 1,000 px, 400 taken: 600 shared 2:1
    const cols = [
      { id: 'a', flex: 2, width: 100, min: 50 },
      { id: 'b', flex: 1, width: 100, min: 50 },
      { id: 'c', width: 200, min: 200 },
    ];
    expect(Object.fromEntries(flexExtra(cols, 1000))).toEqual({ a: 400, b: 200 });
  });

  it('takes a narrow window’s missing room from the flex columns before the grid scrolls', () => {
    // 700 px wide at 1280: 300 + 4 × 100 = 700 fits; at 650 the label gives up 50 px
    expect(Object.fromEntries(flexExtra(pivot, 700))).toEqual({});
    expect(Object.fromEntries(flexExtra(pivot, 650))).toEqual({ label: -50 });
  });

  it('stops a column at its least width and leaves the rest to the others; scrolls rather than cut when that cannot fit', () => {
    const cols = [
      { id: 'a', flex: 1, width: 120, min: 100 },
      { id: 'b', flex: 1, width: 200, min: 100 },
    ];
    // 60 missing: a gives 20 (its least), b the other 40
    expect(Object.fromEntries(flexExtra(cols, 260))).toEqual({ a: -20, b: -40 });
    // 200 missing, 120 could be given: it would scroll anyway, so nothing is cut
    expect(Object.fromEntries(flexExtra(cols, 120))).toEqual({});
    // the label never goes under 180: at 580 px it fits, at 500 px the pivot scrolls with its labels whole
    expect(Object.fromEntries(flexExtra(pivot, 580))).toEqual({ label: -120 });
    expect(Object.fromEntries(flexExtra(pivot, 500))).toEqual({});
  });

  it('changes nothing before the grid has measured its view', () => {
    expect(flexExtra(pivot, 0).size).toBe(0);
  });
});
