// Bad catalogues are refused when loaded, with a clear error naming the place and the problem (issue 4, "Bad input").
import { describe, expect, it } from 'vitest';
import type { AwardType, Catalogue, Clause } from '../../../../shared/contracts/emulation.ts';
import { AppError } from '../../../errors.ts';
import { catalogueWith } from '../eligibility/test-support.ts';
import { awardType, ruleSet } from './award-type.ts';
import { luat, param, streak, titleCriteria } from './clauses.ts';
import { loadCatalogue } from './validate-catalogue.ts';

function entry(code: string, criteria: Clause | null, more: Partial<AwardType> = {}): AwardType {
  return awardType({
    code,
    category: 'emulation_title',
    form: 'title',
    system: 'union',
    nameVi: `Danh hiệu thử ${code}`,
    nameEn: `Test title ${code}`,
    level: 'grassroots',
    conferrers: [{ kind: 'union', unitKind: 'grassroots_union', organ: 'executive_committee', status: 'local' }],
    recipientKinds: ['individual'],
    occasions: ['regular'],
    status: 'local',
    ruleSets: [
      ruleSet({
        id: `${code}.v1`,
        period: { validFrom: null, validTo: null },
        status: 'local',
        basis: [luat('24')],
        criteria,
      }),
    ],
    ...more,
  });
}

function refusal(catalogue: unknown): AppError {
  try {
    loadCatalogue(catalogue);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('the catalogue was accepted');
}
const details = (e: AppError) => e.details as Array<{ field: string; message: string; messageEn: string }>;

describe('loadCatalogue refuses', () => {
  it('a rule that references a title that does not exist, naming the rule, the code and where', () => {
    const error = refusal(catalogueWith([entry('TEST_A', streak(['CSTD_KHONG_CO'], 3))]));
    expect(error.status).toBe(400);
    expect(error.code).toBe('emulation.catalogue_invalid');
    expect(error.messageVi).toBe(
      'Danh mục thi đua, khen thưởng không hợp lệ: Quy định «TEST_A.v1» tham chiếu danh hiệu, hình thức «CSTD_KHONG_CO» không có trong danh mục',
    );
    expect(details(error)[0]?.field).toMatch(/awardTypes\[\d+\]\.ruleSets\[0\]\.criteria\.codes\[0\]/);
  });

  it('a title_criteria clause or a countsAs link to an unknown code', () => {
    const error = refusal(
      catalogueWith([
        entry('TEST_B', titleCriteria('KHONG_CO')),
        entry('TEST_C', null, { countsAs: [{ code: 'CUNG_KHONG_CO' }] }),
      ]),
    );
    expect(details(error).map((d) => d.messageEn)).toEqual([
      '"TEST_B.v1" refers to award type "KHONG_CO", which is not in the catalogue',
      '"TEST_C" refers to award type "CUNG_KHONG_CO", which is not in the catalogue',
    ]);
  });

  it('an unknown parameter, and a parameter of the wrong type', () => {
    const error = refusal(
      catalogueWith([
        entry('TEST_D', streak(['CSTDCS'], param('khong.co'))),
        entry('TEST_E', streak(['CSTDCS'], param('precond.require_pledge'))),
      ]),
    );
    expect(details(error).map((d) => d.message)).toEqual([
      'Tham số «khong.co» không có trong danh mục',
      'Tham số «precond.require_pledge» có kiểu boolean, cần kiểu number',
    ]);
  });

  it('a citation to a document the catalogue does not list', () => {
    const error = refusal(
      catalogueWith([entry('TEST_F', streak(['CSTDCS'], 2, { cite: { doc: 'LUAT_1999', article: '1' } }))]),
    );
    expect(details(error)[0]?.message).toBe('Trích dẫn văn bản «LUAT_1999» không có trong danh mục văn bản');
  });

  it('two versions in force on the same day, and a version that ends before it starts', () => {
    const overlapping = entry('TEST_G', null, {
      ruleSets: [
        ruleSet({
          id: 'G1',
          period: { validFrom: null, validTo: '2024-06-30' },
          status: 'local',
          basis: [luat('24')],
          criteria: null,
        }),
        ruleSet({
          id: 'G2',
          period: { validFrom: '2024-01-01', validTo: null },
          status: 'local',
          basis: [luat('24')],
          criteria: null,
        }),
        ruleSet({
          id: 'G3',
          period: { validFrom: '2020-01-01', validTo: '2019-01-01' },
          status: 'local',
          basis: [luat('24')],
          criteria: null,
          appliesTo: 'x',
        }),
      ],
    });
    const messages = details(refusal(catalogueWith([overlapping]))).map((d) => d.message);
    expect(messages).toContain('Hai phiên bản «G1» và «G2» có hiệu lực chồng nhau');
    expect(messages).toContain('«G3»: ngày bắt đầu hiệu lực sau ngày hết hiệu lực');
  });

  it('criteria that loop back on themselves through title_criteria', () => {
    const error = refusal(
      catalogueWith([entry('TEST_H', titleCriteria('TEST_I')), entry('TEST_I', titleCriteria('TEST_H'))]),
    );
    expect(details(error).map((d) => d.message)).toContain('Tiêu chuẩn lặp vòng: TEST_H → TEST_I → TEST_H');
  });

  it('a duplicate code, and a wrong-typed parameter default', () => {
    const error = refusal(
      catalogueWith([entry('LDTT', null)], (c: Catalogue) => {
        const p = c.parameters.find((x) => x.key === 'cstdcs.max_share_of_ldtt');
        if (p) p.default = 15;
      }),
    );
    expect(details(error).map((d) => d.message)).toEqual([
      'Mã danh hiệu, hình thức «LDTT» bị trùng',
      'Giá trị mặc định của «cstdcs.max_share_of_ldtt» không đúng kiểu share',
    ]);
  });

  it('a malformed entry, with the path zod found', () => {
    const broken = structuredClone(catalogueWith([])) as unknown as { awardTypes: Array<Record<string, unknown>> };
    (broken.awardTypes[0] as Record<string, unknown>).level = 'galactic';
    const error = refusal(broken);
    expect(details(error)[0]?.field).toBe('awardTypes.0.level');
    expect(error.messageVi).toMatch(/^Danh mục thi đua, khen thưởng không hợp lệ: Sai cấu trúc/);
  });
});
