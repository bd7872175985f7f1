// The CJK font for generated PDFs: Noto Sans SC (OFL-1.1) from npm, TrueType outlines, which pdfkit
// subsets to the glyphs a document uses. Read once per process (10 MB each); never fetched at run time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const FILES = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
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
