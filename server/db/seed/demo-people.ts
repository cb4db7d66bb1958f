// Demo members and workers for every grassroots union: Vietnamese names drawn with the real weight of
// family names, plausible ages, qualifications and histories. Deterministic, so every demo looks alike.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Gender, Qualification } from '../../../shared/members-enums.ts';
import { foldForSearch, vietnameseSortKey } from '../../../shared/text/index.ts';
import { employments, memberships, people, units } from '../schema/index.ts';
import type { Tx } from '../write.ts';

/** Family names with their approximate share of the population (percent). */
const FAMILY_NAMES: [string, number][] = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 5],
  ['Huỳnh', 2],
  ['Phan', 4.5],
  ['Vũ', 3.9],
  ['Võ', 2],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Đinh', 0.8],
  ['Trương', 0.8],
  ['Lương', 0.5],
  ['Đào', 0.5],
  ['Tạ', 0.3],
  ['Hà', 0.4],
  ['Mai', 0.3],
];
const MALE_MIDDLE = ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thanh', 'Ngọc', 'Công', 'Xuân', 'Tiến'];
const FEMALE_MIDDLE = ['Thị', 'Thị', 'Thị', 'Thu', 'Ngọc', 'Thanh', 'Minh', 'Phương', 'Hồng', 'Kim'];
const MALE_GIVEN = [
  'Anh',
  'Bình',
  'Cường',
  'Dũng',
  'Đạt',
  'Hải',
  'Hiếu',
  'Hoàng',
  'Hùng',
  'Khánh',
  'Khôi',
  'Long',
  'Nam',
  'Phong',
  'Phúc',
  'Quân',
  'Sơn',
  'Thắng',
  'Thành',
  'Trung',
  'Tuấn',
  'Việt',
  'Vinh',
];
const FEMALE_GIVEN = [
  'Anh',
  'Ánh',
  'Chi',
  'Dung',
  'Giang',
  'Hà',
  'Hạnh',
  'Hằng',
  'Hoa',
  'Hòa',
  'Hương',
  'Huyền',
  'Lan',
  'Linh',
  'Loan',
  'Mai',
  'Ngọc',
  'Nhung',
  'Oanh',
  'Phương',
  'Thảo',
  'Thủy',
  'Trang',
  'Yến',
];
const QUALIFICATIONS: [Qualification, number][] = [
  ['nurse', 38],
  ['doctor', 24],
  ['technician', 12],
  ['pharmacist', 8],
  ['midwife', 6],
  ['public_health', 3],
  ['other', 9],
];
const DOCTOR_TITLES = [[], [], ['BSCKI'], ['ThS.'], ['BSCKII'], ['TS.'], ['PGS.', 'TS.']];
const POSITIONS: Partial<Record<Qualification, string[]>> = {
  doctor: ['Bác sĩ điều trị', 'Trưởng khoa', 'Phó trưởng khoa'],
  nurse: ['Điều dưỡng viên', 'Điều dưỡng trưởng khoa'],
  technician: ['Kỹ thuật viên xét nghiệm', 'Kỹ thuật viên chẩn đoán hình ảnh'],
  pharmacist: ['Dược sĩ', 'Trưởng khoa Dược'],
};
const PROVINCE_CODES: Record<string, string> = {
  'Hà Nội': '001',
  'Thành phố Hồ Chí Minh': '079',
  'Hải Phòng': '031',
  'Đà Nẵng': '048',
  'Thanh Hóa': '038',
  'Nghệ An': '040',
  'Quảng Ninh': '022',
  'Cần Thơ': '092',
  'Trung ương': '001',
};

function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const weighted = <T>(list: readonly [T, number][]) => {
    const total = list.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = next() * total;
    for (const [value, weight] of list) if ((roll -= weight) <= 0) return value;
    return list[0]![0];
  };
  const digits = (count: number) => Array.from({ length: count }, () => Math.floor(next() * 10)).join('');
  return { next, pick, weighted, digits };
}

/** About `perUnit` people in each active grassroots union, most of them members. */
export async function seedDemoPeople(tx: Tx, perUnit = 14): Promise<number> {
  const random = generator(20_240_501);
  const grassroots = await tx
    .select()
    .from(units)
    .where(and(eq(units.kind, 'grassroots_union'), isNull(units.validTo)))
    .orderBy(units.id);
  const sections = await tx
    .select()
    .from(units)
    .where(
      and(
        eq(units.kind, 'union_section'),
        isNull(units.validTo),
        inArray(
          units.parentId,
          grassroots.map((unit) => unit.id),
        ),
      ),
    );
  let card = 100_000;
  let created = 0;
  for (const unit of grassroots) {
    const ownSections = sections.filter((section) => section.parentId === unit.id);
    for (let i = 0; i < perUnit; i++) {
      const gender: Gender = random.next() < 0.68 ? 'female' : 'male';
      const familyName = random.weighted(FAMILY_NAMES);
      const middleName = random.pick(gender === 'female' ? FEMALE_MIDDLE : MALE_MIDDLE);
      const givenName = random.pick(gender === 'female' ? FEMALE_GIVEN : MALE_GIVEN);
      const fullName = `${familyName} ${middleName} ${givenName}`;
      const qualification = random.weighted(QUALIFICATIONS);
      const year = 1965 + Math.floor(random.next() * 38);
      const birthDate =
        random.next() < 0.9
          ? `${year}-${String(1 + Math.floor(random.next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random.next() * 28)).padStart(2, '0')}`
          : null;
      const centuryDigit = (year >= 2000 ? 2 : 0) + (gender === 'female' ? 1 : 0);
      const [person] = await tx
        .insert(people)
        .values({
          fullName,
          familyName,
          middleName,
          givenName,
          titles: qualification === 'doctor' ? random.pick(DOCTOR_TITLES) : [],
          birthDate,
          birthYear: year,
          gender,
          ethnicity: random.next() < 0.9 ? 'Kinh' : random.pick(['Tày', 'Thái', 'Mường', 'Khmer', 'Nùng', 'Hoa']),
          citizenId:
            random.next() < 0.93
              ? `${PROVINCE_CODES[unit.province ?? ''] ?? '001'}${centuryDigit}${String(year % 100).padStart(2, '0')}${random.digits(6)}`
              : null,
          phone: `09${random.digits(8)}`,
          qualification,
          position: random.pick(POSITIONS[qualification] ?? ['Nhân viên']),
          searchKey: foldForSearch(fullName),
          sortKey: vietnameseSortKey({ familyName, middleName, givenName }),
        })
        .onConflictDoNothing()
        .returning();
      if (!person) continue;
      created++;
      const workplace = ownSections.length ? random.pick(ownSections) : unit;
      const startYear = Math.max(year + 22, 2000 + Math.floor(random.next() * 20));
      await tx.insert(employments).values({
        personId: person.id,
        unitId: workplace.id,
        validFrom: `${startYear}-03-01`,
        contractKind: random.next() < 0.8 ? 'public_employee' : 'labour_contract',
      });
      if (random.next() < 0.08) continue; // a worker who is not (yet) a member
      const joinedOn = `${startYear + 1}-0${1 + Math.floor(random.next() * 9)}-15`;
      const left = random.next() < 0.04;
      await tx.insert(memberships).values({
        personId: person.id,
        unitId: unit.id,
        cardNumber: `YT${String(card++).padStart(8, '0')}`,
        joinedOn,
        validFrom: joinedOn,
        ...(left
          ? { validTo: '2024-12-31', status: 'left' as const, leftOn: '2024-12-31', leftReason: 'Nghỉ hưu' }
          : {}),
      });
    }
  }
  return created;
}
