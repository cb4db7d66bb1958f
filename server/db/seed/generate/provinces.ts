// The 63 provinces and cities as the health-sector unions were organised before 2025, with the demo seed's codes
// (HN, HCM, …), their number of districts (one health centre each) and the birth-place code citizen IDs start with.

export type Province = { code: string; name: string; districts: number; idCode: string };

// prettier-ignore
export const PROVINCES: readonly Province[] = ([
  ['HN', 'Hà Nội', 30, '001'], ['HCM', 'Thành phố Hồ Chí Minh', 22, '079'], ['HP', 'Hải Phòng', 15, '031'],
  ['DN', 'Đà Nẵng', 8, '048'], ['CT', 'Cần Thơ', 9, '092'], ['AG', 'An Giang', 11, '089'],
  ['BRVT', 'Bà Rịa - Vũng Tàu', 8, '077'], ['BG', 'Bắc Giang', 10, '024'], ['BK', 'Bắc Kạn', 8, '006'],
  ['BL', 'Bạc Liêu', 7, '095'], ['BN', 'Bắc Ninh', 8, '027'], ['BT', 'Bến Tre', 9, '083'],
  ['BDI', 'Bình Định', 11, '052'], ['BD', 'Bình Dương', 9, '074'], ['BP', 'Bình Phước', 11, '070'],
  ['BTH', 'Bình Thuận', 10, '060'], ['CM', 'Cà Mau', 9, '096'], ['CB', 'Cao Bằng', 10, '004'],
  ['DL', 'Đắk Lắk', 15, '066'], ['DNO', 'Đắk Nông', 8, '067'], ['DB', 'Điện Biên', 10, '011'],
  ['DNA', 'Đồng Nai', 11, '075'], ['DT', 'Đồng Tháp', 12, '087'], ['GL', 'Gia Lai', 17, '064'],
  ['HG', 'Hà Giang', 11, '002'], ['HNA', 'Hà Nam', 6, '035'], ['HT', 'Hà Tĩnh', 13, '042'],
  ['HD', 'Hải Dương', 12, '030'], ['HGI', 'Hậu Giang', 8, '093'], ['HB', 'Hòa Bình', 10, '017'],
  ['HY', 'Hưng Yên', 10, '033'], ['KH', 'Khánh Hòa', 9, '056'], ['KG', 'Kiên Giang', 15, '091'],
  ['KT', 'Kon Tum', 10, '062'], ['LC', 'Lai Châu', 8, '012'], ['LD', 'Lâm Đồng', 12, '068'],
  ['LS', 'Lạng Sơn', 11, '020'], ['LCA', 'Lào Cai', 9, '010'], ['LA', 'Long An', 15, '080'],
  ['ND', 'Nam Định', 10, '036'], ['NA', 'Nghệ An', 21, '040'], ['NB', 'Ninh Bình', 8, '037'],
  ['NT', 'Ninh Thuận', 7, '058'], ['PT', 'Phú Thọ', 13, '025'], ['PY', 'Phú Yên', 9, '054'],
  ['QB', 'Quảng Bình', 8, '044'], ['QNA', 'Quảng Nam', 18, '049'], ['QNG', 'Quảng Ngãi', 13, '051'],
  ['QN', 'Quảng Ninh', 13, '022'], ['QT', 'Quảng Trị', 10, '045'], ['ST', 'Sóc Trăng', 11, '094'],
  ['SL', 'Sơn La', 12, '014'], ['TN', 'Tây Ninh', 9, '072'], ['TB', 'Thái Bình', 8, '034'],
  ['TNG', 'Thái Nguyên', 9, '019'], ['TH', 'Thanh Hóa', 26, '038'], ['TTH', 'Thừa Thiên Huế', 9, '046'],
  ['TG', 'Tiền Giang', 11, '082'], ['TV', 'Trà Vinh', 9, '084'], ['TQ', 'Tuyên Quang', 7, '008'],
  ['VL', 'Vĩnh Long', 8, '086'], ['VP', 'Vĩnh Phúc', 9, '026'], ['YB', 'Yên Bái', 9, '015'],
] as const).map(([code, name, districts, idCode]) => ({ code, name, districts, idCode }));

const CITIES = new Set(['HN', 'HCM', 'HP', 'DN', 'CT']);

/** How much of the national workforce a province has, roughly: districts, and more for the big cities. */
export function provinceWeight(province: Province): number {
  if (province.code === 'HN' || province.code === 'HCM') return province.districts * 2.5;
  return province.districts * (CITIES.has(province.code) ? 1.5 : 1);
}

/** 'tỉnh Nghệ An', 'thành phố Hải Phòng', 'Thành phố Hồ Chí Minh'. */
export function provinceLabel(province: Province): string {
  if (!CITIES.has(province.code)) return `tỉnh ${province.name}`;
  return province.name.startsWith('Thành phố') ? province.name : `thành phố ${province.name}`;
}
