// Runs the detection and keeps what the view shows. The detection records what it finds (a
// write) and takes seconds on a large workspace, so its answer, the open anomaly and the filters
// outlive the view: coming back from Explore lands on the same anomaly without detecting again.
// They are remembered per workspace state (the key App gives every view: path, rows, last
// import), so new data is detected afresh. The newest request wins.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Anomaly, AnomalyResult, AnomalySpec, Feedback } from '../../../core/api/anomaly-contract.ts';
import type { ApiError } from '../../../core/api/errors.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { toError } from '../frame/use-workspace.ts';
import { NO_FILTER, type ListFilter } from './filters.ts';
import { detectionSpec } from './settings.ts';
import type { Thresholds } from './words.ts';

export interface AnomaliesState {
  result: AnomalyResult | null;
  error: ApiError | null;
  running: boolean;
  startedAt: number | null;
  selectedId: string | null;
  filter: ListFilter;
  /** The engine's default thresholds, as its answer to a detection without any. */
  defaults: Thresholds | null;
}

const EMPTY: AnomaliesState = { result: null, error: null, running: false, startedAt: null, selectedId: null, filter: NO_FILTER, defaults: null };
const remembered = new Map<string, AnomaliesState>();

/** ready: the workspace is known to hold cost lines (nothing is detected in an empty one). */
export function useAnomalies(client: WorkbenchClient, memoryKey: string, ready: boolean) {
  const [state, setStateRaw] = useState<AnomaliesState>(() => remembered.get(memoryKey) ?? EMPTY);
  const request = useRef(0);
  const setState = useCallback(
    (update: (s: AnomaliesState) => AnomaliesState) =>
      setStateRaw((s) => {
        const next = update(s);
        // a running detection is not remembered as running: the view that comes back asks again
        remembered.set(memoryKey, next.running ? { ...next, running: false, startedAt: null } : next);
        return next;
      }),
    [memoryKey],
  );

  // The request type is the parsed spec; the spec sent leaves out what the person did not set, and
  // every transport validates it with the engine's schema, which fills in the engine's defaults.
  const detect = useCallback(
    (thresholds: Thresholds | null) => {
      const n = ++request.current;
      setState((s) => ({ ...s, running: true, startedAt: Date.now(), error: null }));
      client.call('anomalies', { spec: detectionSpec(thresholds) as AnomalySpec }).then(
        (result) =>
          n === request.current &&
          setState((s) => ({ ...s, result, running: false, startedAt: null, defaults: thresholds === null ? result.spec.thresholds : s.defaults, selectedId: result.anomalies.some((a) => a.id === s.selectedId) ? s.selectedId : (result.anomalies[0]?.id ?? null) })),
        (err: unknown) => n === request.current && setState((s) => ({ ...s, error: toError(err), running: false, startedAt: null })),
      );
    },
    [client, setState],
  );

  // the first visit detects with the engine's defaults; a remembered answer is shown as it was
  const first = useRef(state.result === null);
  useEffect(() => {
    if (ready && first.current) {
      first.current = false;
      detect(null);
    }
  }, [detect, ready]);

  const select = useCallback((id: string | null) => setState((s) => ({ ...s, selectedId: id })), [setState]);
  const setFilter = useCallback((filter: ListFilter) => setState((s) => ({ ...s, filter })), [setState]);
  /** Feedback saved by core: the record in the list follows it. */
  const feedbackSaved = useCallback(
    (id: string, feedback: Feedback) =>
      setState((s) => (s.result ? { ...s, result: { ...s.result, anomalies: s.result.anomalies.map((a): Anomaly => (a.id === id ? { ...a, feedback } : a)) } } : s)),
    [setState],
  );

  return { state, detect, select, setFilter, feedbackSaved };
}
