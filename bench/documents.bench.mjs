// Issue #4 part 8: 1,000 certificates rendered to one PDF (goal < 30 s) and an award decision with 500 recipients
// as .docx (goal < 2 s), from the compiled renderers, on generated Vietnamese names. Medians of several runs.
import os from 'node:os';
import { renderCertificatesPdf } from '../dist/server/documents/certificates/certificate-render.js';
import { renderDecisionDocx } from '../dist/server/modules/award-documents/decision-docx.js';
import { round, summarise, msSince } from './lib/stats.mjs';

const GOALS = { certificatesMs: 30_000, decisionMs: 2_000 };
const CERTIFICATES = 1_000;
const RECIPIENTS = 500;

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const MIDDLE = ['Thị', 'Văn', 'Đức', 'Minh', 'Thị Thu', 'Ngọc', 'Hữu', 'Thanh', 'Quang', 'Thị Mỹ', 'Xuân', 'Khánh'];
const GIVEN = [
  'Hà',
  'Hòa',
  'Bình',
  'Đạt',
  'Thủy',
  'Hằng',
  'Khôi',
  'Dũng',
  'Ánh',
  'Phượng',
  'Nguyệt',
  'Trường',
  'Quỳnh',
  'Tuấn',
  'Yến',
  'Lộc',
];
const TITLES = ['', '', '', 'ThS.', 'BSCKI.', 'ThS.BSCKII.', 'TS.', 'PGS.TS.'];
const UNITS = [
  'Công đoàn Bệnh viện Bạch Mai',
  'Công đoàn Bệnh viện Chợ Rẫy',
  'Công đoàn Bệnh viện Trung ương Huế',
  'Công đoàn Bệnh viện Hữu nghị Việt Đức',
  'Công đoàn Trung tâm Y tế huyện Thủy Nguyên',
];
const POSITIONS = ['Điều dưỡng trưởng', 'Trưởng khoa Hồi sức tích cực', 'Bác sĩ', 'Kỹ thuật viên', 'Dược sĩ'];

/** A small deterministic generator: every run prints the same names. */
function random(seed) {
  let state = seed >>> 0;
  return (list) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return list[state % list.length];
  };
}

function recipients(count) {
  const pick = random(2025);
  return Array.from({ length: count }, (_, i) => {
    if (i % 10 === 0) {
      return {
        kind: 'collective',
        name: `Công đoàn bộ phận Khoa ${pick(['Nội', 'Ngoại', 'Sản', 'Nhi', 'Cấp cứu', 'Dược'])} số ${i}`,
        unit: pick(UNITS),
        awardName: 'Bằng khen của Ban Chấp hành Công đoàn Y tế Việt Nam',
      };
    }
    const title = pick(TITLES);
    const name = `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
    return {
      kind: 'individual',
      name: title ? `${title} ${name}` : name,
      unit: `${pick(POSITIONS)}, ${pick(UNITS)}`,
      awardName: 'Bằng khen của Ban Chấp hành Công đoàn Y tế Việt Nam',
    };
  });
}

const ISSUER = { parentBody: 'Tổng Liên đoàn Lao động Việt Nam', name: 'Công đoàn Y tế Việt Nam', place: 'Hà Nội' };

function certificatesOf(lines) {
  return lines.map((line) => ({
    parentBody: ISSUER.parentBody,
    issuingBody: ISSUER.name,
    heading: 'BẰNG KHEN',
    recipientKind: line.kind,
    recipientName: line.name,
    unitLine: line.unit,
    achievement: 'Đã có thành tích xuất sắc trong phong trào thi đua năm 2025',
    placeAndDate: 'Hà Nội, ngày 17 tháng 12 năm 2025',
    signerLines: ['TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH'],
    signerName: 'Phạm Thanh Bình',
    decisionNo: '45/QĐ-CĐYT',
  }));
}

function decisionOf(lines) {
  return {
    issuer: ISSUER,
    number: '45/QĐ-CĐYT',
    date: '2025-12-17',
    year: 2025,
    signerTitle: 'Chủ tịch',
    signerName: 'Phạm Thanh Bình',
    councilDates: ['2025-12-10'],
    proposals: [
      { proposer: 'Công đoàn Bệnh viện Bạch Mai', coverLetterNo: '12/TTr-CĐBM', coverLetterDate: '2025-11-28' },
    ],
    achievement: 'đã có thành tích xuất sắc trong phong trào thi đua năm 2025',
    recipients: lines,
  };
}

/** Runs `work` `runs` times after one unmeasured warm-up, keeping the last output's size. */
async function timed(work, runs) {
  await work();
  globalThis.gc?.();
  const times = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    bytes = (await work()).length;
    times.push(msSince(start));
  }
  return { ...summarise(times), each: times.map((ms) => round(ms, 0)), bytes };
}

function verdict(value, goal) {
  const ratio = value / goal;
  return `${ratio <= 1 ? 'ok' : 'MISSED'} ${ratio.toFixed(2)}×`;
}

export async function runDocumentsBench(log) {
  const load = os.loadavg().map((value) => round(value, 2));
  const certificates = certificatesOf(recipients(CERTIFICATES));
  log(`[documents] ${CERTIFICATES} certificates to PDF, 3 runs after a warm-up`);
  const certificateRuns = await timed(() => renderCertificatesPdf(certificates), 3);
  const decision = decisionOf(recipients(RECIPIENTS));
  log(`[documents] decision with ${RECIPIENTS} recipients to .docx, 5 runs after a warm-up`);
  const decisionRuns = await timed(() => renderDecisionDocx(decision), 5);
  const mib = (bytes) => (bytes < 2 ** 20 ? `${Math.round(bytes / 1024)} KiB` : `${(bytes / 2 ** 20).toFixed(1)} MiB`);
  const rows = [
    [
      `documents: ${CERTIFICATES.toLocaleString('en')} certificates → one PDF`,
      `${(certificateRuns.medianMs / 1000).toFixed(1)} s`,
      `runs ${certificateRuns.each.join(', ')} ms; ${mib(certificateRuns.bytes)}; ${(certificateRuns.medianMs / CERTIFICATES).toFixed(1)} ms/page`,
      `< ${GOALS.certificatesMs / 1000} s`,
      verdict(certificateRuns.medianMs, GOALS.certificatesMs),
    ],
    [
      `documents: decision with ${RECIPIENTS} recipients → .docx`,
      `${Math.round(decisionRuns.medianMs)} ms`,
      `runs ${decisionRuns.each.join(', ')} ms; ${mib(decisionRuns.bytes)}`,
      `< ${GOALS.decisionMs / 1000} s`,
      verdict(decisionRuns.medianMs, GOALS.decisionMs),
    ],
  ];
  return { rows, loadAverage: load, certificates: certificateRuns, decision: decisionRuns };
}
