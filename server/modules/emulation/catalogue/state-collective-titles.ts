// State emulation titles for collectives and households, T6–T10 (reference §1.2, §2.3), with their rule versions.
import type { AwardType } from '../../../../shared/contracts/emulation.ts';
import { awardType, periods, rewardMultiplier, ruleSet } from './award-type.ts';
import { all, any, cite, clusterRank, judgment, luat, memberStat, param, rating } from './clauses.ts';
import { by, grassrootsConferrers, ministryConferrers } from './state-conferrers.ts';

const unity = judgment('collective.unity', 'Nội bộ đoàn kết', 'Internal unity', 'review');

const ttldtt = awardType({
  code: 'TTLDTT',
  category: 'emulation_title',
  form: 'title',
  system: 'state',
  nameVi: 'Tập thể lao động tiên tiến',
  nameEn: 'Advanced Labour Collective',
  altNamesVi: ['Đơn vị tiên tiến'],
  level: 'grassroots',
  conferrers: grassrootsConferrers(false),
  recipientKinds: ['collective'],
  occasions: ['regular'],
  frequency: 'per_year',
  rewardMultipliers: rewardMultiplier(0.8),
  status: 'law_2022',
  sources: ['S4', 'S50', 'S25b'],
  ruleSets: [
    ruleSet({
      id: 'TTLDTT.collective.old',
      recipientKind: 'collective',
      period: periods.oldLaw,
      status: 'old',
      basis: [cite('LUAT_2003', '28', { sources: ['S25b'] })],
      criteria: all(
        [
          rating('good'),
          judgment(
            'ttldtt.movement',
            'Có phong trào thi đua thường xuyên, thiết thực, có hiệu quả',
            'A regular, effective emulation movement',
            'review',
          ),
          memberStat({ award: ['LDTT'] }, 'share', 'gt', 0.5),
          memberStat({ disciplineAtLeast: 'warning' }, 'count', 'lte', 0),
          unity,
        ],
        { cite: cite('LUAT_2003', '28', { sources: ['S25b'] }) },
      ),
    }),
    ruleSet({
      id: 'TTLDTT.collective.2024',
      recipientKind: 'collective',
      period: periods.law2022,
      status: 'unconfirmed',
      basis: [luat('28', { sources: ['S50'] })],
      noteVi: 'Văn bản Điều 28 Luật 2022 chưa được trích dẫn; chi tiết do văn bản dưới luật quy định.',
      criteria: all(
        [
          judgment(
            'ttldtt.criteria_2022',
            'Đạt tiêu chuẩn Tập thể lao động tiên tiến theo Điều 28 Luật 2022 và văn bản quy định chi tiết',
            'Meets Article 28 of the 2022 law and its detailing rules',
            'review',
          ),
          memberStat({ award: ['LDTT'] }, 'share', 'gt', param('ttldtt.min_share_ldtt')),
          memberStat({ disciplineAtLeast: param('ttldtt.excluding_member_discipline') }, 'count', 'lte', 0),
        ],
        { cite: luat('28', { sources: ['S50'] }), status: 'unconfirmed' },
      ),
    }),
  ],
});

const ttldxs = awardType({
  code: 'TTLDXS',
  category: 'emulation_title',
  form: 'title',
  system: 'state',
  nameVi: 'Tập thể lao động xuất sắc',
  nameEn: 'Excellent Labour Collective',
  altNamesVi: ['Đơn vị quyết thắng'],
  level: 'ministry_province',
  conferrers: ministryConferrers,
  recipientKinds: ['collective'],
  occasions: ['regular'],
  frequency: 'per_year',
  rewardMultipliers: rewardMultiplier(1.5),
  status: 'law_2022',
  sources: ['S10', 'S36', 'S65'],
  ruleSets: [
    ruleSet({
      id: 'TTLDXS.collective.old',
      recipientKind: 'collective',
      period: periods.oldLaw,
      status: 'old',
      basis: [cite('LUAT_2003', undefined, { sources: ['S10'] })],
      criteria: all([
        memberStat({ disciplineAtLeast: 'warning' }, 'count', 'lte', 0, {
          cite: cite('LUAT_2003', undefined, { sources: ['S10'] }),
        }),
        judgment(
          'ttldxs.old_other',
          'Các tiêu chuẩn khác của Tập thể lao động xuất sắc theo Luật cũ (chưa trích dẫn)',
          'The other criteria of the old law (not quoted)',
          'review',
          { status: 'unconfirmed' },
        ),
      ]),
    }),
    ruleSet({
      id: 'TTLDXS.collective.2024',
      recipientKind: 'collective',
      period: periods.law2022,
      status: 'law_2022',
      basis: [luat('27', { inferred: true, sources: ['S10'] })],
      criteria: all(
        [
          rating('excellent'),
          judgment(
            'ttldxs.active',
            'Tích cực tham gia các phong trào thi đua',
            'Active in the emulation movements',
            'review',
          ),
          memberStat({ ratingAtLeast: 'completed' }, 'share', 'gte', 1),
          memberStat({ award: ['LDTT'] }, 'share', 'gte', 0.7),
          memberStat({ award: ['CSTDCS'] }, 'count', 'gte', 1),
          unity,
        ],
        { cite: luat('27', { inferred: true, sources: ['S10'] }) },
      ),
    }),
  ],
});

const mostOutstanding = judgment(
  'co_bo.most_outstanding',
  'Là tập thể tiêu biểu xuất sắc nhất được suy tôn',
  'The most outstanding collective, voted up by its peers',
  'review',
);
const flagRoute = any([
  clusterRank(1),
  judgment(
    'co_bo.long_movement',
    'Dẫn đầu phong trào thi đua có thời gian từ 01 năm trở lên',
    'Leads an emulation movement lasting one year or more',
    'not_met',
  ),
]);

const coBo = awardType({
  code: 'CO_BO',
  category: 'emulation_title',
  form: 'emulation_flag',
  system: 'state',
  nameVi: 'Cờ thi đua của Bộ, ban, ngành, tỉnh',
  nameEn: 'Emulation Flag of a Ministry, Sector or Province',
  altNamesVi: ['Cờ thi đua của Bộ Y tế', 'Cờ thi đua của Ủy ban nhân dân tỉnh …'],
  level: 'ministry_province',
  conferrers: ministryConferrers,
  recipientKinds: ['collective'],
  occasions: ['regular', 'thematic'],
  frequency: 'per_year',
  status: 'old',
  sources: ['S24d', 'S65'],
  ruleSets: [
    ruleSet({
      id: 'CO_BO.collective.old',
      recipientKind: 'collective',
      period: periods.oldLaw,
      status: 'old',
      basis: [cite('ND_91_2017', undefined, { sources: ['S24d'] })],
      criteria: all([flagRoute, mostOutstanding], { cite: cite('ND_91_2017', undefined, { sources: ['S24d'] }) }),
    }),
    ruleSet({
      id: 'CO_BO.collective.2024',
      recipientKind: 'collective',
      period: periods.law2022,
      status: 'old',
      basis: [luat('26', { inferred: true, sources: ['S24d'] })],
      noteVi: 'Văn bản 2022 chưa được trích dẫn; giữ cách xét qua cụm, khối của chế độ cũ.',
      criteria: all([flagRoute, mostOutstanding], { cite: luat('26', { inferred: true }), status: 'old' }),
    }),
  ],
});

const coCp = awardType({
  code: 'CO_CP',
  category: 'emulation_title',
  form: 'emulation_flag',
  system: 'state',
  nameVi: 'Cờ thi đua của Chính phủ',
  nameEn: 'Government Emulation Flag',
  level: 'national',
  conferrers: [by('government')],
  recipientKinds: ['collective'],
  occasions: ['regular', 'thematic'],
  frequency: 'per_year',
  rewardMultipliers: rewardMultiplier(12.0),
  status: 'law_2022',
  sources: ['S9', 'S44', 'S65'],
  ruleSets: [
    ruleSet({
      id: 'CO_CP.collective.2024',
      recipientKind: 'collective',
      period: periods.law2022,
      status: 'law_2022',
      basis: [luat('25', { sources: ['S9'] })],
      criteria: any(
        [
          all([
            clusterRank(1),
            judgment(
              'co_cp.outstanding_leader',
              'Tiêu biểu xuất sắc trong các tập thể dẫn đầu cụm, khối thi đua; hoàn thành vượt mức chỉ tiêu; nội bộ đoàn kết; tổ chức đảng, đoàn thể trong sạch, vững mạnh; đi đầu thực hành tiết kiệm, chống tham nhũng',
              'Outstanding among the cluster leaders; targets exceeded; unity; clean organisations; leads in thrift and anti-corruption',
              'review',
            ),
          ]),
          judgment(
            'co_cp.central_cluster',
            'Dẫn đầu cụm, khối thi đua do Ban Thi đua - Khen thưởng Trung ương tổ chức',
            'Leads a cluster organised by the Central Emulation and Commendation Board',
            'not_met',
          ),
          judgment(
            'co_cp.pm_movement',
            'Dẫn đầu phong trào thi đua do Thủ tướng Chính phủ phát động có thời gian từ 05 năm trở lên',
            'Leads a movement launched by the Prime Minister lasting five years or more',
            'not_met',
          ),
        ],
        { cite: luat('25', { sources: ['S9'] }) },
      ),
    }),
  ],
});

const localTitle = (code: string, nameVi: string, nameEn: string, kind: 'collective' | 'household', reward?: number) =>
  awardType({
    code,
    category: 'emulation_title',
    form: 'title',
    system: 'state',
    nameVi,
    nameEn,
    level: 'local_government',
    conferrers: [by('peoples_committee')],
    recipientKinds: [kind],
    occasions: ['regular'],
    frequency: 'per_year',
    ...(reward === undefined ? {} : { rewardMultipliers: rewardMultiplier(reward) }),
    status: 'law_2022',
    sources: ['S4', 'S20'],
    noteVi: 'Danh hiệu của chính quyền địa phương; tiêu chuẩn không thuộc phạm vi tài liệu tham chiếu.',
  });

export const stateCollectiveTitles: AwardType[] = [
  ttldtt,
  ttldxs,
  coBo,
  coCp,
  {
    ...localTitle('XA_TIEU_BIEU', 'Xã, phường tiêu biểu', 'Exemplary Commune or Ward', 'collective', 2.0),
    altNamesVi: ['Xã, phường, đặc khu tiêu biểu'],
  },
  localTitle('THON_VAN_HOA', 'Thôn, tổ dân phố văn hóa', 'Cultured Hamlet or Residential Group', 'collective', 1.5),
  localTitle('GIA_DINH_VAN_HOA', 'Gia đình văn hóa', 'Cultured Family', 'household'),
];
