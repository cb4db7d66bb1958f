// Reference §2.4: Giấy khen, Bằng khen (Bộ/tỉnh, Thủ tướng) and the Labour Order chain, one case per clause,
// with the Ministry of Home Affairs worked example.
import { describe, expect, it } from 'vitest';
import { ruleSet } from '../catalogue/award-type.ts';
import { luat, rating } from '../catalogue/clauses.ts';
import { loadCatalogue } from '../catalogue/validate-catalogue.ts';
import { createEngine } from './engine.ts';
import { catalogueWith, check, collective, messages, person, rated } from './test-support.ts';

describe('R-GK Giấy khen (Luật 2022 Điều 75.2): criteria set by each issuer', () => {
  it("with no issuer rule, people check the issuer's own criteria", () => {
    const result = check(person({ ratings: { 2024: 'good' } }), 'GK', { year: 2024 });
    expect(result.verdict).toBe('needs_review');
    expect(result.reasons[0]?.citationVi).toBe('khoản 2 Điều 75 Luật Thi đua, khen thưởng số 06/2022/QH15');
  });

  it('an issuer adds its own version (appliesTo), which replaces the general one for its proposals only', () => {
    const own = catalogueWith([], (c) => {
      const gk = c.awardTypes.find((t) => t.code === 'GK_THU_TRUONG');
      gk?.ruleSets.push(
        ruleSet({
          id: 'GK_THU_TRUONG.individual.bvbm',
          appliesTo: 'unit:CDCS-BVBM',
          period: { validFrom: '2024-01-01', validTo: null },
          status: 'local',
          basis: [luat('75', { clause: '2' })],
          criteria: rating('excellent'),
        }),
      );
    });
    const hospital = createEngine(loadCatalogue(own));
    const history = person({ ratings: { 2024: 'good' } });
    const atBachMai = check(history, 'GK_THU_TRUONG', { year: 2024, bodies: ['unit:CDCS-BVBM'] }, hospital);
    expect(atBachMai.ruleSetId).toBe('GK_THU_TRUONG.individual.bvbm');
    expect(atBachMai.verdict).toBe('ineligible');
    expect(check(history, 'GK_THU_TRUONG', { year: 2024 }, hospital).ruleSetId).toBe('GK_THU_TRUONG.individual.2024');
  });
});

describe('R-BK-BO Bằng khen của Bộ, ban, ngành, tỉnh — individual (Luật 2022 Điều 74.1.d)', () => {
  it('consecutive_count(CSTDCS) ≥ 2', () => {
    expect(check(person({ awards: { CSTDCS: [2023, 2024] } }), 'BK_BO', { year: 2024 }).verdict).toBe('eligible');
  });

  it('worked example (MoHA, S12): 2023 HTXSNV + 1 initiative; 2024 HTXSNV + 1 initiative + CSTĐCS → eligible', () => {
    const history = person({
      ratings: { 2023: 'excellent', 2024: 'excellent' },
      awards: { CSTDCS: [2024] },
      achievements: [
        { id: 'SK-2023', year: 2023 },
        { id: 'SK-2024', year: 2024 },
      ],
    });
    const result = check(history, 'BK_BYT', { year: 2024 });
    expect(result.verdict).toBe('eligible');
    expect(result.ruleSetId).toBe('BK_BYT.individual.2024');
    expect(result.achievementIds).toEqual(['SK-2023', 'SK-2024']);
    expect(result.reasons.map((r) => r.citationVi)).toContain(
      'điểm d khoản 1 Điều 74 Luật Thi đua, khen thưởng số 06/2022/QH15',
    );
  });

  it('2 HTXSNV years but only one applied initiative in them: not enough', () => {
    const history = person({
      ratings: rated(2023, 2024, 'excellent'),
      achievements: [{ year: 2024 }, { year: 2023, application: 'none' }],
    });
    const result = check(history, 'BK_BO', { year: 2024 });
    expect(result.verdict).toBe('ineligible');
    expect(messages(result)).toContain(
      'Cần 2 sáng kiến được công nhận và đã được áp dụng trong giai đoạn 2023–2024: có 1',
    );
  });

  it('collective criteria were not retrieved: people decide', () => {
    const result = check(collective({}), 'BK_BO', { year: 2024 });
    expect(result.verdict).toBe('needs_review');
    expect(result.reasons[0]?.cause).toBe('criteria_unknown');
  });
});

describe('R-BK-TTg Bằng khen của Thủ tướng — individual (Luật 2022 Điều 73.1)', () => {
  const chain = (over: Parameters<typeof person>[0] = {}) =>
    person({ ratings: rated(2019, 2023, 'good'), awards: { BK_BYT: [2018], CSTDCS: [2019, 2021, 2023] }, ...over });

  it('(b) a ministry Bằng khen, then 5 consecutive years ≥ HTTNV up to the proposal, with 3 CSTĐCS in them', () => {
    expect(check(chain({ ratings: rated(2019, 2024, 'good') }), 'BK_TTG', { year: 2024 }).verdict).toBe('eligible');
    // "up to the proposal date": the proposal year's own rating belongs to the run.
    expect(check(chain(), 'BK_TTG', { year: 2024 }).verdict).toBe('ineligible');
  });

  it('(b) only 2 CSTĐCS in the window', () => {
    const history = chain({ ratings: rated(2019, 2024, 'good'), awards: { BK_BYT: [2018], CSTDCS: [2021, 2023] } });
    const result = check(history, 'BK_TTG', { year: 2024 });
    expect(messages(result)).toContain('Trong giai đoạn 2019–2024 cần 3 năm Chiến sĩ thi đua cơ sở: có 2 (2023, 2021)');
  });

  it('(b) a year below HTTNV breaks the run', () => {
    const history = chain({ ratings: { ...rated(2019, 2024, 'good'), 2022: 'completed' } });
    const result = check(history, 'BK_TTG', { year: 2024 });
    expect(messages(result)).toContain(
      'Cần 5 năm liên tục Hoàn thành tốt nhiệm vụ trở lên sau Bằng khen của Bộ, ban, ngành, tỉnh năm 2018: có 2023–2024; thiếu 2022',
    );
  });

  it('(b) a Bằng khen too recent, or none at all', () => {
    const recent = check(
      chain({ ratings: rated(2019, 2024, 'good'), awards: { BK_BYT: [2021], CSTDCS: [2022, 2023, 2024] } }),
      'BK_TTG',
      {
        year: 2024,
      },
    );
    expect(messages(recent)).toContain('Bằng khen của Bộ, ban, ngành, tỉnh năm 2021: chưa đủ 5 năm đến năm 2024');
    const none = check(person({ ratings: rated(2019, 2024, 'good') }), 'BK_TTG', { year: 2024 });
    expect(messages(none)).toContain('Chưa được tặng Bằng khen của Bộ, ban, ngành, tỉnh trước năm 2024');
  });

  it('[UNCONFIRMED] the TLĐ Bằng khen counts as ministry level (default yes, §1.1); a body can say no', () => {
    const history = person({
      ratings: rated(2019, 2024, 'good'),
      awards: { BK_TLD: [2018], CSTDCS: [2019, 2021, 2023] },
    });
    expect(check(history, 'BK_TTG', { year: 2024 }).verdict).toBe('eligible');
    const no = { year: 2024, bodies: ['b'], parameterOverrides: { b: { 'equivalence.bk_tld_as_bk_bo': false } } };
    expect(check(history, 'BK_TTG', no).verdict).toBe('ineligible');
  });

  it("[OLD S51] a provincial federation's Bằng khen did not count as the prerequisite", () => {
    const history = person({
      ratings: rated(2019, 2024, 'good'),
      awards: { BK_LDLD_TINH: [2018], CSTDCS: [2019, 2021, 2023] },
    });
    expect(check(history, 'BK_TTG', { year: 2024 }).verdict).toBe('ineligible');
  });

  it('(a) an exemplary achievement claimed in the dossier goes to the council', () => {
    const history = person({ judgments: [{ key: 'bk_ttg.movement_exemplar', year: 2024, outcome: 'claimed' }] });
    expect(check(history, 'BK_TTG', { year: 2024 }).verdict).toBe('needs_review');
  });
});

describe('R-HCLD3 / R-HCLD2 / R-HCLD1 Huân chương Lao động (Luật 2022 Điều 44, 43, 42*)', () => {
  const third = (over: Parameters<typeof person>[0] = {}) =>
    person({
      ratings: { ...rated(2020, 2024, 'good'), 2022: 'excellent' },
      awards: { BK_TTG: [2019], CSTDCS: [2020, 2022, 2024] },
      ...over,
    });

  it('R-HCLD3 44.1.e: BK TTg, then 5 years ≥ HTTNV with ≥ 1 HTXSNV and 3 CSTĐCS', () => {
    const result = check(third(), 'HCLD3', { year: 2024 });
    expect(result.ruleSetId).toBe('HCLD3.individual.nd98');
    expect(result.verdict).toBe('eligible');
  });

  it('R-HCLD3 44.1.e: no HTXSNV year in the window', () => {
    const result = check(third({ ratings: rated(2020, 2024, 'good') }), 'HCLD3', { year: 2024 });
    expect(messages(result)).toContain('Trong giai đoạn 2020–2024 cần 1 năm Hoàn thành xuất sắc nhiệm vụ: có 0');
  });

  it('§8.8 [UNCONFIRMED]: which title and how many times in the window are parameters', () => {
    const ministry = {
      year: 2024,
      bodies: ['b'],
      parameterOverrides: { b: { 'hcld3.window_title_codes': ['CSTD_BO'], 'hcld3.min_window_titles': 1 } },
    };
    expect(check(third(), 'HCLD3', ministry).verdict).toBe('ineligible');
    expect(check(third({ awards: { BK_TTG: [2019], CSTD_BO: [2022] } }), 'HCLD3', ministry).verdict).toBe('eligible');
  });

  it('lifetime service (NĐ 152/2025 Điều 21, from 01/7/2025): years as head, a parameter defaulting to 6', () => {
    const head = person({ service: [{ track: 'position_head', from: '2018-01-01' }] });
    const in2025 = check(head, 'HCLD3', { year: 2025 });
    expect(in2025.ruleSetId).toBe('HCLD3.individual.nd152');
    expect(in2025.verdict).toBe('eligible');
    const underDecree98 = check(head, 'HCLD3', { year: 2025, proposalDate: '2025-06-30' });
    expect(underDecree98.ruleSetId).toBe('HCLD3.individual.nd98');
    expect(underDecree98.verdict).toBe('ineligible');
  });

  it('R-HCLD2 (Điều 43): HCLĐ III, then 5 years ≥ HTTNV with 2 HTXSNV and a ministry-level CSTĐ', () => {
    const history = person({
      ratings: { ...rated(2020, 2024, 'good'), 2021: 'excellent', 2023: 'excellent' },
      awards: { HCLD3: [2019], CSTD_BO: [2023] },
    });
    expect(check(history, 'HCLD2', { year: 2024 }).verdict).toBe('eligible');
    const oneExcellent = {
      ...history,
      ratings: history.ratings?.map((r) => (r.year === 2021 ? { ...r, rating: 'good' as const } : r)),
    };
    expect(check(oneExcellent, 'HCLD2', { year: 2024 }).verdict).toBe('ineligible');
  });

  it('R-HCLD1 [UNCONFIRMED]: not hard-coded; people decide', () => {
    const result = check(person({}), 'HCLD1', { year: 2024 });
    expect(result.verdict).toBe('needs_review');
    expect(result.reasons[0]).toMatchObject({ key: 'criteria.not_defined', cause: 'criteria_unknown' });
  });

  it('collective HCLĐ III [OLD S52]: 5 consecutive TTLĐXS and a Cờ Bộ or BK TTg; unknown under the 2022 law', () => {
    const unit = collective({ awards: { TTLDXS: [2018, 2019, 2020, 2021, 2022], BK_TTG: [2020] } });
    expect(check(unit, 'HCLD3', { year: 2022 }).verdict).toBe('eligible');
    expect(
      check(collective({ awards: { TTLDXS: [2018, 2019, 2020, 2021, 2022] } }), 'HCLD3', { year: 2022 }).verdict,
    ).toBe('ineligible');
    expect(check(unit, 'HCLD3', { year: 2024 }).reasons[0]?.cause).toBe('criteria_unknown');
  });
});
