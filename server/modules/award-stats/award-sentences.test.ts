import { describe, expect, it } from 'vitest';
import { describeAwards, type AwardStatsFormRow } from '../../../shared/contracts/award-stats.ts';

const row = (
  code: string,
  nameVi: string,
  form: AwardStatsFormRow['form'],
  level: AwardStatsFormRow['level'],
  total: number,
): AwardStatsFormRow => ({ code, nameVi, nameEn: code, form, level, collectives: 0, individuals: total, total });

describe('describeAwards', () => {
  it('writes the article’s sentences, the Huân chương family counted as one', () => {
    const sentences = describeAwards({
      recipients: { collectives: 25, individuals: 85 },
      byForm: [
        row('BK_TTG', 'Bằng khen của Thủ tướng Chính phủ', 'certificate_of_merit', 'national', 525),
        row('HCLD3', 'Huân chương Lao động hạng Ba', 'order', 'national', 300),
        row('CO_CP', 'Cờ thi đua của Chính phủ', 'emulation_flag', 'national', 47),
        row('HCLD2', 'Huân chương Lao động hạng Nhì', 'order', 'national', 28),
      ],
    });
    expect(sentences.recipientsSentenceVi).toBe('25 tập thể, 85 cá nhân');
    expect(sentences.formsSentenceVi).toBe(
      '328 huân chương, 47 Cờ thi đua của Chính phủ, 525 Bằng khen của Thủ tướng Chính phủ',
    );
    expect(sentences.recipientsSentenceEn).toBe('25 collectives, 85 individuals');
    expect(sentences.formsSentenceEn).toBe('328 orders, 47 CO_CP, 525 BK_TTG');
  });

  it('groups thousands with a dot and puts higher levels first', () => {
    const sentences = describeAwards({
      recipients: { collectives: 0, individuals: 1234 },
      byForm: [
        row('GK_SYT', 'Giấy khen của Giám đốc Sở Y tế', 'certificate_of_commendation', 'grassroots', 1232),
        row('BK_BYT', 'Bằng khen của Bộ trưởng Bộ Y tế', 'certificate_of_merit', 'ministry_province', 2),
      ],
    });
    expect(sentences.recipientsSentenceVi).toBe('1.234 cá nhân');
    expect(sentences.recipientsSentenceEn).toBe('1,234 individuals');
    expect(sentences.formsSentenceVi).toBe('2 Bằng khen của Bộ trưởng Bộ Y tế, 1.232 Giấy khen của Giám đốc Sở Y tế');
  });

  it('leaves out zero counts and says nothing when nothing was awarded', () => {
    const sentences = describeAwards({
      recipients: { collectives: 0, individuals: 0 },
      byForm: [row('BK_TTG', 'Bằng khen của Thủ tướng Chính phủ', 'certificate_of_merit', 'national', 0)],
    });
    expect(sentences).toEqual({
      recipientsSentenceVi: '',
      recipientsSentenceEn: '',
      formsSentenceVi: '',
      formsSentenceEn: '',
    });
  });
});
