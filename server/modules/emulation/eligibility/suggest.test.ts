// "Suggest candidates" (issue 4 §6): who meets a form's criteria for a year, and that it stays linear.
import { describe, expect, it } from 'vitest';
import type { Rating } from '../../../../shared/contracts/emulation.ts';
import type { RecipientHistory } from './history.ts';
import { indexRecipient } from './recipient-index.ts';
import { createSession } from './session.ts';
import { suggestCandidates } from './suggest.ts';
import { collective, engine, person } from './test-support.ts';

describe('suggestCandidates', () => {
  const people = [
    person({ id: 'ready', ratings: { 2024: 'excellent' }, confirmed: { 'ldtt.spirit': [2024] } }),
    person({ id: 'awaits-unit', ratings: { 2024: 'excellent' } }),
    person({ id: 'no-initiative', ratings: { 2024: 'good' }, confirmed: { 'ldtt.spirit': [2024] } }),
    person({ id: 'trial-only', ratings: { 2024: 'good' }, achievements: [{ year: 2024, application: 'trial' }] }),
    collective({ id: 'a-collective', ratings: { 2024: 'excellent' } }),
  ].map(indexRecipient);

  it("lists the eligible and those waiting only for people's judgment, not data gaps or trial initiatives", () => {
    const suggestion = suggestCandidates(createSession(engine, { year: 2024 }), people, 'CSTDCS');
    expect(suggestion).toMatchObject({ code: 'CSTDCS', year: 2024, criteriaKnown: true, evaluated: 4 });
    expect(suggestion.candidates).toEqual([
      { recipientId: 'ready', verdict: 'eligible', pendingKeys: [] },
      { recipientId: 'awaits-unit', verdict: 'needs_review', pendingKeys: ['judgment.pending'] },
    ]);
  });

  it('explains each suggestion when asked', () => {
    const suggestion = suggestCandidates(createSession(engine, { year: 2024 }), people, 'CSTDCS', { explain: true });
    expect(suggestion.candidates[1]?.result?.pending[0]?.messageVi).toBe(
      'Có tinh thần tự lực, tự cường; đoàn kết, tương trợ; tích cực tham gia phong trào thi đua: chờ đánh giá',
    );
  });

  it('suggests nobody for a form whose criteria the reference does not give, and says why', () => {
    const suggestion = suggestCandidates(createSession(engine, { year: 2024 }), people, 'HCLD1');
    expect(suggestion).toMatchObject({ criteriaKnown: false, evaluated: 0, candidates: [] });
  });
});

/** A deterministic population: five years of ratings, some titles and initiatives, as the national data set has. */
function population(size: number): RecipientHistory[] {
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const levels: Rating[] = ['completed', 'good', 'good', 'good', 'excellent'];
  return Array.from({ length: size }, (_, i) => {
    const ratings = Object.fromEntries(
      [2020, 2021, 2022, 2023, 2024].map((y) => [y, levels[Math.floor(next() * 5)] as Rating]),
    );
    const cstdcs = [2020, 2021, 2022, 2023, 2024].filter(() => next() < 0.15);
    return person({
      id: `m${i}`,
      unitId: `u${i % 500}`,
      ratings,
      awards: { LDTT: [2022, 2023].filter(() => next() < 0.7), CSTDCS: cstdcs },
      achievements: next() < 0.2 ? [{ id: `sk${i}`, year: 2020 + Math.floor(next() * 5) }] : [],
      absences: next() < 0.05 ? [{ year: 2024, days: 45 }] : [],
      confirmed: { 'ldtt.spirit': [2024] },
    });
  });
}

describe('suggestCandidates at scale', () => {
  it('screens 200.000 people for CSTĐCS in a few seconds, with nothing quadratic in the number of people', () => {
    const indexes = population(200_000).map(indexRecipient);
    const session = createSession(engine, { year: 2024 });
    suggestCandidates(session, indexes.slice(0, 5_000), 'CSTDCS');
    const started = performance.now();
    const suggestion = suggestCandidates(session, indexes, 'CSTDCS');
    const elapsed = performance.now() - started;
    expect(suggestion.evaluated).toBe(200_000);
    expect(suggestion.candidates.length).toBeGreaterThan(20_000);
    // About 4 µs a person on this shared 2-core machine; even one nanosecond per pair of people would take 40 s.
    expect(elapsed).toBeLessThan(8_000);
  });
});
