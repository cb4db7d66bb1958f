// Reference §3: the trade union's own titles and forms, one case per clause found.
import { describe, expect, it } from 'vitest';
import { check, collective, messages, person, rated } from './test-support.ts';

describe('R-BLDST Bằng Lao động sáng tạo (QĐ 1564 Điều 16.1) [OLD]', () => {
  const worker = (values: number[], year = 2023, profile = {}) =>
    person({
      profile: { isUnionMember: true, educationLevel: 'college_or_below', holdsLeadershipPost: false, ...profile },
      achievements: values.map((v, i) => ({ year: year - i, valueGainedVnd: v })),
      confirmed: { 'bldst.member_duties': [year] },
    });

  it('worker, college or below, no post: one applied solution gaining ≥ 80.000.000 đồng', () => {
    const result = check(worker([80_000_000]), 'BANG_LDST', { year: 2023 });
    expect(result.ruleSetId).toBe('BANG_LDST.individual.1564');
    expect(result.verdict).toBe('eligible');
  });

  it('worker: 79.000.000 đồng is short, and the reason gives both figures', () => {
    const result = check(worker([79_000_000]), 'BANG_LDST', { year: 2023 });
    expect(result.verdict).toBe('ineligible');
    expect(messages(result)).toContain(
      'Tổng giá trị làm lợi của sáng kiến hoặc đề tài khoa học năm 2023 là 79.000.000 đồng; cần từ 80.000.000 đồng',
    );
  });

  it('worker: solutions in 3 consecutive years totalling ≥ 120.000.000 đồng', () => {
    expect(check(worker([40_000_000, 40_000_000, 40_000_000]), 'BANG_LDST', { year: 2023 }).verdict).toBe('eligible');
    const gap = person({
      profile: { isUnionMember: true, educationLevel: 'college_or_below', holdsLeadershipPost: false },
      achievements: [
        { year: 2023, valueGainedVnd: 60_000_000 },
        { year: 2021, valueGainedVnd: 60_000_000 },
      ],
      confirmed: { 'bldst.member_duties': [2023] },
    });
    expect(messages(check(gap, 'BANG_LDST', { year: 2023 }))).toContain(
      'Cần sáng kiến hoặc đề tài khoa học được công nhận và đã được áp dụng mỗi năm trong giai đoạn 2021–2023: thiếu 2022',
    );
  });

  it('graduate without a post: ≥ 150.000.000 đồng; leader: ≥ 200.000.000 đồng', () => {
    const graduate = { educationLevel: 'university_or_higher' };
    expect(check(worker([150_000_000], 2023, graduate), 'BANG_LDST', { year: 2023 }).verdict).toBe('eligible');
    expect(check(worker([120_000_000], 2023, graduate), 'BANG_LDST', { year: 2023 }).verdict).toBe('ineligible');
    const leader = { educationLevel: 'university_or_higher', holdsLeadershipPost: true };
    expect(check(worker([200_000_000], 2023, leader), 'BANG_LDST', { year: 2023 }).verdict).toBe('eligible');
    expect(check(worker([150_000_000], 2023, leader), 'BANG_LDST', { year: 2023 }).verdict).toBe('ineligible');
  });

  it('is_doan_vien: a non-member is refused', () => {
    const result = check(worker([90_000_000], 2023, { isUnionMember: false }), 'BANG_LDST', { year: 2023 });
    expect(messages(result)).toEqual(['Là đoàn viên công đoàn: không; yêu cầu: có']);
  });

  it('from 29/05/2024 (Quy chế 999 unread) the amounts are parameters with the old defaults', () => {
    const history = worker([80_000_000], 2024);
    expect(check(history, 'BANG_LDST', { year: 2024 }).ruleSetId).toBe('BANG_LDST.individual.999');
    expect(check(history, 'BANG_LDST', { year: 2024 }).verdict).toBe('eligible');
    const raised = {
      year: 2024,
      bodies: ['union'],
      parameterOverrides: { union: { 'bldst.worker_min_value_vnd': 100_000_000 } },
    };
    expect(check(history, 'BANG_LDST', raised).verdict).toBe('ineligible');
  });
});

describe('R-KNC-CD Kỷ niệm chương "Vì sự nghiệp xây dựng tổ chức Công đoàn" (HD 149/HD-TLĐ) [OLD]', () => {
  const cadre = (track: 'union_full_time' | 'union_part_time', from: string, more = {}) =>
    person({ profile: { isInUnionStaff: false }, service: [{ track, from }], ...more });

  it('full-time union service ≥ 20 years', () => {
    expect(check(cadre('union_full_time', '2000-06-01'), 'KNC_CD', { year: 2020 }).verdict).toBe('eligible');
  });

  it('part-time service counts × 1,5: 14 years is enough, 13 is not', () => {
    expect(check(cadre('union_part_time', '2006-12-31'), 'KNC_CD', { year: 2020 }).verdict).toBe('eligible');
    const short = check(cadre('union_part_time', '2007-12-31'), 'KNC_CD', { year: 2020 });
    expect(messages(short)).toContain(
      'Thời gian công tác công đoàn chuyên trách, công tác công đoàn không chuyên trách (hệ số 1,5), công đoàn không chuyên trách tại doanh nghiệp ngoài nhà nước (hệ số 2): 19,5 năm; cần từ 20 năm',
    );
  });

  it('once per lifetime', () => {
    const result = check(cadre('union_full_time', '1990-01-01', { awards: { KNC_CD: [2015] } }), 'KNC_CD', {
      year: 2020,
    });
    expect(messages(result)).toEqual([
      'Đã được tặng Kỷ niệm chương "Vì sự nghiệp xây dựng tổ chức Công đoàn" năm 2015; chỉ tặng một lần',
    ]);
  });

  it('older 2013 guidance: 15 years full-time / 10 years part-time [S41d]', () => {
    const result = check(cadre('union_full_time', '1999-01-01'), 'KNC_CD', { year: 2014 });
    expect(result.ruleSetId).toBe('KNC_CD.individual.2013');
    expect(result.verdict).toBe('eligible');
    expect(check(cadre('union_full_time', '1999-01-01'), 'KNC_CD', { year: 2016 }).verdict).toBe('ineligible');
  });

  it('[LOCAL Cần Thơ] in-union staff: the 3 years before the proposal rated at least HTNV', () => {
    const staff = (rating: 'completed' | 'not_completed') =>
      person({
        profile: { isInUnionStaff: true },
        service: [{ track: 'union_full_time', from: '1995-01-01' }],
        ratings: { ...rated(2017, 2019, 'completed'), 2018: rating },
      });
    expect(check(staff('completed'), 'KNC_CD', { year: 2020 }).verdict).toBe('eligible');
    expect(messages(check(staff('not_completed'), 'KNC_CD', { year: 2020 }))).toContain(
      'Cần 3 năm liên tục Hoàn thành nhiệm vụ trở lên: có 2019, 2017; thiếu 2018',
    );
  });
});

describe('KNC "Vì sức khỏe nhân dân" (TT 38/2018/TT-BYT Điều 39) [S46]', () => {
  const health = (from: string, gender?: 'male' | 'female') =>
    person({ service: [{ track: 'health_sector', from }], ...(gender ? { profile: { gender } } : {}) });

  it('≥ 20 years for men, ≥ 15 years for women', () => {
    expect(check(health('2004-01-01', 'male'), 'KNC_SKND', { year: 2024 }).verdict).toBe('eligible');
    expect(check(health('2009-01-01', 'female'), 'KNC_SKND', { year: 2024 }).verdict).toBe('eligible');
    expect(check(health('2009-01-01', 'male'), 'KNC_SKND', { year: 2024 }).verdict).toBe('ineligible');
  });

  it('16 years and no recorded gender: enough for a woman, so the answer waits for the data', () => {
    const result = check(health('2008-06-01'), 'KNC_SKND', { year: 2024 });
    expect(result.verdict).toBe('needs_review');
    expect(result.reasons[0]?.cause).toBe('missing_data');
  });
});

describe('Union prizes, ratings and local titles', () => {
  it('Giải thưởng Nguyễn Văn Linh (QĐ 2106 Điều 18.2): union cadres, once per person', () => {
    expect(check(person({ profile: { isUnionCadre: false } }), 'GT_NGUYEN_VAN_LINH', { year: 2024 }).verdict).toBe(
      'ineligible',
    );
    const twice = person({ profile: { isUnionCadre: true }, awards: { GT_NGUYEN_VAN_LINH: [2019] } });
    expect(check(twice, 'GT_NGUYEN_VAN_LINH', { year: 2024 }).verdict).toBe('ineligible');
    expect(check(person({ profile: { isUnionCadre: true } }), 'GT_NGUYEN_VAN_LINH', { year: 2024 }).verdict).toBe(
      'needs_review',
    );
  });

  it('Giải thưởng Nguyễn Đức Cảnh [S40]: direct-production workers only', () => {
    const office = check(person({ profile: { isDirectProductionWorker: false } }), 'GT_NGUYEN_DUC_CANH', {
      year: 2023,
    });
    expect(office.verdict).toBe('ineligible');
  });

  it('"Nữ đoàn viên công đoàn năng động, sáng tạo, trách nhiệm" [S45]: women members, from its first edition in 2025', () => {
    const woman = person({ profile: { gender: 'female', isUnionMember: true } });
    expect(check(woman, 'GT_NU_DOAN_VIEN', { year: 2025 }).verdict).toBe('needs_review');
    expect(
      check(person({ profile: { gender: 'male', isUnionMember: true } }), 'GT_NU_DOAN_VIEN', { year: 2025 }).verdict,
    ).toBe('ineligible');
    expect(check(woman, 'GT_NU_DOAN_VIEN', { year: 2024 }).reasons[0]?.key).toBe('rule_set.none_in_force');
  });

  it('CĐCS quality rating (HD 1294): operated ≥ 12 months, or ≥ 6 months after a split or merger', () => {
    const young = check(collective({ establishedOn: '2024-02-01' }), 'CDCS_HTXSNV', { year: 2024 });
    expect(messages(young)).toEqual(['Ngày thành lập 01/02/2024: 10 tháng đến ngày 31/12/2024; cần từ 12 tháng']);
    const merged = collective({ establishedOn: '2010-01-01', reorganisedOn: '2024-06-01' });
    expect(check(merged, 'CDCS_HTXSNV', { year: 2024 }).verdict).toBe('needs_review');
    const justMerged = collective({ establishedOn: '2010-01-01', reorganisedOn: '2024-08-01' });
    expect(check(justMerged, 'CDCS_HTXSNV', { year: 2024 }).verdict).toBe('ineligible');
  });

  it('"Đoàn viên công đoàn xuất sắc" [LOCAL S43]: members, then the unit\'s judgment', () => {
    expect(check(person({ profile: { isUnionMember: true } }), 'DVCD_XUAT_SAC', { year: 2024 }).verdict).toBe(
      'needs_review',
    );
    expect(check(person({ profile: { isUnionMember: false } }), 'DVCD_XUAT_SAC', { year: 2024 }).verdict).toBe(
      'ineligible',
    );
  });
});
