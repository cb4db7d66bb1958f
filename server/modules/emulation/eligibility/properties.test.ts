// Properties that must hold for any history: more of what a rule asks for never hurts, the screening and the
// explained answer agree, suggestions are exactly the eligible, and a quota's limit is the share rounded down.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Rating, ratings } from '../../../../shared/contracts/emulation.ts';
import { awardType, ruleSet } from '../catalogue/award-type.ts';
import { luat, rating, streak } from '../catalogue/clauses.ts';
import { loadCatalogue } from '../catalogue/validate-catalogue.ts';
import { createEngine } from './engine.ts';
import { checkEligibility, evaluateTree, verdictOf } from './evaluate.ts';
import type { RecipientHistory } from './history.ts';
import { checkQuotas } from './quotas.ts';
import { indexRecipient } from './recipient-index.ts';
import { createSession } from './session.ts';
import { suggestCandidates } from './suggest.ts';
import { catalogueWith, engine, person } from './test-support.ts';

const YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
const testTitle = (code: string, criteria: Parameters<typeof ruleSet>[0]['criteria']) =>
  awardType({
    code,
    category: 'emulation_title',
    form: 'title',
    system: 'state',
    nameVi: code,
    nameEn: code,
    level: 'grassroots',
    conferrers: [{ kind: 'authority', authority: 'unit_head', status: 'law_2022' }],
    recipientKinds: ['individual'],
    occasions: ['regular'],
    status: 'law_2022',
    ruleSets: [
      ruleSet({
        id: code,
        period: { validFrom: null, validTo: null },
        status: 'law_2022',
        basis: [luat('22')],
        criteria,
      }),
    ],
  });
const rules = createEngine(
  loadCatalogue(
    catalogueWith([
      testTitle('T_STREAK', streak(['CSTDCS'], 3)),
      testTitle('T_CYCLE', streak(['CSTD_BO'], 2, { toOffset: null, maxGapYears: 3 })),
      testTitle('T_RATINGS', rating('good', { years: 3 })),
    ]),
  ),
);
const verdict = (history: RecipientHistory, code: string, year = 2024, on = rules) =>
  checkEligibility(createSession(on, { year }), indexRecipient(history), code).verdict;

const yearSet = fc.uniqueArray(fc.constantFrom(...YEARS), { maxLength: YEARS.length });
const ratingArb = fc.constantFrom<Rating>(...ratings);
const historyArb = fc
  .record({
    ratings: fc.dictionary(fc.constantFrom(...YEARS.map(String)), ratingArb),
    cstdcs: yearSet,
    ldtt: yearSet,
    bk: yearSet,
    cstdBo: yearSet,
    initiatives: fc.array(
      fc.record({
        year: fc.constantFrom(...YEARS),
        level: fc.constantFrom('grassroots', 'ministry_province', 'national' as const),
        application: fc.constantFrom('applied', 'trial', 'none' as const),
        kind: fc.constantFrom('initiative', 'research' as const),
      }),
      { maxLength: 4 },
    ),
    absent: fc.integer({ min: 0, max: 60 }),
    spirit: yearSet,
    outstanding: yearSet,
  })
  .map(({ ratings: r, cstdcs, ldtt, bk, cstdBo, initiatives, absent, spirit, outstanding }) =>
    person({
      ratings: Object.fromEntries(Object.entries(r).map(([y, v]) => [Number(y), v])),
      awards: { CSTDCS: cstdcs, LDTT: ldtt, BK_BYT: bk, CSTD_BO: cstdBo },
      achievements: initiatives,
      absences: [{ year: 2024, days: absent }],
      confirmed: { 'ldtt.spirit': spirit, 'cstd_bo.outstanding': outstanding },
    }),
  );
/** Histories near the Bằng khen / Huân chương chains, so those rules are eligible often enough to test. */
const chainArb = fc
  .record({
    ratings: fc.array(fc.constantFrom<Rating>('good', 'good', 'good', 'excellent', 'excellent', 'completed'), {
      minLength: 7,
      maxLength: 7,
    }),
    cstdcs: fc.uniqueArray(fc.constantFrom(2018, 2019, 2020, 2021, 2022, 2023, 2024), { minLength: 2 }),
    cstdBo: fc.uniqueArray(fc.constantFrom(2020, 2021, 2022, 2023, 2024), { maxLength: 2 }),
  })
  .map(({ ratings: r, cstdcs, cstdBo }) =>
    person({
      ratings: Object.fromEntries(r.map((rating, i) => [2018 + i, rating])),
      awards: { BK_BYT: [2016], BK_TTG: [2017], HCLD3: [2018], CSTDCS: cstdcs, CSTD_BO: cstdBo, LDTT: [2024] },
    }),
  );
const withAward = (h: RecipientHistory, code: string, year: number): RecipientHistory => ({
  ...h,
  awards: [...(h.awards ?? []), { code, year }],
});

describe('monotonicity', () => {
  it('adding a qualifying year never makes someone ineligible for a consecutive-years rule', () => {
    fc.assert(
      fc.property(yearSet, fc.constantFrom(...YEARS), (years, extra) => {
        const before = person({ awards: { CSTDCS: years } });
        if (verdict(before, 'T_STREAK') !== 'eligible') return;
        expect(verdict(withAward(before, 'CSTDCS', extra), 'T_STREAK')).toBe('eligible');
      }),
    );
  });

  it('the same for streaks counted in cycles (consecutive ministry-level titles)', () => {
    fc.assert(
      fc.property(yearSet, fc.constantFrom(...YEARS), (years, extra) => {
        const before = person({ awards: { CSTD_BO: years } });
        if (verdict(before, 'T_CYCLE') !== 'eligible') return;
        expect(verdict(withAward(before, 'CSTD_BO', extra), 'T_CYCLE')).toBe('eligible');
      }),
    );
  });

  it('a better rating in any year never turns eligible into ineligible (LĐTT, CSTĐCS, BK Bộ, BK TTg, HCLĐ III, a rating streak)', () => {
    fc.assert(
      fc.property(fc.oneof(historyArb, chainArb), fc.constantFrom(...YEARS), (history, year) => {
        const better: RecipientHistory = {
          ...history,
          ratings: [...(history.ratings ?? []).filter((r) => r.year !== year), { year, rating: 'excellent' }],
        };
        for (const code of ['LDTT', 'CSTDCS', 'BK_BO', 'BK_TTG', 'HCLD3', 'HCLD2', 'T_RATINGS']) {
          if (verdict(history, code) === 'eligible') expect(verdict(better, code), code).toBe('eligible');
        }
      }),
      { numRuns: 150 },
    );
  });

  it('one more applied initiative never turns eligible into ineligible', () => {
    fc.assert(
      fc.property(historyArb, fc.constantFrom(...YEARS), (history, year) => {
        const more: RecipientHistory = {
          ...history,
          achievements: [
            ...(history.achievements ?? []),
            { id: 'extra', kind: 'initiative', level: 'national', recognisedYear: year, application: 'applied' },
          ],
        };
        for (const code of ['CSTDCS', 'BK_BO', 'CSTD_BO', 'CSTD_TQ']) {
          if (verdict(history, code, 2024, engine) === 'eligible')
            expect(verdict(more, code, 2024, engine), code).toBe('eligible');
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('consistency', () => {
  it('screening (no messages) and the explained answer give the same verdict', () => {
    fc.assert(
      fc.property(
        fc.oneof(historyArb, chainArb),
        fc.constantFrom('LDTT', 'CSTDCS', 'CSTD_BO', 'CSTD_TQ', 'BK_BO', 'BK_TTG', 'HCLD3', 'HCLD2'),
        (history, code) => {
          const session = createSession(engine, { year: 2024 });
          const index = indexRecipient(history);
          expect(verdictOf(evaluateTree(session, index, code, false).root)).toBe(
            checkEligibility(session, index, code).verdict,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("suggestions are exactly those eligible, or waiting only on people's judgment", () => {
    fc.assert(
      fc.property(fc.array(historyArb, { minLength: 1, maxLength: 25 }), (histories) => {
        const session = createSession(engine, { year: 2024 });
        const indexes = histories.map(indexRecipient);
        const suggested = suggestCandidates(session, indexes, 'CSTDCS').candidates.map((c) => c.recipientId);
        const expected = indexes
          .map((idx) => checkEligibility(session, idx, 'CSTDCS'))
          .filter(
            (r) =>
              r.verdict === 'eligible' ||
              (r.verdict === 'needs_review' && r.reasons.every((reason) => reason.cause === 'judgment')),
          )
          .map((r) => r.recipientId);
        expect(suggested).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('a share quota allows exactly floor(share × holders), per unit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (holders, proposed, share) => {
          const session = createSession(engine, {
            year: 2024,
            bodies: ['b'],
            parameterOverrides: { b: { 'cstdcs.max_share_of_ldtt': share } },
          });
          fc.pre(holders + proposed > 0);
          const entries = Array.from({ length: Math.max(holders, proposed) }, (_, i) => ({
            index: indexRecipient(person({ unitId: 'U', awards: { LDTT: i < holders ? [2024] : [] } })),
            proposed: i < proposed ? ['CSTDCS'] : [],
          }));
          const [quota] = checkQuotas(session, 'CSTDCS', entries);
          expect(quota?.limit).toBe(Math.floor(share * holders + 1e-9));
          expect(quota?.ok).toBe(proposed <= (quota?.limit ?? -1));
        },
      ),
    );
  });
});
