// Chinese line breaking for generated documents (GB/T 15834 标点符号用法 §5.1.x, the usual 避头尾 rules):
// a closing mark (，。、；：？！）》” …) never starts a line and an opening mark (（《“ …) never ends one;
// a run of Latin letters and digits (an occupation code 4-01-02-01, a USCC, a date 2026-03-05) is not torn
// apart. Lines other than a paragraph's last are justified to the full width by spacing the characters.
// Pure: widths come from a measure function (pdfkit's widthOfString in the renderer).

/** Marks that may not start a line (they stick to the character before them). */
const NO_LINE_START = new Set([...'，。、；：？！）》」』”’〕】〉…—·％%,.;:?!)]}']);
/** Marks that may not end a line (they stick to the character after them). */
const NO_LINE_END = new Set([...'（《「『“‘〔【〈([{']);
const LATIN = /[A-Za-z0-9@#&_\-+./:]/;

/** Splits text into units that a line may break between. */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  let pendingOpen = '';
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (NO_LINE_END.has(ch)) {
      pendingOpen += ch;
      continue;
    }
    if (NO_LINE_START.has(ch) && units.length > 0 && pendingOpen === '') {
      units[units.length - 1] += ch;
      continue;
    }
    let unit = ch;
    if (LATIN.test(ch)) while (i + 1 < chars.length && LATIN.test(chars[i + 1]!)) unit += chars[++i];
    units.push(pendingOpen + unit);
    pendingOpen = '';
  }
  if (pendingOpen) {
    if (units.length > 0) units[units.length - 1] += pendingOpen;
    else units.push(pendingOpen);
  }
  return units;
}

export interface Line {
  text: string;
  /** Left offset from the text block's edge (the first line's indent). */
  indent: number;
  /** Natural width (with the grid spacing). */
  width: number;
  /** Whether the line ends its paragraph (not justified). */
  last: boolean;
}

/**
 * Breaks `text` into lines of at most `width`, the first indented by `indent`. `advance(s)` is the width
 * `s` takes on the line (natural width plus the grid spacing of each character).
 */
export function breakLines(
  text: string,
  width: number,
  indent: number,
  advance: (s: string) => number,
): Line[] {
  const lines: Line[] = [];
  let current = '';
  let currentWidth = 0;
  const room = () => width - (lines.length === 0 ? indent : 0);
  const flush = (last: boolean) => {
    lines.push({ text: current, indent: lines.length === 0 ? indent : 0, width: currentWidth, last });
    current = '';
    currentWidth = 0;
  };
  const units = breakUnits(text).flatMap((u) => (advance(u) > width - indent ? [...u] : [u]));
  for (const unit of units) {
    const w = advance(unit);
    if (current !== '' && currentWidth + w > room() + 0.01) {
      // A space where the line breaks is dropped, at its end and at the next line's start.
      if (current.endsWith(' ')) {
        currentWidth -= advance(' ');
        current = current.slice(0, -1);
      }
      flush(false);
    }
    if (unit === ' ' && current === '' && lines.length > 0) continue;
    current += unit;
    currentWidth += w;
  }
  if (current !== '' || lines.length === 0) flush(true);
  return lines;
}

/**
 * The character spacing that justifies a line: the grid spacing, plus the room left shared between the
 * characters of a full line. A paragraph's last line, or a line that would be stretched more than
 * `maxExtra` per character, keeps the grid spacing.
 */
export function justifiedSpacing(line: Line, width: number, gridSpacing: number, maxExtra = 6): number {
  const n = [...line.text].length;
  if (line.last || n < 2) return gridSpacing;
  // line.width counts the grid spacing after every character; drawn, the spacing falls between them.
  const natural = line.width - gridSpacing * n;
  const spacing = (width - line.indent - natural) / (n - 1);
  return spacing - gridSpacing > maxExtra ? gridSpacing : spacing;
}
