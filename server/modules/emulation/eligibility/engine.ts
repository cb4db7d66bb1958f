// The loaded catalogue as lookups: award types by code, documents, parameter definitions, and which specific
// awards count as a generic one (BK_BYT → BK_BO). Built once per catalogue; evaluations share it.
import type {
  AwardType,
  Catalogue,
  LegalDocument,
  ParamRef,
  ParameterDef,
  RecipientKind,
  RuleSet,
} from '../../../../shared/contracts/emulation.ts';
import { AppError } from '../../../errors.ts';

export type Engine = {
  catalogue: Catalogue;
  types: ReadonlyMap<string, AwardType>;
  documents: ReadonlyMap<string, LegalDocument>;
  parameters: ReadonlyMap<string, ParameterDef>;
  /** Generic code → the codes that count as it, each maybe behind a boolean parameter. */
  countedAs: ReadonlyMap<string, ReadonlyArray<{ code: string; when?: ParamRef }>>;
  awardType(code: string): AwardType;
};

export function createEngine(catalogue: Catalogue): Engine {
  const types = new Map(catalogue.awardTypes.map((t) => [t.code, t]));
  const countedAs = new Map<string, Array<{ code: string; when?: ParamRef }>>();
  for (const type of catalogue.awardTypes) {
    for (const target of type.countsAs) {
      const list = countedAs.get(target.code) ?? [];
      list.push(target.when ? { code: type.code, when: target.when } : { code: type.code });
      countedAs.set(target.code, list);
    }
  }
  return {
    catalogue,
    types,
    documents: new Map(catalogue.documents.map((d) => [d.key, d])),
    parameters: new Map(catalogue.parameters.map((p) => [p.key, p])),
    countedAs,
    awardType(code) {
      const type = types.get(code);
      if (!type) {
        throw new AppError(
          404,
          'emulation.award_type_not_found',
          `Không có danh hiệu, hình thức khen thưởng «${code}» trong danh mục.`,
          `No emulation title or commendation form "${code}" in the catalogue.`,
        );
      }
      return type;
    },
  };
}

/** The version in force on a date: a body's own version first (most specific body first), else the general one. */
export function selectRuleSet(
  type: AwardType,
  kind: RecipientKind,
  date: string,
  bodies: readonly string[],
): RuleSet | null {
  const inForce = type.ruleSets.filter(
    (rs) =>
      rs.recipientKind === kind &&
      (rs.validFrom === null || rs.validFrom <= date) &&
      (rs.validTo === null || date <= rs.validTo),
  );
  for (const body of bodies) {
    const own = inForce.find((rs) => rs.appliesTo === body);
    if (own) return own;
  }
  return inForce.find((rs) => rs.appliesTo === undefined) ?? null;
}
