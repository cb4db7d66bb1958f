// Achievement history as COPY text lines: ratings, award decisions and awards, initiatives and their authors, with
// initiative titles drawn from the vocabulary of a hospital's improvement council.
import { foldForSearch } from '../../../../shared/text/index.ts';
import type { Random } from './random.ts';

type Value = string | number | boolean | null;
// COPY's text format; the generated text holds no tab, newline or backslash, so only null needs care.
const line = (values: Value[]) =>
  `${values.map((v) => (v === null ? '\\N' : v === true ? 't' : v === false ? 'f' : String(v))).join('\t')}\n`;

export const RATING_COLUMNS =
  'person_id, year, unit_id, rating, days_absent, discipline_level, discipline_decision_no, discipline_decision_date';
export const ratingLine = (values: [number, number, number, string, number | null, string | null, string | null]) =>
  line([...values, values[5] ? `${values[1]}-09-15` : null]);

export const DECISION_COLUMNS =
  'id, decider_key, decider_unit_id, decider_authority, decider_name, decision_no, decision_date, decision_year, signer_name, signer_title';
export type GeneratedDecision = {
  id: number;
  deciderKey: string;
  deciderUnitId: number | null;
  deciderAuthority: string | null;
  deciderName: string;
  decisionNo: string;
  decisionDate: string;
  signerTitle: string;
};
export const decisionLine = (d: GeneratedDecision) =>
  line([
    d.id,
    d.deciderKey,
    d.deciderUnitId,
    d.deciderAuthority,
    d.deciderName,
    d.decisionNo,
    d.decisionDate,
    Number(d.decisionDate.slice(0, 4)),
    null,
    d.signerTitle,
  ]);

export const AWARD_COLUMNS = 'decision_id, catalogue_entry_id, code, person_id, unit_id, year, occasion';
export const awardLine = (
  decisionId: number,
  entryId: number,
  code: string,
  personId: number,
  unitId: number,
  year: number,
) => line([decisionId, entryId, code, personId, unitId, year, 'regular']);

export const INITIATIVE_COLUMNS =
  'id, kind, title, field, unit_id, submitted_on, status, recognition_level, decision_no, decision_date, rejection_reason, benefit_vnd, applied_at, application, accepted, search_key';
export const AUTHOR_COLUMNS = 'initiative_id, person_id, share_percent, position';

// prettier-ignore
const ACTIONS = ['Cải tiến quy trình', 'Giải pháp nâng cao chất lượng', 'Ứng dụng công nghệ thông tin trong', 'Giải pháp giảm thời gian',
  'Chuẩn hóa', 'Xây dựng bộ công cụ', 'Giải pháp tiết kiệm chi phí', 'Nâng cao hiệu quả'];
// prettier-ignore
const OBJECTS = ['tiếp đón người bệnh', 'cấp phát thuốc ngoại trú', 'chăm sóc người bệnh sau phẫu thuật', 'kiểm soát nhiễm khuẩn',
  'quản lý hồ sơ bệnh án', 'xét nghiệm huyết học', 'tiêm chủng mở rộng', 'theo dõi người bệnh nặng', 'bảo quản vắc xin',
  'vô khuẩn dụng cụ', 'quản lý vật tư tiêu hao', 'tư vấn dinh dưỡng', 'phục hồi chức năng sau đột quỵ', 'sàng lọc sơ sinh'];
// prettier-ignore
const FIELDS = ['Quản lý bệnh viện', 'Điều dưỡng', 'Dược', 'Xét nghiệm', 'Nội khoa', 'Ngoại khoa', 'Nhi khoa', 'Y tế dự phòng',
  'Công nghệ thông tin', 'Hành chính'];
// prettier-ignore
const RESEARCH = ['Đánh giá hiệu quả', 'Nghiên cứu thực trạng', 'Khảo sát kiến thức, thái độ, thực hành về'];
const LEVELS = ['grassroots', 'ministry_province', 'national'] as const;

export type InitiativeDraft = {
  id: number;
  unitId: number;
  year: number;
  /** Authors, lead first, with their full names for the search key. */
  authors: { id: number; fullName: string }[];
  shares: number[];
  /** Number within the unit and year, for the decision number. */
  serial: number;
  unitCode: string;
};

const pad = (n: number) => String(n).padStart(2, '0');

/** Mostly recognised at grassroots level in the year it was submitted; some rejected, a few still pending. */
export function initiativeLine(random: Random, draft: InitiativeDraft): string {
  const roll = random.next();
  const kind = roll < 0.72 ? 'initiative' : roll < 0.86 ? 'work_product' : 'research';
  const object = random.pick(OBJECTS);
  const title = kind === 'research' ? `${random.pick(RESEARCH)} ${object}` : `${random.pick(ACTIONS)} ${object}`;
  const field = random.pick(FIELDS);
  const status = random.chance(0.86) ? 'recognised' : random.chance(0.6) ? 'rejected' : 'submitted';
  const recognised = status === 'recognised';
  const levelRoll = random.next();
  const level = recognised ? LEVELS[levelRoll < 0.9 ? 0 : levelRoll < 0.99 ? 1 : 2] : null;
  const submitted = `${draft.year}-${pad(random.int(2, 9))}-${pad(random.int(1, 28))}`;
  const decided = recognised ? `${draft.year}-${pad(random.int(10, 12))}-${pad(random.int(1, 28))}` : null;
  const application = kind === 'research' ? 'none' : random.chance(0.92) ? 'applied' : 'trial';
  const benefit = kind === 'research' || !random.chance(0.6) ? null : random.int(1, 200) * 500_000;
  const searchKey = [title, field, ...draft.authors.map((a) => a.fullName)].map(foldForSearch).join(' ');
  return line([
    draft.id,
    kind,
    title,
    field,
    draft.unitId,
    submitted,
    status,
    level,
    recognised ? `${draft.serial}/QĐ-HĐSK-${draft.unitCode}` : null,
    decided,
    status === 'rejected' ? 'Chưa chứng minh được hiệu quả áp dụng' : null,
    benefit,
    application === 'applied' ? 'Tại đơn vị' : null,
    application,
    kind === 'research' && recognised,
    searchKey,
  ]);
}

export function authorLines(draft: InitiativeDraft): string {
  let text = '';
  draft.authors.forEach((author, position) => {
    text += line([draft.id, author.id, draft.shares[position]!, position]);
  });
  return text;
}
