// State emulation titles for individuals, T1–T5 (reference §1.2, §2.1, §2.2), each with its rule versions.
import type { AwardType } from '../../../../shared/contracts/emulation.ts';
import { awardType, periods, rewardMultiplier, ruleSet } from './award-type.ts';
import {
  achievement,
  all,
  any,
  cite,
  judgment,
  luat,
  param,
  rating,
  shareOf,
  streak,
  titleCriteria,
} from './clauses.ts';
import { annualPreconditions } from './preconditions.ts';
import { by, grassrootsConferrers, ministryConferrers } from './state-conferrers.ts';

const ldtt = awardType({
  code: 'LDTT',
  category: 'emulation_title',
  form: 'title',
  system: 'state',
  nameVi: 'Lao động tiên tiến',
  nameEn: 'Advanced Worker',
  level: 'grassroots',
  conferrers: grassrootsConferrers(true),
  recipientKinds: ['individual'],
  occasions: ['regular'],
  frequency: 'per_year',
  rewardMultipliers: rewardMultiplier(0.3),
  status: 'law_2022',
  sources: ['S4', 'S8b', 'S7b', 'S24c'],
  ruleSets: [
    ruleSet({
      id: 'LDTT.individual.old',
      period: periods.oldLaw,
      status: 'old',
      basis: [cite('LUAT_2003'), cite('ND_91_2017', '10', { sources: ['S24c'] })],
      criteria: all([
        judgment(
          'ldtt.old_criteria',
          'Đạt tiêu chuẩn Lao động tiên tiến theo Luật Thi đua, khen thưởng 2003 (tài liệu tham chiếu chưa trích dẫn)',
          'Meets the Advanced Worker criteria of the 2003 law (not quoted by the reference)',
          'review',
          { cite: cite('LUAT_2003'), status: 'unconfirmed' },
        ),
        ...annualPreconditions('old'),
      ]),
    }),
    ruleSet({
      id: 'LDTT.individual.2024',
      period: periods.law2022,
      status: 'law_2022',
      basis: [luat('24', { sources: ['S8b', 'S7b', 'S50'] })],
      criteria: all([
        rating('good', { cite: luat('24', { sources: ['S8b', 'S7b'] }) }),
        judgment(
          'ldtt.spirit',
          'Có tinh thần tự lực, tự cường; đoàn kết, tương trợ; tích cực tham gia phong trào thi đua',
          'Self-reliant, united, supportive, active in emulation movements',
          'review',
          { cite: luat('24', { sources: ['S8b'] }) },
        ),
        ...annualPreconditions('current'),
      ]),
    }),
  ],
});

const cstt = awardType({
  code: 'CSTT',
  category: 'emulation_title',
  form: 'title',
  system: 'state',
  nameVi: 'Chiến sĩ tiên tiến',
  nameEn: 'Advanced Soldier',
  level: 'grassroots',
  conferrers: [by('armed_forces_command')],
  recipientKinds: ['individual'],
  occasions: ['regular'],
  frequency: 'per_year',
  rewardMultipliers: rewardMultiplier(0.3),
  status: 'law_2022',
  sources: ['S4'],
  noteVi: 'Lực lượng vũ trang; tiêu chuẩn không thuộc phạm vi tài liệu tham chiếu.',
});

const cstdcs = awardType({
  code: 'CSTDCS',
  category: 'emulation_title',
  form: 'title',
  system: 'state',
  nameVi: 'Chiến sĩ thi đua cơ sở',
  nameEn: 'Grassroots Emulation Fighter',
  level: 'grassroots',
  conferrers: grassrootsConferrers(false),
  recipientKinds: ['individual'],
  occasions: ['regular'],
  frequency: 'per_year',
  rewardMultipliers: rewardMultiplier(1.0),
  status: 'law_2022',
  sources: ['S4', 'S8', 'S7b', 'S24a'],
  ruleSets: [
    ruleSet({
      id: 'CSTDCS.individual.old',
      period: periods.oldLaw,
      status: 'old',
      basis: [cite('LUAT_2003', undefined, { sources: ['S7b', 'S8'] }), cite('ND_91_2017', '9', { clause: '3' })],
      noteVi: 'Chế độ cũ: bắt buộc có sáng kiến (tài liệu tham chiếu §2.2).',
      criteria: all(
        [
          titleCriteria('LDTT'),
          any([
            achievement(['initiative']),
            judgment(
              'cstdcs.old_other_routes',
              'Đề tài khoa học hoặc thành tích khác thay cho sáng kiến theo quy định cũ (cần đối chiếu)',
              'A research project or other achievement in place of an initiative under the old rules (to verify)',
              'not_met',
              { status: 'unconfirmed' },
            ),
          ]),
        ],
        { cite: cite('LUAT_2003', undefined, { sources: ['S7b', 'S8'] }) },
      ),
      quotas: [shareOf(['LDTT'], 0.15, { cite: cite('ND_91_2017', '9', { clause: '3', sources: ['S24a'] }) })],
    }),
    ruleSet({
      id: 'CSTDCS.individual.2024',
      period: periods.law2022,
      status: 'law_2022',
      basis: [luat('23', { sources: ['S8', 'S7b'] })],
      noteVi: 'Dự thảo sửa đổi 2025 đề xuất trở lại "HTXSNV và có sáng kiến": khi có hiệu lực, thêm một phiên bản mới.',
      criteria: all(
        [
          titleCriteria('LDTT'),
          any([
            rating('excellent'),
            achievement(['initiative']),
            achievement(['research']),
            achievement(['combat_solution'], { when: param('routes.armed_forces_combat') }),
          ]),
        ],
        { cite: luat('23', { sources: ['S8', 'S7b'] }) },
      ),
      quotas: [
        shareOf(['LDTT'], param('cstdcs.max_share_of_ldtt'), {
          cite: cite('ND_91_2017', '9', { clause: '3', sources: ['S24a'] }),
          status: 'unconfirmed',
        }),
      ],
    }),
  ],
});

const ministryAchievement = (windowParam: string, level: 'ministry_province' | 'national') =>
  any([
    achievement(['initiative'], { minLevel: level, requireApplied: true, years: param(windowParam) }),
    achievement(['research'], { minLevel: level, requireApplied: true, years: param(windowParam) }),
    achievement(['combat_solution'], {
      minLevel: level,
      years: param(windowParam),
      when: param('routes.armed_forces_combat'),
    }),
  ]);

const cstdBo = awardType({
  code: 'CSTD_BO',
  category: 'emulation_title',
  form: 'title',
  system: 'state',
  nameVi: 'Chiến sĩ thi đua Bộ, ban, ngành, tỉnh',
  nameEn: 'Ministry/Sector/Province Emulation Fighter',
  altNamesVi: ['Chiến sĩ thi đua cấp Bộ', 'Chiến sĩ thi đua cấp tỉnh'],
  level: 'ministry_province',
  conferrers: ministryConferrers,
  recipientKinds: ['individual'],
  occasions: ['regular'],
  frequency: 'per_year',
  rewardMultipliers: rewardMultiplier(3.0),
  councilVote: { minShare: param('vote.cstd_bo.min_share'), strict: false, denominator: 'total_members' },
  status: 'law_2022',
  sources: ['S7', 'S7c', 'S65'],
  ruleSets: [
    ruleSet({
      id: 'CSTD_BO.individual.old',
      period: periods.oldLaw,
      status: 'old',
      basis: [cite('LUAT_2003', undefined, { sources: ['S7c'] })],
      noteVi: 'Chế độ cũ: năm xét là năm đạt CSTĐCS lần thứ 3.',
      criteria: all([
        streak(['CSTDCS'], 3, { cite: cite('LUAT_2003', undefined, { sources: ['S7c'] }) }),
        judgment(
          'cstd_bo.old_other',
          'Các tiêu chuẩn khác của Chiến sĩ thi đua cấp Bộ theo quy định cũ (chưa trích dẫn)',
          'The other criteria of the old rules (not quoted)',
          'review',
          { status: 'unconfirmed' },
        ),
      ]),
    }),
    ruleSet({
      id: 'CSTD_BO.individual.2024',
      period: periods.law2022,
      status: 'law_2022',
      basis: [luat('22', { inferred: true, sources: ['S7'] })],
      criteria: all(
        [
          streak(['CSTDCS'], 3),
          ministryAchievement('cstd_bo.achievement_years', 'ministry_province'),
          judgment(
            'cstd_bo.outstanding',
            'Có thành tích xuất sắc tiêu biểu',
            'Outstanding, exemplary achievement',
            'review',
          ),
        ],
        { cite: luat('22', { inferred: true, sources: ['S7'] }) },
      ),
    }),
  ],
});

const cstdTq = awardType({
  code: 'CSTD_TQ',
  category: 'emulation_title',
  form: 'title',
  system: 'state',
  nameVi: 'Chiến sĩ thi đua toàn quốc',
  nameEn: 'National Emulation Fighter',
  level: 'national',
  conferrers: [by('prime_minister')],
  recipientKinds: ['individual'],
  occasions: ['regular'],
  frequency: 'repeatable',
  rewardMultipliers: rewardMultiplier(4.5),
  councilVote: { minShare: param('vote.cstd_tq.min_share'), strict: false, denominator: 'total_members' },
  status: 'law_2022',
  sources: ['S7', 'S35', 'S65'],
  ruleSets: [
    ruleSet({
      id: 'CSTD_TQ.individual.2024',
      period: periods.law2022,
      status: 'law_2022',
      basis: [luat('21', { inferred: true, sources: ['S7'] })],
      criteria: all(
        [
          streak(['CSTD_BO'], 2, { toOffset: null, maxGapYears: param('cstd_tq.max_gap_years') }),
          ministryAchievement('cstd_tq.achievement_years', 'national'),
        ],
        { cite: luat('21', { inferred: true, sources: ['S7'] }) },
      ),
    }),
    ruleSet({
      id: 'CSTD_TQ.individual.union-1689',
      appliesTo: 'union',
      period: periods.union1689,
      status: 'old',
      basis: [cite('QD_1689_TLD', '27', { sources: ['S35'] })],
      noteVi: 'Năm xét là năm liền sau năm đạt CSTĐ Tổng Liên đoàn lần thứ hai.',
      criteria: all(
        [
          streak(['CSTD_TLD'], 2, { toOffset: -1, maxGapYears: param('cstd_tq.max_gap_years') }),
          streak(['CSTDCS'], 6, { toOffset: -1 }),
          judgment(
            'cstd_tq.state_scope',
            'Sáng kiến, đề tài có phạm vi ảnh hưởng toàn quốc theo Luật tại thời điểm đề nghị',
            'Initiative or research of national scope under the law in force',
            'review',
            { cite: luat('21', { inferred: true, sources: ['S7'] }), status: 'unconfirmed' },
          ),
        ],
        { cite: cite('QD_1689_TLD', '27', { sources: ['S35'] }) },
      ),
    }),
    ruleSet({
      id: 'CSTD_TQ.individual.union-999',
      appliesTo: 'union',
      period: periods.union999,
      status: 'old',
      basis: [cite('QD_1689_TLD', '27', { sources: ['S35'] }), cite('QD_999_TLD'), luat('21', { inferred: true })],
      noteVi: 'Số liệu của Quy chế 1689 giữ làm tham số cho đến khi đối chiếu Quy chế 999/QĐ-TLĐ.',
      criteria: all([
        streak(['CSTD_TLD'], param('union.cstd_tq.cstd_tld_count'), {
          toOffset: -1,
          maxGapYears: param('cstd_tq.max_gap_years'),
          cite: cite('QD_1689_TLD', '27', { sources: ['S35'] }),
        }),
        streak(['CSTDCS'], param('union.cstd_tq.cstdcs_years'), {
          toOffset: -1,
          cite: cite('QD_1689_TLD', '27', { sources: ['S35'] }),
        }),
        ministryAchievement('cstd_tq.achievement_years', 'national'),
      ]),
    }),
  ],
});

export const stateIndividualTitles: AwardType[] = [ldtt, cstt, cstdcs, cstdBo, cstdTq];
