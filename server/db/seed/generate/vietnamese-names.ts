// Vietnamese names as they occur: family names with their real share of the population, and middle and given
// names by gender, the popular ones drawn more often. Some are typed with the new tone-mark placement (Hoà).
import type { Gender } from '../../../../shared/members-enums.ts';
import { weightedPicker, type Random } from './random.ts';

/** Family names and their approximate share in percent (Hoàng/Huỳnh and Vũ/Võ are northern/southern spellings). */
// prettier-ignore
const FAMILY_NAMES: [string, number][] = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 3.2], ['Huỳnh', 1.8], ['Phan', 4.5],
  ['Vũ', 2.2], ['Võ', 1.8], ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1],
  ['Lý', 0.5], ['Đinh', 0.8], ['Trương', 0.8], ['Đào', 0.6], ['Lương', 0.5], ['Hà', 0.5], ['Mai', 0.4],
  ['Cao', 0.4], ['Trịnh', 0.4], ['Tạ', 0.3], ['Lâm', 0.3], ['Chu', 0.25], ['Tô', 0.25], ['Lưu', 0.25],
  ['Kiều', 0.2], ['Phùng', 0.2], ['Quách', 0.15], ['Triệu', 0.15], ['Thái', 0.15], ['Châu', 0.15], ['La', 0.1],
  ['Vương', 0.1], ['Lại', 0.1], ['Nghiêm', 0.08], ['Doãn', 0.08], ['Khúc', 0.05], ['Hứa', 0.08], ['Tăng', 0.05],
];

// prettier-ignore
const FEMALE_GIVEN = [
  'Anh', 'Linh', 'Trang', 'Hương', 'Hằng', 'Thảo', 'Ngọc', 'Huyền', 'Phương', 'Hà', 'Lan', 'Hoa', 'Thủy', 'Mai',
  'Hạnh', 'Dung', 'Yến', 'Nhung', 'Hiền', 'Thu', 'Vân', 'Hồng', 'Giang', 'Loan', 'Hòa', 'Chi', 'Nga', 'Quỳnh',
  'Thúy', 'Ánh', 'Liên', 'Oanh', 'Tâm', 'Vy', 'Ly', 'My', 'Nhi', 'Uyên', 'Trâm', 'Duyên', 'Hậu', 'Ngân', 'Thư',
  'Tuyết', 'Bích', 'Châu', 'Diệp', 'Huệ', 'Lệ', 'Nguyệt', 'Phượng', 'Quyên', 'Thanh', 'Thắm', 'Thương', 'Xuân',
  'Hảo', 'Nhàn', 'Thoa', 'Trinh', 'Lụa', 'Sen', 'Đào', 'Diễm', 'Khuê', 'Mơ', 'Trúc', 'Hiên', 'Ngà', 'Thơ',
];
// prettier-ignore
const MALE_GIVEN = [
  'Anh', 'Minh', 'Hùng', 'Dũng', 'Tuấn', 'Hải', 'Nam', 'Long', 'Đức', 'Sơn', 'Thành', 'Cường', 'Hiếu', 'Quang',
  'Trung', 'Hoàng', 'Huy', 'Phong', 'Tùng', 'Thắng', 'Việt', 'Bình', 'Đạt', 'Khánh', 'Hưng', 'Vinh', 'Quân',
  'Tú', 'Lâm', 'Kiên', 'Phúc', 'Toàn', 'Tiến', 'Hòa', 'Công', 'Duy', 'Khoa', 'Lộc', 'Mạnh', 'Nghĩa', 'Tài',
  'Thái', 'Trí', 'Trọng', 'Bảo', 'An', 'Chiến', 'Định', 'Đông', 'Giang', 'Hiệp', 'Khôi', 'Luân', 'Nhân',
  'Phương', 'Quý', 'Tâm', 'Thịnh', 'Vũ', 'Hậu', 'Lợi', 'Thọ', 'Dương', 'Thuận', 'Chính', 'Kỳ', 'Quyết', 'Tín',
];
// prettier-ignore
const FEMALE_MIDDLE: [string, number][] = [
  ['Thị', 50], ['Thu', 4], ['Ngọc', 4], ['Thanh', 4], ['Minh', 3], ['Phương', 2], ['Hồng', 2], ['Kim', 2],
  ['Thùy', 2], ['Diệu', 1], ['Bích', 1.5], ['Mỹ', 1.5], ['Hải', 1], ['Quỳnh', 1], ['Khánh', 1], ['Bảo', 1],
  ['Hoài', 1], ['Tuyết', 0.5], ['Kiều', 0.5], ['Như', 1], ['Cẩm', 0.5], ['Thúy', 1], ['Hoàng', 1], ['Lan', 0.5],
  ['Thị Thu', 3], ['Thị Ngọc', 2], ['Thị Thanh', 2], ['Thị Minh', 1.5], ['Thị Hồng', 1.5], ['Thị Kim', 1],
  ['Thị Thùy', 1], ['Thị Mỹ', 1], ['Thị Bích', 1], ['Ngọc Bảo', 0.3], ['Nguyễn Thị', 0.3],
];
// prettier-ignore
const MALE_MIDDLE: [string, number][] = [
  ['Văn', 35], ['Đức', 6], ['Minh', 6], ['Quang', 4], ['Hữu', 4], ['Thanh', 3], ['Ngọc', 3], ['Công', 3],
  ['Xuân', 2.5], ['Tiến', 2], ['Trọng', 2], ['Mạnh', 2], ['Thế', 2], ['Duy', 2], ['Hoàng', 2], ['Anh', 2],
  ['Quốc', 2], ['Bá', 1.5], ['Đình', 2], ['Hải', 1.5], ['Trung', 1.5], ['Việt', 1.5], ['Tuấn', 1], ['Kim', 0.5],
  ['Văn Minh', 1], ['Văn Đức', 0.5], ['Đức Minh', 0.7], ['Quang Minh', 0.5], ['Hoàng Anh', 0.5], ['Ngọc Tuấn', 0.3],
];

/** Old and new tone-mark placement of the same syllable; both are NFC and both are typed in real files. */
const NEW_STYLE: Record<string, string> = { Hòa: 'Hoà', Thủy: 'Thuỷ', Thúy: 'Thuý', Thùy: 'Thuỳ', Khỏe: 'Khoẻ' };

/** Earlier names in each list are more common: weights fall off with the rank, as name frequencies do. */
const byRank = (names: readonly string[]) => names.map((name, rank) => [name, 1 / (rank + 3) ** 0.8] as const);

const familyPicker = weightedPicker(FAMILY_NAMES);
const givenPickers = { female: weightedPicker(byRank(FEMALE_GIVEN)), male: weightedPicker(byRank(MALE_GIVEN)) };
const middlePickers = { female: weightedPicker(FEMALE_MIDDLE), male: weightedPicker(MALE_MIDDLE) };

export type DrawnName = { familyName: string; middleName: string; givenName: string; fullName: string };

/** One name for a person of `gender`; about one in twelve with the old Huế compound family names or new tone style. */
export function drawName(random: Random, gender: Gender): DrawnName {
  const rare = random.next();
  const familyName =
    rare < 0.0008 ? (gender === 'female' ? 'Tôn Nữ' : 'Tôn Thất') : rare < 0.0012 ? 'Âu Dương' : familyPicker(random);
  const middleName = middlePickers[gender](random);
  let givenName = givenPickers[gender](random);
  const middleWords = middleName.split(' ');
  if (random.chance(0.3)) {
    givenName = NEW_STYLE[givenName] ?? givenName;
    for (let i = 0; i < middleWords.length; i++) middleWords[i] = NEW_STYLE[middleWords[i]!] ?? middleWords[i]!;
  }
  const middle = middleWords.join(' ');
  return { familyName, middleName: middle, givenName, fullName: `${familyName} ${middle} ${givenName}` };
}

export const familyNameShares = FAMILY_NAMES;
