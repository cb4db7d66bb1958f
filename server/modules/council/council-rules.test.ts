import { describe, expect, it } from 'vitest';
import type { ParameterValue } from '../../../shared/contracts/emulation.ts';
import { hasQuorum, judgeItem, postingWindow, quorumRequired, thresholdFor, yesVotesNeeded } from './council-rules.ts';
import { councilSettingsFrom, DEFAULT_COUNCIL_SETTINGS } from './council-settings.ts';

const params = (values: Record<string, ParameterValue>) => (key: string) => values[key];
const cstdBo = {
  level: 'ministry_province' as const,
  councilVote: { minShare: { param: 'vote.cstd_bo.min_share' }, strict: false, denominator: 'total_members' as const },
};

describe('thresholdFor (reference §5.3)', () => {
  it('CSTĐ Bộ/ngành/tỉnh: ≥ 90% of the council’s total membership, from the vote.* parameter', () => {
    expect(thresholdFor(cstdBo, params({ 'vote.cstd_bo.min_share': 0.9 }), DEFAULT_COUNCIL_SETTINGS)).toEqual({
      share: 0.9,
      strict: false,
      denominator: 'of_total_members',
      basis: 'catalogue',
      parameterKey: 'vote.cstd_bo.min_share',
    });
  });

  it('grassroots with the parameter unset: more than half of those present, said so', () => {
    const threshold = thresholdFor(
      { level: 'grassroots' },
      params({ 'vote.grassroots.min_share': null }),
      DEFAULT_COUNCIL_SETTINGS,
    );
    expect(threshold).toMatchObject({
      share: 0.5,
      strict: true,
      denominator: 'of_present',
      basis: 'majority_of_present',
    });
  });

  it('grassroots with the parameter set: that share of those present', () => {
    const threshold = thresholdFor(
      { level: 'grassroots' },
      params({ 'vote.grassroots.min_share': 0.7 }),
      DEFAULT_COUNCIL_SETTINGS,
    );
    expect(threshold).toMatchObject({
      share: 0.7,
      strict: false,
      denominator: 'of_present',
      basis: 'grassroots_parameter',
    });
  });

  it('a form whose own share is unset falls back to the majority of those present', () => {
    expect(thresholdFor(cstdBo, params({ 'vote.cstd_bo.min_share': null }), DEFAULT_COUNCIL_SETTINGS).basis).toBe(
      'majority_of_present',
    );
  });
});

describe('quorum', () => {
  it('is more than half by default: 5 of 9 yes, 4 of 8 no', () => {
    expect(quorumRequired(9, 0.5)).toBe(5);
    expect(quorumRequired(8, 0.5)).toBe(5);
    expect(hasQuorum(5, 9, 0.5)).toBe(true);
    expect(hasQuorum(4, 8, 0.5)).toBe(false);
  });

  it('takes its share from a catalogue parameter when an administrator sets one', () => {
    expect(councilSettingsFrom(params({ 'council.quorum.min_share': 0.66 })).quorumShare).toBe(0.66);
    expect(councilSettingsFrom(params({})).quorumShare).toBe(0.5);
  });
});

describe('judgeItem', () => {
  const ninety = thresholdFor(cstdBo, params({ 'vote.cstd_bo.min_share': 0.9 }), DEFAULT_COUNCIL_SETTINGS);
  const majority = thresholdFor({ level: 'grassroots' }, params({}), DEFAULT_COUNCIL_SETTINGS);
  const base = { members: 10, present: 9, recused: 0, recusedPresent: 0, quorumShare: 0.5 };

  it('90% of all 10 members needs 9 yes even when only 9 are present', () => {
    expect(judgeItem({ ...base, threshold: ninety, yes: 9 })).toEqual({
      eligibleVoters: 10,
      passed: true,
      reason: 'passed',
    });
    expect(judgeItem({ ...base, threshold: ninety, yes: 8 }).passed).toBe(false);
    expect(yesVotesNeeded(ninety, 10)).toBe(9);
  });

  it('a recused member leaves the denominator: 8 of 9 remaining is not 90%, 9 of 9 is', () => {
    const count = { ...base, present: 10, recused: 1, recusedPresent: 1, threshold: ninety };
    expect(judgeItem({ ...count, yes: 8 })).toMatchObject({ eligibleVoters: 9, passed: false });
    expect(judgeItem({ ...count, yes: 9 })).toMatchObject({ eligibleVoters: 9, passed: true });
  });

  it('more than half of those present: 3 of 4 passes, 2 of 4 does not', () => {
    const count = { ...base, members: 5, present: 4, threshold: majority };
    expect(judgeItem({ ...count, yes: 3 })).toMatchObject({ eligibleVoters: 4, passed: true });
    expect(judgeItem({ ...count, yes: 2 })).toMatchObject({
      eligibleVoters: 4,
      passed: false,
      reason: 'below_threshold',
    });
  });

  it('loses the quorum when recusals leave too few present', () => {
    const verdict = judgeItem({
      threshold: majority,
      yes: 2,
      members: 5,
      present: 3,
      recused: 1,
      recusedPresent: 1,
      quorumShare: 0.5,
    });
    expect(verdict).toMatchObject({ passed: false, reason: 'no_quorum' });
  });
});

describe('postingWindow (§5.4: 10 working days)', () => {
  it('closing on a Friday posts from Saturday until the second Friday after', () => {
    expect(postingWindow('2025-12-12')).toEqual({ postingFrom: '2025-12-13', postingUntil: '2025-12-26' });
  });

  it('closing on a Monday posts from Tuesday until the Monday two weeks on', () => {
    expect(postingWindow('2025-12-15')).toEqual({ postingFrom: '2025-12-16', postingUntil: '2025-12-29' });
  });
});
