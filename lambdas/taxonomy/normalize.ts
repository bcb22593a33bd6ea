/**
 * Text normalization shared by taxonomy terms and article bodies: lowercase and
 * fold spelling variants, one UTF-16 code unit for one, so an offset into the
 * normalized text is the same offset into the original body.
 *
 * Both tables are built once at module init (a few ms) and make the per-article
 * work a single array lookup per code unit.
 */

// Uzbek Latin writes oʻ/gʻ with any of these; quotes and hyphens vary by outlet.
const FOLDS: [string, string][] = [
  ['\u02BB', "'"], ['\u02BC', "'"], ['\u2018', "'"], ['\u2019', "'"], ['`', "'"], ['\u00B4', "'"],
  ['\u201C', '"'], ['\u201D', '"'], ['\u201E', '"'], ['\u00AB', '"'], ['\u00BB', '"'],
  ['\u0451', '\u0435'], // ё → е: Russian writes both
  ['\u00A0', ' '], ['\u202F', ' '], ['\u2010', '-'], ['\u2011', '-'],
];

/** code unit → its normalized code unit. */
const NORMAL = new Uint16Array(65536);
/** 1 where a code unit is part of a word (Unicode letter, digit, combining mark). */
const WORD = new Uint8Array(65536);

(function buildTables() {
  const wordChar = /[\p{L}\p{N}\p{M}]/u;
  for (let code = 0; code < 65536; code++) {
    const surrogate = code >= 0xd800 && code <= 0xdfff;
    if (surrogate) {
      NORMAL[code] = code;
      // Astral letters/emoji: treat as word so terms never split them.
      WORD[code] = 1;
      continue;
    }
    const ch = String.fromCharCode(code);
    const lower = ch.toLowerCase();
    // Characters whose lowercase is longer (Turkish İ) stay as they are.
    NORMAL[code] = lower.length === 1 ? lower.charCodeAt(0) : code;
    WORD[code] = wordChar.test(ch) ? 1 : 0;
  }
  for (const [from, to] of FOLDS) {
    NORMAL[from.charCodeAt(0)] = to.charCodeAt(0);
    NORMAL[from.toUpperCase().charCodeAt(0)] = to.charCodeAt(0); // Ё as well as ё
  }
})();

/** The code unit → normalized code unit table, for scanners that normalize as they read. */
export const NORMAL_CODE_UNITS: Readonly<Uint16Array> = NORMAL;

const FOLDABLE = new RegExp(`[${FOLDS.map(([from]) => from).join('')}]`, 'g');
const FOLDED = new Map(FOLDS);

/** Lowercase + fold variants, same length as the input. */
export function normalizeForMatch(text: string): string {
  const lower = text.toLowerCase();
  // Native lowercasing is fastest; fall back to the table where it changes the length (İ → i̇).
  if (lower.length === text.length) return lower.replace(FOLDABLE, (ch) => FOLDED.get(ch) ?? ch);
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(NORMAL[text.charCodeAt(i)]!);
  return out;
}

/** True when the code unit is part of a word (Unicode letters, digits, combining marks). */
export function isWordCodeUnit(code: number): boolean {
  return WORD[code] === 1;
}
