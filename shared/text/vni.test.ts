import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeVni } from './legacy-decode.ts';
import { encodeVni } from './legacy-encode.ts';
import { VOWELS } from './syllable-tables.ts';
import { addTone, type Tone } from './tones.ts';
import { VNI_SPELLINGS } from './vni-table.ts';

const LOWERCASE_LETTERS = [
  ...[...VOWELS].flatMap((vowel) => ([0, 1, 2, 3, 4, 5] as Tone[]).map((tone) => addTone(vowel, tone))),
  'đ',
].filter((letter) => !/^[a-z]$/.test(letter));
const ALL_LETTERS = [...LOWERCASE_LETTERS, ...LOWERCASE_LETTERS.map((letter) => letter.toUpperCase())];

describe('the VNI table', () => {
  it('spells all 134 Vietnamese letters, each differently', () => {
    expect(ALL_LETTERS).toHaveLength(134);
    const spellings = ALL_LETTERS.map((letter) => VNI_SPELLINGS.get(letter));
    expect(spellings.every((spelling) => spelling !== undefined)).toBe(true);
    expect(new Set(spellings).size).toBe(134);
  });

  it.each([
    ['â', 'aâ'],
    ['ă', 'aê'],
    ['ơ', 'ô'],
    ['ư', 'ö'],
    ['đ', 'ñ'],
    ['á', 'aù'],
    ['à', 'aø'],
    ['ả', 'aû'],
    ['ã', 'aõ'],
    ['ạ', 'aï'],
    ['ấ', 'aá'],
    ['ầ', 'aà'],
    ['ẩ', 'aå'],
    ['ẫ', 'aã'],
    ['ậ', 'aä'],
    ['ắ', 'aé'],
    ['ằ', 'aè'],
    ['ẳ', 'aú'],
    ['ẵ', 'aü'],
    ['ặ', 'aë'],
    ['ớ', 'ôù'],
    ['ừ', 'öø'],
    ['ị', 'ò'],
    ['ỉ', 'æ'],
    ['ĩ', 'ó'],
    ['ỵ', 'î'],
    ['Á', 'AÙ'],
    ['Ấ', 'AÁ'],
    ['Ặ', 'AË'],
    ['Ư', 'Ö'],
    ['Ự', 'ÖÏ'],
    ['Đ', 'Ñ'],
    ['Ị', 'Ò'],
    ['Ỵ', 'Î'],
  ])('spells %s as %j', (letter, spelling) => {
    expect(encodeVni(letter)).toBe(spelling);
    expect(decodeVni(spelling)).toBe(letter);
  });

  it('decodes every letter it encodes', () => {
    for (const letter of ALL_LETTERS) expect(decodeVni(encodeVni(letter))).toBe(letter);
  });
});

describe('decodeVni', () => {
  it.each([
    ['Coâng ñoaøn Y teá Vieät Nam', 'Công đoàn Y tế Việt Nam'],
    ['Beänh vieän Baïch Mai', 'Bệnh viện Bạch Mai'],
    ['Nguyeãn Thò Thuûy', 'Nguyễn Thị Thủy'],
    ['Nguyeãn Ñöùc Ñaït', 'Nguyễn Đức Đạt'],
    ['Tröôøng', 'Trường'],
    ['Haø Noäi', 'Hà Nội'],
    ['Thaønh phoá Hoà Chí Minh', 'Thành phố Hồ Chí Minh'],
    ['COÂNG ÑOAØN CÔ SÔÛ', 'CÔNG ĐOÀN CƠ SỞ'],
    ['Ban Chaáp haønh, UÛy ban Kieåm tra', 'Ban Chấp hành, Ủy ban Kiểm tra'],
    ['Sôû Y teá Thöøa Thieân Hueá', 'Sở Y tế Thừa Thiên Huế'],
    ['Chieán só thi ñua; Lao ñoäng tieân tieán', 'Chiến sĩ thi đua; Lao động tiên tiến'],
    ['Quaûng Ngaõi, Kyø Anh, Myõ Tho, Ñaêk Laêk', 'Quảng Ngãi, Kỳ Anh, Mỹ Tho, Đăk Lăk'],
  ])('reads %j as %j', (legacy, unicode) => {
    expect(decodeVni(legacy)).toBe(unicode);
  });

  it('reads a word whose base letter alone was capitalised, as Excel PROPER() leaves it', () => {
    expect(decodeVni('Aùnh Öùng')).toBe('Ánh Ứng');
  });

  it('round-trips any mix of Vietnamese letters, ASCII and punctuation', () => {
    const char = fc.constantFrom(...ALL_LETTERS, ...'aeiouyAEIOUY bcdghklmnpqrstvx,.-()0123456789');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(decodeVni(encodeVni(text))).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});
