// The CJK fonts for generated PDFs: Noto Serif SC (OFL-1.1, @expo-google-fonts/noto-serif-sc), the full
// GB 18030 Han set (20,992 unified ideographs) as TrueType outlines, which pdfkit subsets to the glyphs a
// document uses. GB/T 9704-2012 asks for 小标宋 (head, title) and 仿宋 (body); the nearest open fonts are
// the serif's bold and regular weights. Read once per process (15 MB each); never fetched at run time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const FILES = {
  regular: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
} as const;

export type FontWeight = keyof typeof FILES;

const cache = new Map<FontWeight, Buffer>();

export function cjkFont(weight: FontWeight): Buffer {
  let font = cache.get(weight);
  if (!font) {
    font = readFileSync(require.resolve(FILES[weight]));
    cache.set(weight, font);
  }
  return font;
}
