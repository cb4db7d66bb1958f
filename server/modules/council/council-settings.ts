// The council's figures the reference leaves open, with their defaults: the quorum share and when a member from
// a candidate's own unit steps aside. A catalogue parameter of the same key, when an administrator adds one,
// takes precedence over the default here.
import type { AwardLevel, ParameterValue } from '../../../shared/contracts/emulation.ts';
import type { VoteDenominator } from '../../../shared/contracts/council.ts';

export type CouncilSettings = {
  /**
   * More than this share of the council's members must be present to vote. The reference found no legal quorum
   * for the Hội đồng TĐKT (§5.3 [UNCONFIRMED]; it only asks to "record quorum" in the Biên bản), so the
   * default is the usual "quá nửa" (more than half) and stays configurable.
   */
  quorumShare: number;
  /**
   * Forms (by code) and levels for which a member from the candidate's own unit is recused. The reference states
   * no such rule: the issue asks for it only "where the rules say so", and §5.3 records none, so it is off by
   * default for every form and level.
   */
  recuseCandidateUnit: { codes: readonly string[]; levels: readonly AwardLevel[] };
  /** A grassroots share set through `vote.grassroots.min_share` counts the members present (the parameter says no more). */
  grassrootsDenominator: VoteDenominator;
};

export const DEFAULT_COUNCIL_SETTINGS: CouncilSettings = {
  quorumShare: 0.5,
  recuseCandidateUnit: { codes: [], levels: [] },
  grassrootsDenominator: 'of_present',
};

/** Catalogue parameters that override the defaults, when present. */
export const COUNCIL_PARAMETER_KEYS = {
  quorumShare: 'council.quorum.min_share',
  recuseCodes: 'council.recusal.candidate_unit_codes',
} as const;

/** The settings in force: the defaults, then any catalogue parameter that sets one of them. */
export function councilSettingsFrom(value: (key: string) => ParameterValue | undefined): CouncilSettings {
  const quorum = value(COUNCIL_PARAMETER_KEYS.quorumShare);
  const codes = value(COUNCIL_PARAMETER_KEYS.recuseCodes);
  return {
    ...DEFAULT_COUNCIL_SETTINGS,
    quorumShare: typeof quorum === 'number' ? quorum : DEFAULT_COUNCIL_SETTINGS.quorumShare,
    recuseCandidateUnit: {
      ...DEFAULT_COUNCIL_SETTINGS.recuseCandidateUnit,
      codes: Array.isArray(codes) ? codes : DEFAULT_COUNCIL_SETTINGS.recuseCandidateUnit.codes,
    },
  };
}
