import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Certificate } from './certificate.ts';
import { certificateHeading } from './certificate.ts';
import { renderCertificatesPdf } from './certificate-render.ts';

const BASE: Omit<Certificate, 'recipientKind' | 'recipientName' | 'unitLine'> = {
  parentBody: 'Tổng Liên đoàn Lao động Việt Nam',
  issuingBody: 'Công đoàn Y tế Việt Nam',
  heading: 'BẰNG KHEN',
  achievement: 'Đã có thành tích xuất sắc trong phong trào thi đua năm 2025',
  placeAndDate: 'Hà Nội, ngày 17 tháng 12 năm 2025',
  signerLines: ['TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH'],
  signerName: 'Phạm Thanh Bình',
  decisionNo: '45/QĐ-CĐYT',
};

const BATCH: Certificate[] = [
  {
    ...BASE,
    recipientKind: 'individual',
    recipientName: 'ThS.BSCKII. Nguyễn Thị Thu Hà',
    unitLine: 'Trưởng khoa, Công đoàn Bệnh viện Bạch Mai',
  },
  {
    ...BASE,
    recipientKind: 'collective',
    recipientName: 'Công đoàn bộ phận Khoa Nội',
    unitLine: 'Công đoàn Bệnh viện Bạch Mai',
  },
  // Typed in NFD, as some keyboards send it: printed in NFC all the same.
  {
    ...BASE,
    heading: 'GIẤY KHEN',
    recipientKind: 'individual',
    recipientName: 'Đặng Thị Hòa'.normalize('NFD'),
    unitLine: null,
  },
];

const run = (tool: string, pdf: Buffer, args: string[] = []) =>
  execFileSync(tool, [...args, '-'], { input: pdf }).toString('utf8');

describe('renderCertificatesPdf', () => {
  it('prints one A4 landscape page per recipient with every diacritic, the font embedded once for the batch', async () => {
    const pdf = await renderCertificatesPdf(BATCH);
    const info = run('pdfinfo', pdf);
    expect(info).toMatch(/^Pages:\s+3$/m);
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.27\d* pts/);
    const pages = [1, 2, 3].map((page) =>
      execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', '-', '-'], { input: pdf })
        .toString('utf8')
        .normalize('NFC'),
    );
    expect(pages[0]).toContain('ThS.BSCKII. Nguyễn Thị Thu Hà');
    expect(pages[1]).toContain('Công đoàn bộ phận Khoa Nội');
    expect(pages[2]).toContain('Đặng Thị Hòa');
    expect(pages[2]).toContain('GIẤY KHEN');
    for (const page of pages) {
      for (const expected of [
        'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
        'CÔNG ĐOÀN Y TẾ VIỆT NAM',
        'Tặng',
        'Đã có thành tích xuất sắc trong phong trào thi đua năm 2025',
        'Hà Nội, ngày 17 tháng 12 năm 2025',
        'TM. BAN THƯỜNG VỤ',
        'CHỦ TỊCH',
        'Phạm Thanh Bình',
        'Quyết định số 45/QĐ-CĐYT',
      ]) {
        expect(page).toContain(expected);
      }
    }
    const fonts = run('pdffonts', pdf).split('\n').slice(2).filter(Boolean);
    // Each weight once for the three pages, embedded as a subset.
    expect(new Set(fonts.map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''))).size).toBe(fonts.length);
    for (const line of fonts)
      expect(line).toMatch(/^[A-Z]{6}\+BeVietnamPro-\S+\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it('refuses an empty batch', async () => {
    await expect(renderCertificatesPdf([])).rejects.toThrow(/no certificate/);
  });
});

describe('certificateHeading', () => {
  it('names the two certificate forms generically and other forms by their own name', () => {
    expect(certificateHeading('certificate_of_merit', 'Bằng khen của Ban Chấp hành Công đoàn Y tế Việt Nam')).toBe(
      'BẰNG KHEN',
    );
    expect(certificateHeading('certificate_of_commendation', 'Giấy khen')).toBe('GIẤY KHEN');
    expect(certificateHeading('title', 'Chiến sĩ thi đua cơ sở')).toBe('CHIẾN SĨ THI ĐUA CƠ SỞ');
  });
});
