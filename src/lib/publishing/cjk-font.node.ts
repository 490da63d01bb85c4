/**
 * The Chinese social cards' font: Noto Sans SC (Simplified) or TC (Traditional), from npm
 * (@expo-google-fonts, TrueType), cut down at build time to the characters the cards draw. A full
 * face is about 10 MB; the cut is a few KB, so drawing stays fast. A character the face lacks
 * would be drawn as an empty box: it is reported, and the build stops on it.
 */
import * as hb from 'harfbuzzjs';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);

/** The face of each Chinese edition's cards, in the two weights they use. */
export const CJK_FACES = {
  'zh-hans': {
    family: 'Noto Sans SC',
    package: '@expo-google-fonts/noto-sans-sc',
    regular: '400Regular/NotoSansSC_400Regular.ttf',
    bold: '700Bold/NotoSansSC_700Bold.ttf',
  },
  'zh-hant': {
    family: 'Noto Sans TC',
    package: '@expo-google-fonts/noto-sans-tc',
    regular: '400Regular/NotoSansTC_400Regular.ttf',
    bold: '700Bold/NotoSansTC_700Bold.ttf',
  },
} as const;

/** The package's version, for the cards' cache key. */
export function faceVersion(pkg: string): string {
  return (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
}

/** A font file of a face's package. */
export function faceFile(pkg: string, file: string): string {
  return require.resolve(`${pkg}/${file}`);
}

/** The characters of `text` a font has, as a set of code points (white space aside). */
function covered(font: Uint8Array): Set<number> {
  const face = new hb.Face(new hb.Blob(font));
  return new Set(face.collectUnicodes());
}

/**
 * Cuts `fontFile` down to the characters of `text`. Returns the TrueType bytes and the
 * characters of `text` (white space aside) that the face does not have.
 */
export async function subsetFor(fontFile: string, text: string): Promise<{ font: Buffer; missing: string[] }> {
  const font = await subsetFont(readFileSync(fontFile), text, { targetFormat: 'truetype' });
  const has = covered(font);
  const missing = [...new Set(text)].filter((ch) => !/\s/u.test(ch) && !has.has(ch.codePointAt(0) ?? 0));
  return { font, missing };
}
