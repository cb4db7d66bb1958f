// The TCVN3 (ABC, TCVN 5712:1993 VN3) code of each Vietnamese letter: the encoding of the .VnTime fonts.
//
// VN3 has the 67 lowercase letters and only seven uppercase ones (Ă Â Ê Ô Ơ Ư Đ); the other uppercase
// letters were typed with the .VnTimeH fonts, which draw the lowercase codes as capitals, so such text
// decodes as lower case ("KIỂM TRA" typed in .VnTimeH comes back "KIểM TRA"). iconv-lite's 'tcvn' codec reads
// the larger VN1 set, with uppercase letters on 0x01–0x17, 0x80–0x9F and the gaps of 0xA0–0xFF; we do not,
// because 0x80–0x9F is where the Windows punctuation of .VnTime documents sits and VN1 would turn a
// typographic quote “ (0x93) into Ỏ. ư is 0xAD, the soft hyphen: tools that drop soft hyphens lose every ư.

/** Rows of letters and their bytes; toned rows list huyền, hỏi, ngã, sắc, nặng, TCVN3's own order. */
const ROWS: readonly (readonly [letters: string, bytes: readonly number[]])[] = [
  ['ĂÂÊÔƠƯĐ', [0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7]],
  ['ăâêôơưđ', [0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae]],
  ['àảãáạ', [0xb5, 0xb6, 0xb7, 0xb8, 0xb9]],
  ['ằẳẵắặ', [0xbb, 0xbc, 0xbd, 0xbe, 0xc6]],
  ['ầẩẫấậ', [0xc7, 0xc8, 0xc9, 0xca, 0xcb]],
  ['èẻẽéẹ', [0xcc, 0xce, 0xcf, 0xd0, 0xd1]],
  ['ềểễếệ', [0xd2, 0xd3, 0xd4, 0xd5, 0xd6]],
  ['ìỉĩíị', [0xd7, 0xd8, 0xdc, 0xdd, 0xde]],
  ['òỏõóọ', [0xdf, 0xe1, 0xe2, 0xe3, 0xe4]],
  ['ồổỗốộ', [0xe5, 0xe6, 0xe7, 0xe8, 0xe9]],
  ['ờởỡớợ', [0xea, 0xeb, 0xec, 0xed, 0xee]],
  ['ùủũúụ', [0xef, 0xf1, 0xf2, 0xf3, 0xf4]],
  ['ừửữứự', [0xf5, 0xf6, 0xf7, 0xf8, 0xf9]],
  ['ỳỷỹýỵ', [0xfa, 0xfb, 0xfc, 0xfd, 0xfe]],
];

/** Each letter TCVN3 can write (74: 67 lowercase + Ă Â Ê Ô Ơ Ư Đ) with its byte; ASCII is itself. */
export const TCVN3_BYTES: ReadonlyMap<string, number> = new Map(
  ROWS.flatMap(([letters, bytes]) => [...letters].map((letter, i) => [letter, bytes[i] ?? 0] as const)),
);
