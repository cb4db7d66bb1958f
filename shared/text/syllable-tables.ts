// The parts a Vietnamese syllable is built from, used to read words and to tell Vietnamese from mojibake.

/** Initial consonants, longest first so 'ngh' wins over 'ng'; qu and gi are onsets, which is why quý ≠ qúy. */
export const ONSETS: readonly string[] = [
  'ngh',
  'ng',
  'nh',
  'ch',
  'gh',
  'gi',
  'kh',
  'ph',
  'qu',
  'th',
  'tr',
  'b',
  'c',
  'd',
  'đ',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'x',
  '',
];

/** Vowel letters without tone; the tone can only sit on one of these. */
export const VOWELS = 'aăâeêioôơuưy';

/** Vowels that carry their own mark (circumflex, breve, horn): the tone goes on them whatever the style. */
export const MARKED_VOWELS = 'ăâêôơư';

/** Codas that close a syllable abruptly; such syllables only take sắc or nặng (học, tốt, đẹp). */
export const STOP_CODAS: ReadonlySet<string> = new Set(['c', 'ch', 'p', 't']);

// Rhymes (vowel nucleus + coda) of standard Vietnamese spelling, grouped by nucleus.
const RHYME_GROUPS = [
  'a ai ao au ay ac ach am an ang anh ap at',
  'ăc ăm ăn ăng ăp ăt',
  'âc âm ân âng âp ât âu ây',
  'e ec em en eng eo ep et',
  'ê êch êm ên ênh êp êt êu',
  'i ia ich im in inh ip it iu',
  'iêc iêm iên iêng iêp iêt iêu',
  'o oc oi om on ong op ot ooc oong',
  'oa oac oach oai oam oan oang oanh oao oap oat oay',
  'oăc oăm oăn oăng oăt',
  'oe oen oeo oet',
  'ô ôc ôi ôm ôn ông ôp ôt',
  'ơ ơi ơm ơn ơp ơt',
  'u ua uc ui um un ung up ut',
  'uân uâng uât uây',
  'uê uêch uênh',
  'uôc uôi uôm uôn uông uôt',
  'uơ',
  'uy uya uych uyn uynh uyp uyt uyu uyên uyêt',
  'ư ưa ưc ưi ưm ưng ưt ưu',
  'ươc ươi ươm ươn ương ươp ươt ươu',
  'y yêm yên yêt yêu',
];

/** Every rhyme, toneless and lower case: 'oang', 'ương', 'uyêt'. */
export const RHYMES: ReadonlySet<string> = new Set(RHYME_GROUPS.join(' ').split(' '));
