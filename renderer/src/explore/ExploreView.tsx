// The Explore view: build a pivot from the field list, read it as a grid and a chart, open any
// number to its line items, save it as a view, export it. The spec (plain JSON) is the whole
// state of the pivot; the engine computes, this view draws.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ApiError } from '../../../core/api/errors.ts';
import type { PivotFields, PivotSpec, SavedView } from '../../../core/api/pivot-contract.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { ErrorNotice } from '../data/ErrorNotice.tsx';
import { toError } from '../frame/use-workspace.ts';
import type { ChartKind } from './chart-options.ts';
import { Controls } from './Controls.tsx';
import { DrillPanel } from './DrillPanel.tsx';
import { fileStem } from './download.ts';
import { ExportButtons } from './ExportButtons.tsx';
import { FieldList } from './FieldList.tsx';
import { FilterEditor } from './FilterEditor.tsx';
import { describeSpec } from './labels.ts';
import { LayoutZones, type ZoneActions } from './LayoutZones.tsx';
import { singleCurrency } from './number-format.ts';
import { ResultPanel, type Display } from './ResultPanel.tsx';
import { SavedViews } from './SavedViews.tsx';
import { SettingsSummary } from './SettingsSummary.tsx';
import { useStoredFlag } from './use-stored-flag.ts';
import { defaultSpec, placeDimension, removeDimension, removeFilter, sameSpec, setFilter, setTopN, shiftDimension, wholeSpec } from './spec-edit.ts';
import { drillTitle } from './drill-title.ts';
import type { DrillTarget } from './PivotGrid.tsx';
import { usePivotTree } from './use-pivot-tree.ts';
import { viewById } from '../views.ts';
import './explore.css';
import { ViewFrame } from '../frame/ViewFrame.tsx';

/** Another view opening Explore on a pivot (an anomaly's cause), and the way back to it. */
export interface ExploreRequest {
  spec: PivotSpec;
  /** What the pivot was opened from, as a person reads it ("the anomaly …"). */
  origin: string;
  /** The view id the Back button returns to. */
  backTo: string;
}

interface Props {
  client: WorkbenchClient;
  onGoToData: () => void;
  request?: ExploreRequest | null;
  onBack?: (viewId: string) => void;
}

export function ExploreView({ client, onGoToData, request, onBack }: Props) {
  const [fields, setFields] = useState<PivotFields | null>(null);
  const [fieldsError, setFieldsError] = useState<ApiError | null>(null);
  const [spec, setSpec] = useState<PivotSpec | null>(request?.spec ?? null);
  const [current, setCurrent] = useState<SavedView | null>(null);
  const [showViews, setShowViews] = useState(false);
  const [editingFilter, setEditingFilter] = useState<string | null>(null);
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const [display, setDisplay] = useState<Display>('both');
  const [chartKind, setChartKind] = useState<ChartKind>('bar');
  const [heatMap, setHeatMap] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // the settings and the Rows/Columns/Filters zones fold away to give the grid the screen
  const [settingsOpen, setSettingsOpen] = useStoredFlag('explore.settingsOpen', true);
  const tree = usePivotTree(client, spec);
  const types = useMemo(() => new Map((fields?.columns ?? []).map((c) => [c.name, c.type])), [fields]);

  useEffect(() => {
    client.call('pivotFields', {}).then(
      (f) => {
        setFields(f);
        setSpec((s) => s ?? defaultSpec(f.range));
      },
      (err: unknown) => setFieldsError(toError(err)),
    );
  }, [client]);

  const edit = useCallback((next: PivotSpec | null, refusal?: string) => {
    if (next === null) return setNotice(refusal ?? null);
    setNotice(null);
    setDrill(null);
    setSpec(next);
  }, []);

  if (fieldsError) return <ViewFrame view="explore" title="Explore"><ErrorNotice error={fieldsError} title="Could not read the workspace" /></ViewFrame>;
  if (!fields || !spec) return <ViewFrame view="explore" title="Explore"><p className="muted" role="status">Reading the workspace’s fields…</p></ViewFrame>;
  if (fields.lines === 0) {
    return (
      <ViewFrame view="explore" title="Explore">
        <div className="card">
          <p className="lead">This workspace has no billing data yet.</p>
          <p>
            Import CUR or FOCUS files, or open the demo workspace, in{' '}
            <button type="button" className="link" onClick={onGoToData}>
              Data
            </button>
            ; then come back here to pivot it.
          </p>
        </div>
      </ViewFrame>
    );
  }

  const actions: ZoneActions = {
    place: (ref, zone, index) => edit(placeDimension(spec, ref, zone, index), `${zone === 'rows' ? 'Rows' : 'Columns'} can hold ${zone === 'rows' ? 6 : 3} fields at most. Remove one first.`),
    remove: (ref) => edit(removeDimension(spec, ref)),
    shift: (ref, by) => edit(shiftDimension(spec, ref, by)),
    topN: (ref, n) => edit(setTopN(spec, ref, n)),
    editFilter: (ref) => setEditingFilter(ref),
    removeFilter: (ref) => edit(removeFilter(spec, ref)),
  };
  const currency = singleCurrency(tree.state.root?.currencies ?? fields.currencies);
  const title = current ? current.name : describeSpec(spec);
  const changed = current !== null && !sameSpec(current.spec, spec);
  const openView = (view: SavedView, keepOpen = false) => {
    setCurrent(view);
    setShowViews(keepOpen);
    edit(view.spec);
  };

  return (
    <ViewFrame view="explore" title="Explore">
      {request && onBack && (
        <div className="notice explore-origin" data-testid="explore-origin" role="note">
          Opened from {request.origin}.{' '}
          <button type="button" className="link" onClick={() => onBack(request.backTo)}>
            Back to {viewById(request.backTo)?.label ?? request.backTo}
          </button>
        </div>
      )}
      <div className="explore-head">
        <p className="view-subtitle" data-testid="explore-title">
          {current ? <strong>{current.name}</strong> : title}
          {changed && <span className="muted"> · changed since saved</span>}
        </p>
        <span className="grow" />
        <button type="button" onClick={() => (setCurrent(null), edit(defaultSpec(fields.range)))}>
          New view
        </button>
        <button type="button" aria-expanded={settingsOpen} aria-controls="pivot-settings pivot-zones" onClick={() => setSettingsOpen(!settingsOpen)}>
          {settingsOpen ? 'Hide settings' : 'Show settings'}
        </button>
        <button type="button" aria-expanded={showViews} aria-controls="saved-views" onClick={() => setShowViews(!showViews)}>
          Saved views
        </button>
        <ExportButtons client={client} spec={spec} stem={fileStem(title)} title={title} />
      </div>
      {showViews && (
        <div id="saved-views">
          <SavedViews client={client} spec={spec} currentName={current?.name ?? null} onOpen={openView} onSaved={setCurrent} onDeleted={(n) => current?.name === n && setCurrent(null)} />
        </div>
      )}
      {settingsOpen ? (
        <div id="pivot-settings">
          <Controls client={client} spec={spec} range={fields.range} onChange={(s) => edit(s)} />
        </div>
      ) : (
        <SettingsSummary spec={spec} onShow={() => setSettingsOpen(true)} />
      )}
      <div className="explore-body">
        <FieldList fields={fields} spec={spec} place={(ref, zone) => actions.place(ref, zone)} filter={actions.editFilter} />
        <div className="explore-main">
          {settingsOpen && (
            <div id="pivot-zones">
              <LayoutZones spec={spec} actions={actions} />
            </div>
          )}
          {notice && <div className="notice warn" role="alert">{notice}</div>}
          {editingFilter && (
            <FilterEditor
              key={editingFilter}
              client={client}
              spec={spec}
              dimension={editingFilter}
              currencies={fields.currencies}
              onClose={() => setEditingFilter(null)}
              onApply={(f) => {
                setEditingFilter(null);
                edit(setFilter(spec, f));
              }}
            />
          )}
          <ResultPanel
            tree={tree}
            spec={spec}
            display={display}
            onDisplay={setDisplay}
            chartKind={chartKind}
            onChartKind={setChartKind}
            heatMap={heatMap}
            onHeatMap={setHeatMap}
            fileStem={fileStem(title)}
            onDrill={setDrill}
            onSpec={(s) => edit(s)}
          />
        </div>
      </div>
      {drill && (
        <DrillPanel
          client={client}
          spec={wholeSpec(spec)}
          target={drill}
          title={drillTitle(drill, tree.state.root)}
          types={types}
          currency={currency}
          onClose={() => setDrill(null)}
        />
      )}
    </ViewFrame>
  );
}

