// Names for the generated tree: central bodies, the grassroots unions a province has in order of size and
// importance, and the departments and commune stations that are their union sections.
import { provinceLabel, type Province } from './provinces.ts';

// prettier-ignore
export const CENTRAL_BODIES = [
  'Bệnh viện Bạch Mai', 'Bệnh viện Chợ Rẫy', 'Bệnh viện Trung ương Huế', 'Bệnh viện Hữu nghị Việt Đức', 'Bệnh viện K',
  'Bệnh viện Nhi Trung ương', 'Bệnh viện Phụ sản Trung ương', 'Bệnh viện Mắt Trung ương', 'Bệnh viện Nội tiết Trung ương',
  'Bệnh viện Phổi Trung ương', 'Bệnh viện Da liễu Trung ương', 'Bệnh viện Lão khoa Trung ương', 'Bệnh viện Hữu nghị',
  'Bệnh viện E', 'Bệnh viện Thống Nhất', 'Bệnh viện Tai Mũi Họng Trung ương', 'Bệnh viện Bệnh Nhiệt đới Trung ương',
  'Bệnh viện Tâm thần Trung ương 1', 'Bệnh viện Y học cổ truyền Trung ương', 'Bệnh viện Đa khoa Trung ương Thái Nguyên',
  'Bệnh viện Đa khoa Trung ương Quảng Nam', 'Bệnh viện C Đà Nẵng', 'Viện Vệ sinh dịch tễ Trung ương',
  'Viện Pasteur Thành phố Hồ Chí Minh', 'Viện Pasteur Nha Trang', 'Viện Dinh dưỡng', 'Viện Huyết học - Truyền máu Trung ương',
  'Trường Đại học Y Hà Nội', 'Trường Đại học Dược Hà Nội', 'Trường Đại học Y tế công cộng', 'Cơ quan Bộ Y tế',
  'Bệnh viện Đại học Y Hà Nội', 'Viện Kiểm nghiệm thuốc Trung ương', 'Trường Đại học Điều dưỡng Nam Định',
];

// prettier-ignore
const SPECIALTIES = [
  'Bệnh viện Sản - Nhi', 'Bệnh viện Y học cổ truyền', 'Bệnh viện Phổi', 'Bệnh viện Tâm thần', 'Bệnh viện Mắt',
  'Bệnh viện Da liễu', 'Bệnh viện Phục hồi chức năng', 'Bệnh viện Nội tiết', 'Bệnh viện Ung bướu',
  'Bệnh viện Răng Hàm Mặt', 'Bệnh viện Chấn thương chỉnh hình', 'Bệnh viện Tim mạch',
];
// prettier-ignore
const BODIES = [
  'Trung tâm Kiểm soát bệnh tật', 'Cơ quan Sở Y tế', 'Trường Cao đẳng Y tế', 'Trung tâm Giám định y khoa',
  'Trung tâm Pháp y', 'Chi cục An toàn vệ sinh thực phẩm', 'Trung tâm Kiểm nghiệm',
];
// prettier-ignore
const DISTRICTS = [
  'Thạch Hà', 'Hoằng Hóa', 'Quỳnh Lưu', 'Thủy Nguyên', 'Gia Lâm', 'Đông Anh', 'Sóc Sơn', 'Ba Vì', 'Chương Mỹ', 'Thanh Oai',
  'Củ Chi', 'Hóc Môn', 'Bình Chánh', 'Nhà Bè', 'Cần Giờ', 'Kiến Thụy', 'An Lão', 'Tiên Lãng', 'Vĩnh Bảo', 'Hòa Vang',
  'Phong Điền', 'Cờ Đỏ', 'Thốt Nốt', 'Châu Phú', 'Tịnh Biên', 'Long Điền', 'Đất Đỏ', 'Lục Nam', 'Yên Dũng', 'Chợ Mới',
  'Ba Bể', 'Hồng Dân', 'Giá Rai', 'Tiên Du', 'Quế Võ', 'Châu Thành', 'Mỏ Cày Nam', 'Phù Cát', 'Tây Sơn', 'Bến Cát',
  'Dầu Tiếng', 'Đồng Phú', 'Lộc Ninh', 'Hàm Thuận Bắc', 'Tuy Phong', 'Năm Căn', 'Ngọc Hiển', 'Trùng Khánh', 'Hòa An',
  'Krông Pắc', "Ea H'leo", 'Cư Jút', 'Đắk Mil', 'Mường Chà', 'Tuần Giáo', 'Long Thành', 'Nhơn Trạch', 'Cao Lãnh',
  'Tháp Mười', 'Chư Sê', 'Đức Cơ', 'Vị Xuyên', 'Bắc Quang', 'Kim Bảng', 'Thanh Liêm', 'Can Lộc', 'Hương Sơn', 'Cẩm Giàng',
  'Nam Sách', 'Phụng Hiệp', 'Long Mỹ', 'Mai Châu', 'Lương Sơn', 'Văn Lâm', 'Khoái Châu', 'Diên Khánh', 'Cam Lâm',
  'Gò Quao', 'Phú Quốc', 'Đắk Hà', 'Sa Thầy', 'Tam Đường', 'Than Uyên', 'Di Linh', 'Đức Trọng', 'Cao Lộc', 'Hữu Lũng',
  'Bát Xát', 'Sa Pa', 'Đức Hòa', 'Cần Giuộc', 'Hải Hậu', 'Giao Thủy', 'Diễn Châu', 'Yên Thành', 'Kim Sơn', 'Gia Viễn',
];
// prettier-ignore
const PRIVATE = [
  'Bệnh viện Đa khoa Hồng Đức', 'Phòng khám Đa khoa An Việt', 'Bệnh viện Đa khoa Tâm Anh', 'Công ty Cổ phần Dược phẩm Hợp Lực',
  'Bệnh viện Đa khoa Hoàn Mỹ', 'Phòng khám Đa khoa Medlatec', 'Bệnh viện Đa khoa Thu Cúc', 'Công ty TNHH Thiết bị y tế Việt Mỹ',
];
// prettier-ignore
export const DEPARTMENTS = [
  'Khoa Nội tổng hợp', 'Khoa Ngoại tổng hợp', 'Khoa Sản', 'Khoa Nhi', 'Khoa Hồi sức tích cực - Chống độc', 'Khoa Cấp cứu',
  'Khoa Khám bệnh', 'Khoa Xét nghiệm', 'Khoa Chẩn đoán hình ảnh', 'Khoa Dược', 'Khoa Kiểm soát nhiễm khuẩn', 'Khoa Gây mê hồi sức',
  'Khoa Truyền nhiễm', 'Khoa Tim mạch', 'Khoa Thần kinh', 'Khoa Tiêu hóa', 'Khoa Thận - Tiết niệu', 'Khoa Chấn thương chỉnh hình',
  'Khoa Mắt', 'Khoa Tai Mũi Họng', 'Khoa Răng Hàm Mặt', 'Khoa Da liễu', 'Khoa Ung bướu', 'Khoa Y học cổ truyền',
  'Khoa Phục hồi chức năng', 'Khoa Dinh dưỡng', 'Khoa Giải phẫu bệnh', 'Khoa Huyết học - Truyền máu', 'Khoa Thăm dò chức năng',
  'Phòng Tổ chức cán bộ', 'Phòng Kế hoạch tổng hợp', 'Phòng Điều dưỡng', 'Phòng Tài chính kế toán', 'Phòng Hành chính quản trị',
  'Phòng Vật tư thiết bị y tế', 'Phòng Quản lý chất lượng', 'Phòng Công tác xã hội', 'Phòng Công nghệ thông tin',
];
// prettier-ignore
export const COMMUNES = [
  'Tân Lập', 'Tân Tiến', 'Quang Trung', 'Hòa Bình', 'Đông Hưng', 'Tân Phú', 'Phú Lợi', 'An Thạnh', 'Bình Minh', 'Hưng Đạo',
  'Lê Lợi', 'Thanh Sơn', 'Minh Khai', 'Đồng Tâm', 'Xuân Phương', 'Kim Liên', 'Phúc Thịnh', 'Vĩnh Hưng', 'Tam Hiệp', 'Yên Thịnh',
  'Nghĩa Hưng', 'Thạch Bàn', 'Cẩm Phúc', 'Hợp Thành', 'Trung Hòa', 'Tân Hòa', 'Long Phước', 'Mỹ Lộc', 'Hải Bình', 'Đại Đồng',
];

export type GrassrootsShape = 'hospital' | 'centre' | 'office';
export type GrassrootsCandidate = {
  name: string;
  shape: GrassrootsShape;
  sector: 'public' | 'non_public';
  weight: number;
};

/** A province's grassroots unions, most important first, as many as asked (numbered clinics past the real list). */
export function provincialGrassroots(province: Province, provinceIndex: number, count: number): GrassrootsCandidate[] {
  const label = provinceLabel(province);
  const districts = Array.from(
    { length: province.districts },
    (_, d) => DISTRICTS[(provinceIndex * 7 + d) % DISTRICTS.length]!,
  );
  const list: GrassrootsCandidate[] = [
    { name: `Bệnh viện Đa khoa ${label}`, shape: 'hospital', sector: 'public', weight: 60 },
  ];
  const centres = districts.map((district) => ({
    name: `Trung tâm Y tế huyện ${district}`,
    shape: 'centre' as const,
    sector: 'public' as const,
    weight: 30,
  }));
  const specialties = SPECIALTIES.map((name) => ({
    name: `${name} ${label}`,
    shape: 'hospital' as const,
    sector: 'public' as const,
    weight: 22,
  }));
  const bodies = BODIES.map((name) => ({
    name: `${name} ${label}`,
    shape: 'office' as const,
    sector: 'public' as const,
    weight: 8,
  }));
  // Interleaved so a province with few unions still has a hospital, a health centre and a provincial body.
  for (let i = 0; i < Math.max(centres.length, specialties.length, bodies.length); i++) {
    for (const group of [centres, specialties, bodies]) if (group[i]) list.push(group[i]!);
  }
  for (const district of districts)
    list.push({ name: `Bệnh viện Đa khoa khu vực ${district}`, shape: 'hospital', sector: 'public', weight: 15 });
  for (const name of PRIVATE)
    list.push({ name: `${name} ${province.name}`, shape: 'office', sector: 'non_public', weight: 5 });
  for (let n = 1; list.length < count; n++)
    list.push({ name: `Phòng khám Đa khoa khu vực số ${n} ${label}`, shape: 'office', sector: 'public', weight: 6 });
  return list.slice(0, count).map((candidate) => ({ ...candidate, name: `Công đoàn ${candidate.name}` }));
}

export function centralGrassroots(count: number): GrassrootsCandidate[] {
  return Array.from({ length: count }, (_, i) => {
    const body = CENTRAL_BODIES[i % CENTRAL_BODIES.length]!;
    const round = Math.floor(i / CENTRAL_BODIES.length);
    return {
      name: `Công đoàn ${body}${round ? ` cơ sở ${round + 1}` : ''}`,
      shape: 'hospital' as const,
      sector: 'public' as const,
      weight: body.startsWith('Bệnh viện') ? 70 : 20,
    };
  });
}

/** The n-th union section of a grassroots union of that shape. */
export function sectionName(shape: GrassrootsShape, index: number, offset: number): string {
  if (shape === 'centre' && index % 4 !== 3) {
    const station = index - Math.floor((index + 1) / 4);
    const round = Math.floor(station / COMMUNES.length);
    return `Công đoàn bộ phận Trạm Y tế xã ${COMMUNES[(station + offset) % COMMUNES.length]}${round ? ` ${round + 1}` : ''}`;
  }
  const department = shape === 'centre' ? Math.floor(index / 4) : index;
  const round = Math.floor(department / DEPARTMENTS.length);
  return `Công đoàn bộ phận ${DEPARTMENTS[department % DEPARTMENTS.length]}${round ? ` (cơ sở ${round + 1})` : ''}`;
}
