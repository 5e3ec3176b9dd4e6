// While the detection runs: it scores every daily series of the workspace in one pass and
// reports no steps.
import { ElapsedProgress } from '../frame/ElapsedProgress.tsx';

const NOTE = 'Comparing every day of the total, each service, account, region, usage type, owner tag and cost category with the same weekday of the weeks before. This takes a few seconds on a large workspace.';

export function DetectionProgress({ startedAt, compact }: { startedAt: number; compact: boolean }) {
  return <ElapsedProgress kind="anomalies" message="Detecting anomalies…" note={NOTE} startedAt={startedAt} compact={compact} />;
}
