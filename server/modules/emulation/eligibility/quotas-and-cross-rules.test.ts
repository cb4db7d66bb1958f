// Quotas per unit, theme and proposing unit (§2.2, §3.3), and the two cross-cutting rules (§1 advice 3, §3.3).
import { describe, expect, it } from 'vitest';
import type { AwardRecord } from './history.ts';
import { checkComprehensiveAndThematic, checkCrossCuttingRules, checkOneAchievementOneAward } from './cross-rules.ts';
import { type QuotaEntry, checkQuotas } from './quotas.ts';
import { indexRecipient } from './recipient-index.ts';
import { createSession } from './session.ts';
import { engine, person } from './test-support.ts';

/** A unit's round: `ldtt` people holding LĐTT for the year, the first `proposed` of them proposed for CSTĐCS. */
function unitRound(unitId: string, year: number, ldtt: number, proposed: number): QuotaEntry[] {
  return Array.from({ length: ldtt }, (_, i) => ({
    index: indexRecipient(person({ id: `${unitId}-${i}`, unitId, awards: { LDTT: [year] } })),
    proposed: i < proposed ? ['CSTDCS'] : [],
  }));
}

describe('quota: CSTĐCS ≤ 15% of individuals holding LĐTT, per unit (NĐ 91/2017 Điều 9.3) [OLD]', () => {
  it('2021: 4 of 20 exceeds (15% of 20 is 3), 3 of 20 is within; each unit on its own', () => {
    const session = createSession(engine, { year: 2021 });
    const checks = checkQuotas(session, 'CSTDCS', [...unitRound('U1', 2021, 20, 4), ...unitRound('U2', 2021, 20, 3)]);
    expect(checks.map((c) => [c.group, c.ok, c.count, c.limit])).toEqual([
      ['U1', false, 4, 3],
      ['U2', true, 3, 3],
    ]);
    expect(checks[0]?.messageVi).toBe(
      'Đơn vị U1: 4 Chiến sĩ thi đua cơ sở trên 20 Lao động tiên tiến; tối đa 15% là 3 — vượt 1',
    );
    expect(checks[0]?.citationVi).toBe('khoản 3 Điều 9 Nghị định số 91/2017/NĐ-CP');
  });

  it('an earlier batch of the same year counts against the quota too', () => {
    const session = createSession(engine, { year: 2021 });
    const round = unitRound('U1', 2021, 20, 3);
    const earlier = indexRecipient(person({ unitId: 'U1', awards: { LDTT: [2021], CSTDCS: [2021] } }));
    const checks = checkQuotas(session, 'CSTDCS', [...round, { index: earlier, proposed: [] }]);
    expect(checks[0]).toMatchObject({ ok: false, count: 4, limit: 3 });
  });

  it('from 2024 no source sets the share [UNCONFIRMED]: no check unless the issuing body configures one', () => {
    expect(checkQuotas(createSession(engine, { year: 2024 }), 'CSTDCS', unitRound('U1', 2024, 20, 10))).toEqual([]);
    const configured = createSession(engine, {
      year: 2024,
      bodies: ['syt'],
      parameterOverrides: { syt: { 'cstdcs.max_share_of_ldtt': 0.2 } },
    });
    expect(checkQuotas(configured, 'CSTDCS', unitRound('U1', 2024, 20, 5))[0]).toMatchObject({ ok: false, limit: 4 });
  });
});

describe('quotas of the union (§3.3)', () => {
  const proposal = (i: number, more: Partial<QuotaEntry> = {}): QuotaEntry => ({
    index: indexRecipient(person({ id: `c${i}` })),
    proposed: ['BK_CHUYEN_DE_TLD'],
    ...more,
  });

  it('Bằng khen chuyên đề (QĐ 1689 Điều 15): at most 04 proposals per provincial federation or sector union', () => {
    const session = createSession(engine, { year: 2023 });
    const entries = Array.from({ length: 5 }, (_, i) =>
      proposal(i, { proposingUnitId: 'LDLD-HN', theme: 'Văn hóa, Thể thao' }),
    );
    const perUnit = checkQuotas(session, 'BK_CHUYEN_DE_TLD', entries).find((c) => c.group === 'LDLD-HN');
    expect(perUnit).toMatchObject({
      ok: false,
      count: 5,
      limit: 4,
      messageVi:
        'Đơn vị đề nghị «LDLD-HN»: 5 Bằng khen chuyên đề của Tổng Liên đoàn Lao động Việt Nam; tối đa 4 — vượt 1',
    });
  });

  it('Bằng khen chuyên đề: at most 300 per theme per year', () => {
    const session = createSession(engine, { year: 2023 });
    const entries = Array.from({ length: 301 }, (_, i) =>
      proposal(i, { proposingUnitId: `U${i}`, theme: 'Văn hóa, Thể thao' }),
    );
    const perTheme = checkQuotas(session, 'BK_CHUYEN_DE_TLD', entries).find((c) => c.group === 'Văn hóa, Thể thao');
    expect(perTheme).toMatchObject({ ok: false, count: 301, limit: 300 });
  });

  it('Giải thưởng Nguyễn Văn Linh (2022 round): ≤ 10 people, ≥ 50% grassroots cadres, ≤ 30% cấp trên trực tiếp', () => {
    const session = createSession(engine, { year: 2024 });
    const levels = [
      'grassroots',
      'grassroots',
      'grassroots',
      'grassroots',
      'direct_upper',
      'direct_upper',
      'direct_upper',
      'direct_upper',
      'provincial_or_higher',
      'provincial_or_higher',
      'grassroots',
    ] as const;
    const entries = levels.map((level, i) => ({
      index: indexRecipient(person({ id: `n${i}`, profile: { isUnionCadre: true, unionCadreLevel: level } })),
      proposed: ['GT_NGUYEN_VAN_LINH'],
    }));
    const checks = checkQuotas(session, 'GT_NGUYEN_VAN_LINH', entries);
    expect(checks.map((c) => [c.key, c.count])).toEqual([
      ['quota.count_exceeded', 11],
      ['quota.mix_below_min', 5],
      ['quota.mix_above_max', 4],
      ['quota.mix_within', 2],
    ]);
  });
});

describe('one achievement, one award (Luật 2022 Điều 5) [S19]', () => {
  const session = createSession(engine, { year: 2024 });
  const given: AwardRecord = {
    code: 'BK_TLD',
    year: 2024,
    decisionNo: '45/QĐ-TLĐ',
    deciderId: 'TLD',
    occasion: 'regular',
    achievementIds: ['SK-7'],
  };
  const claim = {
    recipientId: 'p1',
    code: 'BANG_LDST',
    year: 2024,
    deciderId: 'TLD',
    occasion: 'regular' as const,
    achievementIds: ['SK-7'],
  };

  it('an achievement already rewarded cannot be rewarded again, in any form', () => {
    const [violation] = checkOneAchievementOneAward(session, claim, [given]);
    expect(violation).toMatchObject({
      key: 'cross.one_achievement_one_award',
      messageVi:
        'Thành tích «SK-7» đã được khen thưởng bằng Bằng khen của Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam năm 2024 (Quyết định số 45/QĐ-TLĐ); không khen thưởng nhiều lần, nhiều hình thức cho một thành tích',
      citationVi: 'Điều 5 Luật Thi đua, khen thưởng số 06/2022/QH15',
    });
  });

  it('a revoked award frees its achievement; another achievement is no conflict', () => {
    expect(checkOneAchievementOneAward(session, claim, [{ ...given, revoked: true }])).toEqual([]);
    expect(checkOneAchievementOneAward(session, { ...claim, achievementIds: ['SK-8'] }, [given])).toEqual([]);
  });
});

describe('comprehensive vs thematic within one deciding level (HD 1217/HD-TLĐ) [OLD]', () => {
  const session = createSession(engine, { year: 2024 });
  const comprehensive: AwardRecord = { code: 'BK_TLD', year: 2024, deciderId: 'TLD', occasion: 'regular' };
  const thematic = {
    recipientId: 'u1',
    code: 'BK_CHUYEN_DE_TLD',
    year: 2024,
    deciderId: 'TLD',
    occasion: 'thematic' as const,
  };

  it('the same level, recipient and year: refused, both ways', () => {
    const [violation] = checkComprehensiveAndThematic(session, thematic, [comprehensive]);
    expect(violation?.key).toBe('cross.comprehensive_and_thematic');
    expect(violation?.messageVi).toMatch(
      /^Năm 2024, cấp quyết định «TLD» đã khen thưởng toàn diện \(Bằng khen của Ban Chấp hành/,
    );
    const reverse = { recipientId: 'u1', code: 'BK_TLD', year: 2024, deciderId: 'TLD', occasion: 'regular' as const };
    // An old record without its occasion is read from the form: the TLĐ thematic certificate is only ever thematic.
    expect(
      checkComprehensiveAndThematic(session, reverse, [{ code: 'BK_CHUYEN_DE_TLD', year: 2024, deciderId: 'TLD' }]),
    ).toHaveLength(1);
  });

  it('several levels in one year are fine; so is another year', () => {
    expect(checkComprehensiveAndThematic(session, { ...thematic, deciderId: 'LDLD-HN' }, [comprehensive])).toEqual([]);
    expect(checkComprehensiveAndThematic(session, { ...thematic, year: 2025 }, [comprehensive])).toEqual([]);
  });

  it("exceptions: awards at a movement's preliminary or final review, and ad-hoc awards", () => {
    expect(checkComprehensiveAndThematic(session, { ...thematic, atMovementReview: true }, [comprehensive])).toEqual(
      [],
    );
    expect(checkComprehensiveAndThematic(session, { ...thematic, occasion: 'ad_hoc' }, [comprehensive])).toEqual([]);
    expect(checkComprehensiveAndThematic(session, thematic, [{ ...comprehensive, occasion: 'ad_hoc' }])).toEqual([]);
  });

  it('a deciding body may switch the rule off; checkCrossCuttingRules runs both rules', () => {
    const off = createSession(engine, {
      year: 2024,
      bodies: ['x'],
      parameterOverrides: { x: { 'cross.comprehensive_thematic_exclusive': false } },
    });
    expect(checkComprehensiveAndThematic(off, thematic, [comprehensive])).toEqual([]);
    const both = checkCrossCuttingRules(session, { ...thematic, achievementIds: ['A1'] }, [
      { ...comprehensive, achievementIds: ['A1'] },
    ]);
    expect(both.map((v) => v.key)).toEqual(['cross.one_achievement_one_award', 'cross.comprehensive_and_thematic']);
  });
});
