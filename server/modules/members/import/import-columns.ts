// The columns an import understands, with the header spellings found in real union spreadsheets.
import type { ImportField } from '../../../../shared/contracts/member-import.ts';
import { foldForSearch } from '../../../../shared/text/index.ts';
import { AppError } from '../../../errors.ts';

export { importFields, type ImportField } from '../../../../shared/contracts/member-import.ts';

/** Vietnamese header of each field as the template writes it. */
export const fieldHeaders: Record<ImportField, string> = {
  fullName: 'Họ và tên',
  birthDate: 'Ngày sinh',
  birthYear: 'Năm sinh',
  gender: 'Giới tính',
  ethnicity: 'Dân tộc',
  religion: 'Tôn giáo',
  citizenId: 'Số CCCD',
  phone: 'Điện thoại',
  email: 'Email',
  qualification: 'Trình độ chuyên môn',
  position: 'Chức vụ',
  joinedOn: 'Ngày vào công đoàn',
  cardNumber: 'Số thẻ đoàn viên',
};

/** Folded header variants → field. Compared after folding, so case, diacritics and spacing do not matter. */
const VARIANTS: Record<ImportField, string[]> = {
  fullName: ['Họ và tên', 'Họ tên', 'Họ và tên đoàn viên', 'Tên đoàn viên', 'Full name'],
  birthDate: ['Ngày sinh', 'Ngày, tháng, năm sinh', 'Ngày tháng năm sinh', 'Date of birth'],
  birthYear: ['Năm sinh', 'Year of birth'],
  gender: ['Giới tính', 'Nam/Nữ', 'Nam, Nữ', 'Gender'],
  ethnicity: ['Dân tộc', 'Ethnicity'],
  religion: ['Tôn giáo', 'Religion'],
  citizenId: [
    'Số CCCD',
    'CCCD',
    'Số căn cước',
    'Số căn cước công dân',
    'Số CMND/CCCD',
    'CMND/CCCD',
    'Số CMND',
    'Citizen ID',
  ],
  phone: ['Điện thoại', 'Số điện thoại', 'SĐT', 'Phone'],
  email: ['Email', 'Thư điện tử', 'E-mail'],
  qualification: ['Trình độ chuyên môn', 'Chuyên môn', 'Trình độ', 'Qualification'],
  position: ['Chức vụ', 'Chức danh', 'Position'],
  joinedOn: ['Ngày vào công đoàn', 'Ngày kết nạp', 'Ngày vào CĐ', 'Ngày gia nhập công đoàn', 'Joined on'],
  cardNumber: ['Số thẻ đoàn viên', 'Số thẻ', 'Số thẻ ĐV', 'Card number'],
};

const lookup = new Map<string, ImportField>(
  Object.entries(VARIANTS).flatMap(([field, names]) =>
    names.map((name) => [foldForSearch(name).replace(/[^a-z0-9]/g, ''), field as ImportField]),
  ),
);

/** Which field each column holds (by position), from the header row; unknown headers map to null. */
export function mapHeaders(headers: string[]): (ImportField | null)[] {
  const seen = new Set<ImportField>();
  return headers.map((header) => {
    const field = lookup.get(foldForSearch(header).replace(/[^a-z0-9]/g, '')) ?? null;
    if (!field || seen.has(field)) return null;
    seen.add(field);
    return field;
  });
}

/** A mapping chosen by hand: one entry per header, a "Họ và tên" column, no field twice. */
export function checkMapping(headers: string[], mapping: (ImportField | null)[]): void {
  if (mapping.length !== headers.length) {
    throw new AppError(
      400,
      'import.mapping_length',
      `Cần chọn trường cho đúng ${headers.length} cột của tệp (đã gửi ${mapping.length}).`,
      `The mapping must have one entry per column (${headers.length}).`,
      { columns: headers.length },
    );
  }
  const twice = importFieldsIn(mapping).filter((field, i, all) => all.indexOf(field) !== i);
  if (twice.length) {
    const names = [...new Set(twice)].map((field) => `"${fieldHeaders[field]}"`).join(', ');
    throw new AppError(
      400,
      'import.mapping_duplicate',
      `Trường ${names} được chọn cho nhiều cột; mỗi trường chỉ chọn cho một cột.`,
      'A field is chosen for more than one column.',
      { fields: [...new Set(twice)] },
    );
  }
  if (!mapping.includes('fullName')) throw noNameColumn(headers);
}

const importFieldsIn = (mapping: (ImportField | null)[]) => mapping.filter((field) => field !== null);

/** The file (or the chosen mapping) has no column for the full name, which every row needs. */
export function noNameColumn(headers: string[]): AppError {
  return new AppError(
    400,
    'import.no_name_column',
    'Không tìm thấy cột "Họ và tên" ở dòng tiêu đề.',
    'No "Họ và tên" column in the header row.',
    { columns: headers },
  );
}
