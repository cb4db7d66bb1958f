// Reference §2.1 (pre-conditions) and §2.2 (individual titles): one case per clause, named after it.
import { describe, expect, it } from 'vitest';
import { check, keys, messages, person } from './test-support.ts';

const spirit = (years: number[]) => ({ 'ldtt.spirit': years });
const good2024 = { ratings: { 2024: 'good' as const }, confirmed: spirit([2024]) };

describe('§2.1 / R-LDTT Lao động tiên tiến (Luật 2022 Điều 24)', () => {
  it('R-LDTT rating ≥ HTTNV: a well-completed year with the spirit confirmed is eligible', () => {
    const result = check(person(good2024), 'LDTT', { year: 2024 });
    expect(result.verdict).toBe('eligible');
    expect(result.ruleSetId).toBe('LDTT.individual.2024');
    expect(messages(result)).toContain('Năm 2024 xếp loại Hoàn thành tốt nhiệm vụ');
  });

  it('R-LDTT rating ≥ HTTNV: "hoàn thành nhiệm vụ" is not enough, and the reason cites Điều 24', () => {
    const result = check(person({ ...good2024, ratings: { 2024: 'completed' } }), 'LDTT', { year: 2024 });
    expect(result.verdict).toBe('ineligible');
    expect(result.reasons).toEqual([
      expect.objectContaining({
        key: 'rating.below',
        messageVi: 'Năm 2024 xếp loại Hoàn thành nhiệm vụ; cần Hoàn thành tốt nhiệm vụ trở lên',
        citationVi: 'Điều 24 Luật Thi đua, khen thưởng số 06/2022/QH15',
        status: 'law_2022',
      }),
    ]);
  });

  it('R-LDTT rating ≥ HTTNV: no rating for the year says so', () => {
    const result = check(person({ confirmed: spirit([2024]) }), 'LDTT', { year: 2024 });
    expect(messages(result)).toEqual(['Năm 2024 chưa có kết quả xếp loại; cần Hoàn thành tốt nhiệm vụ trở lên']);
  });

  it('R-LDTT spirit_ok (Điều 24): not computable, so it waits for people; a rejection makes the person ineligible', () => {
    const waiting = check(person({ ratings: { 2024: 'good' } }), 'LDTT', { year: 2024 });
    expect(waiting.verdict).toBe('needs_review');
    expect(waiting.pending.map((r) => r.messageVi)).toEqual([
      'Có tinh thần tự lực, tự cường; đoàn kết, tương trợ; tích cực tham gia phong trào thi đua: chờ đánh giá',
    ]);
    const rejected = check(
      person({ ratings: { 2024: 'good' }, judgments: [{ key: 'ldtt.spirit', year: 2024, outcome: 'not_met' }] }),
      'LDTT',
      { year: 2024 },
    );
    expect(rejected.verdict).toBe('ineligible');
  });

  it('§2.1 "mỗi năm một lần" [S24c]: a second LĐTT in the same year is refused', () => {
    const result = check(person({ ...good2024, awards: { LDTT: [2024] } }), 'LDTT', { year: 2024 });
    expect(result.verdict).toBe('ineligible');
    expect(messages(result)).toEqual(['Đã được tặng Lao động tiên tiến năm 2024']);
  });

  it('§2.1 days_absent ≥ 40 [LOCAL S43]: 40 days excludes, 39 does not', () => {
    const at40 = check(person({ ...good2024, absences: [{ year: 2024, days: 40 }] }), 'LDTT', { year: 2024 });
    expect(at40.verdict).toBe('ineligible');
    expect(at40.reasons[0]).toMatchObject({
      key: 'absence.over_limit',
      messageVi:
        'Năm 2024 nghỉ 40 ngày làm việc (không kể nghỉ thai sản, điều trị thương tích được xác nhận); không xét khi nghỉ từ 40 ngày trở lên',
      status: 'local',
    });
    expect(check(person({ ...good2024, absences: [{ year: 2024, days: 39 }] }), 'LDTT', { year: 2024 }).verdict).toBe(
      'eligible',
    );
  });

  it('§2.1 maternity_leave counts as working time (NĐ 91/2017 Điều 10; S43 "except maternity leave")', () => {
    const history = person({ ...good2024, absences: [{ year: 2024, days: 130, maternityDays: 120 }] });
    expect(check(history, 'LDTT', { year: 2024 }).verdict).toBe('eligible');
  });

  it('§2.1 injury_treatment_period certified counts as working time (TT 01/2024/TT-BNV)', () => {
    const history = person({ ...good2024, absences: [{ year: 2024, days: 60, certifiedInjuryDays: 55 }] });
    expect(check(history, 'LDTT', { year: 2024 }).verdict).toBe('eligible');
  });

  it('§2.1 the 40-day rule is a local default: a deciding body may lower it or switch it off', () => {
    const history = person({ ...good2024, absences: [{ year: 2024, days: 45 }] });
    const off = check(history, 'LDTT', {
      year: 2024,
      bodies: ['bv'],
      parameterOverrides: { bv: { 'precond.max_days_absent': null } },
    });
    expect(off.verdict).toBe('eligible');
    const stricter = person({ ...good2024, absences: [{ year: 2024, days: 30 }] });
    expect(
      check(stricter, 'LDTT', {
        year: 2024,
        bodies: ['bv'],
        parameterOverrides: { bv: { 'precond.max_days_absent': 30 } },
      }).verdict,
    ).toBe('ineligible');
  });

  it('§2.1 training under 1 year counts as working time; 1 year or more needs "khá" or better [OLD NĐ 91 Điều 10]', () => {
    const short = person({ ...good2024, trainings: [{ year: 2024, months: 6 }] });
    expect(check(short, 'LDTT', { year: 2024 }).verdict).toBe('eligible');
    const weak = check(person({ ...good2024, trainings: [{ year: 2024, months: 12, result: 'average' }] }), 'LDTT', {
      year: 2024,
    });
    expect(messages(weak)).toEqual(['Đi học 12 tháng trong năm 2024, kết quả Trung bình; cần từ loại Khá trở lên']);
    const fair = person({ ...good2024, trainings: [{ year: 2024, months: 14, result: 'good' }] });
    expect(check(fair, 'LDTT', { year: 2024 }).verdict).toBe('eligible');
    const unknown = check(person({ ...good2024, trainings: [{ year: 2024, months: 12 }] }), 'LDTT', { year: 2024 });
    expect(unknown.verdict).toBe('needs_review');
    expect(unknown.reasons[0]?.cause).toBe('missing_data');
  });

  it('§2.1 no pledge (đăng ký thi đua), no title [LOCAL S43, S49]; a body may drop the rule', () => {
    const history = person({ ...good2024, pledgeYears: [2023] });
    expect(messages(check(history, 'LDTT', { year: 2024 }))).toEqual(['Chưa đăng ký thi đua năm 2024']);
    const relaxed = { year: 2024, bodies: ['bv'], parameterOverrides: { bv: { 'precond.require_pledge': false } } };
    expect(check(history, 'LDTT', relaxed).verdict).toBe('eligible');
  });

  it('§2.1 recruited less than 10 months before the review [LOCAL S43]', () => {
    const result = check(person({ ...good2024, hiredOn: '2024-04-01' }), 'LDTT', { year: 2024 });
    expect(messages(result)).toEqual(['Ngày tuyển dụng 01/04/2024: 8 tháng đến ngày 31/12/2024; cần từ 10 tháng']);
    expect(check(person({ ...good2024, hiredOn: '2024-02-29' }), 'LDTT', { year: 2024 }).verdict).toBe('eligible');
  });

  it('§2.1 administratively fined [LOCAL S43]', () => {
    const result = check(person({ ...good2024, fineYears: [2024] }), 'LDTT', { year: 2024 });
    expect(messages(result)).toEqual(['Bị xử phạt vi phạm hành chính năm 2024']);
  });

  it('§2.1 disciplined at "khiển trách" or above [LOCAL S43]; a body may raise the level', () => {
    const history = person({ ...good2024, disciplines: [{ year: 2024, level: 'reprimand' }] });
    expect(messages(check(history, 'LDTT', { year: 2024 }))).toEqual([
      'Năm 2024 bị kỷ luật Khiển trách; không xét khi bị kỷ luật từ Khiển trách trở lên',
    ]);
    const lenient = {
      year: 2024,
      bodies: ['bv'],
      parameterOverrides: { bv: { 'precond.excluding_discipline': 'warning' } },
    };
    expect(check(history, 'LDTT', lenient).verdict).toBe('eligible');
  });
});

describe('R-CSTDCS Chiến sĩ thi đua cơ sở (Luật 2022 Điều 23)', () => {
  const base = { confirmed: spirit([2024]) };

  it('R-CSTDCS: HTXSNV alone qualifies, no initiative needed since 2024 [S7b][S8]', () => {
    const result = check(person({ ...base, ratings: { 2024: 'excellent' } }), 'CSTDCS', { year: 2024 });
    expect(result.verdict).toBe('eligible');
  });

  it('R-CSTDCS: HTTNV with an initiative recognised at the unit in the year', () => {
    const result = check(person({ ...base, ratings: { 2024: 'good' }, achievements: [{ year: 2024 }] }), 'CSTDCS', {
      year: 2024,
    });
    expect(result.verdict).toBe('eligible');
    expect(result.achievementIds).toEqual(['sk1']);
  });

  it('R-CSTDCS has_research(accepted = true): an accepted research project qualifies, one not accepted does not', () => {
    const accepted = person({ ...base, ratings: { 2024: 'good' }, achievements: [{ year: 2024, kind: 'research' }] });
    expect(check(accepted, 'CSTDCS', { year: 2024 }).verdict).toBe('eligible');
    const open = person({
      ...base,
      ratings: { 2024: 'good' },
      achievements: [{ year: 2024, kind: 'research', accepted: false }],
    });
    expect(check(open, 'CSTDCS', { year: 2024 }).verdict).toBe('ineligible');
  });

  it('R-CSTDCS: neither HTXSNV nor an initiative or research — the reasons are the alternatives, one group', () => {
    const result = check(person({ ...base, ratings: { 2024: 'good' } }), 'CSTDCS', { year: 2024 });
    expect(result.verdict).toBe('ineligible');
    expect(result.reasons.map((r) => [r.messageVi, r.anyOf])).toEqual([
      ['Năm 2024 xếp loại Hoàn thành tốt nhiệm vụ; cần Hoàn thành xuất sắc nhiệm vụ', 1],
      ['Chưa có sáng kiến được công nhận năm 2024', 1],
      ['Chưa có đề tài khoa học được nghiệm thu năm 2024', 1],
    ]);
    expect(result.reasons[1]?.key).toBe('achievement.none');
    expect(result.reasons[1]?.messageEn).toBe('No initiative recognised in 2024');
  });

  it('R-CSTDCS combat_creativity: an armed-forces route, off unless the deciding body switches it on', () => {
    const soldier = person({
      ...base,
      ratings: { 2024: 'good' },
      achievements: [{ year: 2024, kind: 'combat_solution' }],
    });
    expect(check(soldier, 'CSTDCS', { year: 2024 }).verdict).toBe('ineligible');
    const army = { year: 2024, bodies: ['army'], parameterOverrides: { army: { 'routes.armed_forces_combat': true } } };
    expect(check(soldier, 'CSTDCS', army).verdict).toBe('eligible');
  });

  it('R-CSTDCS := R-LDTT AND …: failing an LĐTT pre-condition fails CSTĐCS, with the LĐTT reason', () => {
    const result = check(
      person({ ...base, ratings: { 2024: 'excellent' }, absences: [{ year: 2024, days: 45 }] }),
      'CSTDCS',
      {
        year: 2024,
      },
    );
    expect(result.verdict).toBe('ineligible');
    expect(keys(result)).toEqual(['absence.over_limit']);
  });

  it('R-CSTDCS := R-LDTT …: an LĐTT already conferred for the year stands for its criteria', () => {
    const result = check(person({ ratings: { 2024: 'excellent' }, awards: { LDTT: [2024] } }), 'CSTDCS', {
      year: 2024,
    });
    expect(result.verdict).toBe('eligible');
  });

  it('change from the old regime: a 2021 proposal is judged by 2021 rules, where an initiative was mandatory', () => {
    const history = person({ ratings: { 2021: 'excellent', 2024: 'excellent' }, awards: { LDTT: [2021, 2024] } });
    const in2021 = check(history, 'CSTDCS', { year: 2021 });
    expect(in2021.ruleSetId).toBe('CSTDCS.individual.old');
    expect(in2021.verdict).toBe('ineligible');
    expect(messages(in2021)).toContain('Chưa có sáng kiến được công nhận năm 2021');
    expect(check(history, 'CSTDCS', { year: 2024 }).verdict).toBe('eligible');
    const withInitiative = person({
      ratings: { 2021: 'good' },
      awards: { LDTT: [2021] },
      achievements: [{ year: 2021 }],
    });
    expect(check(withInitiative, 'CSTDCS', { year: 2021 }).verdict).toBe('eligible');
  });

  it("§6.2 year_counted: an initiative supports one year's title only", () => {
    const counted2023 = person({
      ...base,
      ratings: { 2024: 'good' },
      achievements: [{ year: 2024, yearCounted: 2023 }],
    });
    expect(check(counted2023, 'CSTDCS', { year: 2024 }).verdict).toBe('ineligible');
    const older = person({ ...base, ratings: { 2024: 'good' }, achievements: [{ year: 2023 }] });
    expect(check(older, 'CSTDCS', { year: 2024 }).verdict).toBe('ineligible');
  });

  it('§1.1 / §6.1 Điều 3.4: an initiative only trial-applied is flagged for people, not counted', () => {
    const result = check(
      person({ ...base, ratings: { 2024: 'good' }, achievements: [{ year: 2024, application: 'trial' }] }),
      'CSTDCS',
      { year: 2024 },
    );
    expect(result.verdict).toBe('needs_review');
    expect(result.reasons[0]).toMatchObject({ key: 'achievement.trial_only', cause: 'trial_application' });
  });
});

describe('R-CSTD-BO Chiến sĩ thi đua Bộ, ban, ngành, tỉnh (Luật 2022 Điều 22*)', () => {
  it("consecutive_count(CSTDCS, ending = Y) ≥ 3: the issue's example message", () => {
    const result = check(person({ awards: { CSTDCS: [2023, 2024] } }), 'CSTD_BO', { year: 2024 });
    expect(result.verdict).toBe('ineligible');
    expect(result.reasons[0]).toMatchObject({
      key: 'award_streak.missing_years',
      messageVi: 'Cần 3 năm liên tục đạt Chiến sĩ thi đua cơ sở: có 2024, 2023; thiếu 2022',
      messageEn: 'Needs 3 consecutive years of Grassroots Emulation Fighter: has 2024, 2023; missing 2022',
      citationVi: 'Điều 22* Luật Thi đua, khen thưởng số 06/2022/QH15 (số điều suy đoán)',
    });
  });

  it('3 CSTĐCS and an applied ministry-level initiative: computable part met, "xuất sắc tiêu biểu" left to the council', () => {
    const history = person({
      awards: { CSTDCS: [2022, 2023, 2024] },
      achievements: [{ year: 2023, level: 'ministry_province' }],
    });
    const waiting = check(history, 'CSTD_BO', { year: 2024 });
    expect(waiting.verdict).toBe('needs_review');
    expect(waiting.pending.map((r) => r.key)).toEqual(['judgment.pending']);
    const decided = check(
      { ...history, judgments: [{ key: 'cstd_bo.outstanding', year: 2024, outcome: 'met' }] },
      'CSTD_BO',
      {
        year: 2024,
      },
    );
    expect(decided.verdict).toBe('eligible');
  });

  it('initiative(scope = BO_TINH, effective): a grassroots initiative, or one not applied, does not count', () => {
    const grassroots = person({ awards: { CSTDCS: [2022, 2023, 2024] }, achievements: [{ year: 2024 }] });
    expect(check(grassroots, 'CSTD_BO', { year: 2024 }).verdict).toBe('ineligible');
    const research = person({
      awards: { CSTDCS: [2022, 2023, 2024] },
      achievements: [{ year: 2024, kind: 'research', level: 'ministry_province', application: 'none' }],
    });
    expect(check(research, 'CSTD_BO', { year: 2024 }).verdict).toBe('ineligible');
  });

  it('old regime: the review year is the year of the 3rd CSTĐCS [OLD S7c]', () => {
    const history = person({ awards: { CSTDCS: [2019, 2020, 2021] } });
    const result = check(history, 'CSTD_BO', { year: 2021 });
    expect(result.ruleSetId).toBe('CSTD_BO.individual.old');
    expect(result.verdict).toBe('needs_review');
    expect(check(history, 'CSTD_BO', { year: 2022 }).verdict).toBe('ineligible');
  });
});

describe('R-CSTD-TQ Chiến sĩ thi đua toàn quốc (Luật 2022 Điều 21*) and the union variant (QĐ 1689 Điều 27)', () => {
  const national = [{ year: 2023, level: 'national' as const }];

  it('consecutive_count(CSTD_BO) ≥ 2 with a national-scope initiative', () => {
    const result = check(person({ awards: { CSTD_BO: [2018, 2021] }, achievements: national }), 'CSTD_TQ', {
      year: 2024,
    });
    expect(result.verdict).toBe('eligible');
  });

  it('"liên tục" between ministry-level titles is a parameter (default 3 years apart, [UNCONFIRMED])', () => {
    const history = person({ awards: { CSTD_BO: [2015, 2021] }, achievements: national });
    const result = check(history, 'CSTD_TQ', { year: 2024 });
    expect(messages(result)).toEqual([
      'Cần 2 lần liên tục đạt Chiến sĩ thi đua Bộ, ban, ngành, tỉnh (cách nhau không quá 3 năm): có 2021',
    ]);
    const wider = { year: 2024, bodies: ['b'], parameterOverrides: { b: { 'cstd_tq.max_gap_years': 6 } } };
    expect(check(history, 'CSTD_TQ', wider).verdict).toBe('eligible');
  });

  it('scope = TOAN_QUOC: a ministry-level initiative is not enough', () => {
    const history = person({
      awards: { CSTD_BO: [2018, 2021] },
      achievements: [{ year: 2023, level: 'ministry_province' }],
    });
    expect(check(history, 'CSTD_TQ', { year: 2024 }).verdict).toBe('ineligible');
  });

  it('§1.1 inference: a CSTĐ Tổng Liên đoàn counts as the ministry-level title, unless a body says otherwise', () => {
    const history = person({ awards: { CSTD_TLD: [2018, 2021] }, achievements: national });
    expect(check(history, 'CSTD_TQ', { year: 2024 }).verdict).toBe('eligible');
    const strict = {
      year: 2024,
      bodies: ['b'],
      parameterOverrides: { b: { 'equivalence.cstd_tld_as_cstd_bo': false } },
    };
    expect(check(history, 'CSTD_TQ', strict).verdict).toBe('ineligible');
  });

  it('union: 2 consecutive CSTĐ TLĐ and 6 consecutive CSTĐCS, reviewed the year right after the 2nd CSTĐ TLĐ', () => {
    const history = person({
      awards: { CSTD_TLD: [2020, 2023], CSTDCS: [2018, 2019, 2020, 2021, 2022, 2023] },
      achievements: national,
    });
    const result = check(history, 'CSTD_TQ', { year: 2024, bodies: ['union'] });
    expect(result.ruleSetId).toBe('CSTD_TQ.individual.union-999');
    expect(result.verdict).toBe('eligible');
    const tooEarly = check(history, 'CSTD_TQ', { year: 2023, bodies: ['union'] });
    expect(tooEarly.verdict).toBe('ineligible');
    expect(messages(tooEarly)).toContain(
      'Cần 6 năm liên tục đạt Chiến sĩ thi đua cơ sở: có 2022, 2021, 2020, 2019, 2018; thiếu 2017',
    );
  });

  it('union, under Quy chế 1689 (before 29/05/2024): the national-scope condition of the law then in force goes to people', () => {
    const history = person({ awards: { CSTD_TLD: [2018, 2021], CSTDCS: [2016, 2017, 2018, 2019, 2020, 2021] } });
    const result = check(history, 'CSTD_TQ', { year: 2022, bodies: ['union'] });
    expect(result.ruleSetId).toBe('CSTD_TQ.individual.union-1689');
    expect(result.verdict).toBe('needs_review');
  });
});

describe('Chiến sĩ thi đua Tổng Liên đoàn (QĐ 1689 Điều 26): 3 consecutive CSTĐCS', () => {
  it('1689 (2023): three consecutive years, then the council decides "xuất sắc tiêu biểu"', () => {
    const result = check(person({ awards: { CSTDCS: [2021, 2022, 2023] } }), 'CSTD_TLD', { year: 2023 });
    expect(result.ruleSetId).toBe('CSTD_TLD.individual.1689');
    expect(result.verdict).toBe('needs_review');
  });

  it('from 29/05/2024 the figure is a parameter (default 3), re-checked against Quy chế 999', () => {
    const history = person({ awards: { CSTDCS: [2022, 2023, 2024] } });
    expect(check(history, 'CSTD_TLD', { year: 2024 }).verdict).toBe('needs_review');
    const four = { year: 2024, bodies: ['union'], parameterOverrides: { union: { 'union.cstd_tld.cstdcs_years': 4 } } };
    expect(messages(check(history, 'CSTD_TLD', four))).toEqual([
      'Cần 4 năm liên tục đạt Chiến sĩ thi đua cơ sở: có 2024, 2023, 2022; thiếu 2021',
    ]);
  });
});
