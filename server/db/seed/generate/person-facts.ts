// The facts drawn for a generated person besides the name: ethnicity, religion, qualification, titles, position,
// contract, and why a member left. Shares follow the 2019 census and the make-up of the health workforce.
import { ethnicities, type Qualification } from '../../../../shared/members-enums.ts';
import { weightedPicker } from './random.ts';

/** Census shares (percent) in the order of `ethnicities`; Kinh is a little higher in the health workforce. */
// prettier-ignore
const ETHNIC_SHARES = [
  89, 1.9, 1.9, 1.5, 1.4, 0.8, 1.2, 1.5, 0.9, 0.5, 0.4, 0.3, 0.2, 0.2, 0.2, 0.2, 0.2, 0.15, 0.15, 0.13,
  0.09, 0.1, 0.09, 0.1, 0.07, 0.07, 0.05, 0.05, 0.07, 0.04, 0.03, 0.03, 0.03, 0.02, 0.02, 0.016, 0.016,
  0.013, 0.012, 0.009, 0.009, 0.008, 0.007, 0.005, 0.005, 0.004, 0.003, 0.002, 0.001, 0.001, 0.001,
  0.0005, 0.0005, 0.0005,
];
if (ETHNIC_SHARES.length !== ethnicities.length) throw new Error('one share per ethnic group');
export const drawEthnicity = weightedPicker(ethnicities.map((name, i) => [name, ETHNIC_SHARES[i]!] as const));

export const drawReligion = weightedPicker<string | null>([
  [null, 80],
  ['Phật giáo', 9],
  ['Công giáo', 7],
  ['Tin Lành', 1.5],
  ['Cao Đài', 1.2],
  ['Phật giáo Hòa Hảo', 1],
]);

export const drawQualification = weightedPicker<Qualification>([
  ['nurse', 36],
  ['doctor', 24],
  ['technician', 12],
  ['pharmacist', 8],
  ['midwife', 6],
  ['public_health', 4],
  ['other', 10],
]);

/** Canonical titles as parsePersonName reads them: academic title before degree. */
export const drawDoctorTitles = weightedPicker<string[]>([
  [[], 30],
  [['BSCKI'], 22],
  [['ThS'], 20],
  [['BSCKII'], 12],
  [['TS'], 8],
  [['BSNT'], 3],
  [['PGS', 'TS'], 4],
  [['GS', 'TS'], 1],
]);
export const drawPharmacistTitles = weightedPicker<string[]>([
  [[], 70],
  [['DS'], 15],
  [['ThS'], 12],
  [['TS'], 3],
]);

export const POSITIONS: Record<Qualification, readonly string[]> = {
  doctor: ['Bác sĩ điều trị', 'Bác sĩ điều trị', 'Bác sĩ điều trị', 'Trưởng khoa', 'Phó trưởng khoa', 'Giám đốc'],
  nurse: ['Điều dưỡng viên', 'Điều dưỡng viên', 'Điều dưỡng viên', 'Điều dưỡng trưởng khoa'],
  midwife: ['Hộ sinh viên', 'Hộ sinh trưởng khoa'],
  technician: ['Kỹ thuật viên xét nghiệm', 'Kỹ thuật viên chẩn đoán hình ảnh', 'Kỹ thuật viên vật lý trị liệu'],
  pharmacist: ['Dược sĩ', 'Dược sĩ', 'Trưởng khoa Dược'],
  public_health: ['Cán bộ y tế dự phòng', 'Cán bộ kiểm soát dịch bệnh'],
  other: ['Nhân viên hành chính', 'Kế toán viên', 'Hộ lý', 'Lái xe', 'Bảo vệ', 'Chuyên viên'],
};

export const LEFT_REASONS = [
  'Nghỉ hưu',
  'Nghỉ hưu',
  'Nghỉ hưu',
  'Chuyển công tác ngoài ngành',
  'Thôi việc',
  'Ra khỏi tổ chức công đoàn theo nguyện vọng',
];
export const SUSPEND_REASONS = ['Nghỉ chế độ thai sản dài hạn', 'Đi học dài hạn', 'Nghỉ không lương'];
