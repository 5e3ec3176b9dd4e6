// The business metrics of the workspace and importing one more file in two steps: the file is read
// and previewed by core (nothing saved; a bad file stops here with its coded error), then imported
// as previewed, or dropped. Removing a metric deletes its rows. Every change reloads the list.
import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../../core/api/errors.ts';
import type { BusinessMetricsPreview, BusinessMetricSummary } from '../../../../core/api/unit-costs-contract.ts';
import { ApiFailure, type WorkbenchClient } from '../../api/client.ts';
import { toError } from '../../frame/use-workspace.ts';
import { rowsInWords, tooLarge } from './metrics-file.ts';

/** A previewed file waiting for Import or Cancel; its text is sent again as read. */
export interface PendingImport {
  text: string;
  preview: BusinessMetricsPreview;
}

export type Outcome = { ok: string; warnings: string[] } | { error: ApiError; title: string };

export interface BusinessMetricsState {
  metrics: BusinessMetricSummary[] | null;
  /** What runs now ('Reading orders.csv…'), null when idle: one step at a time. */
  working: string | null;
  pending: PendingImport | null;
  outcome: Outcome | null;
  choose: (file: File) => Promise<void>;
  confirm: () => Promise<void>;
  cancel: () => void;
  remove: (metric: string) => Promise<void>;
}

export function useBusinessMetrics(client: WorkbenchClient): BusinessMetricsState {
  const [metrics, setMetrics] = useState<BusinessMetricSummary[] | null>(null);
  const [working, setWorking] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const reload = useCallback(async () => {
    try {
      setMetrics((await client.call('businessMetrics', {})).metrics);
    } catch (err) {
      setOutcome({ error: toError(err), title: 'Could not list the business metrics' });
    }
  }, [client]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const step = useCallback(async (doing: string, title: string, work: () => Promise<void>) => {
    setWorking(doing);
    setOutcome(null);
    try {
      await work();
    } catch (err) {
      setOutcome({ error: toError(err), title });
    } finally {
      setWorking(null);
    }
  }, []);

  const choose = useCallback(
    (file: File) =>
      step(`Reading ${file.name}…`, `Could not import ${file.name}: nothing was changed`, async () => {
        setPending(null);
        const refused = tooLarge(file.name, file.size);
        if (refused) throw new ApiFailure(refused);
        const text = await file.text();
        setPending({ text, preview: await client.call('businessMetricsPreview', { text, fileName: file.name }) });
      }),
    [client, step],
  );

  const confirm = useCallback(async () => {
    if (!pending) return;
    const { text, preview } = pending;
    await step(`Importing ${rowsInWords(preview.rows)} from ${preview.fileName}…`, `Could not import ${preview.fileName}: nothing was changed`, async () => {
      const r = await client.call('businessMetricsImport', { text, fileName: preview.fileName });
      setPending(null);
      setOutcome({ ok: `Imported ${rowsInWords(r.importedRows)} of ${r.metrics.join(', ')} from ${preview.fileName}. Explore's Cost per offers ${r.metrics.length === 1 ? 'it' : 'them'}.`, warnings: r.warnings });
    });
    await reload();
  }, [client, pending, reload, step]);

  const cancel = useCallback(() => setPending(null), []);

  const remove = useCallback(
    async (metric: string) => {
      await step(`Removing ${metric}…`, `Could not remove ${metric}`, async () => {
        const r = await client.call('businessMetricsRemove', { metric });
        setOutcome({ ok: `Removed ${metric}: ${rowsInWords(r.removed)} deleted.`, warnings: [] });
      });
      await reload();
    },
    [client, reload, step],
  );

  return { metrics, working, pending, outcome, choose, confirm, cancel, remove };
}
