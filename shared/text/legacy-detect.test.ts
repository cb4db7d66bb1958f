import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeTcvn3, decodeVni } from './legacy-decode.ts';
import { detectLegacyEncoding, toUnicode } from './legacy-detect.ts';
import { encodeTcvn3AsCp1252, encodeVni } from './legacy-encode.ts';
import { ONSETS, RHYMES, VOWELS } from './syllable-tables.ts';
import { isVietnameseSyllable } from './syllable.ts';
import { TCVN3_BYTES } from './tcvn3-table.ts';
import { toneStyle } from './tone-style.ts';
import { addTone, type Tone } from './tones.ts';

const TCVN3_PHRASES = [
  ['C«ng ®oµn', 'Công đoàn'],
  ['NguyÔn §øc §¹t', 'Nguyễn Đức Đạt'],
  ['Hµ Néi', 'Hà Nội'],
  ['Thµnh phè Hå ChÝ Minh', 'Thành phố Hồ Chí Minh'],
  ['C«ng ®oµn Y tÕ ViÖt Nam', 'Công đoàn Y tế Việt Nam'],
  ['BÖnh viÖn B¹ch Mai', 'Bệnh viện Bạch Mai'],
  ['Tr\u00adêng §¹i häc Y Hµ Néi', 'Trường Đại học Y Hà Nội'],
  ['Sè 12 Ng« QuyÒn, ph\u00adêng Lª §¹i Hµnh', 'Số 12 Ngô Quyền, phường Lê Đại Hành'],
  ['TrÇn ThÞ Thu H\u00adêng', 'Trần Thị Thu Hường'],
] as const;

const VNI_PHRASES = [
  ['Coâng ñoaøn Y teá Vieät Nam', 'Công đoàn Y tế Việt Nam'],
  ['Beänh vieän Baïch Mai', 'Bệnh viện Bạch Mai'],
  ['Nguyeãn Thò Thuûy', 'Nguyễn Thị Thủy'],
  ['Nguyeãn Ñöùc Ñaït', 'Nguyễn Đức Đạt'],
  ['Tröôøng', 'Trường'],
  ['Haø Noäi', 'Hà Nội'],
  ['Thaønh phoá Hoà Chí Minh', 'Thành phố Hồ Chí Minh'],
  ['Soá 12 Ngoâ Quyeàn, phöôøng Leâ Ñaïi Haønh', 'Số 12 Ngô Quyền, phường Lê Đại Hành'],
] as const;

const UNICODE_TEXTS = [
  'Công đoàn Y tế Việt Nam',
  'Hoà Bình',
  'Phú Yên',
  'Trà Vinh, Cà Mau',
  'Nguyễn Thị Thuỷ',
  'HÀ NỘI',
  'Khoa Hồi sức tích cực — BV Bạch Mai',
  'Café Müller',
  'BHXH, TP.HCM 2024',
] as const;

describe('detectLegacyEncoding', () => {
  it.each(TCVN3_PHRASES)('finds TCVN3 in %j', (legacy) => {
    expect(detectLegacyEncoding(legacy).encoding).toBe('tcvn3');
  });

  it.each(VNI_PHRASES)('finds VNI in %j', (legacy) => {
    expect(detectLegacyEncoding(legacy).encoding).toBe('vni');
  });

  it.each(UNICODE_TEXTS)('finds Unicode in %j, composed or decomposed', (text) => {
    expect(detectLegacyEncoding(text).encoding).toBe('unicode');
    expect(detectLegacyEncoding(text.normalize('NFD')).encoding).toBe('unicode');
  });

  it('is sure of plain ASCII and of Unicode-only letters', () => {
    expect(detectLegacyEncoding('Nguyen Van A')).toEqual({ encoding: 'unicode', confidence: 1 });
    expect(detectLegacyEncoding('')).toEqual({ encoding: 'unicode', confidence: 1 });
    expect(detectLegacyEncoding('Đà Nẵng')).toEqual({ encoding: 'unicode', confidence: 1 });
  });

  it('keeps a lone ambiguous word as Unicode with no confidence: hoà is also VNI for hồ', () => {
    expect(detectLegacyEncoding('hoà')).toEqual({ encoding: 'unicode', confidence: 0 });
    expect(decodeVni('hoà')).toBe('hồ');
  });

  it('grows more confident with more evidence', () => {
    const one = detectLegacyEncoding('ViÖt');
    const many = detectLegacyEncoding('C«ng ®oµn Y tÕ ViÖt Nam');
    expect(one.encoding).toBe('tcvn3');
    expect(many.confidence).toBeGreaterThan(0.5);
  });
});

describe('toUnicode', () => {
  it.each([...TCVN3_PHRASES, ...VNI_PHRASES])('converts %j to %j', (legacy, unicode) => {
    expect(toUnicode(legacy)).toBe(unicode);
  });

  it.each(UNICODE_TEXTS)('leaves Unicode %j as it is, in NFC', (text) => {
    expect(toUnicode(text)).toBe(text);
    expect(toUnicode(text.normalize('NFD'))).toBe(text);
  });

  it('converts with the encoding found for a whole column, even a cell too short to decide', () => {
    expect(toUnicode('Hoµ')).toBe('Hoà');
    expect(toUnicode('hoà', 'vni')).toBe('hồ');
    expect(toUnicode('Thò', 'vni')).toBe('Thị');
  });
});

// Real syllables in either tone style; first letter capitalised when asked.
const syllable = fc
  .record({
    onset: fc.constantFrom(...ONSETS),
    rhyme: fc.constantFrom(...RHYMES),
    tone: fc.constantFrom<Tone>(0, 1, 2, 3, 4, 5),
    style: fc.constantFrom('old' as const, 'new' as const),
  })
  .map(({ onset, rhyme, tone, style }) => {
    const vowel = [...rhyme].findIndex((letter) => VOWELS.includes(letter));
    return toneStyle(onset + [...rhyme].map((l, i) => (i === vowel ? addTone(l, tone) : l)).join(''), style);
  })
  .filter(isVietnameseSyllable);
const word = (capitalise: (syllable: string) => boolean) =>
  fc.tuple(syllable, fc.constantFrom('lower', 'capital', 'upper')).map(([s, letterCase]) => {
    const cased = letterCase === 'upper' ? s.toUpperCase() : s.charAt(0).toUpperCase() + s.slice(1);
    return letterCase === 'lower' || !capitalise(cased) ? s : cased;
  });
const separator = fc.constantFrom(' ', ' ', ' ', ', ', '. ', ' - ', ' (', ') ');
const phrase = (capitalise: (syllable: string) => boolean) =>
  fc
    .tuple(fc.array(fc.tuple(word(capitalise), separator), { maxLength: 7 }), word(capitalise))
    .map(([pairs, last]) => pairs.map(([w, sep]) => w + sep).join('') + last);

// TCVN3 has only seven uppercase letters: capitalise a word only when TCVN3 can write it.
const tcvn3CanWrite = (text: string): boolean => [...text].every((c) => c.charCodeAt(0) < 0x80 || TCVN3_BYTES.has(c));

// A word of the legacy text that no other reading turns into Vietnamese: the evidence detection needs.
function hasDecisiveWord(legacy: string, otherDecode: (text: string) => string): boolean {
  return [...legacy.matchAll(/[\p{L}\u00a1-\u00be\u00d7\u00f7]+/gu)].some(([w]) => {
    const other = otherDecode(w);
    return /[^A-Za-z]/.test(w) && !isVietnameseSyllable(w) && !(other !== w && isVietnameseSyllable(other));
  });
}

describe('toUnicode on generated text', () => {
  it('leaves any Unicode Vietnamese text unchanged', () => {
    fc.assert(
      fc.property(
        phrase(() => true),
        (text) => {
          expect(toUnicode(text)).toBe(text);
          expect(toUnicode(text.normalize('NFD'))).toBe(text);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('undoes TCVN3 whenever the text holds a word only TCVN3 explains', () => {
    fc.assert(
      fc.property(phrase(tcvn3CanWrite), (text) => {
        const legacy = encodeTcvn3AsCp1252(text);
        fc.pre(hasDecisiveWord(legacy, decodeVni));
        expect(toUnicode(legacy)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('undoes VNI whenever the text holds a word only VNI explains', () => {
    fc.assert(
      fc.property(
        phrase(() => true),
        (text) => {
          const legacy = encodeVni(text);
          fc.pre(hasDecisiveWord(legacy, decodeTcvn3));
          expect(toUnicode(legacy)).toBe(text);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
