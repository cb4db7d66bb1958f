import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeTcvn3 } from './legacy-decode.ts';
import { encodeTcvn3AsCp1252 } from './legacy-encode.ts';
import { VOWELS } from './syllable-tables.ts';
import { TCVN3_BYTES } from './tcvn3-table.ts';
import { addTone, type Tone } from './tones.ts';

// The 67 lowercase Vietnamese letters beyond ASCII: toned vowels, ă â ê ô ơ ư, and đ.
const LOWERCASE_LETTERS = [
  ...[...VOWELS].flatMap((vowel) => ([0, 1, 2, 3, 4, 5] as Tone[]).map((tone) => addTone(vowel, tone))),
  'đ',
].filter((letter) => !/^[a-z]$/.test(letter));

const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, byte) => byte);
const ICONV_TCVN: string = iconv.decode(ALL_BYTES, 'tcvn');

describe('the TCVN3 table', () => {
  it('has all 67 lowercase letters and the uppercase Ă Â Ê Ô Ơ Ư Đ, each on its own byte', () => {
    expect(LOWERCASE_LETTERS).toHaveLength(67);
    expect(new Set(LOWERCASE_LETTERS)).toEqual(new Set([...TCVN3_BYTES.keys()].filter((l) => l === l.toLowerCase())));
    expect([...TCVN3_BYTES.keys()].filter((l) => l !== l.toLowerCase()).join('')).toBe('ĂÂÊÔƠƯĐ');
    expect(new Set(TCVN3_BYTES.values()).size).toBe(74);
  });

  it("agrees with iconv-lite's tcvn codec on every byte it decodes", () => {
    expect(ICONV_TCVN).toHaveLength(256);
    for (const [letter, byte] of TCVN3_BYTES) {
      expect(ICONV_TCVN.charAt(byte), `byte 0x${byte.toString(16)}`).toBe(letter);
      expect(decodeTcvn3(String.fromCharCode(byte))).toBe(letter);
    }
  });

  it('leaves exactly the VN1 extensions undecoded: uppercase letters the .VnTime fonts do not have', () => {
    const extensions: string[] = [];
    for (let byte = 0; byte < 256; byte += 1) {
      const seen = String.fromCharCode(byte);
      if (TCVN3_BYTES.has(ICONV_TCVN.charAt(byte)) || ICONV_TCVN.charAt(byte) === seen) continue;
      expect(decodeTcvn3(seen), `byte 0x${byte.toString(16)}`).toBe(seen);
      extensions.push(ICONV_TCVN.charAt(byte));
    }
    const letters = extensions.filter((char) => /\p{L}/u.test(char));
    const marks = extensions.filter((char) => /\p{M}/u.test(char));
    expect(marks.sort()).toEqual(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
    expect(letters.every((letter) => letter !== letter.toLowerCase())).toBe(true);
    // Our 74 letters and VN1's uppercase ones make up all 134 Vietnamese letters (plus plain A E I O U Y).
    const covered = new Set([...TCVN3_BYTES.keys(), ...letters.filter((l) => !/^[A-Z]$/.test(l))]);
    const all134 = [...LOWERCASE_LETTERS, ...LOWERCASE_LETTERS.map((l) => l.toUpperCase())];
    expect(all134).toHaveLength(134);
    expect(all134.filter((letter) => !covered.has(letter))).toEqual([]);
  });
});

describe('decodeTcvn3', () => {
  it.each([
    ['C«ng ®oµn', 'Công đoàn'],
    ['NguyÔn §øc §¹t', 'Nguyễn Đức Đạt'],
    ['Hµ Néi', 'Hà Nội'],
    ['Thµnh phè Hå ChÝ Minh', 'Thành phố Hồ Chí Minh'],
    ['C«ng ®oµn Y tÕ ViÖt Nam', 'Công đoàn Y tế Việt Nam'],
    ['BÖnh viÖn B¹ch Mai', 'Bệnh viện Bạch Mai'],
    ['Tr\u00adêng', 'Trường'],
    ['Ph\u00adêng §èng §a, quËn Ba §×nh', 'Phường Đống Đa, quận Ba Đình'],
    ['Ban ChÊp hµnh C«ng ®oµn c¬ së', 'Ban Chấp hành Công đoàn cơ sở'],
    ['Liªn ®oµn Lao ®éng tØnh Qu¶ng Ninh', 'Liên đoàn Lao động tỉnh Quảng Ninh'],
    ['NguyÔn ThÞ Thñy', 'Nguyễn Thị Thủy'],
    ['ChiÕn sÜ thi ®ua c¬ së', 'Chiến sĩ thi đua cơ sở'],
    ['Së Y tÕ Thõa Thiªn HuÕ', 'Sở Y tế Thừa Thiên Huế'],
    ['\u201cLao ®éng tiªn tiÕn\u201d \u2013 2024', '\u201cLao động tiên tiến\u201d \u2013 2024'],
  ])('reads %j as %j', (legacy, unicode) => {
    expect(decodeTcvn3(legacy)).toBe(unicode);
  });

  it('reads text typed in a .VnTimeH font as lower case, since it used the lowercase codes', () => {
    expect(decodeTcvn3('ñy BAN KIÓM TRA')).toBe('ủy BAN KIểM TRA');
    expect(encodeTcvn3AsCp1252('ỦY BAN KIỂM TRA')).toBe('ñY BAN KIÓM TRA');
  });

  it('loses ư where a tool dropped the soft hyphen', () => {
    expect(decodeTcvn3('Trêng')).toBe('Trờng');
  });
});

describe('encodeTcvn3AsCp1252', () => {
  it('writes the same bytes as iconv-lite for lowercase text and TCVN3 uppercase letters', () => {
    const text = 'Ăn Ân Êm Ôn Ơn Ưu Đà - ' + LOWERCASE_LETTERS.join('');
    expect(encodeTcvn3AsCp1252(text)).toBe(iconv.encode(text, 'tcvn').toString('latin1'));
  });
});
