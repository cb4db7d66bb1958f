// Vietnamese names for the generated tree: the 63 provinces (with their rough number of districts,
// which sets how many health centres each gets), and pools of hospitals, departments and communes.

/** [code, name, districts]: the 63 provinces and cities before the 2025 reorganisation. */
// prettier-ignore
export const provinces = [
  ['HN', 'Hà Nội', 30], ['HCM', 'Thành phố Hồ Chí Minh', 22], ['HP', 'Hải Phòng', 15], ['DN', 'Đà Nẵng', 8],
  ['CT', 'Cần Thơ', 9], ['AG', 'An Giang', 11], ['BRVT', 'Bà Rịa - Vũng Tàu', 8], ['BG', 'Bắc Giang', 10],
  ['BK', 'Bắc Kạn', 8], ['BL', 'Bạc Liêu', 7], ['BN', 'Bắc Ninh', 8], ['BT', 'Bến Tre', 9],
  ['BDI', 'Bình Định', 11], ['BD', 'Bình Dương', 9], ['BP', 'Bình Phước', 11], ['BTH', 'Bình Thuận', 10],
  ['CM', 'Cà Mau', 9], ['CB', 'Cao Bằng', 10], ['DL', 'Đắk Lắk', 15], ['DNO', 'Đắk Nông', 8],
  ['DB', 'Điện Biên', 10], ['DNA', 'Đồng Nai', 11], ['DT', 'Đồng Tháp', 12], ['GL', 'Gia Lai', 17],
  ['HG', 'Hà Giang', 11], ['HNA', 'Hà Nam', 6], ['HT', 'Hà Tĩnh', 13], ['HD', 'Hải Dương', 12],
  ['HGI', 'Hậu Giang', 8], ['HB', 'Hòa Bình', 10], ['HY', 'Hưng Yên', 10], ['KH', 'Khánh Hòa', 9],
  ['KG', 'Kiên Giang', 15], ['KT', 'Kon Tum', 10], ['LC', 'Lai Châu', 8], ['LD', 'Lâm Đồng', 12],
  ['LS', 'Lạng Sơn', 11], ['LCA', 'Lào Cai', 9], ['LA', 'Long An', 15], ['ND', 'Nam Định', 10],
  ['NA', 'Nghệ An', 21], ['NB', 'Ninh Bình', 8], ['NT', 'Ninh Thuận', 7], ['PT', 'Phú Thọ', 13],
  ['PY', 'Phú Yên', 9], ['QB', 'Quảng Bình', 8], ['QNA', 'Quảng Nam', 18], ['QNG', 'Quảng Ngãi', 13],
  ['QN', 'Quảng Ninh', 13], ['QT', 'Quảng Trị', 10], ['ST', 'Sóc Trăng', 11], ['SL', 'Sơn La', 12],
  ['TN', 'Tây Ninh', 9], ['TB', 'Thái Bình', 8], ['TNG', 'Thái Nguyên', 9], ['TH', 'Thanh Hóa', 26],
  ['TTH', 'Thừa Thiên Huế', 9], ['TG', 'Tiền Giang', 11], ['TV', 'Trà Vinh', 9], ['TQ', 'Tuyên Quang', 7],
  ['VL', 'Vĩnh Long', 8], ['VP', 'Vĩnh Phúc', 9], ['YB', 'Yên Bái', 9],
];

/** Central hospitals, institutes and schools: grassroots unions directly under Công đoàn Y tế Việt Nam. */
// prettier-ignore
export const centralNames = [
  'Bệnh viện Bạch Mai', 'Bệnh viện Chợ Rẫy', 'Bệnh viện Trung ương Huế', 'Bệnh viện Hữu nghị Việt Đức', 'Bệnh viện K',
  'Bệnh viện Nhi Trung ương', 'Bệnh viện Phụ sản Trung ương', 'Bệnh viện Mắt Trung ương', 'Bệnh viện Nội tiết Trung ương',
  'Bệnh viện Phổi Trung ương', 'Bệnh viện Da liễu Trung ương', 'Bệnh viện Lão khoa Trung ương', 'Bệnh viện Hữu nghị',
  'Bệnh viện E', 'Bệnh viện Thống Nhất', 'Bệnh viện Răng Hàm Mặt Trung ương Hà Nội', 'Bệnh viện Tai Mũi Họng Trung ương',
  'Bệnh viện Bệnh Nhiệt đới Trung ương', 'Bệnh viện Tâm thần Trung ương 1', 'Bệnh viện Tâm thần Trung ương 2',
  'Bệnh viện Châm cứu Trung ương', 'Bệnh viện Y học cổ truyền Trung ương', 'Bệnh viện Đa khoa Trung ương Thái Nguyên',
  'Bệnh viện Đa khoa Trung ương Quảng Nam', 'Bệnh viện Đa khoa Trung ương Cần Thơ', 'Bệnh viện Chỉnh hình và Phục hồi chức năng Đà Nẵng',
  'Bệnh viện Phong - Da liễu Trung ương Quy Hòa', 'Bệnh viện 71 Trung ương', 'Bệnh viện 74 Trung ương', 'Bệnh viện C Đà Nẵng',
  'Viện Vệ sinh dịch tễ Trung ương', 'Viện Pasteur Thành phố Hồ Chí Minh', 'Viện Pasteur Nha Trang', 'Viện Vệ sinh dịch tễ Tây Nguyên',
  'Viện Dinh dưỡng', 'Viện Sốt rét - Ký sinh trùng - Côn trùng Trung ương', 'Viện Pháp y Quốc gia', 'Viện Kiểm nghiệm thuốc Trung ương',
  'Viện Sức khỏe nghề nghiệp và môi trường', 'Viện Huyết học - Truyền máu Trung ương', 'Viện Chiến lược và Chính sách y tế',
  'Trường Đại học Y Hà Nội', 'Trường Đại học Dược Hà Nội', 'Trường Đại học Y tế công cộng', 'Trường Đại học Y Dược Thái Bình',
  'Trường Đại học Y Dược Hải Phòng', 'Trường Đại học Y Dược Cần Thơ', 'Trường Đại học Kỹ thuật Y tế Hải Dương',
  'Trường Đại học Điều dưỡng Nam Định', 'Trường Cao đẳng Y tế Bạch Mai', 'Cơ quan Bộ Y tế', 'Bảo hiểm Xã hội Bộ Y tế',
  'Tổng công ty Dược Việt Nam', 'Công ty Cổ phần Dược phẩm Trung ương 1', 'Công ty Cổ phần Dược phẩm Trung ương 2',
  'Công ty Cổ phần Dược phẩm Trung ương 3', 'Công ty Vắc xin và Sinh phẩm số 1', 'Trung tâm Kiểm định Quốc gia Sinh phẩm Y học',
  'Nhà xuất bản Y học', 'Báo Sức khỏe và Đời sống', 'Tạp chí Y học Việt Nam', 'Bệnh viện Nhi Trung ương cơ sở 2',
  'Bệnh viện Bạch Mai cơ sở 2', 'Bệnh viện Hữu nghị Việt Đức cơ sở 2', 'Viện Y học biển', 'Viện Trang thiết bị và Công trình y tế',
  'Trung tâm Điều phối quốc gia về ghép bộ phận cơ thể người', 'Viện Kiểm định Quốc gia Vắc xin và Sinh phẩm y tế',
  'Trường Cao đẳng Dược Trung ương Hải Dương', 'Trường Cao đẳng Y tế Hà Đông', 'Bệnh viện Đa khoa Trung ương Hà Giang',
  'Bệnh viện Ung bướu Trung ương cơ sở 2', 'Bệnh viện Đại học Y Hà Nội', 'Bệnh viện Đại học Y Dược Thành phố Hồ Chí Minh',
  'Bệnh viện Trường Đại học Y Dược Huế', 'Bệnh viện Đa khoa Trung ương Phú Thọ', 'Trung tâm Truyền thông giáo dục sức khỏe Trung ương',
  'Cục Quản lý Khám, chữa bệnh', 'Cục Quản lý Dược', 'Viện Kiểm nghiệm an toàn vệ sinh thực phẩm quốc gia',
];

/** Provincial hospitals beside the general one; each province has a selection of them. */
// prettier-ignore
export const specialties = [
  'Bệnh viện Sản - Nhi', 'Bệnh viện Y học cổ truyền', 'Bệnh viện Phổi', 'Bệnh viện Tâm thần', 'Bệnh viện Mắt',
  'Bệnh viện Da liễu', 'Bệnh viện Phục hồi chức năng', 'Bệnh viện Nội tiết', 'Bệnh viện Ung bướu', 'Bệnh viện Lao và Bệnh phổi',
  'Bệnh viện Răng Hàm Mặt', 'Bệnh viện Chấn thương chỉnh hình', 'Bệnh viện Tim mạch', 'Bệnh viện Điều dưỡng',
];

/** Provincial bodies of the health sector, one grassroots union each; the province's name follows. */
// prettier-ignore
export const provincialBodies = [
  'Trung tâm Kiểm soát bệnh tật', 'Cơ quan Sở Y tế', 'Trường Cao đẳng Y tế', 'Trung tâm Giám định y khoa',
  'Trung tâm Pháp y', 'Chi cục An toàn vệ sinh thực phẩm', 'Chi cục Dân số - Kế hoạch hóa gia đình', 'Trung tâm Kiểm nghiệm',
];

/** District names reused across provinces (real districts; a name may recur, as it does in life). */
// prettier-ignore
export const districts = [
  'Thạch Hà', 'Hoằng Hóa', 'Quỳnh Lưu', 'Thủy Nguyên', 'Gia Lâm', 'Đông Anh', 'Sóc Sơn', 'Ba Vì', 'Chương Mỹ', 'Thanh Oai',
  'Củ Chi', 'Hóc Môn', 'Bình Chánh', 'Nhà Bè', 'Cần Giờ', 'Kiến Thụy', 'An Lão', 'Tiên Lãng', 'Vĩnh Bảo', 'Hòa Vang',
  'Phong Điền', 'Cờ Đỏ', 'Thốt Nốt', 'Châu Phú', 'Tịnh Biên', 'Long Điền', 'Đất Đỏ', 'Lục Nam', 'Yên Dũng', 'Chợ Mới',
  'Ba Bể', 'Hồng Dân', 'Giá Rai', 'Tiên Du', 'Quế Võ', 'Châu Thành', 'Mỏ Cày Nam', 'Phù Cát', 'Tây Sơn', 'Bến Cát',
  'Dầu Tiếng', 'Đồng Phú', 'Lộc Ninh', 'Hàm Thuận Bắc', 'Tuy Phong', 'Năm Căn', 'Ngọc Hiển', 'Trùng Khánh', 'Hòa An',
  'Krông Pắc', 'Ea H\'leo', 'Cư Jút', 'Đắk Mil', 'Mường Chà', 'Tuần Giáo', 'Long Thành', 'Nhơn Trạch', 'Cao Lãnh',
  'Tháp Mười', 'Chư Sê', 'Đức Cơ', 'Vị Xuyên', 'Bắc Quang', 'Kim Bảng', 'Thanh Liêm', 'Can Lộc', 'Hương Sơn', 'Cẩm Giàng',
  'Nam Sách', 'Phụng Hiệp', 'Long Mỹ', 'Mai Châu', 'Lương Sơn', 'Văn Lâm', 'Khoái Châu', 'Diên Khánh', 'Cam Lâm',
  'Gò Quao', 'Phú Quốc', 'Đắk Hà', 'Sa Thầy', 'Tam Đường', 'Than Uyên', 'Di Linh', 'Đức Trọng', 'Cao Lộc', 'Hữu Lũng',
  'Bát Xát', 'Sa Pa', 'Đức Hòa', 'Cần Giuộc', 'Hải Hậu', 'Giao Thủy', 'Diễn Châu', 'Yên Thành', 'Kim Sơn', 'Gia Viễn',
  'Ninh Phước', 'Ninh Hải', 'Lâm Thao', 'Thanh Sơn', 'Tuy An', 'Sông Hinh', 'Bố Trạch', 'Lệ Thủy', 'Điện Bàn', 'Duy Xuyên',
  'Bình Sơn', 'Sơn Tịnh', 'Đông Triều', 'Vân Đồn', 'Hải Lăng', 'Gio Linh', 'Kế Sách', 'Mỹ Tú', 'Mộc Châu', 'Mai Sơn',
  'Trảng Bàng', 'Gò Dầu', 'Vũ Thư', 'Quỳnh Phụ', 'Phú Lương', 'Đại Từ', 'Tĩnh Gia', 'Thọ Xuân', 'Phú Vang', 'Hương Trà',
  'Cái Bè', 'Gò Công Tây', 'Cầu Ngang', 'Tiểu Cần', 'Sơn Dương', 'Hàm Yên', 'Vũng Liêm', 'Tam Bình', 'Tam Dương', 'Lập Thạch',
  'Văn Chấn', 'Lục Yên',
];

/** Departments and offices of a hospital: its union sections. */
// prettier-ignore
export const departments = [
  'Khoa Nội tổng hợp', 'Khoa Ngoại tổng hợp', 'Khoa Sản', 'Khoa Nhi', 'Khoa Hồi sức tích cực - Chống độc', 'Khoa Cấp cứu',
  'Khoa Khám bệnh', 'Khoa Xét nghiệm', 'Khoa Chẩn đoán hình ảnh', 'Khoa Dược', 'Khoa Kiểm soát nhiễm khuẩn', 'Khoa Gây mê hồi sức',
  'Khoa Truyền nhiễm', 'Khoa Tim mạch', 'Khoa Thần kinh', 'Khoa Tiêu hóa', 'Khoa Thận - Tiết niệu', 'Khoa Chấn thương chỉnh hình',
  'Khoa Mắt', 'Khoa Tai Mũi Họng', 'Khoa Răng Hàm Mặt', 'Khoa Da liễu', 'Khoa Ung bướu', 'Khoa Y học cổ truyền',
  'Khoa Phục hồi chức năng', 'Khoa Dinh dưỡng', 'Khoa Giải phẫu bệnh', 'Khoa Huyết học - Truyền máu', 'Khoa Thăm dò chức năng',
  'Khoa Nội tiết', 'Khoa Hô hấp', 'Khoa Lão khoa', 'Khoa Sơ sinh', 'Khoa Phẫu thuật thần kinh', 'Khoa Bỏng',
  'Phòng Tổ chức cán bộ', 'Phòng Kế hoạch tổng hợp', 'Phòng Điều dưỡng', 'Phòng Tài chính kế toán', 'Phòng Hành chính quản trị',
  'Phòng Vật tư thiết bị y tế', 'Phòng Quản lý chất lượng', 'Phòng Công tác xã hội', 'Phòng Công nghệ thông tin', 'Phòng Chỉ đạo tuyến',
];

/** What a department's union groups (tổ công đoàn) gather. */
// prettier-ignore
export const groups = ['Bác sĩ', 'Điều dưỡng', 'Kỹ thuật viên', 'Hộ lý', 'Hành chính', 'Dược sĩ', 'Nữ hộ sinh'];

/** Communes for the health stations (trạm y tế xã) under a district health centre. */
// prettier-ignore
export const communes = [
  'Tân Lập', 'Tân Tiến', 'Quang Trung', 'Hòa Bình', 'Đông Hưng', 'Tân Phú', 'Phú Lợi', 'An Thạnh', 'Bình Minh', 'Hưng Đạo',
  'Lê Lợi', 'Thanh Sơn', 'Minh Khai', 'Đồng Tâm', 'Xuân Phương', 'Kim Liên', 'Phúc Thịnh', 'Vĩnh Hưng', 'Tam Hiệp', 'Yên Thịnh',
  'Nghĩa Hưng', 'Thạch Bàn', 'Cẩm Phúc', 'Hợp Thành', 'Trung Hòa', 'Tân Hòa', 'Long Phước', 'Mỹ Lộc', 'Hải Bình', 'Đại Đồng',
  'Quảng Phú', 'Hoằng Thịnh', 'Định Công', 'Sơn Thủy', 'Nam Phong', 'Bắc Sơn', 'Đông Sơn', 'Tây Hồ', 'Phú Xuân', 'An Bình',
];

/** Private hospitals, clinics and pharmaceutical companies with their own grassroots unions. */
// prettier-ignore
export const privateKinds = ['Bệnh viện Đa khoa tư nhân', 'Phòng khám Đa khoa', 'Công ty Cổ phần Dược phẩm', 'Công ty TNHH Thiết bị y tế'];
// prettier-ignore
export const privateBrands = ['Hồng Đức', 'An Việt', 'Hợp Lực', 'Thiện Hạnh', 'Phương Đông', 'Tâm Anh', 'Hoàn Mỹ', 'Medlatec', 'Thu Cúc', 'Việt Mỹ', 'Sài Gòn', 'Hòa Hảo'];
