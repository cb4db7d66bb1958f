// The two rules that cut across every form: one achievement earns one award (Luật 2022 Điều 5), and within one
// deciding level no comprehensive and thematic award to the same recipient in the same year (HD 1217/HD-TLĐ),
// except awards at the review of a phased or thematic movement and ad-hoc awards.
import type { Citation, Occasion } from '../../../../shared/contracts/emulation.ts';
import { citationEn, citationVi } from './format.ts';
import type { AwardRecord } from './history.ts';
import type { Session } from './session.ts';

/** An award about to be proposed or decided. */
export type AwardClaim = {
  recipientId: string;
  code: string;
  year: number;
  deciderId: string;
  occasion: Occasion;
  atMovementReview?: boolean;
  achievementIds?: string[];
};

export type CrossRuleViolation = {
  key: 'cross.one_achievement_one_award' | 'cross.comprehensive_and_thematic';
  messageVi: string;
  messageEn: string;
  citationVi: string;
  citationEn: string;
  conflictsWith: AwardRecord;
};

const principle: Citation = { doc: 'LUAT_2022', article: '5', sources: ['S19'] };
const unionGuidance: Citation = { doc: 'HD_1217_TLD', sources: ['S32'] };

function cited(session: Session, cite: Citation) {
  const doc = session.engine.documents.get(cite.doc);
  return { citationVi: citationVi(cite, doc), citationEn: citationEn(cite, doc) };
}

const decision = (a: AwardRecord): [string, string] =>
  a.decisionNo ? [` (Quyết định số ${a.decisionNo})`, ` (decision ${a.decisionNo})`] : ['', ''];

export function checkOneAchievementOneAward(
  session: Session,
  claim: AwardClaim,
  existing: readonly AwardRecord[],
): CrossRuleViolation[] {
  const violations: CrossRuleViolation[] = [];
  for (const id of claim.achievementIds ?? []) {
    for (const award of existing) {
      if (award.revoked || !award.achievementIds?.includes(id)) continue;
      const type = session.engine.types.get(award.code);
      const [noVi, noEn] = decision(award);
      violations.push({
        key: 'cross.one_achievement_one_award',
        messageVi: `Thành tích «${id}» đã được khen thưởng bằng ${type?.nameVi ?? award.code} năm ${award.year}${noVi}; không khen thưởng nhiều lần, nhiều hình thức cho một thành tích`,
        messageEn: `Achievement "${id}" was already rewarded with ${type?.nameEn ?? award.code} in ${award.year}${noEn}; one achievement, one award`,
        ...cited(session, principle),
        conflictsWith: award,
      });
    }
  }
  return violations;
}

/** Comprehensive = the regular (annual) occasion; thematic = a theme's award. Others are outside this rule. */
function nature(session: Session, code: string, occasion: Occasion | undefined): 'comprehensive' | 'thematic' | null {
  const resolved = occasion ?? singleOccasion(session, code);
  return resolved === 'regular' ? 'comprehensive' : resolved === 'thematic' ? 'thematic' : null;
}
function singleOccasion(session: Session, code: string): Occasion | undefined {
  const occasions = session.engine.types.get(code)?.occasions ?? [];
  return occasions.length === 1 ? occasions[0] : undefined;
}
const exempt = (occasion: Occasion | undefined, atMovementReview: boolean | undefined) =>
  occasion === 'ad_hoc' || occasion === 'period_review' || atMovementReview === true;

export function checkComprehensiveAndThematic(
  session: Session,
  claim: AwardClaim,
  existing: readonly AwardRecord[],
): CrossRuleViolation[] {
  if (session.params.get('cross.comprehensive_thematic_exclusive') !== true) return [];
  if (exempt(claim.occasion, claim.atMovementReview)) return [];
  const mine = nature(session, claim.code, claim.occasion);
  if (!mine) return [];
  const natureVi = { comprehensive: 'toàn diện', thematic: 'chuyên đề' } as const;
  return existing
    .filter(
      (a) =>
        !a.revoked &&
        a.year === claim.year &&
        a.deciderId === claim.deciderId &&
        !exempt(a.occasion, a.atMovementReview) &&
        nature(session, a.code, a.occasion) === (mine === 'comprehensive' ? 'thematic' : 'comprehensive'),
    )
    .map((award) => {
      const type = session.engine.types.get(award.code);
      const other = mine === 'comprehensive' ? 'thematic' : 'comprehensive';
      const [noVi, noEn] = decision(award);
      return {
        key: 'cross.comprehensive_and_thematic' as const,
        messageVi: `Năm ${claim.year}, cấp quyết định «${claim.deciderId}» đã khen thưởng ${natureVi[other]} (${type?.nameVi ?? award.code}${noVi}) cho đối tượng này; trong một cấp không vừa khen toàn diện vừa khen chuyên đề trong cùng năm (trừ khen sơ kết, tổng kết phong trào theo đợt, chuyên đề và khen đột xuất)`,
        messageEn: `In ${claim.year}, decider "${claim.deciderId}" already gave a ${other} award (${type?.nameEn ?? award.code}${noEn}); one level does not give both comprehensive and thematic awards in a year (movement reviews and ad-hoc awards excepted)`,
        ...cited(session, unionGuidance),
        conflictsWith: award,
      };
    });
}

export function checkCrossCuttingRules(
  session: Session,
  claim: AwardClaim,
  existing: readonly AwardRecord[],
): CrossRuleViolation[] {
  return [
    ...checkOneAchievementOneAward(session, claim, existing),
    ...checkComprehensiveAndThematic(session, claim, existing),
  ];
}
