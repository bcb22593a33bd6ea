/**
 * Text normalization shared by taxonomy terms and article bodies: lowercase and
 * fold spelling variants, one UTF-16 code unit for one, so an offset into the
 * normalized text is the same offset into the original body.
 *
 * The per-code-unit tables fill in lazily, on the first sight of each code
 * unit: building all 65,536 entries up front cost tens of milliseconds of
 * Lambda init, while an article uses a few hundred distinct code units.
 */

// Uzbek Latin writes oʻ/gʻ with any of these; quotes and hyphens vary by outlet.
const FOLDS: [string, string][] = [
  ['\u02BB', "'"], ['\u02BC', "'"], ['\u2018', "'"], ['\u2019', "'"], ['`', "'"], ['\u00B4', "'"],
  ['\u201C', '"'], ['\u201D', '"'], ['\u201E', '"'], ['\u00AB', '"'], ['\u00BB', '"'],
  ['\u0451', '\u0435'], // ё → е: Russian writes both
  ['\u03C2', '\u03C3'], // ς → σ: native lowercasing picks final sigma by context, a unit table cannot
  ['\u00A0', ' '], ['\u202F', ' '], ['\u2010', '-'], ['\u2011', '-'],
];

/** code unit → normalized code unit + 1 (0: not computed yet). */
const NORMAL_PLUS_ONE = new Uint32Array(65536);
/** 1: part of a word (Unicode letter, digit, combining mark); 2: not; 0: not computed yet. */
const WORD = new Uint8Array(65536);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const FOLDED_UNITS = new Map<number, number>();
for (const [from, to] of FOLDS) {
  FOLDED_UNITS.set(from.charCodeAt(0), to.charCodeAt(0));
  FOLDED_UNITS.set(from.toUpperCase().charCodeAt(0), to.charCodeAt(0)); // Ё as well as ё
}

function computeNormal(code: number): number {
  const folded = FOLDED_UNITS.get(code);
  if (folded !== undefined) return folded;
  if (code >= 0xd800 && code <= 0xdfff) return code;
  const lower = String.fromCharCode(code).toLowerCase();
  // Characters whose lowercase is longer (Turkish İ) stay as they are.
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

/** The normalized form of one UTF-16 code unit (lowercase, folded), for scanners that normalize as they read. */
export function normalizeCodeUnit(code: number): number {
  const cached = NORMAL_PLUS_ONE[code]!;
  if (cached !== 0) return cached - 1;
  const normal = computeNormal(code);
  NORMAL_PLUS_ONE[code] = normal + 1;
  return normal;
}

const FOLDABLE = new RegExp(`[${FOLDS.map(([from]) => from).join('')}]`, 'g');
const FOLDED = new Map(FOLDS);

/** Lowercase + fold variants, same length as the input. */
export function normalizeForMatch(text: string): string {
  const lower = text.toLowerCase();
  // Native lowercasing is fastest; fall back to per-unit mapping where it changes the length (İ → i̇).
  if (lower.length === text.length) return lower.replace(FOLDABLE, (ch) => FOLDED.get(ch) ?? ch);
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(normalizeCodeUnit(text.charCodeAt(i)));
  return out;
}

function computeWord(code: number): number {
  // Astral letters/emoji: treat surrogates as word so terms never split them.
  if (code >= 0xd800 && code <= 0xdfff) return 1;
  return WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
}

/** True when the code unit is part of a word (Unicode letters, digits, combining marks). */
export function isWordCodeUnit(code: number): boolean {
  let word = WORD[code]!;
  if (word === 0) WORD[code] = word = computeWord(code);
  return word === 1;
}
