// Input normalisation shared by the code validators: people paste codes from Word documents and
// Chinese input methods, which produce full-width letters and digits (ＡＢＣ１２３), the ideographic
// space (U+3000) and assorted dashes. The validators compare against ASCII only.

const WIDE = /[\u3000\uff01-\uff5e]/;

/** Full-width ASCII variants (U+FF01–U+FF5E) → ASCII; ideographic space → space. */
export function toHalfWidth(input: string): string {
  // Most input has nothing to convert: no new string (a million upload rows call this five times each).
  if (!WIDE.test(input)) return input;
  let out = '';
  for (const ch of input) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0xff01 && cp <= 0xff5e) out += String.fromCodePoint(cp - 0xfee0);
    else if (cp === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

/** Half-width, upper-case, with every kind of white space removed (inside too: "9135 0100 …"). */
export function compactCode(input: string): string {
  return toHalfWidth(input).replace(/\s+/gu, '').toUpperCase();
}
