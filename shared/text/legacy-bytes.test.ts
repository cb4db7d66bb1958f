import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeTextBytes } from './legacy-bytes.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (char) => char.charCodeAt(0));

describe('decodeTextBytes', () => {
  it('reads a UTF-8 file, with or without BOM', () => {
    expect(decodeTextBytes(utf8('Họ và tên;Đơn vị\nNguyễn Văn A;Bệnh viện Bạch Mai'))).toBe(
      'Họ và tên;Đơn vị\nNguyễn Văn A;Bệnh viện Bạch Mai',
    );
    expect(decodeTextBytes(utf8('\ufeffCông đoàn'))).toBe('Công đoàn');
  });

  it('reads a TCVN3 file as its bytes were written, typographic quotes included', () => {
    const bytes = iconv.encode('Họ tên;Đơn vị\nnguyễn văn a;bệnh viện bạch mai', 'tcvn');
    expect(decodeTextBytes(bytes)).toBe('Họ tên;Đơn vị\nnguyễn văn a;bệnh viện bạch mai');
    const quoted = Uint8Array.from([0x93, ...latin1('C«ng ®oµn'), 0x94]);
    expect(decodeTextBytes(quoted)).toBe('\u201cCông đoàn\u201d');
  });

  it('reads a VNI file', () => {
    expect(decodeTextBytes(latin1('Coâng ñoaøn Y teá Vieät Nam'))).toBe('Công đoàn Y tế Việt Nam');
  });

  it('converts TCVN3 mojibake that Excel saved into a UTF-8 CSV', () => {
    expect(decodeTextBytes(utf8('STT,Hä vµ tªn\n1,NguyÔn §øc §¹t'))).toBe('STT,Họ và tên\n1,Nguyễn Đức Đạt');
  });
});
