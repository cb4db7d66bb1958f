// Loading a catalogue: its shape (zod), then what zod cannot see — every code, parameter and document a rule
// names exists, parameters have the right type, versions do not overlap, no title's criteria loop back on itself.
import {
  type AwardType,
  type Catalogue,
  type Citation,
  type Clause,
  type ParameterDef,
  type Quota,
  catalogueSchema,
  disciplineLevels,
  ratings,
  studyResults,
} from '../../../../shared/contracts/emulation.ts';
import { AppError } from '../../../errors.ts';

export type CatalogueProblem = { path: string; message: string; messageEn: string };
type ParamUse = 'number' | 'boolean' | 'codes' | 'rating' | 'discipline_level' | 'study_result';

const acceptedTypes: Record<ParamUse, ParameterDef['type'][]> = {
  number: ['number', 'share'],
  boolean: ['boolean'],
  codes: ['codes'],
  rating: ['rating'],
  discipline_level: ['discipline_level'],
  study_result: ['study_result'],
};

/** Throws one AppError listing every problem, or returns the parsed catalogue. */
export function loadCatalogue(input: unknown): Catalogue {
  const parsed = catalogueSchema.safeParse(input);
  if (!parsed.success) {
    throw invalid(
      parsed.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: `Sai cấu trúc: ${issue.message}`,
        messageEn: issue.message,
      })),
    );
  }
  const problems = validateCatalogue(parsed.data);
  if (problems.length > 0) throw invalid(problems);
  return parsed.data;
}

function invalid(problems: CatalogueProblem[]): AppError {
  const first = problems[0] as CatalogueProblem;
  const more = problems.length > 1 ? ` (và ${problems.length - 1} lỗi khác)` : '';
  const moreEn = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return new AppError(
    400,
    'emulation.catalogue_invalid',
    `Danh mục thi đua, khen thưởng không hợp lệ: ${first.message}${more}`,
    `The emulation catalogue is invalid: ${first.messageEn}${moreEn}`,
    problems.map((p) => ({ field: p.path, message: p.message, messageEn: p.messageEn })),
  );
}

export function validateCatalogue(catalogue: Catalogue): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const add = (path: string, message: string, messageEn: string) => problems.push({ path, message, messageEn });
  const codes = new Set(catalogue.awardTypes.map((t) => t.code));
  const docs = new Set(catalogue.documents.map((d) => d.key));
  const params = new Map(catalogue.parameters.map((p) => [p.key, p]));

  duplicates(
    catalogue.awardTypes.map((t) => t.code),
    'awardTypes',
    'danh hiệu, hình thức',
    add,
  );
  duplicates(
    catalogue.documents.map((d) => d.key),
    'documents',
    'văn bản',
    add,
  );
  duplicates(
    catalogue.parameters.map((p) => p.key),
    'parameters',
    'tham số',
    add,
  );
  duplicates(
    catalogue.awardTypes.flatMap((t) => t.ruleSets.map((r) => r.id)),
    'ruleSets',
    'phiên bản quy định',
    add,
  );

  const checkCode = (path: string, code: string, owner: string) => {
    if (!codes.has(code)) {
      add(
        path,
        `Quy định «${owner}» tham chiếu danh hiệu, hình thức «${code}» không có trong danh mục`,
        `"${owner}" refers to award type "${code}", which is not in the catalogue`,
      );
    }
  };
  const checkCite = (path: string, cite: Citation | undefined) => {
    if (cite && !docs.has(cite.doc)) {
      add(path, `Trích dẫn văn bản «${cite.doc}» không có trong danh mục văn bản`, `Unknown document "${cite.doc}"`);
    }
  };
  const checkParam = (path: string, value: unknown, use: ParamUse) => {
    if (typeof value !== 'object' || value === null || !('param' in value)) return;
    const key = String(value.param);
    const def = params.get(key);
    if (!def) add(path, `Tham số «${key}» không có trong danh mục`, `Unknown parameter "${key}"`);
    else if (!acceptedTypes[use].includes(def.type)) {
      add(
        path,
        `Tham số «${key}» có kiểu ${def.type}, cần kiểu ${use}`,
        `Parameter "${key}" is ${def.type}, not ${use}`,
      );
    }
  };
  const checkCodes = (path: string, value: unknown, owner: string) => {
    if (Array.isArray(value)) value.forEach((c, i) => checkCode(`${path}[${i}]`, String(c), owner));
    else checkParam(path, value, 'codes');
  };

  catalogue.parameters.forEach((p, i) => {
    checkCite(`parameters[${i}].cite`, p.cite);
    const problem = defaultProblem(p, codes);
    if (problem) add(`parameters[${i}].default`, problem[0], problem[1]);
  });

  catalogue.awardTypes.forEach((type, t) => {
    const base = `awardTypes[${t}]`;
    type.countsAs.forEach((link, i) => {
      checkCode(`${base}.countsAs[${i}].code`, link.code, type.code);
      if (link.code === type.code)
        add(`${base}.countsAs[${i}]`, `«${type.code}» tự tính là chính nó`, 'Counts as itself');
      checkParam(`${base}.countsAs[${i}].when`, link.when, 'boolean');
    });
    checkCite(`${base}.frequencyCite`, type.frequencyCite);
    type.rewardMultipliers.forEach((r, i) => checkCite(`${base}.rewardMultipliers[${i}].cite`, r.cite));
    if (type.councilVote) checkParam(`${base}.councilVote.minShare`, type.councilVote.minShare, 'number');
    type.ruleSets.forEach((rs, r) => {
      const path = `${base}.ruleSets[${r}]`;
      if (!type.recipientKinds.includes(rs.recipientKind)) {
        add(
          path,
          `«${rs.id}» dành cho ${rs.recipientKind}, không thuộc đối tượng của ${type.code}`,
          `Wrong recipient kind`,
        );
      }
      if (rs.validFrom && rs.validTo && rs.validFrom > rs.validTo) {
        add(path, `«${rs.id}»: ngày bắt đầu hiệu lực sau ngày hết hiệu lực`, `"${rs.id}" starts after it ends`);
      }
      rs.basis.forEach((c, i) => checkCite(`${path}.basis[${i}]`, c));
      if (rs.criteria) walk(rs.criteria, `${path}.criteria`, (clause, p) => checkClause(clause, p, rs.id));
      rs.quotas.forEach((q, i) => checkQuota(q, `${path}.quotas[${i}]`, rs.id));
    });
    overlapping(type).forEach(([a, b]) =>
      add(base, `Hai phiên bản «${a}» và «${b}» có hiệu lực chồng nhau`, `Rule sets "${a}" and "${b}" overlap`),
    );
  });

  function checkClause(clause: Clause, path: string, owner: string) {
    checkCite(`${path}.cite`, clause.cite);
    checkParam(`${path}.when`, clause.when, 'boolean');
    for (const [field, value] of Object.entries(clause)) {
      if (
        [
          'years',
          'length',
          'maxGapYears',
          'min',
          'minCount',
          'minTotalValueVnd',
          'limitDays',
          'minMonths',
          'minMonthsAfterReorganisation',
          'minYears',
          'minYearsFemale',
          'value',
          'maxRank',
        ].includes(field)
      ) {
        checkParam(`${path}.${field}`, value, 'number');
      }
    }
    switch (clause.kind) {
      case 'rating':
        checkParam(`${path}.atLeast`, clause.atLeast, 'rating');
        break;
      case 'award_streak':
      case 'award_count':
      case 'not_awarded':
        checkCodes(`${path}.codes`, clause.codes, owner);
        break;
      case 'since_award':
        checkCodes(`${path}.after`, clause.after, owner);
        clause.counts.forEach((c, i) => {
          checkParam(`${path}.counts[${i}].min`, c.min, 'number');
          if (c.of === 'award') checkCodes(`${path}.counts[${i}].codes`, c.codes, owner);
        });
        break;
      case 'no_discipline':
        checkParam(`${path}.minLevel`, clause.minLevel, 'discipline_level');
        break;
      case 'training':
        checkParam(`${path}.minResult`, clause.minResult, 'study_result');
        break;
      case 'member_stat':
        if ('award' in clause.subject) {
          // Member figures are counted per code, so the subject names exactly one.
          if (!Array.isArray(clause.subject.award) || clause.subject.award.length !== 1) {
            add(`${path}.subject.award`, 'Chỉ tiêu thành viên phải nêu đúng một danh hiệu', 'Exactly one code');
          } else checkCodes(`${path}.subject.award`, clause.subject.award, owner);
        }
        if ('disciplineAtLeast' in clause.subject) {
          checkParam(`${path}.subject.disciplineAtLeast`, clause.subject.disciplineAtLeast, 'discipline_level');
        }
        break;
      case 'title_criteria':
        checkCode(`${path}.code`, clause.code, owner);
        break;
      default:
        break;
    }
  }

  function checkQuota(quota: Quota, path: string, owner: string) {
    checkCite(`${path}.cite`, quota.cite);
    checkParam(`${path}.when`, quota.when, 'boolean');
    if (quota.kind === 'share_of') {
      checkCodes(`${path}.ofCodes`, quota.ofCodes, owner);
      checkParam(`${path}.max`, quota.max, 'number');
    } else if (quota.kind === 'max_count') checkParam(`${path}.max`, quota.max, 'number');
    else {
      checkParam(`${path}.min`, quota.min, 'number');
      checkParam(`${path}.max`, quota.max, 'number');
    }
  }

  for (const cycle of criteriaCycles(catalogue.awardTypes)) {
    add('awardTypes', `Tiêu chuẩn lặp vòng: ${cycle.join(' → ')}`, `Criteria loop: ${cycle.join(' -> ')}`);
  }
  return problems;
}

function walk(clause: Clause, path: string, visit: (clause: Clause, path: string) => void) {
  visit(clause, path);
  if (clause.kind === 'all' || clause.kind === 'any') {
    clause.children.forEach((child, i) => walk(child, `${path}.children[${i}]`, visit));
  }
}

function duplicates(
  keys: string[],
  path: string,
  what: string,
  add: (path: string, message: string, messageEn: string) => void,
) {
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) add(path, `Mã ${what} «${key}» bị trùng`, `Duplicate key "${key}"`);
    seen.add(key);
  }
}

function defaultProblem(p: ParameterDef, codes: ReadonlySet<string>): [string, string] | null {
  return parameterValueProblem(p, p.default, codes) === null
    ? null
    : [`Giá trị mặc định của «${p.key}» không đúng kiểu ${p.type}`, `Default of "${p.key}" is not a ${p.type}`];
}

/** null when the value fits the parameter's type (null always fits: it means "not set"), else the type expected. */
export function parameterValueProblem(p: ParameterDef, value: unknown, codes: ReadonlySet<string>): string | null {
  if (value === null) return null;
  const isOneOf = (list: readonly string[]) => typeof value === 'string' && list.includes(value);
  switch (p.type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : p.type;
    case 'share':
      return typeof value === 'number' && value >= 0 && value <= 1 ? null : p.type;
    case 'boolean':
      return typeof value === 'boolean' ? null : p.type;
    case 'rating':
      return isOneOf(ratings) ? null : p.type;
    case 'discipline_level':
      return isOneOf(disciplineLevels) ? null : p.type;
    case 'study_result':
      return isOneOf(studyResults) ? null : p.type;
    case 'codes':
      return Array.isArray(value) && value.length > 0 && value.every((c) => typeof c === 'string' && codes.has(c))
        ? null
        : p.type;
  }
}

/** Versions of the same award, recipient kind and body must not be in force on the same day. */
function overlapping(type: AwardType): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  type.ruleSets.forEach((a, i) =>
    type.ruleSets.slice(i + 1).forEach((b) => {
      if (a.recipientKind !== b.recipientKind || a.appliesTo !== b.appliesTo) return;
      const startsBeforeBEnds = a.validFrom === null || b.validTo === null || a.validFrom <= b.validTo;
      const bStartsBeforeAEnds = b.validFrom === null || a.validTo === null || b.validFrom <= a.validTo;
      if (startsBeforeBEnds && bStartsBeforeAEnds) pairs.push([a.id, b.id]);
    }),
  );
  return pairs;
}

/** title_criteria edges between award types; a loop would make an evaluation never end. */
function criteriaCycles(types: AwardType[]): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const type of types) {
    const targets = new Set<string>();
    for (const rs of type.ruleSets) {
      if (rs.criteria) walk(rs.criteria, '', (c) => (c.kind === 'title_criteria' ? targets.add(c.code) : undefined));
    }
    edges.set(type.code, targets);
  }
  const cycles: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (code: string, trail: string[]) => {
    if (state.get(code) === 'done') return;
    if (state.get(code) === 'visiting') {
      cycles.push([...trail.slice(trail.indexOf(code)), code]);
      return;
    }
    state.set(code, 'visiting');
    for (const next of edges.get(code) ?? []) visit(next, [...trail, code]);
    state.set(code, 'done');
  };
  for (const code of edges.keys()) visit(code, []);
  return cycles;
}
