import { describe, expect, it } from 'vitest';
import { achievementLine } from './honour-board.ts';

describe('the public achievement line', () => {
  it('leaves out the curriculum vitae a report opens with, and keeps the achievements', () => {
    const report = [
      'Sơ lược lý lịch: Nguyễn Thị Lan, sinh ngày 12/3/1978; quê quán: Nam Định.',
      'Trú quán: số 5 phố Huế, Hà Nội. Điện thoại 0912345678.',
      'Trực tiếp điều trị hơn 1.200 ca bệnh nặng; chủ nhiệm 2 đề tài cấp Bộ đã nghiệm thu.',
    ].join('\n');
    expect(achievementLine(report)).toBe(
      'Trực tiếp điều trị hơn 1.200 ca bệnh nặng; chủ nhiệm 2 đề tài cấp Bộ đã nghiệm thu.',
    );
  });

  it('is empty for a report that is only personal data, and cut at 280 characters otherwise', () => {
    expect(achievementLine('Căn cước công dân số 001090012345.')).toBeNull();
    expect(achievementLine(null)).toBeNull();
    const long = achievementLine('Hoàn thành xuất sắc nhiệm vụ. '.repeat(20))!;
    expect(long.length).toBe(280);
    expect(long.endsWith('…')).toBe(true);
  });
});
