// The merge workflow as data: clusters become candidates, a suggestion merges every other variant
// into the canonical form, editing the canonical keeps the person's ticks, and the request stored
// is exactly what was chosen. Clusters written by hand.
import { describe, expect, it } from 'vitest';
import { aliasRequest, aliasText, candidates, choiceProblem, suggestedChoice, toggleVariant, withCanonical } from './merge-model.ts';

const [costCenter, env] = candidates(
  [{ canonical: 'CostCenter', variants: [{ key: 'CostCenter', cost: 500 }, { key: 'cost-center', cost: 40 }, { key: ' costcenter', cost: 2 }] }],
  [{ key: 'Environment', canonical: 'prod', variants: [{ value: 'prod', cost: 140 }, { value: 'production', cost: 10 }, { value: 'Prod', cost: 7.5 }] }],
);

describe('candidates', () => {
  it('key clusters first, then value clusters, with each variant and its cost', () => {
    expect(costCenter).toEqual({ id: 'key|CostCenter', kind: 'key', key: null, suggested: 'CostCenter', variants: [{ name: 'CostCenter', cost: 500 }, { name: 'cost-center', cost: 40 }, { name: ' costcenter', cost: 2 }] });
    expect(env!.id).toBe('value|Environment|prod');
    expect(candidates()).toEqual([]);
  });
});

describe('choosing', () => {
  it('the suggestion merges every other variant', () => {
    expect(suggestedChoice(env!)).toEqual({ to: 'prod', from: ['production', 'Prod'] });
  });
  it('picking another variant as canonical moves the old one into the merge', () => {
    expect(withCanonical(env!, { to: 'prod', from: ['production'] }, 'production')).toEqual({ to: 'production', from: ['prod'] });
  });
  it('a typed canonical keeps the ticks', () => {
    expect(withCanonical(env!, { to: 'prod', from: ['production', 'Prod'] }, 'Production')).toEqual({ to: 'Production', from: ['prod', 'production', 'Prod'] });
  });
  it('ticking and unticking; the canonical itself cannot be ticked', () => {
    const c = suggestedChoice(env!);
    expect(toggleVariant(c, 'Prod')).toEqual({ to: 'prod', from: ['production'] });
    expect(toggleVariant({ to: 'prod', from: [] }, 'Prod')).toEqual({ to: 'prod', from: ['Prod'] });
    expect(toggleVariant(c, 'prod')).toBe(c);
  });
  it('says what is missing before it can be stored', () => {
    expect(choiceProblem({ to: '', from: ['x'] })).toBe('Write the canonical form, or pick one of the variants.');
    expect(choiceProblem({ to: 'prod ', from: ['x'] })).toBe('The canonical form should not start or end with a space.');
    expect(choiceProblem({ to: 'prod', from: [] })).toBe('Tick at least one variant to merge into it.');
    expect(choiceProblem({ to: 'prod', from: ['Prod'] })).toBeNull();
  });
});

describe('requests and words', () => {
  it('a value alias names its key; a key alias does not', () => {
    expect(aliasRequest(env!, { to: 'prod', from: ['production'] })).toEqual({ kind: 'value', key: 'Environment', from: ['production'], to: 'prod' });
    expect(aliasRequest(costCenter!, { to: 'CostCenter', from: ['cost-center'] })).toEqual({ kind: 'key', from: ['cost-center'], to: 'CostCenter' });
    expect(aliasText({ kind: 'value', key: 'Environment', from: 'production', to: 'prod' })).toBe('Environment: "production" → "prod"');
    expect(aliasText({ kind: 'key', key: null, from: 'cost-center', to: 'CostCenter' })).toBe('key "cost-center" → "CostCenter"');
  });
});
