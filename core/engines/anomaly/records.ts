// SPEC.md step 6: anomalies kept in the workspace (migration 040) with their feedback. A record
// is written the first time an incident is found and refreshed after; feedback is keyed by the
// record's stable id, and `no` or `planned` suppress the incident's pattern from then on.
import { join, sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { SUPPRESSING_VERDICTS, type FeedbackVerdict } from './constants.ts';
import { anomalyNotFound } from './errors.ts';
import type { Incident } from './incidents.ts';
import type { Anomaly, Feedback, FeedbackResult } from './result.ts';
import type { AnomalySpec } from './spec.ts';

/** Records per INSERT: one statement per record cost a round trip each (hundreds on the bench). */
const RECORD_BATCH = 500;

interface FeedbackRow extends Feedback {
  pattern: string;
}

async function feedbackRows(db: Db): Promise<Map<string, FeedbackRow>> {
  const rows = await db.all(sql`SELECT id, verdict, note, pattern, strftime(updated_at, '%Y-%m-%dT%H:%M:%SZ') AS at FROM anomaly_feedback`);
  return new Map(rows.map((r) => [String(r.id), { verdict: r.verdict as FeedbackVerdict, note: r.note === null ? null : String(r.note), at: String(r.at), pattern: String(r.pattern) }]));
}

/**
 * The incidents as anomalies with their feedback, suppression and novelty, read from the records
 * and feedback without writing: `isNew` says no record of the incident exists yet. (Step 6's read
 * half; a pack or a preview that must leave the workspace as it was stops here.)
 */
export async function describeIncidents(db: Db, incidents: readonly Incident[]): Promise<Anomaly[]> {
  const known = new Set((await db.all(sql`SELECT id FROM anomaly_records`)).map((r) => String(r.id)));
  const feedback = await feedbackRows(db);
  const suppressing = new Set([...feedback.values()].filter((f) => SUPPRESSING_VERDICTS.includes(f.verdict)).map((f) => f.pattern));
  return incidents.map((inc) => {
    const { pattern, ...rest } = inc;
    const own = feedback.get(inc.id);
    return { ...rest, feedback: own ? { verdict: own.verdict, note: own.note, at: own.at } : null, suppressed: !own && suppressing.has(pattern), isNew: !known.has(inc.id) };
  });
}

/** Records the incidents (new ones get first_seen now) and returns them with feedback, suppression and novelty. */
export async function recordIncidents(db: Db, spec: AnomalySpec, incidents: readonly Incident[]): Promise<Anomaly[]> {
  const out = await describeIncidents(db, incidents);
  const specText = JSON.stringify(spec);
  const rows = incidents.map((inc, i) => sql`(${inc.id}, ${inc.pattern}, CAST(${inc.start} AS DATE), CAST(${inc.end} AS DATE), ${JSON.stringify(out[i])}, ${specText}, now()::TIMESTAMP, now()::TIMESTAMP)`);
  await db.transaction(async () => {
    for (let i = 0; i < rows.length; i += RECORD_BATCH) {
      await db.run(sql`INSERT INTO anomaly_records VALUES ${join(rows.slice(i, i + RECORD_BATCH))}
        ON CONFLICT (id) DO UPDATE SET end_day = excluded.end_day, anomaly = excluded.anomaly, spec = excluded.spec, last_seen = excluded.last_seen`);
    }
  });
  return out;
}

export interface StoredAnomaly {
  anomaly: Anomaly;
  spec: AnomalySpec;
}

export async function readRecord(db: Db, id: string): Promise<StoredAnomaly> {
  const r = await db.one(sql`SELECT anomaly, spec FROM anomaly_records WHERE id = ${id}`);
  if (!r) throw anomalyNotFound(id);
  const anomaly = JSON.parse(String(r.anomaly)) as Anomaly;
  const own = (await feedbackRows(db)).get(id);
  return { anomaly: { ...anomaly, feedback: own ? { verdict: own.verdict, note: own.note, at: own.at } : null, isNew: false }, spec: JSON.parse(String(r.spec)) as AnomalySpec };
}

export async function saveFeedback(db: Db, id: string, verdict: FeedbackVerdict, note: string | null): Promise<FeedbackResult> {
  const r = await db.one(sql`SELECT pattern FROM anomaly_records WHERE id = ${id}`);
  if (!r) throw anomalyNotFound(id);
  await db.run(sql`INSERT OR REPLACE INTO anomaly_feedback VALUES (${id}, ${verdict}, ${note}, ${String(r.pattern)}, now()::TIMESTAMP)`);
  const saved = (await feedbackRows(db)).get(id)!;
  return { id, feedback: { verdict: saved.verdict, note: saved.note, at: saved.at } };
}
