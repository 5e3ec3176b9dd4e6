// The app's views, in menu order. A view that is not built yet says so, and what it will do.
export interface ViewDef {
  id: string;
  label: string;
  /** One line on what the view is for. */
  purpose: string;
  built: boolean;
}

export const VIEWS: readonly ViewDef[] = [
  { id: 'data', label: 'Data', purpose: 'Import billing files, see what the workspace holds, remove billing periods.', built: true },
  { id: 'explore', label: 'Explore', purpose: 'Pivot spend by any dimension or tag, and drill down to the line items behind a total.', built: true },
  { id: 'tags', label: 'Tags', purpose: 'Audit tag coverage against your required keys, and fix misspelled keys and values with aliases.', built: true },
  { id: 'chargeback', label: 'Chargeback', purpose: 'Allocate cost to teams with shared-cost rules, and export showback and chargeback reports.', built: true },
  { id: 'forecast', label: 'Forecast', purpose: 'Forecast spend by month with seasonality and confidence bands.', built: true },
  { id: 'anomalies', label: 'Anomalies', purpose: 'Find unusual spend and the services, accounts or tags that caused it.', built: true },
  { id: 'commitments', label: 'Commitments', purpose: 'Savings Plans and Reserved Instances: utilization, coverage, and what-if purchases.', built: true },
  { id: 'rightsizing', label: 'Rightsizing', purpose: 'Oversized and idle instances, with the smaller size and the monthly saving.', built: true },
  { id: 'review', label: 'Review', purpose: 'The monthly review pack: preview it slide by slide, comment each slide, export PowerPoint or PDF.', built: true },
];

export function viewById(id: string): ViewDef | undefined {
  return VIEWS.find((v) => v.id === id);
}
