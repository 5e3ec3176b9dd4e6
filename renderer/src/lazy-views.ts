// Each view is its own chunk, fetched when the view is first opened: the first screen paints
// from the frame's small chunk, and the grid and echarts arrive only with the views that use them.
// A view module keeps its named export; `pick` adapts it to React.lazy's default export.
import { lazy, type ComponentType } from 'react';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each view's own props pass through unchanged
function pick<M, K extends keyof M>(load: () => Promise<M>, name: K): M[K] extends ComponentType<any> ? M[K] : never {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return lazy(() => load().then((m) => ({ default: m[name] as ComponentType<any> }))) as never;
}

export const DataView = pick(() => import('./data/DataView.tsx'), 'DataView');
export const ExploreView = pick(() => import('./explore/ExploreView.tsx'), 'ExploreView');
export const TagsView = pick(() => import('./tags/TagsView.tsx'), 'TagsView');
export const ChargebackView = pick(() => import('./chargeback/ChargebackView.tsx'), 'ChargebackView');
export const ForecastView = pick(() => import('./forecast/ForecastView.tsx'), 'ForecastView');
export const AnomaliesView = pick(() => import('./anomalies/AnomaliesView.tsx'), 'AnomaliesView');
export const CommitmentsView = pick(() => import('./commitments/CommitmentsView.tsx'), 'CommitmentsView');
export const RightsizingView = pick(() => import('./rightsizing/RightsizingView.tsx'), 'RightsizingView');
export const ReviewView = pick(() => import('./review/ReviewView.tsx'), 'ReviewView');
