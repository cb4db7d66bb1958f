// The Vietnamese font every PDF embeds: Be Vietnam Pro, full TTFs that cover all 134 Vietnamese letters.
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The weights documents use, by the name they are registered under in a PDF. */
export const FONT_FILES = {
  regular: '400Regular/BeVietnamPro_400Regular.ttf',
  italic: '400Regular_Italic/BeVietnamPro_400Regular_Italic.ttf',
  medium: '500Medium/BeVietnamPro_500Medium.ttf',
  semibold: '600SemiBold/BeVietnamPro_600SemiBold.ttf',
  bold: '700Bold/BeVietnamPro_700Bold.ttf',
  extrabold: '800ExtraBold/BeVietnamPro_800ExtraBold.ttf',
} as const;

export type FontName = keyof typeof FONT_FILES;

const cache = new Map<FontName, Buffer>();

/** The bytes of one weight, read from the installed package once per process (they do not change while it runs). */
export function fontBytes(name: FontName): Buffer {
  let bytes = cache.get(name);
  if (!bytes) {
    bytes = fs.readFileSync(require.resolve(`@expo-google-fonts/be-vietnam-pro/${FONT_FILES[name]}`));
    cache.set(name, bytes);
  }
  return bytes;
}
