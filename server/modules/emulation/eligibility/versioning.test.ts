// Which rules apply: the version in force on the proposal date (§1 advice 1), the issuing body's own version and
// parameters (§1 advice 2), and clear errors for names the catalogue does not know.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../errors.ts';
import { createSession } from './session.ts';
import { check, engine, person } from './test-support.ts';

describe('rule versions by date', () => {
  const someone = person({ ratings: { 2021: 'excellent', 2023: 'excellent', 2024: 'excellent' } });

  it.each([
    [2019, undefined, 'CSTDCS.individual.old'],
    [2023, undefined, 'CSTDCS.individual.old'],
    [2023, '2024-01-10', 'CSTDCS.individual.2024'],
    [2024, undefined, 'CSTDCS.individual.2024'],
    [2026, undefined, 'CSTDCS.individual.2024'],
  ])('a proposal for %s made on %s is judged by %s (Luật 2022 from 01/01/2024)', (year, proposalDate, id) => {
    const options = proposalDate ? { year, proposalDate } : { year };
    expect(check(someone, 'CSTDCS', options).ruleSetId).toBe(id);
  });

  it.each([
    ['2025-06-30', 'HCLD3.individual.nd98'],
    ['2025-07-01', 'HCLD3.individual.nd152'],
  ])('NĐ 98/2023 until 30/6/2025, NĐ 152/2025 from 1/7/2025: proposed on %s → %s', (proposalDate, id) => {
    expect(check(someone, 'HCLD3', { year: 2025, proposalDate }).ruleSetId).toBe(id);
  });

  it.each([
    [2024, '2024-05-28', 'CSTD_TLD.individual.1689'],
    [2024, '2024-05-29', 'CSTD_TLD.individual.999'],
  ])('TLĐ Quy chế 1689 until 28/05/2024, 999 from 29/05/2024: %s on %s → %s', (year, proposalDate, id) => {
    expect(check(someone, 'CSTD_TLD', { year, proposalDate }).ruleSetId).toBe(id);
  });

  it('no version in force: the answer waits for people and says so', () => {
    const result = check(someone, 'CSTD_TLD', { year: 2018 });
    expect(result.verdict).toBe('needs_review');
    expect(result.reasons[0]).toMatchObject({
      key: 'rule_set.none_in_force',
      cause: 'no_rule_set',
      messageVi:
        'Không có quy định về Chiến sĩ thi đua Tổng Liên đoàn Lao động Việt Nam cho cá nhân có hiệu lực ngày 31/12/2018',
    });
  });
});

describe('issuing bodies', () => {
  it("the most specific body's parameter wins over the wider one, which wins over the default", () => {
    const overrides = { union: { 'precond.max_days_absent': 30 }, 'unit:BVBM': { 'precond.max_days_absent': 50 } };
    expect(createSession(engine, { year: 2024 }).params.get('precond.max_days_absent')).toBe(40);
    expect(
      createSession(engine, { year: 2024, bodies: ['union'], parameterOverrides: overrides }).params.get(
        'precond.max_days_absent',
      ),
    ).toBe(30);
    const both = createSession(engine, { year: 2024, bodies: ['unit:BVBM', 'union'], parameterOverrides: overrides });
    expect(both.params.get('precond.max_days_absent')).toBe(50);
  });

  it('refuses a parameter the catalogue does not define', () => {
    const attempt = () =>
      createSession(engine, { year: 2024, bodies: ['x'], parameterOverrides: { x: { 'precond.max_days_off': 30 } } });
    expect(attempt).toThrow(AppError);
    expect(attempt).toThrow('Parameter "precond.max_days_off" set by "x" is not in the catalogue.');
  });

  it('refuses a parameter value of the wrong type (a share above 1, a code that does not exist)', () => {
    const share = () =>
      createSession(engine, {
        year: 2024,
        bodies: ['x'],
        parameterOverrides: { x: { 'cstdcs.max_share_of_ldtt': 15 } },
      });
    expect(share).toThrow('Parameter "cstdcs.max_share_of_ldtt" set by "x" is not a valid share.');
    const codes = () =>
      createSession(engine, {
        year: 2024,
        bodies: ['x'],
        parameterOverrides: { x: { 'hcld3.window_title_codes': ['CSTD_MOON'] } },
      });
    expect(codes).toThrow(AppError);
  });

  it('refuses a title or form the catalogue does not have', () => {
    try {
      check(person({}), 'CSTD_MOON', { year: 2024 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('emulation.award_type_not_found');
      expect((error as AppError).messageVi).toBe(
        'Không có danh hiệu, hình thức khen thưởng «CSTD_MOON» trong danh mục.',
      );
    }
  });
});
