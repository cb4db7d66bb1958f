// The demo organisation: real provinces and real kinds of health units, with Vietnamese names.

export type DemoHospital = { code: string; name: string; shortName: string; sector?: 'public' | 'non_public' };
export type DemoProvince = { code: string; province: string; hospitals: DemoHospital[] };

/** Central hospitals and institutes whose grassroots unions sit directly under Công đoàn Y tế Việt Nam. */
export const centralUnits: DemoHospital[] = [
  { code: 'BVBM', name: 'Công đoàn Bệnh viện Bạch Mai', shortName: 'CĐ BV Bạch Mai' },
  { code: 'BVCR', name: 'Công đoàn Bệnh viện Chợ Rẫy', shortName: 'CĐ BV Chợ Rẫy' },
  { code: 'BVTWH', name: 'Công đoàn Bệnh viện Trung ương Huế', shortName: 'CĐ BVTW Huế' },
  { code: 'BVVD', name: 'Công đoàn Bệnh viện Hữu nghị Việt Đức', shortName: 'CĐ BV Việt Đức' },
  { code: 'BVK', name: 'Công đoàn Bệnh viện K', shortName: 'CĐ BV K' },
  { code: 'BVNTW', name: 'Công đoàn Bệnh viện Nhi Trung ương', shortName: 'CĐ BV Nhi TW' },
  { code: 'VVSDT', name: 'Công đoàn Viện Vệ sinh dịch tễ Trung ương', shortName: 'CĐ Viện VSDTTW' },
];

export const provinces: DemoProvince[] = [
  {
    code: 'HN',
    province: 'Hà Nội',
    hospitals: [
      { code: 'BVDKDD', name: 'Công đoàn Bệnh viện Đa khoa Đống Đa', shortName: 'CĐ BV Đống Đa' },
      { code: 'BVTP', name: 'Công đoàn Bệnh viện Thanh Nhàn', shortName: 'CĐ BV Thanh Nhàn' },
      { code: 'BVXP', name: 'Công đoàn Bệnh viện Xanh Pôn', shortName: 'CĐ BV Xanh Pôn' },
      { code: 'TTYTDA', name: 'Công đoàn Trung tâm Y tế quận Đống Đa', shortName: 'CĐ TTYT Đống Đa' },
      { code: 'CDC', name: 'Công đoàn Trung tâm Kiểm soát bệnh tật Hà Nội', shortName: 'CĐ CDC Hà Nội' },
      {
        code: 'BVHN',
        name: 'Công đoàn Bệnh viện Đa khoa Hồng Ngọc',
        shortName: 'CĐ BV Hồng Ngọc',
        sector: 'non_public',
      },
    ],
  },
  {
    code: 'HCM',
    province: 'Thành phố Hồ Chí Minh',
    hospitals: [
      { code: 'BVND1', name: 'Công đoàn Bệnh viện Nhân dân 115', shortName: 'CĐ BV 115' },
      { code: 'BVNDGD', name: 'Công đoàn Bệnh viện Nhân dân Gia Định', shortName: 'CĐ BV Gia Định' },
      { code: 'BVTD', name: 'Công đoàn Bệnh viện Từ Dũ', shortName: 'CĐ BV Từ Dũ' },
      { code: 'BVND2', name: 'Công đoàn Bệnh viện Nhi Đồng 2', shortName: 'CĐ BV Nhi Đồng 2' },
      { code: 'TTYTQ3', name: 'Công đoàn Trung tâm Y tế Quận 3', shortName: 'CĐ TTYT Quận 3' },
    ],
  },
  {
    code: 'HP',
    province: 'Hải Phòng',
    hospitals: [
      { code: 'BVVT', name: 'Công đoàn Bệnh viện Hữu nghị Việt Tiệp', shortName: 'CĐ BV Việt Tiệp' },
      { code: 'BVTE', name: 'Công đoàn Bệnh viện Trẻ em Hải Phòng', shortName: 'CĐ BV Trẻ em HP' },
      { code: 'TTYTTN', name: 'Công đoàn Trung tâm Y tế huyện Thủy Nguyên', shortName: 'CĐ TTYT Thủy Nguyên' },
      { code: 'SYT', name: 'Công đoàn Cơ quan Sở Y tế Hải Phòng', shortName: 'CĐ Sở Y tế HP' },
    ],
  },
  {
    code: 'DN',
    province: 'Đà Nẵng',
    hospitals: [
      { code: 'BVDN', name: 'Công đoàn Bệnh viện Đà Nẵng', shortName: 'CĐ BV Đà Nẵng' },
      { code: 'BVPS', name: 'Công đoàn Bệnh viện Phụ sản - Nhi Đà Nẵng', shortName: 'CĐ BV Phụ sản - Nhi' },
      { code: 'TTYTHC', name: 'Công đoàn Trung tâm Y tế quận Hải Châu', shortName: 'CĐ TTYT Hải Châu' },
      {
        code: 'BVVH',
        name: 'Công đoàn Bệnh viện Đa khoa Vinmec Đà Nẵng',
        shortName: 'CĐ BV Vinmec ĐN',
        sector: 'non_public',
      },
    ],
  },
  {
    code: 'TH',
    province: 'Thanh Hóa',
    hospitals: [
      { code: 'BVDKT', name: 'Công đoàn Bệnh viện Đa khoa tỉnh Thanh Hóa', shortName: 'CĐ BVĐK tỉnh' },
      { code: 'BVNTH', name: 'Công đoàn Bệnh viện Nhi Thanh Hóa', shortName: 'CĐ BV Nhi TH' },
      { code: 'TTYTTX', name: 'Công đoàn Trung tâm Y tế thị xã Nghi Sơn', shortName: 'CĐ TTYT Nghi Sơn' },
      { code: 'TTYTHH', name: 'Công đoàn Trung tâm Y tế huyện Hoằng Hóa', shortName: 'CĐ TTYT Hoằng Hóa' },
    ],
  },
  {
    code: 'NA',
    province: 'Nghệ An',
    hospitals: [
      { code: 'BVHNDK', name: 'Công đoàn Bệnh viện Hữu nghị Đa khoa Nghệ An', shortName: 'CĐ BV HNĐK Nghệ An' },
      { code: 'BVSN', name: 'Công đoàn Bệnh viện Sản Nhi Nghệ An', shortName: 'CĐ BV Sản Nhi NA' },
      { code: 'TTYTQL', name: 'Công đoàn Trung tâm Y tế huyện Quỳnh Lưu', shortName: 'CĐ TTYT Quỳnh Lưu' },
    ],
  },
  {
    code: 'QN',
    province: 'Quảng Ninh',
    hospitals: [
      { code: 'BVBC', name: 'Công đoàn Bệnh viện Bãi Cháy', shortName: 'CĐ BV Bãi Cháy' },
      { code: 'BVDKT', name: 'Công đoàn Bệnh viện Đa khoa tỉnh Quảng Ninh', shortName: 'CĐ BVĐK tỉnh QN' },
      { code: 'TTYTUB', name: 'Công đoàn Trung tâm Y tế thành phố Uông Bí', shortName: 'CĐ TTYT Uông Bí' },
    ],
  },
  {
    code: 'CT',
    province: 'Cần Thơ',
    hospitals: [
      { code: 'BVDKTW', name: 'Công đoàn Bệnh viện Đa khoa Trung ương Cần Thơ', shortName: 'CĐ BVĐKTW Cần Thơ' },
      { code: 'BVNCT', name: 'Công đoàn Bệnh viện Nhi đồng Cần Thơ', shortName: 'CĐ BV Nhi đồng CT' },
      { code: 'TTYTNK', name: 'Công đoàn Trung tâm Y tế quận Ninh Kiều', shortName: 'CĐ TTYT Ninh Kiều' },
    ],
  },
];

/** Departments whose union sections sit inside each grassroots union. */
export const sections = [
  { code: 'KNOI', name: 'Công đoàn bộ phận Khoa Nội' },
  { code: 'KNGOAI', name: 'Công đoàn bộ phận Khoa Ngoại' },
  { code: 'KCC', name: 'Tổ công đoàn Khoa Cấp cứu' },
  { code: 'PDD', name: 'Tổ công đoàn Phòng Điều dưỡng' },
];

/** One demo account per role; the password is the same demo password for all of them. */
export const demoUsers = [
  { username: 'quantri', displayName: 'Nguyễn Văn Quản', role: 'admin', unit: 'CDYTVN' },
  { username: 'canbo.hanoi', displayName: 'Trần Thị Thu Hằng', role: 'union_officer', unit: 'CDYT-HN' },
  { username: 'canbo.bachmai', displayName: 'Lê Đức Đạt', role: 'union_officer', unit: 'CDCS-BVBM' },
  { username: 'thidua', displayName: 'Phạm Thị Thủy', role: 'emulation_officer', unit: 'CDYTVN' },
  { username: 'hoidong', displayName: 'Hoàng Minh Khôi', role: 'council_member', unit: 'CDYTVN' },
  { username: 'doanvien', displayName: 'Đặng Thị Hòa', role: 'member', unit: 'CDCS-BVBM' },
] as const;

export const DEMO_PASSWORD = 'congdoan-demo-2026';
