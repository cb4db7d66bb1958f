// Windows-1252, the code page legacy Vietnamese files are read in when their font is missing.

// What Windows shows for bytes 0x80–0x9F; the five it leaves undefined read as the C1 control, as Windows does.
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Bytes as Windows-1252 text, without a platform decoder: the string TCVN3 and VNI decoding starts from. */
export function readCp1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte < 0xa0 ? HIGH.charAt(byte - 0x80) : String.fromCharCode(byte);
  return text;
}
