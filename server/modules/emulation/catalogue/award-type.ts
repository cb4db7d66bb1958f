// Defaults and dates shared by the catalogue files: an award type with empty lists filled in, the periods
// of the rule versions, and the reward multipliers of NĐ 98/2023 Điều 54 (same figures reported under NĐ 152/2025).
import type { AwardType, Certainty, Citation, Clause, Quota, RuleSet } from '../../../../shared/contracts/emulation.ts';
import { cite } from './clauses.ts';

type Optional = 'altNamesVi' | 'countsAs' | 'rewardMultipliers' | 'ruleSets' | 'frequency' | 'sources';
export function awardType(entry: Omit<AwardType, Optional> & Partial<Pick<AwardType, Optional>>): AwardType {
  return {
    altNamesVi: [],
    countsAs: [],
    rewardMultipliers: [],
    ruleSets: [],
    frequency: 'repeatable',
    sources: [],
    ...entry,
  };
}

/** The periods the reference distinguishes (§1 advice 1, §3.1). */
export const periods = {
  /** Luật 2003/2013 with NĐ 91/2017: everything decided up to 31/12/2023. */
  oldLaw: { validFrom: null, validTo: '2023-12-31' },
  /** Luật 06/2022/QH15 from 01/01/2024, whichever decree details it. */
  law2022: { validFrom: '2024-01-01', validTo: null },
  /** Luật 2022 detailed by NĐ 98/2023. */
  decree98: { validFrom: '2024-01-01', validTo: '2025-06-30' },
  /** Luật 2022 detailed by NĐ 152/2025 (applied from 01/7/2025). */
  decree152: { validFrom: '2025-07-01', validTo: null },
  /** TLĐ Quy chế 1689/QĐ-TLĐ. */
  union1689: { validFrom: '2019-11-12', validTo: '2024-05-28' },
  /** TLĐ Quy chế 999/QĐ-TLĐ, whose text was not readable: old figures become parameters. */
  union999: { validFrom: '2024-05-29', validTo: null },
} as const satisfies Record<string, { validFrom: string | null; validTo: string | null }>;

type RuleSetInput = {
  id: string;
  period: { validFrom: string | null; validTo: string | null };
  status: Certainty;
  basis: Citation[];
  criteria: Clause | null;
  quotas?: Quota[];
  recipientKind?: RuleSet['recipientKind'];
  appliesTo?: string;
  noteVi?: string;
};
export function ruleSet(input: RuleSetInput): RuleSet {
  const { period, quotas = [], recipientKind = 'individual', ...rest } = input;
  return { ...rest, recipientKind, validFrom: period.validFrom, validTo: period.validTo, quotas };
}

/** Reward = multiplier × mức lương cơ sở (reference §2.5). */
export function rewardMultiplier(value: number): AwardType['rewardMultipliers'] {
  return [
    { value, ...periods.decree98, cite: cite('ND_98_2023', '54', { sources: ['S20'] }), status: 'law_2022' },
    { value, ...periods.decree152, cite: cite('ND_152_2025', undefined, { sources: ['S20'] }), status: 'law_2022' },
  ];
}
