// Loads a pivot level by level: the first level when the spec changes, the children of a row
// when it is opened (the engine's `parent`), every level at once for "expand all". A changed
// spec keeps the rows that were open: it asks for as many levels as were open, in one query.
// Answers to an older spec are dropped (a person may change three things in a second).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../core/api/errors.ts';
import type { PivotRow, PivotSpec } from '../../../core/api/pivot-contract.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { toError } from '../frame/use-workspace.ts';
import { EMPTY_TREE, pathDepth, sameColumns, splitLevels, type GridRow, type TreeState } from './pivot-tree.ts';
import { wholeSpec } from './spec-edit.ts';

export interface PivotTree {
  state: TreeState;
  loading: boolean;
  error: ApiError | null;
  toggle: (row: GridRow) => void;
  expandAll: () => void;
  collapseAll: () => void;
}

const withItem = <T,>(set: ReadonlySet<T>, item: T) => new Set([...set, item]);
const without = <T,>(set: ReadonlySet<T>, item: T) => new Set([...set].filter((x) => x !== item));

/** Every level up to `depth` in one result, subtotals on (the tree needs its parent rows). */
function levelsSpec(spec: PivotSpec, depth: number): PivotSpec {
  return { ...wholeSpec(spec), subtotals: true, depth: Math.max(1, Math.min(depth, spec.rows.length || 1)) };
}

export function usePivotTree(client: WorkbenchClient, spec: PivotSpec | null): PivotTree {
  const [state, setState] = useState<TreeState>(EMPTY_TREE);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const generation = useRef(0);
  const stateRef = useRef(state);
  stateRef.current = state;
  const key = spec ? JSON.stringify(wholeSpec(spec)) : '';

  const load = useCallback(
    async (s: PivotSpec, keepOpen: ReadonlySet<string> | 'all', depth: number) => {
      const gen = ++generation.current;
      setLoading(true);
      setError(null);
      try {
        const result = await client.call('pivot', { spec: levelsSpec(s, depth) });
        if (gen !== generation.current) return;
        const { root, children } = splitLevels(result);
        const expanded = keepOpen === 'all' ? new Set(children.keys()) : new Set([...keepOpen].filter((id) => children.has(id)));
        setState({ root: { ...result, rows: root }, children, expanded, loading: new Set() });
      } catch (err) {
        if (gen === generation.current) setError(toError(err));
      } finally {
        if (gen === generation.current) setLoading(false);
      }
    },
    [client],
  );

  useEffect(() => {
    if (!spec) return;
    // reopen what was open, if those rows still exist under the new spec
    const open = stateRef.current.expanded;
    const deepest = Math.max(0, ...[...open].map(pathDepth));
    void load(spec, open, deepest + 1);
    // `key` stands for the spec: a new object with the same content must not reload
  }, [key, load]);

  const toggle = useCallback(
    (row: GridRow) => {
      if (!spec || !row.hasChildren || row.loading) return;
      const id = row.id;
      const s = stateRef.current;
      if (s.expanded.has(id)) return setState({ ...s, expanded: without(s.expanded, id) });
      if (s.children.has(id)) return setState({ ...s, expanded: withItem(s.expanded, id) });
      const gen = generation.current;
      setState({ ...s, loading: withItem(s.loading, id) });
      client
        .call('pivot', { spec: { ...wholeSpec(spec), parent: row.keys } })
        .then((r) => {
          if (gen !== generation.current) return;
          const root = stateRef.current.root;
          // the workspace changed under us (an import): start again rather than misalign columns
          if (root && !sameColumns(root, r)) return void load(spec, stateRef.current.expanded, 1);
          setState((cur) => ({ ...cur, children: new Map([...cur.children, [id, r.rows as PivotRow[]]]), expanded: withItem(cur.expanded, id), loading: without(cur.loading, id) }));
        })
        .catch((err: unknown) => {
          if (gen !== generation.current) return;
          setError(toError(err));
          setState((cur) => ({ ...cur, loading: without(cur.loading, id) }));
        });
    },
    [client, spec, load],
  );

  const expandAll = useCallback(() => {
    if (!spec) return;
    void load(spec, 'all', spec.rows.length);
  }, [spec, load]);

  const collapseAll = useCallback(() => setState((cur) => ({ ...cur, expanded: new Set() })), []);

  return { state, loading, error, toggle, expandAll, collapseAll };
}
