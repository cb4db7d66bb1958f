// Enumerations of people and membership, with their Vietnamese and English labels.

export const genders = ['male', 'female'] as const;
export type Gender = (typeof genders)[number];
export const genderLabels: Record<Gender, { vi: string; en: string }> = {
  male: { vi: 'Nam', en: 'Male' },
  female: { vi: 'Nữ', en: 'Female' },
};

export const membershipStatuses = ['active', 'transferred', 'left', 'suspended'] as const;
export type MembershipStatus = (typeof membershipStatuses)[number];
export const membershipStatusLabels: Record<MembershipStatus, { vi: string; en: string }> = {
  active: { vi: 'Đang sinh hoạt', en: 'Active' },
  transferred: { vi: 'Đã chuyển sinh hoạt', en: 'Transferred' },
  left: { vi: 'Đã ra khỏi tổ chức', en: 'Left' },
  suspended: { vi: 'Tạm dừng sinh hoạt', en: 'Suspended' },
};

export const qualifications = [
  'doctor',
  'nurse',
  'midwife',
  'technician',
  'pharmacist',
  'public_health',
  'other',
] as const;
export type Qualification = (typeof qualifications)[number];
export const qualificationLabels: Record<Qualification, { vi: string; en: string }> = {
  doctor: { vi: 'Bác sĩ', en: 'Doctor' },
  nurse: { vi: 'Điều dưỡng', en: 'Nurse' },
  midwife: { vi: 'Hộ sinh', en: 'Midwife' },
  technician: { vi: 'Kỹ thuật viên', en: 'Technician' },
  pharmacist: { vi: 'Dược sĩ', en: 'Pharmacist' },
  public_health: { vi: 'Y tế công cộng', en: 'Public health' },
  other: { vi: 'Khác', en: 'Other' },
};

export const contractKinds = ['public_employee', 'labour_contract', 'other'] as const;
export type ContractKind = (typeof contractKinds)[number];
export const contractKindLabels: Record<ContractKind, { vi: string; en: string }> = {
  public_employee: { vi: 'Viên chức', en: 'Public employee' },
  labour_contract: { vi: 'Hợp đồng lao động', en: 'Labour contract' },
  other: { vi: 'Khác', en: 'Other' },
};

/** The 54 recognised ethnic groups of Vietnam, as the official list writes them. */
export const ethnicities = [
  'Kinh',
  'Tày',
  'Thái',
  'Mường',
  'Khmer',
  'Hoa',
  'Nùng',
  "H'Mông",
  'Dao',
  'Gia Rai',
  'Ê Đê',
  'Ba Na',
  'Sán Chay',
  'Chăm',
  'Cơ Ho',
  'Xơ Đăng',
  'Sán Dìu',
  'Hrê',
  'Ra Glai',
  "M'Nông",
  'Thổ',
  'Xtiêng',
  'Khơ Mú',
  'Bru - Vân Kiều',
  'Cơ Tu',
  'Giáy',
  'Tà Ôi',
  'Mạ',
  'Giẻ - Triêng',
  'Co',
  'Chơ Ro',
  'Xinh Mun',
  'Hà Nhì',
  'Chu Ru',
  'Lào',
  'Kháng',
  'La Chí',
  'Phù Lá',
  'La Hủ',
  'La Ha',
  'Pà Thẻn',
  'Chứt',
  'Lự',
  'Lô Lô',
  'Mảng',
  'Cờ Lao',
  'Bố Y',
  'Cống',
  'Ngái',
  'Si La',
  'Pu Péo',
  'Brâu',
  'Ơ Đu',
  'Rơ Măm',
] as const;
