// One evaluation setting: the year, the proposal date that picks the rule versions, the issuing bodies whose
// parameters and own rules apply, and caches that make a run over a million people cheap.
import type {
  AwardType,
  CodesOrParam,
  NumberOrParam,
  ParamRef,
  ParameterDef,
  ParameterValue,
  RecipientKind,
  RuleSet,
} from '../../../../shared/contracts/emulation.ts';
import { AppError } from '../../../errors.ts';
import { parameterValueProblem } from '../catalogue/validate-catalogue.ts';
import { type Engine, selectRuleSet } from './engine.ts';

export type EvaluationOptions = {
  year: number;
  /** Picks the rules in force; defaults to 31/12 of the year (a 2021 proposal is judged by the rules of 2021). */
  proposalDate?: string;
  /** Issuing bodies, most specific first (e.g. ['unit:CDYT-HN', 'union']). */
  bodies?: string[];
  /** Parameter values set by each body. */
  parameterOverrides?: Record<string, Record<string, ParameterValue>>;
};

export type Session = {
  engine: Engine;
  year: number;
  date: string;
  bodies: readonly string[];
  params: ReadonlyMap<string, ParameterValue>;
  /** The codes plus every code that counts as one of them under this session's parameters. */
  expand(codes: readonly string[]): ReadonlySet<string>;
  expandOne(code: string): ReadonlySet<string>;
  codes(value: CodesOrParam): string[] | null;
  number(value: NumberOrParam): number | null;
  value(ref: ParamRef): ParameterValue;
  ruleSet(type: AwardType, kind: RecipientKind): RuleSet | null;
};

export function createSession(engine: Engine, options: EvaluationOptions): Session {
  const bodies = options.bodies ?? [];
  const date = options.proposalDate ?? `${options.year}-12-31`;
  const params = resolveParameters(engine, bodies, options.parameterOverrides ?? {});
  const expandCache = new Map<string, ReadonlySet<string>>();
  const ruleSetCache = new Map<AwardType, Partial<Record<RecipientKind, RuleSet | null>>>();
  const oneCache = new Map<string, ReadonlySet<string>>();

  function expand(codes: readonly string[]): ReadonlySet<string> {
    const cacheKey = codes.join(',');
    const cached = expandCache.get(cacheKey);
    if (cached) return cached;
    const result = new Set<string>();
    const queue = [...codes];
    while (queue.length > 0) {
      const code = queue.pop() as string;
      if (result.has(code)) continue;
      result.add(code);
      for (const link of engine.countedAs.get(code) ?? []) {
        if (!link.when || params.get(link.when.param) === true) queue.push(link.code);
      }
    }
    expandCache.set(cacheKey, result);
    return result;
  }

  return {
    engine,
    year: options.year,
    date,
    bodies,
    params,
    expand,
    codes: (value) => (Array.isArray(value) ? value : ((params.get(value.param) as string[] | null) ?? null)),
    number: (value) => (typeof value === 'number' ? value : ((params.get(value.param) as number | null) ?? null)),
    value: (ref) => params.get(ref.param) ?? null,
    expandOne(code) {
      let set = oneCache.get(code);
      if (!set) oneCache.set(code, (set = expand([code])));
      return set;
    },
    ruleSet(type, kind) {
      let byKind = ruleSetCache.get(type);
      if (!byKind) ruleSetCache.set(type, (byKind = {}));
      let found = byKind[kind];
      if (found === undefined) byKind[kind] = found = selectRuleSet(type, kind, date, bodies);
      return found;
    },
  };
}

/** Defaults, then each body's values from the least to the most specific; an unknown key is refused. */
function resolveParameters(
  engine: Engine,
  bodies: readonly string[],
  overrides: Record<string, Record<string, ParameterValue>>,
): Map<string, ParameterValue> {
  const params = new Map<string, ParameterValue>([...engine.parameters].map(([key, def]) => [key, def.default]));
  const codes = new Set(engine.types.keys());
  for (const body of [...bodies].reverse()) {
    for (const [key, value] of Object.entries(overrides[body] ?? {})) {
      if (!engine.parameters.has(key)) {
        throw new AppError(
          400,
          'emulation.parameter_unknown',
          `Tham số «${key}» của «${body}» không có trong danh mục.`,
          `Parameter "${key}" set by "${body}" is not in the catalogue.`,
          [{ field: key, message: 'Tham số không tồn tại', messageEn: 'Unknown parameter' }],
        );
      }
      const def = engine.parameters.get(key) as ParameterDef;
      if (parameterValueProblem(def, value, codes) !== null) {
        throw new AppError(
          400,
          'emulation.parameter_invalid',
          `Giá trị tham số «${key}» của «${body}» không đúng kiểu ${def.type}.`,
          `Parameter "${key}" set by "${body}" is not a valid ${def.type}.`,
          [{ field: key, message: `Cần kiểu ${def.type}`, messageEn: `Expected ${def.type}` }],
        );
      }
      params.set(key, value);
    }
  }
  return params;
}
