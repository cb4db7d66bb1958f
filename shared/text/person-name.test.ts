import { describe, expect, it } from 'vitest';
import { formatNameWithTitles, parsePersonName, splitFullName } from './person-name.ts';

describe('splitFullName', () => {
  it.each([
    ['Nguyễn Thị Minh Khai', 'Nguyễn', 'Thị Minh', 'Khai'],
    ['Trần Hưng Đạo', 'Trần', 'Hưng', 'Đạo'],
    ['Lê Lợi', 'Lê', '', 'Lợi'],
    ['Khai', '', '', 'Khai'],
    ['', '', '', ''],
    ['  Phạm   Văn\u00a0Đồng ', 'Phạm', 'Văn', 'Đồng'],
    ['Tôn Nữ Thị Hà', 'Tôn Nữ', 'Thị', 'Hà'],
    ['Tôn Nữ Hà', 'Tôn Nữ', '', 'Hà'],
    ['TÔN NỮ THỊ HÀ', 'TÔN NỮ', 'THỊ', 'HÀ'],
    ['Tôn Thất Thuyết', 'Tôn Thất', '', 'Thuyết'],
    ['Tôn Đức Thắng', 'Tôn', 'Đức', 'Thắng'],
    ['Công Tằng Tôn Nữ Thị Phương', 'Công Tằng Tôn Nữ', 'Thị', 'Phương'],
    ['Âu Dương Lân', 'Âu Dương', '', 'Lân'],
    ['Nguyễn Phúc Bửu Chánh', 'Nguyễn Phúc', 'Bửu', 'Chánh'],
    ['Âu Dương', 'Âu', '', 'Dương'],
  ])('splits %j into %j / %j / %j', (full, familyName, middleName, givenName) => {
    expect(splitFullName(full)).toEqual({ familyName, middleName, givenName });
  });

  it('matches a compound family name typed in the other tone style or decomposed', () => {
    expect(splitFullName('Tôn Nữ Thị Thuỷ'.normalize('NFD')).familyName).toBe('Tôn Nữ');
  });
});

describe('parsePersonName', () => {
  it.each([
    ['GS.TS. Phạm Thanh Bình', ['GS', 'TS'], 'Phạm', 'Thanh', 'Bình'],
    ['PGS.TS Nguyễn Văn A', ['PGS', 'TS'], 'Nguyễn', 'Văn', 'A'],
    ['ThS. BSCKII Lê B', ['ThS', 'BSCKII'], 'Lê', '', 'B'],
    ['BSCKI. Trần Thị Mai', ['BSCKI'], 'Trần', 'Thị', 'Mai'],
    ['TS.BS. Hoàng Văn Minh', ['TS', 'BS'], 'Hoàng', 'Văn', 'Minh'],
    ['BS.CKII Đỗ Quang Huy', ['BSCKII'], 'Đỗ', 'Quang', 'Huy'],
    ['ths.bs ck2 Vũ Thị Lan', ['ThS', 'BSCKII'], 'Vũ', 'Thị', 'Lan'],
    ['TS.Lê Văn Hưu', ['TS'], 'Lê', 'Văn', 'Hưu'],
    ['GS. TS. Tôn Thất Tùng', ['GS', 'TS'], 'Tôn Thất', '', 'Tùng'],
    ['Nguyễn Văn Tèo', [], 'Nguyễn', 'Văn', 'Tèo'],
  ])('reads %j', (text, titles, familyName, middleName, givenName) => {
    const name = parsePersonName(text);
    expect(name).toEqual({
      titles,
      familyName,
      middleName,
      givenName,
      fullName: [familyName, middleName, givenName].filter(Boolean).join(' '),
    });
  });

  it('does not take a name that only starts like a title for one', () => {
    expect(parsePersonName('Thân Văn Cường').titles).toEqual([]);
    expect(parsePersonName('Cù Thị Bé').familyName).toBe('Cù');
  });
});

describe('formatNameWithTitles', () => {
  it.each([
    [['GS', 'TS'], 'Phạm Thanh Bình', 'GS.TS. Phạm Thanh Bình'],
    [['TS', 'GS'], 'Phạm Thanh Bình', 'GS.TS. Phạm Thanh Bình'],
    [['ts', 'pgs'], 'Nguyễn Văn A', 'PGS.TS. Nguyễn Văn A'],
    [['BSCKII', 'ThS'], 'Lê B', 'ThS.BSCKII. Lê B'],
    [['GS.', 'TS.'], 'Phạm Thanh Bình', 'GS.TS. Phạm Thanh Bình'],
    [['CKI', 'GS'], ' Lê  C ', 'GS.CKI. Lê C'],
    [['TTND', 'GS'], 'Lê D', 'GS.TTND. Lê D'],
    [[], 'Trần Văn E', 'Trần Văn E'],
  ])('writes %j and %j as %j', (titles, fullName, expected) => {
    expect(formatNameWithTitles(titles, fullName)).toBe(expected);
  });

  it('round-trips what parsePersonName read', () => {
    for (const text of ['GS.TS. Phạm Thanh Bình', 'PGS.TS. Nguyễn Văn A', 'ThS.BSCKII. Lê B', 'BSCKI. Trần Thị Mai']) {
      const { titles, fullName } = parsePersonName(text);
      expect(formatNameWithTitles(titles, fullName)).toBe(text);
    }
  });
});
