// Trade-union titles and flags (reference §2.2 union variants, §3.2, §3.3, §7). Figures from the TLĐ
// regulations 1564/2106/1689 hold until 28/05/2024; from 29/05/2024 (Quy chế 999, unread) they are parameters.
import type { AwardType, Conferrer } from '../../../../shared/contracts/emulation.ts';
import { awardType, periods, ruleSet } from './award-type.ts';
import { all, attribute, cite, clusterRank, judgment, param, rating, streak, tenure } from './clauses.ts';

type UnitKind = Extract<Conferrer, { kind: 'union' }>['unitKind'];
export const unionBody = (
  unitKind: UnitKind,
  organ: Extract<Conferrer, { kind: 'union' }>['organ'] = 'executive_committee',
  status: Conferrer['status'] = 'old',
): Conferrer => ({ kind: 'union', unitKind, organ, status });

const practice = (sources: string[]) => cite('PRACTICE', undefined, { sources });
const article1689 = (article: string) => cite('QD_1689_TLD', article, { sources: ['S35'] });

const cstdTld = awardType({
  code: 'CSTD_TLD',
  category: 'emulation_title',
  form: 'title',
  system: 'union',
  nameVi: 'Chiến sĩ thi đua Tổng Liên đoàn Lao động Việt Nam',
  nameEn: 'VGCL Emulation Fighter',
  altNamesVi: ['Chiến sĩ thi đua Tổng Liên đoàn'],
  level: 'ministry_province',
  conferrers: [unionBody('confederation', 'presidium')],
  recipientKinds: ['individual'],
  occasions: ['regular'],
  frequency: 'per_year',
  countsAs: [{ code: 'CSTD_BO', when: param('equivalence.cstd_tld_as_cstd_bo') }],
  status: 'old',
  sources: ['S35', 'S53'],
  ruleSets: [
    ruleSet({
      id: 'CSTD_TLD.individual.1689',
      period: periods.union1689,
      status: 'old',
      basis: [article1689('26')],
      criteria: all([
        streak(['CSTDCS'], 3, { cite: article1689('26') }),
        judgment('cstd_tld.outstanding', 'Có thành tích xuất sắc tiêu biểu', 'Outstanding achievement', 'review'),
      ]),
    }),
    ruleSet({
      id: 'CSTD_TLD.individual.999',
      period: periods.union999,
      status: 'old',
      basis: [article1689('26'), cite('QD_999_TLD')],
      noteVi: 'Cần đối chiếu Quy chế 999/QĐ-TLĐ.',
      criteria: all([
        streak(['CSTDCS'], param('union.cstd_tld.cstdcs_years'), { cite: article1689('26') }),
        judgment('cstd_tld.outstanding', 'Có thành tích xuất sắc tiêu biểu', 'Outstanding achievement', 'review'),
      ]),
    }),
  ],
});

const coTld = awardType({
  code: 'CO_TLD',
  category: 'emulation_title',
  form: 'emulation_flag',
  system: 'union',
  nameVi: 'Cờ thi đua của Tổng Liên đoàn Lao động Việt Nam',
  nameEn: 'VGCL Emulation Flag',
  level: 'ministry_province',
  conferrers: [unionBody('confederation', 'presidium')],
  recipientKinds: ['collective'],
  occasions: ['regular', 'thematic'],
  frequency: 'per_year',
  countsAs: [{ code: 'CO_BO', when: param('equivalence.co_tld_as_co_bo') }],
  status: 'local',
  sources: ['S44', 'S43'],
  ruleSets: [
    ruleSet({
      id: 'CO_TLD.collective',
      recipientKind: 'collective',
      period: { validFrom: null, validTo: null },
      status: 'local',
      basis: [practice(['S44'])],
      noteVi: 'Thực tiễn 2022: Cờ cho đơn vị dẫn đầu cụm, khối; tiêu chuẩn Cờ cho CĐCS chưa trích dẫn.',
      criteria: all([
        clusterRank(1, { cite: practice(['S44']) }),
        judgment(
          'co_tld.outstanding',
          'Tiêu biểu xuất sắc, được cụm, khối thi đua suy tôn',
          'Outstanding, voted up by the cluster',
          'review',
        ),
      ]),
    }),
  ],
});

/** 1564 Điều 11: Cờ of a provincial federation or a central sector union (such as Công đoàn Y tế Việt Nam). */
const provincialFlagRule = (code: string) =>
  ruleSet({
    id: `${code}.collective`,
    recipientKind: 'collective',
    period: { validFrom: '2014-12-24', validTo: null },
    status: 'old',
    basis: [cite('QD_1564_TLD', '11', { sources: ['S38'] })],
    noteVi: 'Quy chế 1564 (chế độ cũ); cần đối chiếu Quy chế 999/QĐ-TLĐ.',
    criteria: all(
      [
        rating('excellent'),
        judgment(
          'co_cd.outstanding_movements',
          'Có thành tích nổi bật trong các phong trào thi đua do cấp khen thưởng phát động',
          "Outstanding in the issuer's movements",
          'review',
        ),
      ],
      { cite: cite('QD_1564_TLD', '11', { sources: ['S38'] }) },
    ),
  });

const coLdld = awardType({
  code: 'CO_LDLD_TINH',
  category: 'emulation_title',
  form: 'emulation_flag',
  system: 'union',
  nameVi: 'Cờ thi đua của Liên đoàn Lao động tỉnh …',
  nameEn: 'Provincial Federation Emulation Flag',
  level: 'provincial_sector',
  conferrers: [unionBody('provincial_federation')],
  recipientKinds: ['collective'],
  occasions: ['regular', 'thematic'],
  frequency: 'per_year',
  status: 'old',
  sources: ['S38', 'S43'],
  ruleSets: [provincialFlagRule('CO_LDLD_TINH')],
});

const coCdyt = awardType({
  code: 'CO_CDYTVN',
  category: 'emulation_title',
  form: 'emulation_flag',
  system: 'union',
  nameVi: 'Cờ thi đua của Công đoàn Y tế Việt Nam',
  nameEn: 'Vietnam Health Union Emulation Flag',
  altNamesVi: ['Cờ thi đua xuất sắc toàn diện'],
  level: 'provincial_sector',
  conferrers: [unionBody('national_sector_union', 'executive_committee', 'unconfirmed')],
  recipientKinds: ['collective'],
  occasions: ['regular'],
  frequency: 'per_year',
  status: 'unconfirmed',
  sources: ['S54', 'S38'],
  noteVi: 'Cách ghi cơ quan ban hành ("Ban Chấp hành Công đoàn Y tế Việt Nam") chưa được xác nhận.',
  ruleSets: [provincialFlagRule('CO_CDYTVN')],
});

const coCdytThematic = awardType({
  code: 'CO_CDYTVN_CHUYEN_DE',
  category: 'emulation_title',
  form: 'emulation_flag',
  system: 'union',
  nameVi: 'Cờ thi đua chuyên đề "Xanh - Sạch - Đẹp"',
  nameEn: 'Thematic Emulation Flag "Green - Clean - Beautiful"',
  level: 'provincial_sector',
  conferrers: [unionBody('national_sector_union', 'executive_committee', 'unconfirmed')],
  recipientKinds: ['collective'],
  occasions: ['thematic'],
  frequency: 'per_year',
  status: 'local',
  sources: ['S54'],
  ruleSets: [
    ruleSet({
      id: 'CO_CDYTVN_CHUYEN_DE.collective',
      recipientKind: 'collective',
      period: { validFrom: null, validTo: null },
      status: 'local',
      basis: [practice(['S54'])],
      criteria: judgment(
        'chuyen_de.theme_results',
        'Có thành tích xuất sắc trong chuyên đề thi đua',
        'Outstanding results in the theme',
        'review',
        { cite: practice(['S54']) },
      ),
    }),
  ],
});

const memberOfUnion = attribute('isUnionMember', [true]);

const dvXuatSac = awardType({
  code: 'DVCD_XUAT_SAC',
  category: 'emulation_title',
  form: 'title',
  system: 'union',
  nameVi: 'Đoàn viên công đoàn xuất sắc',
  nameEn: 'Excellent Union Member',
  level: 'grassroots',
  conferrers: [unionBody('grassroots_union', 'executive_committee', 'local'), unionBody('provincial_sector_union')],
  recipientKinds: ['individual'],
  occasions: ['regular'],
  frequency: 'per_year',
  status: 'local',
  sources: ['S43', 'S56'],
  ruleSets: [
    ruleSet({
      id: 'DVCD_XUAT_SAC.individual',
      period: { validFrom: null, validTo: null },
      status: 'local',
      basis: [cite('LOCAL_LAM_HA_2021', undefined, { sources: ['S43', 'S56'] })],
      criteria: all([
        memberOfUnion,
        judgment(
          'dvxs.duties',
          'Hoàn thành xuất sắc nhiệm vụ đoàn viên theo Điều lệ Công đoàn; phẩm chất chính trị tốt; tham gia đầy đủ các phong trào',
          "Excellently fulfils a member's duties; sound conduct; joins every movement",
          'review',
        ),
      ]),
    }),
  ],
});

const cdcsExcellent = awardType({
  code: 'CDCS_HTXSNV',
  category: 'emulation_title',
  form: 'quality_rating',
  system: 'union',
  nameVi: 'Công đoàn cơ sở hoàn thành xuất sắc nhiệm vụ',
  nameEn: 'Grassroots union that excellently completed its duties',
  altNamesVi: ['Công đoàn cơ sở vững mạnh xuất sắc'],
  level: 'upper_grassroots',
  conferrers: [unionBody('provincial_sector_union'), unionBody('provincial_federation')],
  recipientKinds: ['collective'],
  occasions: ['regular'],
  frequency: 'per_year',
  status: 'old',
  sources: ['S42', 'S57'],
  ruleSets: [
    ruleSet({
      id: 'CDCS_HTXSNV.collective',
      recipientKind: 'collective',
      period: { validFrom: '2019-08-14', validTo: null },
      status: 'old',
      basis: [cite('HD_1294_TLD', undefined, { sources: ['S42'] })],
      criteria: all(
        [
          tenure('established', param('cdcs_rating.min_months_operating'), {
            minMonthsAfterReorganisation: param('cdcs_rating.min_months_after_reorganisation'),
          }),
          judgment(
            'cdcs_rating.score',
            'Đạt mức điểm xếp loại "hoàn thành xuất sắc nhiệm vụ" (thang điểm chưa trích dẫn)',
            'Scores in the "excellently completed" band (bands not quoted)',
            'review',
            { status: 'unconfirmed' },
          ),
        ],
        { cite: cite('HD_1294_TLD', undefined, { sources: ['S42'] }) },
      ),
    }),
  ],
});

const toCdVungManh = awardType({
  code: 'TO_CD_VUNG_MANH',
  category: 'emulation_title',
  form: 'title',
  system: 'union',
  nameVi: 'Tổ công đoàn vững mạnh',
  nameEn: 'Strong Union Group',
  level: 'grassroots',
  conferrers: [unionBody('grassroots_union', 'executive_committee', 'local')],
  recipientKinds: ['collective'],
  occasions: ['regular'],
  frequency: 'per_year',
  status: 'local',
  sources: ['S43'],
  ruleSets: [
    ruleSet({
      id: 'TO_CD_VUNG_MANH.collective',
      recipientKind: 'collective',
      period: { validFrom: null, validTo: null },
      status: 'local',
      basis: [cite('LOCAL_LAM_HA_2021', undefined, { sources: ['S43'] })],
      criteria: judgment(
        'to_cd.scoring',
        'Đạt điểm chấm tổ công đoàn vững mạnh theo hướng dẫn của công đoàn cơ sở',
        "Scores as a strong union group under the grassroots union's guidance",
        'review',
      ),
    }),
  ],
});

export const unionTitles: AwardType[] = [
  cstdTld,
  coTld,
  coLdld,
  coCdyt,
  coCdytThematic,
  dvXuatSac,
  cdcsExcellent,
  toCdVungManh,
];
