// Tag coverage vs target: the tag audit of the month (coverage of each required key and of all of
// them, against the policy's target), with the largest offenders to chase.
import type { ReviewTable } from '../../api/review-contract.ts';
import { barChart } from '../charts/options.ts';
import { monthName, moneyText, percentText } from '../format.ts';
import { TOP_ROWS } from '../words.ts';
import { attempt, command, noDataSlide, okSlide, type SlideModule } from './slide.ts';

const ALL_KEYS = 'All keys';

export const tagCoverageSlide: SlideModule = {
  id: 'tag-coverage',
  async build(ctx) {
    const result = await attempt(() => ctx.ask('tagsAudit', { spec: { period: ctx.period, basis: ctx.basis, offenders: TOP_ROWS } }));
    const cli = `From ${command(`tags audit --period ${ctx.period} --basis ${ctx.basis} --offenders ${TOP_ROWS} --json`)}`;
    if (!result.ok) return noDataSlide('tag-coverage', `No tag audit for ${monthName(ctx.period)}.`, result.message, `${cli}.`);
    const audit = result.value;
    const currency = audit.currencies[0] ?? '';
    const notes = `${cli} (policy: ${audit.policyOrigin}; shares of all cost, and of cost on lines that name a resource).`;
    if (audit.totalCost === 0) return noDataSlide('tag-coverage', `No cost to audit in ${monthName(ctx.period)}.`, `The workspace has no cost for ${ctx.period}: load the month's bill ("${command('ingest')} FILE").`, notes);
    const coverage: ReviewTable = {
      title: `Coverage of the required keys (target ${percentText(audit.target)})`,
      columns: [
        { key: 'key', label: 'Key', kind: 'text' },
        { key: 'taggedCost', label: 'Tagged cost', kind: 'money' },
        { key: 'share', label: 'Share of cost', kind: 'percent' },
        { key: 'taggableShare', label: 'Of taggable', kind: 'percent' },
      ],
      rows: [
        ...audit.coverage.map((k) => ({ key: k.key, taggedCost: k.taggedCost, share: k.share, taggableShare: k.taggableShare })),
        { key: ALL_KEYS, taggedCost: audit.allKeys.taggedCost, share: audit.allKeysShare, taggableShare: audit.allKeysTaggableShare },
      ],
    };
    const offenders: ReviewTable = {
      title: `Largest offenders (${audit.offenderCount} in all, ${moneyText(audit.offenderCost, currency)})`,
      columns: [
        { key: 'resourceId', label: 'Resource', kind: 'text' },
        { key: 'service', label: 'Service', kind: 'text' },
        { key: 'cost', label: 'Untagged cost', kind: 'money' },
        { key: 'missing', label: 'Missing', kind: 'text' },
      ],
      rows: audit.offenders.slice(0, TOP_ROWS).map((o) => ({ resourceId: o.resourceId, service: o.serviceName, cost: o.cost, missing: o.missing.join(', ') })),
    };
    const chart = barChart({
      categories: [...audit.coverage.map((k) => k.key), ALL_KEYS],
      series: [{ name: 'Share of cost tagged', data: [...audit.coverage.map((k) => k.share), audit.allKeysShare] }],
      percent: true,
      markLine: { name: `Target ${percentText(audit.target)}`, value: audit.target },
    });
    const below = audit.coverage.filter((k) => k.share !== null && k.share < audit.target);
    return okSlide('tag-coverage', {
      headline: `${percentText(audit.allKeysShare)} of ${monthName(ctx.period)}'s cost carries every required key (target ${percentText(audit.target)}); ${below.length} of ${audit.coverage.length} keys below target.`,
      charts: [{ id: 'coverage', title: 'Share of cost tagged, by key', option: chart, alt: audit.coverage.map((k) => `${k.key}: ${percentText(k.share)}`).join('; ') + `; all keys: ${percentText(audit.allKeysShare)}; target ${percentText(audit.target)}` }],
      tables: [coverage, offenders],
      notes,
    });
  },
};
