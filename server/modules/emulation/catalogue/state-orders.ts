// State orders, medals, honorary titles and prizes (reference §1.3 K1–K4, §2.4 HCLĐ chain).
// Only the Labour Order has criteria in the reference; the others are catalogue entries with no rule version.
import type { AwardForm, AwardType, Occasion, RecipientKind } from '../../../../shared/contracts/emulation.ts';
import { awardType, periods, ruleSet } from './award-type.ts';
import { all, any, awardCount, cite, judgment, luat, param, serviceYears, sinceAward, streak } from './clauses.ts';

function presidential(
  code: string,
  nameVi: string,
  nameEn: string,
  form: AwardForm,
  recipientKinds: RecipientKind[],
  occasions: Occasion[],
  sources: string[],
  noteVi: string,
): AwardType {
  return awardType({
    code,
    category: 'commendation',
    form,
    system: 'state',
    nameVi,
    nameEn,
    level: 'national',
    conferrers: [{ kind: 'authority', authority: 'president', status: 'law_2022' }],
    recipientKinds,
    occasions,
    status: 'law_2022',
    sources,
    noteVi,
  });
}

const hcld3OtherRoutes = judgment(
  'hcld3.other_routes',
  'Thành tích theo trường hợp khác của Điều 44: phong trào thi đua từ 05 năm trở lên, sáng chế hoặc công trình khoa học có ảnh hưởng cấp Bộ, tỉnh, đóng góp lớn, thành tích đột xuất; công nhân, nông dân (khoản 2)',
  'Another route of Article 44: a five-year movement, an invention or S&T work, a large contribution, an ad-hoc feat; workers and farmers (clause 2)',
  'not_met',
  { cite: luat('44', { sources: ['S14', 'S16'] }) },
);
const hcld3Chain = sinceAward(
  ['BK_TTG'],
  5,
  'good',
  [
    { of: 'rating', atLeast: 'excellent', min: 1 },
    { of: 'award', codes: param('hcld3.window_title_codes'), min: param('hcld3.min_window_titles') },
  ],
  { cite: luat('44', { clause: '1', point: 'e', sources: ['S14'] }) },
);

const hcld3 = awardType({
  ...presidential(
    'HCLD3',
    'Huân chương Lao động hạng Ba',
    'Labour Order, Third Class',
    'order',
    ['individual', 'collective'],
    ['regular', 'ad_hoc', 'lifetime_service', 'influential_achievement'],
    ['S14', 'S14b', 'S16', 'S17', 'S52'],
    'Đề nghị do Thủ tướng trình Chủ tịch nước.',
  ),
  ruleSets: [
    ruleSet({
      id: 'HCLD3.individual.nd98',
      period: periods.decree98,
      status: 'law_2022',
      basis: [luat('44', { sources: ['S14'] }), cite('ND_98_2023')],
      criteria: any([
        hcld3Chain,
        hcld3OtherRoutes,
        judgment(
          'hcld3.lifetime_nd98',
          'Quá trình cống hiến: chức vụ và thời gian giữ chức vụ theo Nghị định 98/2023 (bảng chưa trích dẫn)',
          'Lifetime service under Decree 98/2023 (table not quoted)',
          'not_met',
          { cite: cite('ND_98_2023'), status: 'unconfirmed' },
        ),
      ]),
    }),
    ruleSet({
      id: 'HCLD3.individual.nd152',
      period: periods.decree152,
      status: 'law_2022',
      basis: [luat('44', { sources: ['S14'] }), cite('ND_152_2025', '21', { sources: ['S17'] })],
      criteria: any([
        hcld3Chain,
        hcld3OtherRoutes,
        any(
          [
            serviceYears([['position_head', 1]], param('hcld3.service_head_min_years')),
            serviceYears([['position_deputy_head', 1]], param('hcld3.service_deputy_min_years')),
          ],
          { cite: cite('ND_152_2025', '21', { sources: ['S17'] }), status: 'unconfirmed' },
        ),
      ]),
    }),
    ruleSet({
      id: 'HCLD3.collective.old',
      recipientKind: 'collective',
      period: periods.oldLaw,
      status: 'old',
      basis: [cite('LUAT_2003', undefined, { sources: ['S52'] })],
      criteria: all(
        [streak(['TTLDXS'], 5), any([awardCount(['CO_BO'], 1, { years: 5 }), awardCount(['BK_TTG'], 1, { years: 5 })])],
        { cite: cite('LUAT_2003', undefined, { sources: ['S52'] }) },
      ),
    }),
    ruleSet({
      id: 'HCLD3.collective.2024',
      recipientKind: 'collective',
      period: periods.law2022,
      status: 'unconfirmed',
      basis: [luat('44')],
      noteVi: 'Tiêu chuẩn tập thể theo Luật 2022 chưa được trích dẫn.',
      criteria: null,
    }),
  ],
});

const hcld2 = awardType({
  ...presidential(
    'HCLD2',
    'Huân chương Lao động hạng Nhì',
    'Labour Order, Second Class',
    'order',
    ['individual', 'collective'],
    ['regular', 'ad_hoc', 'lifetime_service', 'influential_achievement'],
    ['S15'],
    'Đề nghị do Thủ tướng trình Chủ tịch nước.',
  ),
  ruleSets: [
    ruleSet({
      id: 'HCLD2.individual.2024',
      period: periods.law2022,
      status: 'law_2022',
      basis: [luat('43', { sources: ['S15'] })],
      criteria: any([
        sinceAward(
          ['HCLD3'],
          5,
          'good',
          [
            { of: 'rating', atLeast: 'excellent', min: 2 },
            { of: 'award', codes: ['CSTD_BO'], min: 1 },
          ],
          { cite: luat('43', { sources: ['S15'] }) },
        ),
        judgment(
          'hcld2.other_routes',
          'Thành tích theo trường hợp khác của Điều 43: thành tích đột xuất, giải thưởng quốc tế, sáng chế hoặc công trình khoa học cấp Bộ, tỉnh, đóng góp lớn, quá trình cống hiến',
          'Another route of Article 43: ad-hoc feat, international prize, invention or S&T work, large contribution, lifetime service',
          'not_met',
          { cite: luat('43', { sources: ['S15'] }) },
        ),
      ]),
    }),
    ruleSet({
      id: 'HCLD2.collective.2024',
      recipientKind: 'collective',
      period: periods.law2022,
      status: 'unconfirmed',
      basis: [luat('43')],
      criteria: null,
    }),
  ],
});

const hcld1 = awardType({
  ...presidential(
    'HCLD1',
    'Huân chương Lao động hạng Nhất',
    'Labour Order, First Class',
    'order',
    ['individual', 'collective'],
    ['regular', 'ad_hoc', 'lifetime_service', 'influential_achievement'],
    ['S14'],
    'Tiêu chuẩn theo Luật 2022 (Điều 42*) chưa được trích dẫn; không mã hóa cứng.',
  ),
  ruleSets: (['individual', 'collective'] as const).map((recipientKind) =>
    ruleSet({
      id: `HCLD1.${recipientKind}.2024`,
      recipientKind,
      period: periods.law2022,
      status: 'unconfirmed',
      basis: [luat('42', { inferred: true })],
      criteria: null,
    }),
  ),
});

const catalogueOnly = 'Chỉ có trong danh mục; tiêu chuẩn không thuộc phạm vi tài liệu tham chiếu.';
const armedOnly = 'Lực lượng vũ trang và người nước ngoài; Điều 54–56 Luật 2022.';

export const stateOrders: AwardType[] = [
  presidential(
    'HC_SAO_VANG',
    'Huân chương Sao vàng',
    'Gold Star Order',
    'order',
    ['individual', 'collective'],
    ['regular', 'lifetime_service'],
    ['S18'],
    catalogueOnly,
  ),
  presidential(
    'HC_HO_CHI_MINH',
    'Huân chương Hồ Chí Minh',
    'Ho Chi Minh Order',
    'order',
    ['individual', 'collective'],
    ['regular', 'lifetime_service'],
    ['S18'],
    catalogueOnly,
  ),
  ...(['Nhất', 'Nhì', 'Ba'] as const).map((rank, i) =>
    presidential(
      `HC_DOC_LAP_${i + 1}`,
      `Huân chương Độc lập hạng ${rank}`,
      `Independence Order, class ${i + 1}`,
      'order',
      ['individual', 'collective'],
      ['regular', 'lifetime_service'],
      ['S18'],
      catalogueOnly,
    ),
  ),
  hcld1,
  hcld2,
  hcld3,
  presidential(
    'HCH_QUAN_KY_QUYET_THANG',
    'Huy chương Quân kỳ quyết thắng',
    'Victory Banner Medal',
    'medal',
    ['individual'],
    ['length_of_service'],
    ['S3', 'S27'],
    `${armedOnly} Khen thưởng theo niên hạn (25 năm).`,
  ),
  presidential(
    'HCH_VI_AN_NINH_TO_QUOC',
    'Huy chương Vì an ninh Tổ quốc',
    'For National Security Medal',
    'medal',
    ['individual'],
    ['length_of_service'],
    ['S3'],
    armedOnly,
  ),
  ...(['Nhất', 'Nhì', 'Ba'] as const).map((rank, i) =>
    presidential(
      `HCH_CHIEN_SI_VE_VANG_${i + 1}`,
      `Huy chương Chiến sĩ vẻ vang hạng ${rank}`,
      `Glorious Soldier Medal, class ${i + 1}`,
      'medal',
      ['individual'],
      ['length_of_service'],
      ['S3'],
      armedOnly,
    ),
  ),
  presidential(
    'HCH_HUU_NGHI',
    'Huy chương Hữu nghị',
    'Friendship Medal',
    'medal',
    ['individual'],
    ['foreign_relations'],
    ['S3', 'S27'],
    armedOnly,
  ),
  {
    ...presidential(
      'ANH_HUNG_LAO_DONG',
      'Anh hùng Lao động',
      'Labour Hero',
      'honorary_title',
      ['individual', 'collective'],
      ['regular', 'ad_hoc'],
      ['S18', 'S21'],
      catalogueOnly,
    ),
    councilVote: { minShare: param('vote.anh_hung.min_share'), strict: false, denominator: 'total_members' },
  },
  presidential(
    'THAY_THUOC_NHAN_DAN',
    'Thầy thuốc Nhân dân',
    "People's Physician",
    'honorary_title',
    ['individual'],
    ['regular'],
    ['S47b'],
    'Xét theo Nghị định 41/2015/NĐ-CP; tiêu chuẩn chưa trích dẫn.',
  ),
  presidential(
    'THAY_THUOC_UU_TU',
    'Thầy thuốc Ưu tú',
    'Meritorious Physician',
    'honorary_title',
    ['individual'],
    ['regular'],
    ['S47b'],
    'Xét theo Nghị định 41/2015/NĐ-CP; tiêu chuẩn chưa trích dẫn.',
  ),
  presidential(
    'GT_HO_CHI_MINH',
    'Giải thưởng Hồ Chí Minh',
    'Ho Chi Minh Prize',
    'prize',
    ['individual', 'collective'],
    ['influential_achievement'],
    ['S18'],
    catalogueOnly,
  ),
  presidential(
    'GT_NHA_NUOC',
    'Giải thưởng Nhà nước',
    'State Prize',
    'prize',
    ['individual', 'collective'],
    ['influential_achievement'],
    ['S18'],
    catalogueOnly,
  ),
];
