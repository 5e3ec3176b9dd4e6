// How the Sources section names things, in a FinOps analyst's words.
import type { ConnectionKindName, ConnectionSpec } from '../../../../core/api/connections-contract.ts';

export const KIND_LABEL: Record<ConnectionKindName, string> = {
  s3: 'CUR files in S3',
  athena: 'CUR table in Athena',
  costexplorer: 'Cost Explorer',
};

export const KIND_HINT: Record<ConnectionKindName, string> = {
  s3: 'The bucket and folder AWS delivers the Cost and Usage Report (or Data Export) to. Each month loads from its newest delivery; files already downloaded are not fetched again.',
  athena: 'The CUR table AWS created in Athena. Athena does the heavy scan; only the month you ask for comes back, as line items or as a daily summary. Athena charges $5 per TB scanned.',
  costexplorer: 'Daily costs from Cost Explorer, by up to two dimensions or tags. No line items. AWS charges $0.01 for every Cost Explorer request.',
};

export function whereLabel(c: ConnectionSpec): string {
  if (c.kind === 's3') return `s3://${c.bucket}/${c.prefix}`;
  if (c.kind === 'athena') return `${c.database}.${c.table}${c.workgroup ? ` (workgroup ${c.workgroup})` : ''}`;
  return `payer account ${c.billingAccountId}${c.groupBy?.length ? `, by ${c.groupBy.join(' and ')}` : ''}`;
}

export function credentialsText(c: Pick<ConnectionSpec, 'profile' | 'keychainKeys'>): string {
  if (c.keychainKeys) return `keychain keys "${c.keychainKeys}"`;
  if (c.profile) return `profile ${c.profile}`;
  return 'default AWS credentials';
}

/** YYYY-MM of the month before today's: the usual month to pull once it has closed. */
export function lastMonth(now = new Date()): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return d.toISOString().slice(0, 7);
}

/** A month (YYYY-MM) as Cost Explorer's range ends: its first day, and the first day after it. */
export function monthStart(period: string): string {
  return `${period}-01`;
}

export function monthAfter(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
}

export function formatUsd(amount: number, digits = 2): string {
  return `$${amount.toFixed(digits)}`;
}

/** Data scanned as Athena bills it: decimal units ($5 per TB is per 10^12 bytes). */
export function formatScanned(bytes: number): string {
  if (bytes >= 1e12) return `${(bytes / 1e12).toFixed(2)} TB`;
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2)} GB`;
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
