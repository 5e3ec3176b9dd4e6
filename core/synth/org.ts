// The organisation: a management (payer) account and 5-50 linked accounts owned by teams.
// Which accounts exist grows with the scale; the first five always cover every story the
// truth tells (commitments, anomalies, tag problems, idle and oversized instances).
import type { Account, Environment, Team } from './model.ts';
import type { Rng } from './rng.ts';

export const ORG_NAME = 'Northwind Analytics';
export const MIN_ACCOUNTS = 5;
export const MAX_ACCOUNTS = 50;

export const TEAMS: readonly Team[] = [
  { name: 'payments', projects: ['ledger', 'card-gateway'], costCenter: 'CC-1001' },
  { name: 'data-platform', projects: ['lakehouse', 'etl'], costCenter: 'CC-2001' },
  { name: 'ml-research', projects: ['recsys', 'training'], costCenter: 'CC-2002' },
  { name: 'checkout', projects: ['cart', 'pricing-api'], costCenter: 'CC-1002' },
  { name: 'search', projects: ['indexer', 'query-api'], costCenter: 'CC-1003' },
  { name: 'identity', projects: ['auth', 'directory'], costCenter: 'CC-1004' },
  { name: 'web', projects: ['storefront', 'cms'], costCenter: 'CC-1005' },
  { name: 'mobile', projects: ['mobile-bff', 'push'], costCenter: 'CC-1006' },
  { name: 'analytics', projects: ['dashboards', 'reporting'], costCenter: 'CC-2003' },
];

export const PLATFORM_TEAM: Team = { name: 'platform', projects: ['shared-network', 'observability'], costCenter: 'CC-9000' };

export interface Org {
  payer: Account;
  /** Linked accounts, payer first (it also has usage: support, marketplace, Savings Plans). */
  accounts: Account[];
}

function teamNamed(name: string): Team {
  const t = TEAMS.find((x) => x.name === name);
  if (!t) throw new Error(`unknown team ${name}`);
  return t;
}

/** The linked accounts in the order they are added as the organisation grows. */
function accountPlan(): { name: string; env: Environment; team: Team }[] {
  const plan: { name: string; env: Environment; team: Team }[] = [
    { name: 'shared-services', env: 'shared', team: PLATFORM_TEAM },
    { name: 'payments-prod', env: 'prod', team: teamNamed('payments') },
    { name: 'data-platform-prod', env: 'prod', team: teamNamed('data-platform') },
    { name: 'ml-research-prod', env: 'prod', team: teamNamed('ml-research') },
    { name: 'sandbox', env: 'sandbox', team: PLATFORM_TEAM },
    { name: 'payments-dev', env: 'dev', team: teamNamed('payments') },
  ];
  for (const t of TEAMS.slice(3)) plan.push({ name: `${t.name}-prod`, env: 'prod', team: t });
  for (const t of TEAMS.slice(1)) plan.push({ name: `${t.name}-dev`, env: 'dev', team: t });
  for (const t of TEAMS) plan.push({ name: `${t.name}-staging`, env: 'staging', team: t });
  for (const t of TEAMS) plan.push({ name: `${t.name}-prod-eu`, env: 'prod', team: t });
  for (const t of TEAMS) plan.push({ name: `${t.name}-perf`, env: 'staging', team: t });
  for (const name of ['security-audit', 'log-archive', 'network-hub']) plan.push({ name, env: 'shared', team: PLATFORM_TEAM });
  return plan;
}

export function buildOrg(rng: Rng, linkedAccounts: number): Org {
  const n = Math.max(MIN_ACCOUNTS, Math.min(MAX_ACCOUNTS, linkedAccounts));
  const used = new Set<string>();
  const newId = (): string => {
    for (;;) {
      const id = rng.digits(12);
      if (!used.has(id)) {
        used.add(id);
        return id;
      }
    }
  };
  const payer: Account = { index: 0, id: newId(), name: 'northwind-management', env: 'shared', team: PLATFORM_TEAM };
  const accounts = [payer];
  for (const p of accountPlan().slice(0, n)) accounts.push({ index: accounts.length, id: newId(), name: p.name, env: p.env, team: p.team });
  return { payer, accounts };
}

export function accountNamed(org: Org, name: string): Account | undefined {
  return org.accounts.find((a) => a.name === name);
}
