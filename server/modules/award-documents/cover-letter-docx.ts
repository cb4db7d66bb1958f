// The cover letter (tờ trình) of a proposal as .docx: from the proposing unit to the deciding one, with the list
// of proposed recipients and a summary of each one's achievement (Luật 2022 Điều 84: the first piece of a dossier).
import { adminHeader, documentTitle } from '../../documents/docx/docx-header.ts';
import { renderAdminDocx } from '../../documents/docx/docx-document.ts';
import { bodyPara, para, run } from '../../documents/docx/docx-format.ts';
import { signatureBlock, unionSignerLines } from '../../documents/docx/docx-signature.ts';
import { listTable, type ListRow } from '../../documents/docx/docx-table.ts';
import { placeAndDateVi } from '../../documents/docx/vietnamese-date.ts';
import type { CoverLetterData, CoverLetterItem } from './award-document-data.ts';
import { collectivesFirst, recipientCountVi, recipientKindsVi } from './recipient-order.ts';

/** A summary fits a table cell: the report's first sentences up to about this many characters. */
const SUMMARY_CHARS = 320;

/** The start of an achievement report, cut at a word and marked with an ellipsis when cut. */
export function summariseAchievement(report: string | null): string {
  const text = (report ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
  if (text.length <= SUMMARY_CHARS) return text || '(Chưa có báo cáo thành tích)';
  const cut = text.slice(0, SUMMARY_CHARS);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf(' '));
  return `${cut.slice(0, end > SUMMARY_CHARS / 2 ? end : SUMMARY_CHARS).replace(/[.,;:]$/, '')}…`;
}

function rows(items: readonly CoverLetterItem[]): ListRow[] {
  const { collectives, individuals } = collectivesFirst(items);
  const out: ListRow[] = [];
  const add = (lines: CoverLetterItem[]) =>
    lines.forEach((line, i) =>
      out.push({ cells: [String(i + 1), `${line.name}\n${line.unit}`, line.awardName, line.achievementSummary] }),
    );
  if (collectives.length > 0) {
    out.push({ section: `I. TẬP THỂ (${collectives.length})` });
    add(collectives);
  }
  if (individuals.length > 0) {
    out.push({ section: `${collectives.length > 0 ? 'II' : 'I'}. CÁ NHÂN (${individuals.length})` });
    add(individuals);
  }
  return out;
}

export function renderCoverLetterDocx(data: CoverLetterData): Promise<Buffer> {
  const { collectives, individuals } = collectivesFirst(data.items);
  const counted = recipientCountVi(collectives.length, individuals.length) || 'chưa có tập thể, cá nhân nào';
  const kinds = recipientKindsVi(collectives.length, individuals.length);
  const children = [
    adminHeader({
      parentBody: data.proposer.parentBody,
      issuingBody: data.proposer.name,
      number: data.number,
      placeAndDate: placeAndDateVi(data.proposer.place, data.date),
    }),
    ...documentTitle('Tờ trình', `Về việc đề nghị khen thưởng ${data.title}`),
    para([run('Kính gửi: ', { bold: false }), run(data.decider, { bold: true })], {
      align: 'center',
      before: 240,
      after: 240,
    }),
    bodyPara(
      'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022 và các văn bản hướng dẫn thi hành;',
    ),
    bodyPara(`Căn cứ thành tích đạt được năm ${data.year} của các ${kinds} thuộc ${data.proposer.name},`),
    bodyPara(`${data.proposer.name} kính trình ${data.decider} xem xét, khen thưởng cho ${counted}, cụ thể như sau:`),
    listTable(
      [
        { header: 'STT', widthMm: 11, align: 'center' },
        { header: 'Tên tập thể, cá nhân và đơn vị', widthMm: 52 },
        { header: 'Hình thức đề nghị', widthMm: 38 },
        { header: 'Tóm tắt thành tích', widthMm: 64 },
      ],
      rows(data.items),
    ),
    bodyPara('(Có báo cáo thành tích của từng tập thể, cá nhân kèm theo)', { italics: true, before: 120 }),
    bodyPara(`Kính đề nghị ${data.decider} xem xét, quyết định./.`),
    signatureBlock([`- Như trên;`, '- Lưu: VT.'], { lines: unionSignerLines(null, 'BAN CHẤP HÀNH'), name: '' }),
  ];
  return renderAdminDocx({
    title: `Tờ trình đề nghị khen thưởng ${data.title}`,
    creator: data.proposer.name,
    children,
  });
}
