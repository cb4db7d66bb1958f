// The award decision (quyết định khen thưởng) as .docx in the Nghị định 30/2020 format, with the annexed list of
// recipients after a page break: collectives first, then individuals.
import { formatDateVi } from '../../../shared/dates.ts';
import { adminHeader, documentTitle } from '../../documents/docx/docx-header.ts';
import { renderAdminDocx } from '../../documents/docx/docx-document.ts';
import { SIZE, bodyPara, para, run } from '../../documents/docx/docx-format.ts';
import { signatureBlock, unionSignerLines } from '../../documents/docx/docx-signature.ts';
import { listTable, type ListRow } from '../../documents/docx/docx-table.ts';
import { longDateVi, placeAndDateVi } from '../../documents/docx/vietnamese-date.ts';
import type { DecisionData, RecipientLine } from './award-document-data.ts';
import { awardNamesVi, collectivesFirst, recipientCountVi, recipientKindsVi } from './recipient-order.ts';

/** The legal bases every union decision on commendations cites (Luật Thi đua, khen thưởng số 06/2022/QH15). */
const STANDING_BASES = [
  'Căn cứ Điều lệ Công đoàn Việt Nam;',
  'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022 và các văn bản hướng dẫn thi hành;',
];

function basesOf(data: DecisionData): string[] {
  const lines = [...STANDING_BASES];
  for (const date of [...new Set(data.councilDates)].sort()) {
    lines.push(`Căn cứ kết quả họp Hội đồng Thi đua, khen thưởng ${data.issuer.name} ${longDateVi(date)};`);
  }
  const proposals = data.proposals.map((proposal) => {
    const letter = proposal.coverLetterNo
      ? ` tại Tờ trình số ${proposal.coverLetterNo}${proposal.coverLetterDate ? ` ngày ${formatDateVi(proposal.coverLetterDate)}` : ''}`
      : '';
    return `${proposal.proposer}${letter}`;
  });
  if (proposals.length > 0) lines.push(`Xét đề nghị của ${proposals.join('; ')}.`);
  return lines;
}

function annexRows(recipients: readonly RecipientLine[]): ListRow[] {
  const { collectives, individuals } = collectivesFirst(recipients);
  const rows: ListRow[] = [];
  const add = (lines: RecipientLine[]) =>
    lines.forEach((line, i) => rows.push({ cells: [String(i + 1), line.name, line.unit, line.awardName] }));
  if (collectives.length > 0) {
    rows.push({ section: `I. TẬP THỂ (${collectives.length})` });
    add(collectives);
  }
  if (individuals.length > 0) {
    rows.push({ section: `${collectives.length > 0 ? 'II' : 'I'}. CÁ NHÂN (${individuals.length})` });
    add(individuals);
  }
  return rows;
}

/** The mark a revoked decision prints under its header and over its annex, so no copy passes for one in force. */
export function revokedMark(revoked: NonNullable<DecisionData['revoked']>) {
  return [
    para('ĐÃ HỦY BỎ', { align: 'center', bold: true, size: SIZE.title + 8, before: 240, keepNext: true }),
    para(
      `(Quyết định này đã bị hủy bỏ ngày ${formatDateVi(revoked.on)}${revoked.reason ? `: ${revoked.reason}` : ''}; bản in chỉ để lưu hồ sơ.)`,
      { align: 'center', italics: true, size: SIZE.header, after: 120, keepNext: true },
    ),
  ];
}

/** The decision's file: header, title, bases, "QUYẾT ĐỊNH:", three articles, recipients and signer, the annex. */
export function renderDecisionDocx(data: DecisionData): Promise<Buffer> {
  const mark = data.revoked ? revokedMark(data.revoked) : [];
  const { collectives, individuals } = collectivesFirst(data.recipients);
  const counted = recipientCountVi(collectives.length, individuals.length);
  const kinds = recipientKindsVi(collectives.length, individuals.length);
  const forms = awardNamesVi(data.recipients);
  const issuerUpper = data.issuer.name.toLocaleUpperCase('vi');
  const children = [
    adminHeader({
      parentBody: data.issuer.parentBody,
      issuingBody: data.issuer.name,
      number: data.number,
      placeAndDate: placeAndDateVi(data.issuer.place, data.date),
    }),
    ...mark,
    ...documentTitle('Quyết định', `Về việc tặng ${forms} cho các ${kinds} năm ${data.year}`),
    para(`BAN THƯỜNG VỤ ${issuerUpper}`, { align: 'center', bold: true, before: 240, after: 240 }),
    ...basesOf(data).map((line) => bodyPara(line, { italics: true })),
    para('QUYẾT ĐỊNH:', { align: 'center', bold: true, before: 240, after: 240, keepNext: true }),
    bodyPara([
      run('Điều 1. ', { bold: true }),
      run(`Tặng ${forms} cho ${counted} (có danh sách kèm theo) ${data.achievement}.`),
    ]),
    bodyPara([
      run('Điều 2. ', { bold: true }),
      run(
        `Các ${kinds} có tên tại Điều 1 được nhận ${forms} và tiền thưởng theo quy định hiện hành. Quyết định có hiệu lực kể từ ngày ký.`,
      ),
    ]),
    bodyPara([
      run('Điều 3. ', { bold: true }),
      run(
        `Văn phòng ${data.issuer.name}, các đơn vị có liên quan và các ${kinds} có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
      ),
    ]),
    para('', { after: 120 }),
    signatureBlock(
      [
        '- Như Điều 3;',
        ...(data.issuer.parentBody ? [`- ${data.issuer.parentBody} (để báo cáo);`] : []),
        '- Lưu: VT, TĐKT.',
      ],
      { lines: unionSignerLines(data.signerTitle), name: data.signerName },
    ),
    ...(data.revoked ? [para('', { pageBreakBefore: true }), ...mark] : []),
    para(`DANH SÁCH ${kinds.toLocaleUpperCase('vi')} ĐƯỢC TẶNG ${forms.toLocaleUpperCase('vi')}`, {
      align: 'center',
      bold: true,
      pageBreakBefore: !data.revoked,
      keepNext: true,
    }),
    para(`(Kèm theo Quyết định số ${data.number} ${longDateVi(data.date)} của Ban Thường vụ ${data.issuer.name})`, {
      align: 'center',
      italics: true,
      size: SIZE.header,
      after: 240,
      keepNext: true,
    }),
    listTable(
      [
        { header: 'STT', widthMm: 12, align: 'center' },
        { header: 'Họ và tên / Tập thể', widthMm: 55 },
        { header: 'Đơn vị', widthMm: 58 },
        { header: 'Hình thức', widthMm: 40 },
      ],
      annexRows(data.recipients),
    ),
    para(`Danh sách có ${counted}./.`, { italics: true, size: SIZE.header, before: 120 }),
  ];
  return renderAdminDocx({ title: `Quyết định số ${data.number}`, creator: data.issuer.name, children });
}
