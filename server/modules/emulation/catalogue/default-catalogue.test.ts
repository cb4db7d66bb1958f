// The seeded catalogue against the reference: §1.2 titles, §1.3 forms, §7 names as printed, §2.5 rewards,
// §4.2 occasions, and the rule that [UNCONFIRMED] figures are parameters, never numbers in a rule.
import { describe, expect, it } from 'vitest';
import type { AwardType, Clause } from '../../../../shared/contracts/emulation.ts';
import { defaultCatalogue } from './default-catalogue.ts';
import { loadCatalogue } from './validate-catalogue.ts';

const byCode = new Map(defaultCatalogue.awardTypes.map((t) => [t.code, t]));
const get = (code: string) => byCode.get(code) as AwardType;
const authoritiesOf = (t: AwardType) => t.conferrers.map((c) => (c.kind === 'authority' ? c.authority : c.unitKind));

describe('default catalogue', () => {
  it('loads: every code, parameter and document a rule names exists, and no versions overlap', () => {
    expect(() => loadCatalogue(defaultCatalogue)).not.toThrow();
  });

  it('is plain JSON: a stored copy loads back identical (later slices keep it as rows)', () => {
    const stored = JSON.parse(JSON.stringify(defaultCatalogue));
    expect(loadCatalogue(stored)).toEqual(defaultCatalogue);
  });

  it.each([
    ['T1', 'LDTT', 'Lao động tiên tiến', 'grassroots', 'unit_head', 'individual'],
    ['T2', 'CSTT', 'Chiến sĩ tiên tiến', 'grassroots', 'armed_forces_command', 'individual'],
    ['T3', 'CSTDCS', 'Chiến sĩ thi đua cơ sở', 'grassroots', 'unit_head', 'individual'],
    ['T4', 'CSTD_BO', 'Chiến sĩ thi đua Bộ, ban, ngành, tỉnh', 'ministry_province', 'minister', 'individual'],
    ['T5', 'CSTD_TQ', 'Chiến sĩ thi đua toàn quốc', 'national', 'prime_minister', 'individual'],
    ['T6', 'TTLDTT', 'Tập thể lao động tiên tiến', 'grassroots', 'unit_head', 'collective'],
    ['T7', 'TTLDXS', 'Tập thể lao động xuất sắc', 'ministry_province', 'provincial_pc_chair', 'collective'],
    ['T8', 'CO_BO', 'Cờ thi đua của Bộ, ban, ngành, tỉnh', 'ministry_province', 'minister', 'collective'],
    ['T9', 'CO_CP', 'Cờ thi đua của Chính phủ', 'national', 'government', 'collective'],
    ['T10', 'XA_TIEU_BIEU', 'Xã, phường tiêu biểu', 'local_government', 'peoples_committee', 'collective'],
    ['T10', 'GIA_DINH_VAN_HOA', 'Gia đình văn hóa', 'local_government', 'peoples_committee', 'household'],
  ])('§1.2 %s %s: "%s", level %s, conferred by %s, for %s', (_ref, code, name, level, conferrer, kind) => {
    const t = get(code);
    expect(t.category).toBe('emulation_title');
    expect(t.nameVi).toBe(name);
    expect(t.level).toBe(level);
    expect(authoritiesOf(t)).toContain(conferrer);
    expect(t.recipientKinds).toContain(kind);
  });

  it('§1.2 T3, T6 (Điều 80): a commune chair confers LĐTT, Giấy khen and Gia đình văn hóa, but not CSTĐCS or TTLĐTT', () => {
    expect(authoritiesOf(get('LDTT'))).toContain('commune_pc_chair');
    expect(authoritiesOf(get('GK'))).toContain('commune_pc_chair');
    expect(authoritiesOf(get('CSTDCS'))).not.toContain('commune_pc_chair');
    expect(authoritiesOf(get('TTLDTT'))).not.toContain('commune_pc_chair');
  });

  it('§8.4: no district-level conferrer for awards decided after 01/7/2025', () => {
    for (const t of defaultCatalogue.awardTypes) {
      for (const c of t.conferrers) {
        if (c.kind === 'authority' && c.authority === 'district_pc_chair') expect(c.validTo).toBe('2025-06-30');
      }
    }
  });

  it.each([
    ['K1', ['HCLD1', 'HCLD2', 'HCLD3'], 'national', 'president', ['individual', 'collective']],
    ['K2', ['HC_SAO_VANG', 'HC_HO_CHI_MINH', 'HC_DOC_LAP_1'], 'national', 'president', ['individual', 'collective']],
    [
      'K3',
      ['HCH_QUAN_KY_QUYET_THANG', 'HCH_CHIEN_SI_VE_VANG_1', 'HCH_HUU_NGHI'],
      'national',
      'president',
      ['individual'],
    ],
    ['K4', ['ANH_HUNG_LAO_DONG', 'THAY_THUOC_NHAN_DAN', 'THAY_THUOC_UU_TU'], 'national', 'president', ['individual']],
    ['K5', ['BK_TTG'], 'national', 'prime_minister', ['individual', 'collective']],
    ['K6', ['BK_BO', 'BK_BYT', 'BK_UBND_TINH'], 'ministry_province', undefined, ['individual', 'collective']],
    ['K6', ['BK_TLD'], 'ministry_province', 'confederation', ['individual', 'collective']],
    ['K7', ['GK', 'GK_SYT', 'GK_THU_TRUONG'], 'grassroots', undefined, ['individual', 'collective']],
    ['K8', ['KNC_SKND', 'KNC_CD'], 'ministry_province', undefined, ['individual']],
  ])('§1.3 %s %j: level %s, decided by %s, for %j', (_ref, codes, level, conferrer, kinds) => {
    for (const code of codes as string[]) {
      const t = get(code);
      expect(t.category).toBe('commendation');
      expect(t.level).toBe(level);
      if (conferrer) expect(authoritiesOf(t)).toContain(conferrer);
      for (const kind of kinds as string[]) expect(t.recipientKinds).toContain(kind);
    }
  });

  it.each([
    'Lao động tiên tiến',
    'Chiến sĩ tiên tiến',
    'Chiến sĩ thi đua cơ sở',
    'Chiến sĩ thi đua Bộ, ban, ngành, tỉnh',
    'Chiến sĩ thi đua cấp Bộ',
    'Chiến sĩ thi đua cấp tỉnh',
    'Chiến sĩ thi đua toàn quốc',
    'Tập thể lao động tiên tiến',
    'Đơn vị tiên tiến',
    'Tập thể lao động xuất sắc',
    'Đơn vị quyết thắng',
    'Cờ thi đua của Bộ, ban, ngành, tỉnh',
    'Cờ thi đua của Bộ Y tế',
    'Cờ thi đua của Ủy ban nhân dân tỉnh …',
    'Cờ thi đua của Chính phủ',
    'Huân chương Lao động hạng Nhất',
    'Huân chương Lao động hạng Nhì',
    'Huân chương Lao động hạng Ba',
    'Bằng khen của Thủ tướng Chính phủ',
    'Bằng khen của Bộ trưởng Bộ Y tế',
    'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh …',
    'Giấy khen của Giám đốc Sở Y tế',
    'Giấy khen của Giám đốc Bệnh viện …',
    'Giấy khen của Giám đốc Trung tâm Y tế …',
    'Kỷ niệm chương "Vì sức khỏe nhân dân"',
    'Thầy thuốc Nhân dân',
    'Thầy thuốc Ưu tú',
    'Anh hùng Lao động',
    'Cờ thi đua của Tổng Liên đoàn Lao động Việt Nam',
    'Bằng khen của Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam',
    'Bằng Lao động sáng tạo',
    'Kỷ niệm chương "Vì sự nghiệp xây dựng tổ chức Công đoàn"',
    'Giải thưởng Nguyễn Đức Cảnh',
    'Giải thưởng Nguyễn Văn Linh',
    'Giải thưởng "Nữ đoàn viên công đoàn năng động, sáng tạo, trách nhiệm"',
    'Cờ thi đua của Liên đoàn Lao động tỉnh …',
    'Bằng khen của Ban Chấp hành Liên đoàn Lao động tỉnh …',
    'Cờ thi đua của Công đoàn Y tế Việt Nam',
    'Bằng khen của Ban Chấp hành Công đoàn Y tế Việt Nam',
    'Giấy khen của Ban Chấp hành Công đoàn ngành Y tế tỉnh …',
    'Giấy khen của Ban Chấp hành Công đoàn cơ sở …',
    'Đoàn viên công đoàn xuất sắc',
    'Công đoàn cơ sở hoàn thành xuất sắc nhiệm vụ',
    'Công đoàn cơ sở vững mạnh xuất sắc',
    'Tổ công đoàn vững mạnh',
  ])('§7 the name "%s" is in the catalogue as printed', (name) => {
    const names = defaultCatalogue.awardTypes.flatMap((t) => [t.nameVi, ...t.altNamesVi]);
    expect(names).toContain(name);
  });

  it('§7 the TLĐ thematic certificate carries its three themes', () => {
    expect(get('BK_CHUYEN_DE_TLD').themes).toEqual([
      'Xanh - Sạch - Đẹp, Bảo đảm an toàn vệ sinh lao động',
      'Văn hóa, Thể thao',
      'Giỏi việc nước, Đảm việc nhà',
    ]);
    expect(get('BK_CHUYEN_DE_TLD').occasions).toEqual(['thematic']);
  });

  it.each([
    ['CSTD_TQ', 4.5],
    ['CSTD_BO', 3.0],
    ['CSTDCS', 1.0],
    ['LDTT', 0.3],
    ['CSTT', 0.3],
    ['TTLDXS', 1.5],
    ['TTLDTT', 0.8],
    ['XA_TIEU_BIEU', 2.0],
    ['THON_VAN_HOA', 1.5],
    ['CO_CP', 12.0],
  ])('§2.5 %s: reward %s × lương cơ sở, under NĐ 98/2023 Điều 54 to 30/6/2025, then NĐ 152/2025', (code, value) => {
    const rewards = get(code).rewardMultipliers;
    expect(rewards).toEqual([
      expect.objectContaining({
        value,
        validFrom: '2024-01-01',
        validTo: '2025-06-30',
        cite: expect.objectContaining({ doc: 'ND_98_2023', article: '54' }),
      }),
      expect.objectContaining({
        value,
        validFrom: '2025-07-01',
        validTo: null,
        cite: expect.objectContaining({ doc: 'ND_152_2025' }),
      }),
    ]);
  });

  it('§4.2 every entry serves at least one of the eight kinds of commendation', () => {
    const kinds = new Set([
      'regular',
      'thematic',
      'ad_hoc',
      'lifetime_service',
      'length_of_service',
      'influential_achievement',
      'foreign_relations',
      'period_review',
    ]);
    for (const t of defaultCatalogue.awardTypes) {
      expect(t.occasions.length).toBeGreaterThan(0);
      for (const o of t.occasions) expect(kinds).toContain(o);
    }
  });

  it('§1 advice 1: every rule version has its legal basis and validity dates, and every computable clause a citation', () => {
    for (const t of defaultCatalogue.awardTypes) {
      for (const rs of t.ruleSets) {
        expect(rs.basis.length, rs.id).toBeGreaterThan(0);
        expect(rs).toHaveProperty('validFrom');
        expect(rs).toHaveProperty('validTo');
      }
    }
  });

  it('§8.5: the 15% CSTĐCS quota is a number only in the rules up to 2023; from 2024 a parameter with no default', () => {
    const quotas = get('CSTDCS').ruleSets.map((rs) => [
      rs.id,
      rs.quotas[0]?.kind === 'share_of' ? rs.quotas[0].max : undefined,
    ]);
    expect(quotas).toEqual([
      ['CSTDCS.individual.old', 0.15],
      ['CSTDCS.individual.2024', { param: 'cstdcs.max_share_of_ldtt' }],
    ]);
    const param = defaultCatalogue.parameters.find((p) => p.key === 'cstdcs.max_share_of_ldtt');
    expect(param).toMatchObject({ default: null, status: 'unconfirmed' });
  });

  it('§5.3 / §8.6: vote thresholds are parameters: 90% of all members (old decree), grassroots unset', () => {
    expect(get('CSTD_BO').councilVote).toEqual({
      minShare: { param: 'vote.cstd_bo.min_share' },
      strict: false,
      denominator: 'total_members',
    });
    const params = new Map(defaultCatalogue.parameters.map((p) => [p.key, p]));
    expect(params.get('vote.cstd_bo.min_share')).toMatchObject({ default: 0.9, status: 'old' });
    expect(params.get('vote.grassroots.min_share')).toMatchObject({ default: null, status: 'unconfirmed' });
  });

  it('§8: rules marked [UNCONFIRMED] put no literal figure in force after 2024: every figure there is a parameter', () => {
    const literalFigures = (clause: Clause): unknown[] => {
      const own = Object.entries(clause)
        .filter(([k]) => ['years', 'length', 'min', 'minCount', 'value', 'minTotalValueVnd', 'minYears'].includes(k))
        .filter(([k, v]) => typeof v === 'number' && (v > 1 || (k === 'value' && v > 0 && v < 1)))
        .map(([k, v]) => `${k}=${v}`);
      return clause.kind === 'all' || clause.kind === 'any'
        ? [...own, ...clause.children.flatMap(literalFigures)]
        : own;
    };
    for (const t of defaultCatalogue.awardTypes) {
      for (const rs of t.ruleSets) {
        if (rs.status === 'unconfirmed' && rs.criteria) expect(literalFigures(rs.criteria), rs.id).toEqual([]);
      }
    }
  });
});
