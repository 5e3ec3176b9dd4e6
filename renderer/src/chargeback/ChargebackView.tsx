// The Chargeback view: edit the allocation rules (owner chain, shared-cost pools, basis, credits)
// with a live preview of the split of one period, save them as a new version, and export
// statements. The engine (core/engines/chargeback) computes; this view draws its result.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ApiError } from '../../../core/api/errors.ts';
import type { PivotFields } from '../../../core/api/pivot-contract.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { ErrorNotice } from '../data/ErrorNotice.tsx';
import { saveBlob } from '../explore/download.ts';
import { toError } from '../frame/use-workspace.ts';
import { fromRules, toRules, type Draft } from './draft.ts';
import { billingMonths } from './periods.ts';
import { PreviewPanel } from './PreviewPanel.tsx';
import { RulesBar } from './RulesBar.tsx';
import { RulesEditor } from './RulesEditor.tsx';
import { RulesHistory } from './RulesHistory.tsx';
import { sameRules } from './rules-compare.ts';
import { parseRulesFile, RULES_FILE_NAME, rulesFileText } from './rules-file.ts';
import type { ChargebackSpec, RulesVersion } from './types.ts';
import { usePreview } from './use-preview.ts';
import { useSavedRules } from './use-rules.ts';
import { defaultRules } from './words.ts';
import '../explore/explore.css';
import './chargeback.css';
import { ViewFrame } from '../frame/ViewFrame.tsx';

interface Props {
  client: WorkbenchClient;
  /** The workspace's billing periods (YYYY-MM, any order, repeats allowed): a chargeback is run per billing period. */
  billingPeriods: readonly string[];
  onGoToData: () => void;
}

export function ChargebackView({ client, billingPeriods, onGoToData }: Props) {
  const [fields, setFields] = useState<PivotFields | null>(null);
  const [fieldsError, setFieldsError] = useState<ApiError | null>(null);
  const rules = useSavedRules(client);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [period, setPeriod] = useState<string | null>(null);
  const [busy, setBusy] = useState<'save' | 'import' | null>(null);
  const [notice, setNotice] = useState<{ ok: true; text: string } | { ok: false; error: ApiError; title: string } | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    client.call('pivotFields', {}).then(setFields, (err: unknown) => setFieldsError(toError(err)));
  }, [client]);

  const months = useMemo(() => billingMonths(billingPeriods), [billingPeriods]);
  useEffect(() => {
    if (period === null && months.length) setPeriod(months[months.length - 1]!);
  }, [months, period]);

  // the editor starts from the rules in force, or the default rules when none are saved
  const saved = rules.saved;
  const defaults = useMemo(() => (fields ? defaultRules({ tagKeys: fields.tagKeys.map((t) => t.key), lines: fields.lines }) : null), [fields]);
  useEffect(() => {
    if (saved && defaults && draft === null) setDraft(fromRules(saved.rules ?? defaults));
  }, [saved, defaults, draft]);

  const checked = useMemo(() => (draft ? toRules(draft) : null), [draft]);
  const inForce = saved?.rules ?? null;
  const dirty = checked !== null && saved !== null && (checked.rules === null || !sameRules(checked.rules, inForce ?? defaults));
  const valid = checked?.rules != null;
  const spec = useMemo<ChargebackSpec | null>(() => {
    if (!period || !checked?.rules || !saved) return null;
    // rules equal to the saved version run as that version, so exports name it
    return saved.version > 0 && sameRules(checked.rules, inForce) ? { kind: 'chargeback', period, previous: true } : { kind: 'chargeback', period, previous: true, rules: checked.rules };
  }, [period, checked, saved, inForce]);
  const hasData = fields !== null && fields.lines > 0;
  const preview = usePreview(client, hasData ? spec : null, generation);

  const save = useCallback(async () => {
    if (!checked?.rules || busy) return;
    setBusy('save');
    setNotice(null);
    try {
      const s = await rules.save(checked.rules);
      setDraft(fromRules(s.rules ?? checked.rules));
      setNotice({ ok: true, text: `Saved as version ${s.version}.` });
    } catch (err) {
      setNotice({ ok: false, error: toError(err), title: 'Could not save the rules' });
    } finally {
      setBusy(null);
    }
  }, [checked, busy, rules]);

  const importFile = async (file: File) => {
    setNotice(null);
    const parsed = parseRulesFile(file.name, file.size, await file.text());
    if (!parsed.ok) return setNotice({ ok: false, error: parsed.error, title: `Could not import ${file.name}` });
    setBusy('import');
    try {
      const s = await rules.importFile(parsed.document, file.name);
      if (s.rules) setDraft(fromRules(s.rules));
      setNotice({ ok: true, text: `Imported ${file.name} as version ${s.version}.` });
    } catch (err) {
      setNotice({ ok: false, error: toError(err), title: `Could not import ${file.name}` });
    } finally {
      setBusy(null);
    }
  };

  const exportRules = () => {
    if (checked?.rules) saveBlob(new Blob([rulesFileText(checked.rules)], { type: 'application/json' }), RULES_FILE_NAME);
  };

  const openVersion = (v: RulesVersion) => {
    setDraft(fromRules(v.rules));
    setNotice({ ok: true, text: `Version ${v.version} is in the editor${saved && v.version !== saved.version ? `: save it to put it back in force as version ${saved.version + 1}` : ''}.` });
  };

  // Ctrl/Cmd+S saves, as in an editor
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        if (valid && (dirty || saved?.version === 0)) void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save, valid, dirty, saved]);

  if (fieldsError || rules.loadError) return <ViewFrame view="chargeback" title="Chargeback"><ErrorNotice error={(fieldsError ?? rules.loadError)!} title="Could not read the workspace" /></ViewFrame>;
  if (!fields || !draft || !checked) return <ViewFrame view="chargeback" title="Chargeback"><p className="muted" role="status">Reading the workspace…</p></ViewFrame>;

  const blocked = checked.rules ? null : `The preview waits for the rules to be fixed: ${checked.issues.length} ${checked.issues.length === 1 ? 'problem' : 'problems'} marked in the rules.`;
  const owners = preview.result?.allocations.map((a) => a.owner) ?? [];
  return (
    <ViewFrame view="chargeback" title="Chargeback">
      {!hasData && (
        <div className="card" data-testid="chargeback-empty">
          <p className="lead">This workspace has no billing data yet, so there is nothing to allocate.</p>
          <p>
            Import CUR or FOCUS files, or open the demo workspace, in{' '}
            <button type="button" className="link" onClick={onGoToData}>
              Data
            </button>
            . You can prepare or import the rules now; the split appears here once a month of data is loaded.
          </p>
        </div>
      )}
      <div className={hasData ? 'cb-layout' : 'cb-layout rules-only'}>
        <section className="card rules" aria-labelledby="rules-title">
          <RulesBar saved={saved} defaults={defaults} dirty={dirty} valid={valid} busy={busy} onSave={() => void save()} onRevert={() => inForce && setDraft(fromRules(inForce))} onImport={(f) => void importFile(f)} onExport={exportRules} />
          {notice &&
            (notice.ok ? (
              <div className="notice ok" role="status" data-testid="rules-notice">
                {notice.text}
              </div>
            ) : (
              <ErrorNotice error={notice.error} title={notice.title} />
            ))}
          <RulesEditor client={client} draft={draft} fields={fields} issues={checked.issues} owners={owners} onChange={setDraft} onOwnersImported={() => setGeneration((g) => g + 1)} />
        </section>
        {hasData && period && <PreviewPanel client={client} months={months} period={period} onPeriod={setPeriod} preview={preview} spec={spec} blocked={blocked} />}
      </div>
      <RulesHistory versions={rules.versions} current={saved?.version ?? 0} onOpen={openVersion} />
    </ViewFrame>
  );
}

