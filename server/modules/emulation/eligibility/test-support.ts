// Shared by the emulation tests: the loaded default catalogue and short builders for histories.
import type { Catalogue, EligibilityResult, Rating } from '../../../../shared/contracts/emulation.ts';
import { defaultCatalogue } from '../catalogue/default-catalogue.ts';
import { loadCatalogue } from '../catalogue/validate-catalogue.ts';
import { createEngine, type Engine } from './engine.ts';
import { checkEligibility } from './evaluate.ts';
import type { AchievementRecord, RecipientHistory } from './history.ts';
import { indexRecipient } from './recipient-index.ts';
import { createSession, type EvaluationOptions } from './session.ts';

export const engine = createEngine(loadCatalogue(defaultCatalogue));

type Spec = Omit<RecipientHistory, 'id' | 'kind' | 'ratings' | 'awards' | 'achievements' | 'judgments'> & {
  id?: string;
  kind?: RecipientHistory['kind'];
  ratings?: Record<number, Rating>;
  /** code → years held */
  awards?: Record<string, number[]>;
  achievements?: Array<Partial<AchievementRecord> & { year: number }>;
  /** judgment key → years in which people confirmed it */
  confirmed?: Record<string, number[]>;
  judgments?: RecipientHistory['judgments'];
};

let counter = 0;
/** A person who pledged every year and was recruited long ago, so only what a test sets decides. */
export function person(spec: Spec = {}): RecipientHistory {
  const { ratings, awards, achievements, confirmed, judgments, ...rest } = spec;
  return {
    id: spec.id ?? `p${++counter}`,
    kind: 'individual',
    hiredOn: '2000-01-01',
    pledgeYears: Array.from({ length: 30 }, (_, i) => 2005 + i),
    ...rest,
    ratings: Object.entries(ratings ?? {}).map(([year, rating]) => ({ year: Number(year), rating })),
    awards: Object.entries(awards ?? {}).flatMap(([code, years]) => years.map((year) => ({ code, year }))),
    achievements: (achievements ?? []).map((a, i) => ({
      id: a.id ?? `sk${i + 1}`,
      kind: a.kind ?? 'initiative',
      level: a.level ?? 'grassroots',
      recognisedYear: a.recognisedYear ?? a.year,
      application: a.application ?? 'applied',
      ...(a.kind === 'research' ? { accepted: a.accepted ?? true } : {}),
      ...a,
    })),
    judgments: [
      ...(judgments ?? []),
      ...Object.entries(confirmed ?? {}).flatMap(([key, years]) =>
        years.map((year) => ({ key, year, outcome: 'met' as const })),
      ),
    ],
  };
}

export function collective(spec: Spec = {}): RecipientHistory {
  return { ...person(spec), kind: 'collective', pledgeYears: [], hiredOn: undefined };
}

/** Years from..to inclusive, each rated the same. */
export const rated = (from: number, to: number, rating: Rating): Record<number, Rating> =>
  Object.fromEntries(Array.from({ length: to - from + 1 }, (_, i) => [from + i, rating]));

export function check(
  history: RecipientHistory,
  code: string,
  options: EvaluationOptions,
  on: Engine = engine,
): EligibilityResult {
  return checkEligibility(createSession(on, options), indexRecipient(history), code, { trace: true });
}

export const messages = (result: EligibilityResult) => result.reasons.map((r) => r.messageVi);
export const keys = (result: EligibilityResult) => result.reasons.map((r) => r.key);

/** A copy of the default catalogue with extra award types, for tests of the engine's mechanics. */
export function catalogueWith(extra: Catalogue['awardTypes'], change?: (c: Catalogue) => void): Catalogue {
  const copy = structuredClone(defaultCatalogue);
  copy.awardTypes.push(...extra);
  change?.(copy);
  return copy;
}
