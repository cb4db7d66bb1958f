// What the engine reads about one recipient: a person's or a collective's record, as later slices will load it
// from the awards, ratings, initiatives and discipline tables. Years are calendar years; dates are 'YYYY-MM-DD'.
import type {
  AchievementKind,
  DisciplineLevel,
  Occasion,
  Rating,
  RecipientKind,
  RecognitionLevel,
  ServiceTrack,
  StudyResult,
} from '../../../../shared/contracts/emulation.ts';

export type AwardRecord = {
  code: string;
  year: number;
  decisionNo?: string;
  decisionDate?: string;
  /** The body that decided it: the "deciding level" of the comprehensive/thematic rule. */
  deciderId?: string;
  occasion?: Occasion;
  /** Given at the preliminary or final review of a phased or thematic movement. */
  atMovementReview?: boolean;
  /** The achievements this award rewarded: one achievement, one award. */
  achievementIds?: string[];
  theme?: string;
  revoked?: boolean;
};

export type AchievementRecord = {
  id: string;
  kind: AchievementKind;
  title?: string;
  level: RecognitionLevel;
  recognisedYear: number;
  /** The one year whose titles this achievement supports; defaults to the recognition year (reference §6.2). */
  yearCounted?: number;
  /** Luật 2022 Điều 3.4: an initiative must already be applied; a trial alone is flagged for people to judge. */
  application: 'applied' | 'trial' | 'none';
  /** Research: accepted (nghiệm thu). */
  accepted?: boolean;
  valueGainedVnd?: number;
};

export type AbsenceRecord = {
  year: number;
  days: number;
  /** Maternity leave counts as working time. */
  maternityDays?: number;
  /** Treatment of an injury from combat or rescue, certified by a district-level facility, counts as working time. */
  certifiedInjuryDays?: number;
};

export type RecipientProfile = {
  gender?: 'male' | 'female';
  isUnionMember?: boolean;
  isUnionCadre?: boolean;
  unionCadreLevel?: 'grassroots' | 'direct_upper' | 'provincial_or_higher';
  educationLevel?: 'college_or_below' | 'university_or_higher';
  holdsLeadershipPost?: boolean;
  isDirectProductionWorker?: boolean;
  isInUnionStaff?: boolean;
};

/** A collective's members in one year, counted once (by SQL later, or by summariseMembers). */
export type MemberStats = {
  year: number;
  members: number;
  /** People rated at or above each level. */
  ratedAtLeast: Partial<Record<Rating, number>>;
  /** People holding each award code (or one that counts as it) in the year. */
  awards: Record<string, number>;
  /** People disciplined at or above each level in the year. */
  disciplinedAtLeast: Partial<Record<DisciplineLevel, number>>;
};

export type RecipientHistory = {
  id: string;
  kind: RecipientKind;
  unitId?: string;
  profile?: RecipientProfile;
  awards?: AwardRecord[];
  ratings?: Array<{ year: number; rating: Rating }>;
  achievements?: AchievementRecord[];
  disciplines?: Array<{ year: number; level: DisciplineLevel }>;
  absences?: AbsenceRecord[];
  trainings?: Array<{ year: number; months: number; result?: StudyResult }>;
  pledgeYears?: number[];
  fineYears?: number[];
  hiredOn?: string;
  establishedOn?: string;
  reorganisedOn?: string;
  service?: Array<{ track: ServiceTrack; from: string; to?: string | null }>;
  /** Decisions people made on the judgment clauses, or claims a dossier makes ('claimed'). */
  judgments?: Array<{ key: string; year: number; outcome: 'met' | 'not_met' | 'claimed' }>;
  clusterRanks?: Array<{ year: number; rank: number }>;
  memberStats?: MemberStats[];
};
