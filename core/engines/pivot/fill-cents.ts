// Step 5b: the cells of one parent's children, given the parent's row of cents and each child's
// total. A bipartite problem: each cell is its floor in cents or one more (when it is not a whole
// number of cents); each child row must reach its total and each column the parent's cell.
// Greedy by largest remainder first (ties: earlier row, then earlier column), then augmenting
// paths move a cent from one cell to another where the greedy painted itself into a corner.
// Returns null when no such rounding exists (the caller then solves the whole grid at once).

export interface FillProblem {
  /** Exact remainder of each cell above its floor, in 10^-12 units; 0 for whole cents and empty cells. */
  remainders: bigint[][];
  /** Cents each row still needs above the sum of its floors. */
  rowNeed: number[];
  /** Cents each column still needs above the sum of its floors. */
  colNeed: number[];
}

/** up[i][j]: whether cell (i, j) is rounded up. */
export function fillCents({ remainders, rowNeed, colNeed }: FillProblem): boolean[][] | null {
  const nRows = rowNeed.length;
  const nCols = colNeed.length;
  const up = remainders.map((r) => r.map(() => false));
  const rowLeft = [...rowNeed];
  const colLeft = [...colNeed];
  if (rowLeft.some((n) => n < 0) || colLeft.some((n) => n < 0)) return null;
  if (rowLeft.reduce((a, b) => a + b, 0) !== colLeft.reduce((a, b) => a + b, 0)) return null;

  // a remainder is below one cent (10^10 units): exact as a double, and doubles sort fast
  const candidates: { i: number; j: number; rem: number }[] = [];
  for (let i = 0; i < nRows; i++) for (let j = 0; j < nCols; j++) if (remainders[i]![j]! > 0n) candidates.push({ i, j, rem: Number(remainders[i]![j]!) });
  candidates.sort((a, b) => b.rem - a.rem || a.i - b.i || a.j - b.j);
  for (const { i, j } of candidates) {
    if (rowLeft[i]! > 0 && colLeft[j]! > 0) {
      up[i]![j] = true;
      rowLeft[i]!--;
      colLeft[j]!--;
    }
  }

  for (let i = 0; i < nRows; i++) {
    while (rowLeft[i]! > 0) {
      if (!augment(i, remainders, up, colLeft)) return null;
      rowLeft[i]!--;
    }
  }
  return colLeft.every((n) => n === 0) ? up : null;
}

/**
 * Breadth-first alternating path from row `start`: row → column by a cell not yet rounded up,
 * column → row by a cell rounded up, until a column that still needs a cent. Flipping the path
 * gives `start` one more cent and that column one more, and leaves every other row and column as it was.
 */
function augment(start: number, remainders: bigint[][], up: boolean[][], colLeft: number[]): boolean {
  const nCols = colLeft.length;
  const cameFromRow = new Map<number, number>(); // column -> row it was reached from
  const cameFromCol = new Map<number, number>(); // row -> column it was reached from
  const queue = [start];
  const seenRows = new Set([start]);
  // each row and each column is reached at most once: one search costs O(rows × columns)
  for (let q = 0; q < queue.length; q++) {
    const i = queue[q]!;
    for (let j = 0; j < nCols; j++) {
      if (remainders[i]![j]! <= 0n || up[i]![j] || cameFromRow.has(j)) continue;
      cameFromRow.set(j, i);
      if (colLeft[j]! > 0) {
        flip(j, up, cameFromRow, cameFromCol);
        colLeft[j]!--;
        return true;
      }
      for (let k = 0; k < up.length; k++) {
        if (up[k]![j] && !seenRows.has(k)) {
          seenRows.add(k);
          cameFromCol.set(k, j);
          queue.push(k);
        }
      }
    }
  }
  return false;
}

function flip(endCol: number, up: boolean[][], cameFromRow: Map<number, number>, cameFromCol: Map<number, number>): void {
  let j: number | undefined = endCol;
  while (j !== undefined) {
    const i = cameFromRow.get(j)!;
    up[i]![j] = true;
    const prev = cameFromCol.get(i);
    if (prev !== undefined) up[i]![prev] = false;
    j = prev;
  }
}
