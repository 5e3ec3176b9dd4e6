// Runs the forecast for the current spec: the newest request wins (a result for a scope the
// user has already left is dropped), and the last result stays on screen, marked as updating,
// while the next one runs. `about` travels with its result (what the result is a forecast of).
import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../core/api/errors.ts';
import type { ForecastResult, ForecastSpec } from '../../../core/api/forecast-contract.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { toError } from '../frame/use-workspace.ts';

export interface ForecastState<A> {
  result: { forecast: ForecastResult; about: A } | null;
  error: ApiError | null;
  running: boolean;
  /** When the running call started (ms since epoch), for the progress line. */
  startedAt: number | null;
}

export function useForecast<A>(client: WorkbenchClient, spec: ForecastSpec | null, about: A): ForecastState<A> {
  const [state, setState] = useState<ForecastState<A>>({ result: null, error: null, running: false, startedAt: null });
  const aboutNow = useRef(about);
  aboutNow.current = about;
  // the spec as text: a new object with the same content must not run the forecast again
  const key = spec ? JSON.stringify(spec) : null;

  useEffect(() => {
    if (key === null) return;
    let live = true;
    const about = aboutNow.current;
    setState((s) => ({ ...s, running: true, startedAt: Date.now() }));
    client.call('forecast', { spec: JSON.parse(key) as ForecastSpec }).then(
      (forecast) => live && setState({ result: { forecast, about }, error: null, running: false, startedAt: null }),
      (err: unknown) => live && setState({ result: null, error: toError(err), running: false, startedAt: null }),
    );
    return () => {
      live = false;
    };
  }, [client, key]);

  return state;
}
