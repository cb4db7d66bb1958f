// The council's minutes (biên bản họp Hội đồng Thi đua, khen thưởng) as .docx: when and where, who was present
// and absent, recusals, and for each item the secret ballot's tally with the share it needed. Never who voted what:
// only the counts are read.
import { longDateVi } from '../../documents/docx/vietnamese-date.ts';
import { adminHeader, documentTitle } from '../../documents/docx/docx-header.ts';
import { renderAdminDocx } from '../../documents/docx/docx-document.ts';
import { bodyPara, para, run } from '../../documents/docx/docx-format.ts';
import { twoSigners } from '../../documents/docx/docx-signature.ts';
import { listTable } from '../../documents/docx/docx-table.ts';
import { formatViNumber, formatViPercent } from '../../../shared/format-number.ts';
import type { MinutesData, MinutesItem, MinutesMember } from './award-document-data.ts';

const ROLE_VI: Record<MinutesMember['role'], string> = {
  chair: 'Chủ tịch Hội đồng',
  vice_chair: 'Phó Chủ tịch Hội đồng',
  member: 'Ủy viên',
  secretary: 'Thư ký Hội đồng',
};
const ROLE_ORDER: MinutesMember['role'][] = ['chair', 'vice_chair', 'member', 'secretary'];

function memberLines(members: readonly MinutesMember[]): string[] {
  return [...members]
    .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role))
    .map((member) => `- ${member.name}, ${ROLE_VI[member.role]};`);
}

/** The share an item needed, as the minutes state it: "≥ 90% tổng số thành viên Hội đồng". */
export function thresholdVi(item: Pick<MinutesItem, 'thresholdShare' | 'denominator'>): string {
  if (item.thresholdShare === null || item.denominator === null) return 'Chưa kết thúc';
  const base = item.denominator === 'of_total_members' ? 'tổng số thành viên Hội đồng' : 'số thành viên có mặt';
  return `≥ ${formatViPercent(item.thresholdShare * 100, 0)} ${base}`;
}

function resultVi(item: MinutesItem): string {
  if (item.passed === null) return 'Chưa kết thúc';
  return item.passed ? 'Đạt' : 'Không đạt';
}

function shareVi(item: MinutesItem): string {
  if (!item.eligibleVoters) return '–';
  return formatViPercent((item.yes / item.eligibleVoters) * 100, 2);
}

/** "Số phiếu thu về: 4, trong đó 1 phiếu bằng văn bản của thành viên vắng mặt (Lê Đức Đạt)." */
export function ballotsVi(ballots: MinutesData['ballots']): string {
  const head = `Số phiếu thu về: ${formatViNumber(ballots.cast)}`;
  if (ballots.written === 0) return `${head}; không có phiếu bằng văn bản.`;
  return `${head}, trong đó ${formatViNumber(ballots.written)} phiếu bằng văn bản của thành viên vắng mặt (${ballots.writtenBy.join(', ')}).`;
}

function timeOf(label: string, at: string | null, heldOn: string): string {
  return at ? `${label} ${at}, ${longDateVi(heldOn)}` : `${label} ${longDateVi(heldOn)}`;
}

export function renderMinutesDocx(data: MinutesData): Promise<Buffer> {
  const present = data.members.filter((member) => member.present);
  const absent = data.members.filter((member) => !member.present);
  const chair = data.members.find((member) => member.role === 'chair');
  const secretary = data.members.find((member) => member.role === 'secretary');
  const passed = data.items.filter((item) => item.passed === true);
  const children = [
    adminHeader({
      parentBody: data.council.parentBody,
      issuingBody: `Hội đồng Thi đua, khen thưởng ${data.council.name}`,
      placeAndDate: `${data.council.place}, ${longDateVi(data.heldOn)}`,
    }),
    ...documentTitle('Biên bản', `Họp Hội đồng Thi đua, khen thưởng: ${data.title}`),
    bodyPara([run('Thời gian: ', { bold: true }), run(timeOf('Vào hồi', data.openedAt, data.heldOn) + '.')], {
      before: 240,
    }),
    bodyPara([run('Địa điểm: ', { bold: true }), run(`${data.location ?? data.council.name}.`)]),
    bodyPara([
      run('Thành phần: ', { bold: true }),
      run(
        `Hội đồng có ${formatViNumber(data.members.length)} thành viên; có mặt ${formatViNumber(present.length)}, vắng mặt ${formatViNumber(absent.length)}.`,
      ),
    ]),
    bodyPara('Thành viên có mặt:', { italics: true }),
    ...memberLines(present).map((line) => bodyPara(line, { after: 0 })),
    bodyPara(absent.length > 0 ? 'Thành viên vắng mặt:' : 'Thành viên vắng mặt: không.', {
      italics: true,
      before: 120,
    }),
    ...memberLines(absent).map((line) => bodyPara(line, { after: 0 })),
    bodyPara(
      [
        run('Chủ trì: ', { bold: true }),
        run(chair ? `${chair.name}, ${ROLE_VI.chair}` : 'không ghi nhận'),
        run('. Thư ký: ', { bold: true }),
        run(secretary ? `${secretary.name}.` : 'không ghi nhận.'),
      ],
      { before: 120 },
    ),
    bodyPara([
      run('Nội dung: ', { bold: true }),
      run(
        `Hội đồng xét ${formatViNumber(data.items.length)} trường hợp đề nghị khen thưởng và biểu quyết bằng phiếu kín.`,
      ),
    ]),
    bodyPara(
      data.recusals.length > 0
        ? 'Thành viên không tham gia biểu quyết (tự đề nghị hoặc cùng đơn vị với người được đề nghị):'
        : 'Không có thành viên nào phải rút khỏi biểu quyết.',
      { italics: true },
    ),
    ...data.recusals.map((recusal) =>
      bodyPara(`- ${recusal.member} không biểu quyết đối với ${recusal.recipient} (${recusal.reason});`, { after: 0 }),
    ),
    bodyPara(ballotsVi(data.ballots), { before: 120 }),
    bodyPara([run('Kết quả bỏ phiếu kín:', { bold: true })], { before: 120, keepNext: true }),
    listTable(
      [
        { header: 'STT', widthMm: 9, align: 'center' },
        { header: 'Tập thể, cá nhân và hình thức', widthMm: 48 },
        { header: 'Được biểu quyết', widthMm: 16, align: 'center' },
        { header: 'Đồng ý', widthMm: 12, align: 'center' },
        { header: 'Không đồng ý', widthMm: 14, align: 'center' },
        { header: 'Không biểu quyết', widthMm: 15, align: 'center' },
        { header: 'Tỷ lệ đồng ý', widthMm: 15, align: 'center' },
        { header: 'Yêu cầu', widthMm: 22, align: 'center' },
        { header: 'Kết quả', widthMm: 14, align: 'center' },
      ],
      data.items.map((item, i) => ({
        cells: [
          String(i + 1),
          `${item.recipient}\n${item.awardName}`,
          item.eligibleVoters === null ? '–' : formatViNumber(item.eligibleVoters),
          formatViNumber(item.yes),
          formatViNumber(item.no),
          formatViNumber(item.abstain),
          shareVi(item),
          thresholdVi(item),
          resultVi(item),
        ],
      })),
    ),
    bodyPara(
      [
        run('Kết luận: ', { bold: true }),
        run(
          `${formatViNumber(passed.length)}/${formatViNumber(data.items.length)} trường hợp đạt tỷ lệ phiếu đồng ý theo quy định và được Hội đồng thống nhất đề nghị khen thưởng.`,
        ),
      ],
      { before: 120 },
    ),
    bodyPara(
      `Cuộc họp kết thúc ${data.closedAt ? `vào hồi ${data.closedAt} ` : ''}cùng ngày. Biên bản đã được đọc lại trước Hội đồng và các thành viên có mặt nhất trí thông qua./.`,
    ),
    para('', { after: 120 }),
    twoSigners(
      { lines: ['THƯ KÝ'], name: secretary?.name ?? '' },
      { lines: ['CHỦ TỊCH HỘI ĐỒNG'], name: chair?.name ?? '' },
    ),
  ];
  return renderAdminDocx({ title: `Biên bản họp Hội đồng: ${data.title}`, creator: data.council.name, children });
}
