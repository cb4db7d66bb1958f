// Trade-union certificates: Bằng khen of the TLĐ (comprehensive and thematic), of a provincial federation and of
// the health union, and the union Giấy khen (reference §3.2, §3.3, §7).
import type { AwardType, RuleSet } from '../../../../shared/contracts/emulation.ts';
import { awardType, periods, ruleSet } from './award-type.ts';
import { cite, judgment, luat, maxCount, param } from './clauses.ts';
import { configurableFigure, documentedFigure, type Figure } from './parameters.ts';
import { unionBody } from './union-titles.ts';

const both = ['individual', 'collective'] as const;

/** Rule sets with the reference's status for a form whose criteria were not retrieved. */
const unknownCriteria = (code: string, noteVi: string): RuleSet[] =>
  both.map((recipientKind) =>
    ruleSet({
      id: `${code}.${recipientKind}`,
      recipientKind,
      period: { validFrom: null, validTo: null },
      status: 'unconfirmed',
      basis: [cite('QD_999_TLD', undefined, { sources: ['S30'] })],
      noteVi,
      criteria: null,
    }),
  );

const bkTld = awardType({
  code: 'BK_TLD',
  category: 'commendation',
  form: 'certificate_of_merit',
  system: 'union',
  nameVi: 'Bằng khen của Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam',
  nameEn: 'Certificate of Merit of the VGCL Executive Committee',
  level: 'ministry_province',
  conferrers: [unionBody('confederation', 'presidium')],
  recipientKinds: [...both],
  occasions: ['regular', 'ad_hoc'],
  countsAs: [{ code: 'BK_BO', when: param('equivalence.bk_tld_as_bk_bo') }],
  status: 'unconfirmed',
  sources: ['S12', 'S43', 'S51'],
  ruleSets: unknownCriteria('BK_TLD', 'Tiêu chuẩn Bằng khen toàn diện của Tổng Liên đoàn chưa được trích dẫn.'),
});

const themeCriteria = judgment(
  'chuyen_de.theme_results',
  'Có thành tích xuất sắc trong chuyên đề thi đua',
  'Outstanding results in the theme',
  'review',
);
const article15 = cite('QD_1689_TLD', '15', { sources: ['S34'] });
const thematicRuleSets = (figure: Figure, period: 'union1689' | 'union999') =>
  both.map((recipientKind) =>
    ruleSet({
      id: `BK_CHUYEN_DE_TLD.${recipientKind}.${period === 'union1689' ? '1689' : '999'}`,
      recipientKind,
      period: periods[period],
      status: 'old',
      basis: [article15],
      criteria: themeCriteria,
      quotas: [
        maxCount(figure('bk_chuyen_de.max_per_theme'), 'theme', { cite: article15 }),
        maxCount(figure('bk_chuyen_de.max_per_proposing_unit'), 'proposing_unit', { cite: article15 }),
      ],
    }),
  );

const bkThematic = awardType({
  code: 'BK_CHUYEN_DE_TLD',
  category: 'commendation',
  form: 'certificate_of_merit',
  system: 'union',
  nameVi: 'Bằng khen chuyên đề của Tổng Liên đoàn Lao động Việt Nam',
  nameEn: 'VGCL Thematic Certificate of Merit',
  level: 'ministry_province',
  conferrers: [unionBody('confederation', 'presidium')],
  recipientKinds: [...both],
  occasions: ['thematic'],
  themes: ['Xanh - Sạch - Đẹp, Bảo đảm an toàn vệ sinh lao động', 'Văn hóa, Thể thao', 'Giỏi việc nước, Đảm việc nhà'],
  status: 'old',
  sources: ['S34', 'S45'],
  ruleSets: [...thematicRuleSets(documentedFigure, 'union1689'), ...thematicRuleSets(configurableFigure, 'union999')],
});

const bkLdld = awardType({
  code: 'BK_LDLD_TINH',
  category: 'commendation',
  form: 'certificate_of_merit',
  system: 'union',
  nameVi: 'Bằng khen của Ban Chấp hành Liên đoàn Lao động tỉnh …',
  nameEn: 'Certificate of Merit of a Provincial Federation of Labour',
  level: 'provincial_sector',
  conferrers: [unionBody('provincial_federation')],
  recipientKinds: [...both],
  occasions: ['regular', 'thematic', 'ad_hoc'],
  countsAs: [{ code: 'BK_BO', when: param('equivalence.bk_ldld_as_bk_bo') }],
  status: 'old',
  sources: ['S43', 'S51'],
  ruleSets: unknownCriteria('BK_LDLD_TINH', 'Tiêu chuẩn chưa được trích dẫn.'),
});

const bkCdyt = awardType({
  code: 'BK_CDYTVN',
  category: 'commendation',
  form: 'certificate_of_merit',
  system: 'union',
  nameVi: 'Bằng khen của Ban Chấp hành Công đoàn Y tế Việt Nam',
  nameEn: 'Certificate of Merit of the Vietnam Health Union',
  altNamesVi: ['Bằng khen của Công đoàn ngành'],
  level: 'provincial_sector',
  conferrers: [unionBody('national_sector_union', 'executive_committee', 'unconfirmed')],
  recipientKinds: [...both],
  occasions: ['regular', 'thematic', 'ad_hoc'],
  status: 'unconfirmed',
  sources: ['S54'],
  noteVi: 'Cách ghi cơ quan ban hành chưa được xác nhận.',
  ruleSets: unknownCriteria('BK_CDYTVN', 'Tiêu chuẩn chưa được trích dẫn.'),
});

const unionGiayKhen = (
  code: string,
  nameVi: string,
  nameEn: string,
  unitKind: 'provincial_sector_union' | 'grassroots_union',
) =>
  awardType({
    code,
    category: 'commendation',
    form: 'certificate_of_commendation',
    system: 'union',
    nameVi,
    nameEn,
    ...(unitKind === 'provincial_sector_union'
      ? { altNamesVi: ['Giấy khen của Ban Chấp hành Công đoàn cấp trên trực tiếp cơ sở'] }
      : {}),
    level: unitKind === 'grassroots_union' ? 'grassroots' : 'upper_grassroots',
    conferrers: [unionBody(unitKind)],
    recipientKinds: [...both],
    occasions: ['regular', 'thematic', 'ad_hoc'],
    countsAs: [{ code: 'GK' }],
    status: 'law_2022',
    sources: ['S13', 'S43'],
    ruleSets: both.map((recipientKind) =>
      ruleSet({
        id: `${code}.${recipientKind}`,
        recipientKind,
        period: { validFrom: null, validTo: null },
        status: 'unconfirmed',
        basis: [luat('75', { clause: '2', sources: ['S13'] })],
        noteVi: 'Tiêu chuẩn Giấy khen của công đoàn chưa được trích dẫn; mỗi cấp có thể thêm phiên bản riêng.',
        criteria: judgment(
          'gk.issuer_criteria',
          'Đạt tiêu chuẩn Giấy khen do cơ quan, đơn vị có thẩm quyền quy định',
          'Meets the criteria set by the issuing body',
          'review',
          { cite: luat('75', { clause: '2', sources: ['S13'] }) },
        ),
      }),
    ),
  });

export const unionCertificates: AwardType[] = [
  bkTld,
  bkThematic,
  bkLdld,
  bkCdyt,
  unionGiayKhen(
    'GK_CD_NGANH_TINH',
    'Giấy khen của Ban Chấp hành Công đoàn ngành Y tế tỉnh …',
    'Certificate of Commendation of a Provincial Health Sector Union',
    'provincial_sector_union',
  ),
  unionGiayKhen(
    'GK_CDCS',
    'Giấy khen của Ban Chấp hành Công đoàn cơ sở …',
    'Certificate of Commendation of a Grassroots Union',
    'grassroots_union',
  ),
];
