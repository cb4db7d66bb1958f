// State certificates and the health sector's commemorative medal (reference §1.3 K5–K8, §2.4, §3.3, §7).
import type { AwardType, Conferrer, RuleSet } from '../../../../shared/contracts/emulation.ts';
import { awardType, periods, ruleSet } from './award-type.ts';
import {
  achievement,
  all,
  any,
  cite,
  judgment,
  luat,
  param,
  rating,
  serviceYears,
  sinceAward,
  streak,
} from './clauses.ts';

const both = ['individual', 'collective'] as const;
const authority = (a: Extract<Conferrer, { kind: 'authority' }>['authority'], organisationVi?: string): Conferrer =>
  organisationVi === undefined
    ? { kind: 'authority', authority: a, status: 'law_2022' }
    : { kind: 'authority', authority: a, organisationVi, status: 'law_2022' };

const bkTtg = awardType({
  code: 'BK_TTG',
  category: 'commendation',
  form: 'certificate_of_merit',
  system: 'state',
  nameVi: 'Bằng khen của Thủ tướng Chính phủ',
  nameEn: "Prime Minister's Certificate of Merit",
  level: 'national',
  conferrers: [authority('prime_minister')],
  recipientKinds: [...both],
  occasions: ['regular', 'thematic', 'ad_hoc', 'influential_achievement'],
  status: 'law_2022',
  sources: ['S11', 'S51'],
  ruleSets: [
    ruleSet({
      id: 'BK_TTG.individual.2024',
      period: periods.law2022,
      status: 'law_2022',
      basis: [luat('73', { clause: '1', sources: ['S11'] })],
      criteria: any([
        judgment(
          'bk_ttg.movement_exemplar',
          'Có thành tích xuất sắc tiêu biểu, được bình xét trong phong trào thi đua',
          'Outstanding, exemplary achievement reviewed in an emulation movement',
          'not_met',
          { cite: luat('73', { clause: '1', point: 'a', sources: ['S11'] }) },
        ),
        sinceAward(['BK_BO'], 5, 'good', [{ of: 'award', codes: ['CSTDCS'], min: 3 }], {
          cite: luat('73', { clause: '1', point: 'b', sources: ['S11'] }),
        }),
        judgment(
          'bk_ttg.influential',
          'Nhiều thành tích hoặc thành tích đột xuất có phạm vi ảnh hưởng trong Bộ, ngành, tỉnh, hoặc đạt giải thưởng (nội dung chưa trích dẫn đầy đủ)',
          'Many or ad-hoc achievements with influence across the ministry or province, or a prize (text truncated)',
          'not_met',
          { cite: luat('73', { clause: '1', point: 'c', sources: ['S11'] }), status: 'unconfirmed' },
        ),
      ]),
    }),
    ruleSet({
      id: 'BK_TTG.collective.2024',
      recipientKind: 'collective',
      period: periods.law2022,
      status: 'unconfirmed',
      basis: [luat('73')],
      noteVi: 'Tiêu chuẩn tập thể theo Luật 2022 chưa được trích dẫn.',
      criteria: null,
    }),
  ],
});

/** Điều 74.1.d, with the MoHA reading [S12]: two consecutive CSTĐCS, or two HTXSNV years with two applied initiatives. */
function bkBoRuleSets(code: string): RuleSet[] {
  const pointD = luat('74', { clause: '1', point: 'd', sources: ['S12'] });
  return [
    ruleSet({
      id: `${code}.individual.2024`,
      period: periods.law2022,
      status: 'law_2022',
      basis: [luat('74', { clause: '1', sources: ['S12'] })],
      criteria: any([
        streak(['CSTDCS'], 2, { cite: pointD }),
        all(
          [
            rating('excellent', { years: 2 }),
            any([
              achievement(['initiative'], { minCount: 2, years: 2, requireApplied: true }),
              achievement(['research'], { minCount: 2, years: 2, requireApplied: true }),
            ]),
          ],
          { cite: pointD },
        ),
        judgment(
          'bk_bo.other_points',
          'Thành tích theo các điểm khác của khoản 1 Điều 74 (thành tích xuất sắc, đột xuất; chưa trích dẫn)',
          'Another point of Article 74(1): outstanding or ad-hoc achievement (not quoted)',
          'not_met',
          { cite: luat('74', { clause: '1', sources: ['S12'] }), status: 'unconfirmed' },
        ),
      ]),
    }),
    ruleSet({
      id: `${code}.collective.2024`,
      recipientKind: 'collective',
      period: periods.law2022,
      status: 'unconfirmed',
      basis: [luat('74')],
      criteria: null,
    }),
  ];
}

type Base = Pick<
  AwardType,
  'category' | 'form' | 'system' | 'level' | 'recipientKinds' | 'occasions' | 'status' | 'sources'
>;
const bkBoBase: Base = {
  category: 'commendation',
  form: 'certificate_of_merit',
  system: 'state',
  level: 'ministry_province',
  recipientKinds: [...both],
  occasions: ['regular', 'thematic', 'ad_hoc', 'influential_achievement'],
  status: 'law_2022',
  sources: ['S12'],
};

const bkBo = awardType({
  ...bkBoBase,
  code: 'BK_BO',
  nameVi: 'Bằng khen của Bộ, ban, ngành, tỉnh',
  nameEn: 'Certificate of Merit of a Ministry, Sector or Province',
  conferrers: [authority('minister'), authority('provincial_pc_chair'), authority('mass_organisation_head')],
  ruleSets: bkBoRuleSets('BK_BO'),
});
const bkByt = awardType({
  ...bkBoBase,
  code: 'BK_BYT',
  nameVi: 'Bằng khen của Bộ trưởng Bộ Y tế',
  nameEn: 'Certificate of Merit of the Minister of Health',
  conferrers: [authority('minister', 'Bộ Y tế')],
  countsAs: [{ code: 'BK_BO' }],
  ruleSets: bkBoRuleSets('BK_BYT'),
});
const bkUbnd = awardType({
  ...bkBoBase,
  code: 'BK_UBND_TINH',
  nameVi: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh …',
  nameEn: "Certificate of Merit of the Provincial People's Committee Chair",
  conferrers: [authority('provincial_pc_chair')],
  countsAs: [{ code: 'BK_BO' }],
  ruleSets: bkBoRuleSets('BK_UBND_TINH'),
});

/** Điều 75.2: each ministry, sector or province sets its own Giấy khen criteria. */
function giayKhenRuleSets(code: string): RuleSet[] {
  return both.map((recipientKind) =>
    ruleSet({
      id: `${code}.${recipientKind}.2024`,
      recipientKind,
      period: periods.law2022,
      status: 'law_2022',
      basis: [luat('75', { clause: '2', sources: ['S13'] })],
      noteVi: 'Cơ quan ban hành có thể thêm phiên bản riêng (appliesTo) với tiêu chuẩn của mình.',
      criteria: judgment(
        'gk.issuer_criteria',
        'Đạt tiêu chuẩn Giấy khen do cơ quan, đơn vị có thẩm quyền quy định',
        'Meets the criteria set by the issuing body',
        'review',
        { cite: luat('75', { clause: '2', sources: ['S13'] }) },
      ),
    }),
  );
}

const gkBase: Base = {
  category: 'commendation',
  form: 'certificate_of_commendation',
  system: 'state',
  level: 'grassroots',
  recipientKinds: [...both],
  occasions: ['regular', 'thematic', 'ad_hoc'],
  status: 'law_2022',
  sources: ['S4', 'S13'],
};

const gk = awardType({
  ...gkBase,
  code: 'GK',
  nameVi: 'Giấy khen',
  nameEn: 'Certificate of Commendation',
  conferrers: [
    authority('unit_head'),
    authority('department_director'),
    authority('enterprise_head'),
    { kind: 'authority', authority: 'district_pc_chair', validTo: '2025-06-30', status: 'law_2022' },
    authority('commune_pc_chair'),
  ],
  ruleSets: giayKhenRuleSets('GK'),
});
const gkSyt = awardType({
  ...gkBase,
  code: 'GK_SYT',
  nameVi: 'Giấy khen của Giám đốc Sở Y tế',
  nameEn: 'Certificate of Commendation of the Director of the Department of Health',
  conferrers: [authority('department_director', 'Sở Y tế')],
  countsAs: [{ code: 'GK' }],
  ruleSets: giayKhenRuleSets('GK_SYT'),
});
const gkUnitHead = awardType({
  ...gkBase,
  code: 'GK_THU_TRUONG',
  nameVi: 'Giấy khen của Giám đốc Bệnh viện …',
  nameEn: 'Certificate of Commendation of a hospital or health centre director',
  altNamesVi: ['Giấy khen của Giám đốc Trung tâm Y tế …'],
  conferrers: [authority('unit_head')],
  countsAs: [{ code: 'GK' }],
  ruleSets: giayKhenRuleSets('GK_THU_TRUONG'),
});

const kncSkNd = awardType({
  code: 'KNC_SKND',
  category: 'commendation',
  form: 'commemorative_medal',
  system: 'state',
  nameVi: 'Kỷ niệm chương "Vì sức khỏe nhân dân"',
  nameEn: 'Commemorative Medal "For the People\'s Health"',
  level: 'ministry_province',
  conferrers: [authority('minister', 'Bộ Y tế')],
  recipientKinds: ['individual'],
  occasions: ['length_of_service'],
  frequency: 'per_lifetime',
  frequencyCite: cite('TT_38_2018_BYT', '39', { sources: ['S46', 'S47'] }),
  status: 'old',
  sources: ['S46', 'S47'],
  ruleSets: [
    ruleSet({
      id: 'KNC_SKND.individual',
      period: { validFrom: null, validTo: null },
      status: 'old',
      basis: [cite('TT_38_2018_BYT', '39', { sources: ['S46', 'S47'] })],
      criteria: any([
        serviceYears([['health_sector', 1]], param('knc_syt.min_years_male'), {
          minYearsFemale: param('knc_syt.min_years_female'),
          cite: cite('TT_38_2018_BYT', '39', { sources: ['S46'] }),
        }),
        judgment(
          'knc_syt.hardship',
          'Công tác ở chuyên ngành nặng nhọc, độc hại (lao, phong, tâm thần…) được giảm thời gian (mức giảm chưa trích dẫn)',
          'Hardship specialties (TB, leprosy, psychiatry…) with reduced service time (figures not quoted)',
          'not_met',
          { status: 'unconfirmed', cite: cite('TT_38_2018_BYT', '39', { sources: ['S46'] }) },
        ),
      ]),
    }),
  ],
});

export const stateCertificates: AwardType[] = [bkTtg, bkBo, bkByt, bkUbnd, gk, gkSyt, gkUnitHead, kncSkNd];
