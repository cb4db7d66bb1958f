// Reference §2.3 (collective titles) and the union flags of §3.3: one case per clause.
import { describe, expect, it } from 'vitest';
import { createSession } from './session.ts';
import type { MemberStats } from './history.ts';
import { summariseMembers } from './member-stats.ts';
import { indexRecipient } from './recipient-index.ts';
import { check, collective, engine, messages, person } from './test-support.ts';

function stats(
  year: number,
  s: { members: number; completed?: number; ldtt?: number; cstdcs?: number; warned?: number },
): MemberStats {
  return {
    year,
    members: s.members,
    ratedAtLeast: { completed: s.completed ?? s.members },
    awards: { LDTT: s.ldtt ?? 0, CSTDCS: s.cstdcs ?? 0 },
    disciplinedAtLeast: { warning: s.warned ?? 0, reprimand: s.warned ?? 0 },
  };
}
const confirmedAll = (year: number, keys: string[]) => Object.fromEntries(keys.map((k) => [k, [year]]));

describe('R-TTLDTT Tập thể lao động tiên tiến', () => {
  const old = (s: Parameters<typeof stats>[1]) =>
    collective({
      ratings: { 2022: 'good' },
      memberStats: [stats(2022, s)],
      confirmed: confirmedAll(2022, ['ttldtt.movement', 'collective.unity']),
    });

  it('old law Điều 28 [OLD S25b]: HTTNV, more than 50% LĐTT, no member disciplined at "cảnh cáo" or above', () => {
    expect(check(old({ members: 20, ldtt: 11 }), 'TTLDTT', { year: 2022 }).verdict).toBe('eligible');
  });

  it('old law Điều 28: exactly half is not "more than 50%"', () => {
    const result = check(old({ members: 20, ldtt: 10 }), 'TTLDTT', { year: 2022 });
    expect(messages(result)).toEqual(['Tỷ lệ thành viên đạt Lao động tiên tiến năm 2022: 50% (10/20); cần trên 50%']);
  });

  it('old law Điều 28: a member disciplined with "cảnh cáo" fails the collective', () => {
    const result = check(old({ members: 20, ldtt: 15, warned: 1 }), 'TTLDTT', { year: 2022 });
    expect(messages(result)).toEqual(['Có 1 thành viên bị kỷ luật từ Cảnh cáo trở lên năm 2022; yêu cầu không có']);
  });

  it('Luật 2022 Điều 28 (wording not retrieved): people decide; the old figures apply only if a body sets them', () => {
    const history = collective({ ratings: { 2024: 'good' }, memberStats: [stats(2024, { members: 20, ldtt: 10 })] });
    const result = check(history, 'TTLDTT', { year: 2024 });
    expect(result.verdict).toBe('needs_review');
    expect(result.reasons.map((r) => r.status)).toEqual(['unconfirmed']);
    const set = { year: 2024, bodies: ['s'], parameterOverrides: { s: { 'ttldtt.min_share_ldtt': 0.5 } } };
    expect(check(history, 'TTLDTT', set).verdict).toBe('ineligible');
  });
});

describe('R-TTLDXS Tập thể lao động xuất sắc (Luật 2022 Điều 27*)', () => {
  const excellent = (s: Parameters<typeof stats>[1], rating: 'excellent' | 'good' = 'excellent') =>
    collective({
      ratings: { 2024: rating },
      memberStats: [stats(2024, s)],
      confirmed: confirmedAll(2024, ['ttldxs.active', 'collective.unity']),
    });
  const full = { members: 20, ldtt: 14, cstdcs: 2 };

  it('HTXSNV, 100% members ≥ HTNV, ≥ 70% LĐTT, at least one CSTĐCS, unity: eligible at exactly 70%', () => {
    expect(check(excellent(full), 'TTLDXS', { year: 2024 }).verdict).toBe('eligible');
  });

  it('share(LĐTT) ≥ 70%: 65% fails with the figures', () => {
    const result = check(excellent({ ...full, ldtt: 13 }), 'TTLDXS', { year: 2024 });
    expect(messages(result)).toEqual(['Tỷ lệ thành viên đạt Lao động tiên tiến năm 2024: 65% (13/20); cần từ 70%']);
  });

  it('all(m: rating ≥ HTNV): one member who did not complete duties fails the collective', () => {
    const result = check(excellent({ ...full, completed: 19 }), 'TTLDXS', { year: 2024 });
    expect(messages(result)).toEqual([
      'Tỷ lệ thành viên xếp loại Hoàn thành nhiệm vụ trở lên năm 2024: 95% (19/20); cần từ 100%',
    ]);
  });

  it('exists(m with CSTĐCS)', () => {
    const result = check(excellent({ ...full, cstdcs: 0 }), 'TTLDXS', { year: 2024 });
    expect(messages(result)).toEqual(['Chưa có thành viên đạt Chiến sĩ thi đua cơ sở năm 2024']);
  });

  it('rating(c, Y) = HTXSNV', () => {
    expect(check(excellent(full, 'good'), 'TTLDXS', { year: 2024 }).verdict).toBe('ineligible');
  });

  it('the old law also barred a member disciplined at "cảnh cáo"; the 2024 text does not', () => {
    const warned = (year: number) =>
      collective({ ratings: { [year]: 'excellent' }, memberStats: [stats(year, { ...full, warned: 1 })] });
    expect(check(warned(2021), 'TTLDXS', { year: 2021 }).verdict).toBe('ineligible');
    expect(check(warned(2024), 'TTLDXS', { year: 2024 }).verdict).not.toBe('ineligible');
  });

  it('member figures counted from the members themselves give the same answer', () => {
    const session = createSession(engine, { year: 2024 });
    const members = Array.from({ length: 10 }, (_, i) =>
      indexRecipient(
        person({
          ratings: { 2024: i < 9 ? 'good' : 'completed' },
          awards: { LDTT: i < 7 ? [2024] : [], CSTDCS: i === 0 ? [2024] : [] },
        }),
      ),
    );
    const figures = summariseMembers(session, members, 2024, ['LDTT', 'CSTDCS']);
    expect(figures).toMatchObject({
      members: 10,
      awards: { LDTT: 7, CSTDCS: 1 },
      ratedAtLeast: { completed: 10, good: 9 },
    });
    const history = collective({
      ratings: { 2024: 'excellent' },
      memberStats: [figures],
      confirmed: confirmedAll(2024, ['ttldxs.active', 'collective.unity']),
    });
    expect(check(history, 'TTLDXS', { year: 2024 }).verdict).toBe('eligible');
  });

  it('without member figures for the year, the answer waits for data', () => {
    const result = check(collective({ ratings: { 2024: 'excellent' } }), 'TTLDXS', { year: 2024 });
    expect(result.verdict).toBe('needs_review');
    expect(result.reasons.map((r) => r.cause)).toContain('missing_data');
  });
});

describe('Flags', () => {
  it('R-CO-BO [OLD S24d]: the leader of its cụm/khối, voted the most outstanding', () => {
    const leader = check(collective({ clusterRanks: [{ year: 2024, rank: 1 }] }), 'CO_BO', { year: 2024 });
    expect(leader.verdict).toBe('needs_review');
    const second = check(collective({ clusterRanks: [{ year: 2024, rank: 2 }] }), 'CO_BO', { year: 2024 });
    expect(second.verdict).toBe('ineligible');
    expect(messages(second)).toContain('Xếp thứ 2 trong cụm, khối thi đua năm 2024; cần dẫn đầu');
  });

  it('R-CO-BO: or the leader of a movement lasting at least a year, when the dossier claims it', () => {
    const claimed = collective({
      clusterRanks: [{ year: 2024, rank: 2 }],
      judgments: [{ key: 'co_bo.long_movement', year: 2024, outcome: 'claimed' }],
    });
    expect(check(claimed, 'CO_BO', { year: 2024 }).verdict).toBe('needs_review');
  });

  it('R-CO-CP (Luật 2022 Điều 25): three routes, each an alternative', () => {
    const nothing = check(collective({}), 'CO_CP', { year: 2024 });
    expect(nothing.verdict).toBe('ineligible');
    expect(new Set(nothing.reasons.map((r) => r.anyOf)).size).toBe(1);
    expect(messages(nothing)).toEqual([
      'Chưa có kết quả xếp hạng trong cụm, khối thi đua năm 2024; cần dẫn đầu',
      'Dẫn đầu cụm, khối thi đua do Ban Thi đua - Khen thưởng Trung ương tổ chức: không có trong hồ sơ',
      'Dẫn đầu phong trào thi đua do Thủ tướng Chính phủ phát động có thời gian từ 05 năm trở lên: không có trong hồ sơ',
    ]);
    const leader = collective({
      clusterRanks: [{ year: 2024, rank: 1 }],
      confirmed: { 'co_cp.outstanding_leader': [2024] },
    });
    expect(check(leader, 'CO_CP', { year: 2024 }).verdict).toBe('eligible');
  });

  it('Cờ thi đua của Tổng Liên đoàn [S44]: leaders of the cụm/khối are proposed', () => {
    expect(check(collective({ clusterRanks: [{ year: 2024, rank: 1 }] }), 'CO_TLD', { year: 2024 }).verdict).toBe(
      'needs_review',
    );
  });

  it('Cờ thi đua LĐLĐ tỉnh / Công đoàn ngành TW (QĐ 1564 Điều 11): rated HTXSNV plus outstanding results', () => {
    const history = collective({ ratings: { 2024: 'good' } });
    expect(messages(check(history, 'CO_CDYTVN', { year: 2024 }))).toEqual([
      'Năm 2024 xếp loại Hoàn thành tốt nhiệm vụ; cần Hoàn thành xuất sắc nhiệm vụ',
    ]);
  });

  it('a title for individuals is refused for a collective, and says for whom it is', () => {
    const result = check(collective({ ratings: { 2024: 'excellent' } }), 'CSTDCS', { year: 2024 });
    expect(result.verdict).toBe('ineligible');
    expect(messages(result)).toEqual(['Chiến sĩ thi đua cơ sở chỉ xét tặng cho cá nhân']);
  });
});
