// Trade-union prizes, the Creative Labour Certificate and the union commemorative medal (reference §3.3).
import type { AwardType, Clause } from '../../../../shared/contracts/emulation.ts';
import { awardType, periods, ruleSet } from './award-type.ts';
import {
  achievement,
  all,
  any,
  attribute,
  attributeShare,
  cite,
  judgment,
  maxCount,
  param,
  rating,
  serviceYears,
} from './clauses.ts';
import { configurableFigure, documentedFigure, type Figure } from './parameters.ts';
import { unionBody } from './union-titles.ts';

const practice = (sources: string[]) => cite('PRACTICE', undefined, { sources });

/** 1564 Điều 16.1: a member with solutions that gained enough value, by staff group. */
function creativeLabourCriteria(figure: Figure): Clause {
  const solutions = (min: number | { param: string }, more: { years?: number; eachYear?: boolean } = {}) =>
    achievement(['initiative', 'research'], { requireApplied: true, minTotalValueVnd: min, ...more });
  return all(
    [
      attribute('isUnionMember', [true]),
      judgment('bldst.member_duties', 'Hoàn thành tốt nhiệm vụ đoàn viên', "Fulfils a union member's duties", 'review'),
      any([
        all([
          attribute('educationLevel', ['college_or_below']),
          attribute('holdsLeadershipPost', [false]),
          any([
            solutions(figure('bldst.worker_min_value_vnd')),
            solutions(figure('bldst.worker_three_year_min_value_vnd'), { years: 3, eachYear: true }),
          ]),
        ]),
        all([
          attribute('educationLevel', ['university_or_higher']),
          attribute('holdsLeadershipPost', [false]),
          solutions(figure('bldst.graduate_min_value_vnd')),
        ]),
        all([
          attribute('holdsLeadershipPost', [true]),
          any([
            solutions(figure('bldst.leader_min_value_vnd')),
            judgment(
              'bldst.management_improvement',
              'Cải tiến quản lý được công nhận cấp tỉnh, Bộ, ngành và có hiệu quả cao',
              'Management improvement recognised at province or ministry level, highly effective',
              'not_met',
            ),
          ]),
        ]),
        judgment(
          'bldst.other_criteria',
          'Tiêu chí khác của Điều 16 (đề tài nghiên cứu…; nội dung chưa trích dẫn đầy đủ)',
          'Another criterion of Article 16 (text truncated)',
          'not_met',
          { status: 'unconfirmed' },
        ),
      ]),
    ],
    { cite: cite('QD_1564_TLD', '16', { clause: '1', sources: ['S33', 'S33b'] }) },
  );
}

const creativeLabour = awardType({
  code: 'BANG_LDST',
  category: 'commendation',
  form: 'creative_labour_certificate',
  system: 'union',
  nameVi: 'Bằng Lao động sáng tạo',
  nameEn: 'Creative Labour Certificate',
  altNamesVi: ['Bằng khen Lao động sáng tạo', 'Huy hiệu Lao động sáng tạo'],
  level: 'ministry_province',
  conferrers: [unionBody('confederation', 'presidium')],
  recipientKinds: ['individual'],
  occasions: ['regular'],
  frequency: 'per_year',
  status: 'old',
  sources: ['S33', 'S33b', 'S48'],
  ruleSets: [
    ruleSet({
      id: 'BANG_LDST.individual.1564',
      period: { validFrom: '2014-12-24', validTo: periods.union1689.validTo },
      status: 'old',
      basis: [cite('QD_1564_TLD', '16', { clause: '1', sources: ['S33', 'S33b'] })],
      criteria: creativeLabourCriteria(documentedFigure),
    }),
    ruleSet({
      id: 'BANG_LDST.individual.999',
      period: periods.union999,
      status: 'old',
      basis: [cite('QD_1564_TLD', '16', { clause: '1', sources: ['S33'] }), cite('QD_999_TLD')],
      noteVi: 'Mức giá trị làm lợi mới chưa được xác nhận: là tham số.',
      criteria: creativeLabourCriteria(configurableFigure),
    }),
  ],
});

const canTho = cite('LOCAL_CAN_THO_KNC', undefined, { sources: ['S41c'] });
function unionMedalCriteria(figure: Figure): Clause {
  return all(
    [
      any([
        serviceYears(
          [
            ['union_full_time', 1],
            ['union_part_time', 1.5],
            ['union_part_time_non_state', 2],
          ],
          figure('knc_cd.full_time_min_years'),
        ),
        judgment(
          'knc_cd.terms',
          'Ủy viên BCH, UBKT Tổng Liên đoàn (hoặc BCH Công đoàn ngành) 2 nhiệm kỳ liên tục; Đoàn Chủ tịch Tổng Liên đoàn trọn một nhiệm kỳ',
          'Two consecutive terms on the VGCL executive or inspection committee, or one full term on its presidium',
          'not_met',
        ),
        serviceYears(
          [
            ['union_service_unit', 1],
            ['union_enterprise_manager', 1],
          ],
          figure('knc_cd.service_unit_min_years'),
        ),
        judgment(
          'knc_cd.outside_contributor',
          'Người ngoài hệ thống công đoàn có đóng góp, giữ cương vị từ 05 năm trở lên',
          'Outside contributor holding the post for five years or more',
          'not_met',
          { cite: canTho, status: 'local' },
        ),
      ]),
      any([attribute('isInUnionStaff', [false]), rating('completed', { years: 3, toOffset: -1 })], {
        when: param('knc_cd.require_prior_years_completed'),
        cite: canTho,
        status: 'local',
      }),
    ],
    { cite: cite('HD_149_TLD', undefined, { sources: ['S41'] }) },
  );
}

const unionMedal = awardType({
  code: 'KNC_CD',
  category: 'commendation',
  form: 'commemorative_medal',
  system: 'union',
  nameVi: 'Kỷ niệm chương "Vì sự nghiệp xây dựng tổ chức Công đoàn"',
  nameEn: 'Commemorative Medal "For the Cause of Building the Trade Union"',
  level: 'ministry_province',
  conferrers: [unionBody('confederation', 'presidium')],
  recipientKinds: ['individual'],
  occasions: ['length_of_service'],
  frequency: 'per_lifetime',
  frequencyCite: cite('HD_149_TLD', undefined, { sources: ['S41'] }),
  status: 'old',
  sources: ['S41', 'S41c', 'S41d'],
  ruleSets: [
    ruleSet({
      id: 'KNC_CD.individual.2013',
      period: { validFrom: null, validTo: '2015-02-03' },
      status: 'old',
      basis: [cite('KNC_GUIDE_2013', undefined, { sources: ['S41d'] })],
      criteria: any([serviceYears([['union_full_time', 1]], 15), serviceYears([['union_part_time', 1]], 10)], {
        cite: cite('KNC_GUIDE_2013', undefined, { sources: ['S41d'] }),
      }),
    }),
    ruleSet({
      id: 'KNC_CD.individual.149',
      period: { validFrom: '2015-02-04', validTo: periods.union1689.validTo },
      status: 'old',
      basis: [cite('HD_149_TLD', undefined, { sources: ['S41'] })],
      criteria: unionMedalCriteria(documentedFigure),
    }),
    ruleSet({
      id: 'KNC_CD.individual.999',
      period: periods.union999,
      status: 'old',
      basis: [cite('HD_149_TLD', undefined, { sources: ['S41'] }), cite('QD_999_TLD')],
      criteria: unionMedalCriteria(configurableFigure),
    }),
  ],
});

const nguyenDucCanh = awardType({
  code: 'GT_NGUYEN_DUC_CANH',
  category: 'commendation',
  form: 'prize',
  system: 'union',
  nameVi: 'Giải thưởng Nguyễn Đức Cảnh',
  nameEn: 'Nguyen Duc Canh Award',
  level: 'ministry_province',
  conferrers: [unionBody('confederation', 'presidium')],
  recipientKinds: ['individual'],
  occasions: ['period_review'],
  status: 'local',
  sources: ['S40'],
  noteVi: '5 năm một lần, vào năm Đại hội Công đoàn Việt Nam.',
  ruleSets: [
    ruleSet({
      id: 'GT_NGUYEN_DUC_CANH.individual',
      period: { validFrom: null, validTo: null },
      status: 'local',
      basis: [practice(['S40'])],
      criteria: all([
        attribute('isDirectProductionWorker', [true]),
        judgment(
          'gt_ndc.outstanding',
          'Tiêu biểu xuất sắc trong phong trào "Lao động giỏi, Lao động sáng tạo"; có nhiều sáng kiến; kèm cặp, giúp đỡ đồng nghiệp',
          'Outstanding in "Good work, creative work"; many initiatives; coaches colleagues',
          'review',
        ),
      ]),
    }),
  ],
});

const nvlCite = cite('QD_2106_TLD', '18', { sources: ['S39'] });
const nguyenVanLinh = awardType({
  code: 'GT_NGUYEN_VAN_LINH',
  category: 'commendation',
  form: 'prize',
  system: 'union',
  nameVi: 'Giải thưởng Nguyễn Văn Linh',
  nameEn: 'Nguyen Van Linh Award',
  level: 'ministry_province',
  conferrers: [unionBody('confederation', 'presidium')],
  recipientKinds: ['individual'],
  occasions: ['regular'],
  frequency: 'per_lifetime',
  frequencyCite: cite('QD_2106_TLD', '18', { clause: '2', sources: ['S39'] }),
  status: 'old',
  sources: ['S39'],
  ruleSets: [
    ruleSet({
      id: 'GT_NGUYEN_VAN_LINH.individual',
      period: { validFrom: '2017-12-28', validTo: null },
      status: 'old',
      basis: [nvlCite],
      criteria: all([
        attribute('isUnionCadre', [true], { cite: nvlCite }),
        judgment('gt_nvl.outstanding', 'Cán bộ công đoàn tiêu biểu xuất sắc', 'An outstanding union cadre', 'review'),
      ]),
      quotas: [
        maxCount(param('gt_nvl.max_recipients'), 'all', { cite: nvlCite }),
        attributeShare(
          'unionCadreLevel',
          ['grassroots'],
          { min: param('gt_nvl.min_share_grassroots') },
          { cite: nvlCite },
        ),
        attributeShare(
          'unionCadreLevel',
          ['direct_upper'],
          { max: param('gt_nvl.max_share_direct_upper') },
          { cite: nvlCite },
        ),
        attributeShare(
          'unionCadreLevel',
          ['provincial_or_higher'],
          { max: param('gt_nvl.max_share_provincial') },
          { cite: nvlCite },
        ),
      ],
    }),
  ],
});

const womenMembers = awardType({
  code: 'GT_NU_DOAN_VIEN',
  category: 'commendation',
  form: 'prize',
  system: 'union',
  nameVi: 'Giải thưởng "Nữ đoàn viên công đoàn năng động, sáng tạo, trách nhiệm"',
  nameEn: 'Award "Dynamic, creative, responsible woman union member"',
  level: 'ministry_province',
  conferrers: [unionBody('confederation', 'presidium')],
  recipientKinds: ['individual'],
  occasions: ['thematic'],
  status: 'local',
  sources: ['S45'],
  noteVi: 'Lần đầu năm 2025 (10 người).',
  ruleSets: [
    ruleSet({
      id: 'GT_NU_DOAN_VIEN.individual',
      period: { validFrom: '2025-01-01', validTo: null },
      status: 'local',
      basis: [practice(['S45'])],
      criteria: all([
        attribute('gender', ['female']),
        attribute('isUnionMember', [true]),
        judgment(
          'gt_nu.outstanding',
          'Nữ đoàn viên năng động, sáng tạo, trách nhiệm, tiêu biểu trong phong trào "Giỏi việc nước, Đảm việc nhà"',
          'A dynamic, creative, responsible woman member, exemplary in "Good at work, good at home"',
          'review',
        ),
      ]),
    }),
  ],
});

export const unionPrizes: AwardType[] = [creativeLabour, unionMedal, nguyenDucCanh, nguyenVanLinh, womenMembers];
