/**
 * `npm run eval -- enrichment`: scores the enrichment jobs against the human
 * gold of the dev corpus (../shared/enrichment/gold-dev.json, read at run
 * time; nothing of it is kept in the project). Each excerpt goes through
 * `analyze()` and `runJob()` as an upload would; predictions are matched to
 * gold with the lenient one-to-one rules the shared scorer documents (names
 * normalized, surnames and case endings tolerated, organization containment
 * and acronyms, figures within 0.5%, quotes by opening words and speaker),
 * and P/R/F1 are printed per category and language.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../lambdas/core/analyze';
import { runJob } from '../lambdas/core/enrich';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = `Usage: npm run eval -- enrichment [--gold FILE] [--corpus DIR] [--ids LIST] [--json] [--misses] [--bootstrap N]
  --ids LIST    only these excerpts: comma-separated ids, or "first" (001-199) / "second" (201 and up)
  --bootstrap N also print a 90% interval of overall F1 from N resamples of the excerpts
  --gold FILE   gold annotations (default ../shared/enrichment/gold-dev.json)
  --corpus DIR  excerpts NNN.json {id, lang, text} (default ../shared/corpus/dev)
  --json        print the counts as one JSON object
  --misses      list each article's misses and false positives`;

const CATS = ['people', 'organizations', 'countries', 'places', 'figures', 'quotes'] as const;
type Cat = (typeof CATS)[number];
const LANGS = ['en', 'ru', 'uz', 'ko', 'other', 'all'];

// ------------------------------------------------------------ normalization
const APOS = new Set("'\u2019\u2018\u02bb\u02bc`\u00b4\u02b9-\u2010\u2011\u2012\u2013\u2014");
export function norm(s: string | undefined | null): string {
  if (!s) return '';
  let t = s.normalize('NFKC').toLowerCase();
  t = t.replace(/(?<![\p{L}\p{N}_])[dl]['\u2019](?=[\p{L}\p{N}_])/gu, '');
  t = t.normalize('NFKD').replace(/\p{Mn}/gu, '').normalize('NFC');
  t = [...t].map((ch) => (APOS.has(ch) ? '' : /[\p{P}\p{S}\p{Z}\p{C}]/u.test(ch) ? ' ' : ch)).join('');
  return t.split(/\s+/).filter(Boolean).join(' ');
}
const toks = (s: string | undefined | null) => norm(s).split(' ').filter(Boolean);
const isCyr = (t: string) => /[\u0400-\u04ff]/.test(t);
const isHangul = (t: string) => /[\uac00-\ud7a3\u1100-\u11ff]/.test(t);
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
function tokEq(a: string, b: string): boolean {
  if (a === b) return true;
  if (isCyr(a) && isCyr(b) && Math.min(a.length, b.length) >= 4) return commonPrefix(a, b) >= Math.max(a.length, b.length) - 2;
  return false;
}

// ------------------------------------------------------------ people
// The gold file is hand-written JSON whose shape varies by category; fields are read defensively.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Gold = Record<string, any>;
function givenCompatible(a: string[], b: string[]): boolean {
  const ca = a.join('');
  const cb = b.join('');
  if (!ca || !cb || ca.startsWith(cb) || cb.startsWith(ca)) return true;
  if (Math.min(ca.length, cb.length) >= 3 && commonPrefix(ca, cb) >= Math.max(ca.length, cb.length) - 2) return true;
  return a.every((x) => b.some((y) => x.startsWith(y) || y.startsWith(x)));
}
function splitSurname(tokens: string[], surnames: string[]): string[] | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    for (const s of surnames) {
      if (!s) continue;
      let rest: string[] | undefined;
      if (t === s || tokEq(t, s)) rest = [];
      else if ((isCyr(t) || isHangul(t)) && t.startsWith(s) && t.length - s.length > 0 && t.length - s.length <= 4 && s.length >= (isHangul(s) ? 1 : 3)) {
        rest = isHangul(t) ? [t.slice(s.length)] : [];
      }
      if (rest !== undefined) return [...rest, ...tokens.slice(0, i), ...tokens.slice(i + 1)];
    }
  }
  return undefined;
}
const personVariants = (g: Gold): string[] => [g.name, g.native, ...(g.aliases ?? [])].filter(Boolean);
function personMatch(predName: string, g: Gold): boolean {
  const pt = toks(predName);
  if (pt.length === 0) return false;
  const compact = pt.join('');
  const variants = personVariants(g);
  if (variants.some((v) => compact === toks(v).join(''))) return true;
  const surnames = (g.surnames ?? []).map((s: string) => toks(s).join(''));
  const pg = splitSurname(pt, surnames);
  if (pg === undefined) return false;
  return variants.some((v) => {
    const vg = splitSurname(toks(v), surnames);
    return vg !== undefined && givenCompatible(pg, vg);
  });
}

// ------------------------------------------------------------ organizations
const set = (words: string) => new Set(words.split(' '));
const STOP = set('of the and for in on at to a an de la le du des en et d l и по в при ва va &');
const ORGTYPE = set(
  'ministry ministries minister agency company companies corporation corp group holding bank university institute committee ' +
    'commission council department office center centre association fund foundation service services national state government ' +
    'international joint stock public federal republican general assembly press embassy ambassade министерство агентство компания ' +
    'банк комитет вазирлиги агентлиги компанияси',
);
const DOMAIN = set('development cooperation trade investment investments foreign affairs economy finance industry energy health culture');
const LEGAL = set('jsc llc ltd inc co plc ао ооо нхк сп');
const GEO = set(
  'korea korean south republic uzbekistan uzbek kazakhstan kazakh russia russian china chinese japan japanese us usa united states ' +
    'america american rk rf saudi arabia корея кореи республики республика узбекистана узбекистан казахстана россии ozbekiston ' +
    'ўзбекистон koreya ouzbekistan coree sud uzbekistans koreas kazakhstans',
);
const NOT_ACRONYMS = set('JSC LLC LTD INC PLC CO US USA UK RK RF IT AI MOU SP СП НХК ИА');
const isGeneric = (t: string) => ORGTYPE.has(t) || DOMAIN.has(t) || LEGAL.has(t);

function stripLegal(ts: string[]): string[] {
  const out = ts.filter((t) => !LEGAL.has(t));
  return out[0] === 'the' ? out.slice(1) : out;
}
function containsAt(big: string[], small: string[]): number {
  for (let i = 0; i + small.length <= big.length; i++) if (small.every((s, j) => tokEq(big[i + j]!, s))) return i;
  return -1;
}
const distinctive = (ts: string[]) => ts.some((t) => !STOP.has(t) && !isGeneric(t) && !GEO.has(t));
function acronymsOf(raw: string | undefined): Set<string> {
  const out = new Set<string>();
  for (const t of (raw ?? '').match(/[A-Za-zА-Яа-яЁё0-9&+-]+/g) ?? []) {
    const letters = t.replace(/[^A-Za-zА-Яа-яЁё]/g, '');
    if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() && !NOT_ACRONYMS.has(letters)) {
      out.add(norm(t).replace(/ /g, ''));
    }
  }
  return out;
}
function initials(raw: string | undefined): string {
  const ts = toks(raw).filter((t) => !STOP.has(t));
  return ts.length >= 2 ? ts.map((t) => t[0]).join('') : '';
}
const orgVariants = (g: Gold): string[] => [g.name, ...(g.aliases ?? [])].filter(Boolean);
function orgMatch(pred: string, g: Gold): boolean {
  const pt = stripLegal(toks(pred));
  if (pt.length === 0) return false;
  const pc = pt.join('');
  const predAcr = acronymsOf(pred);
  for (const v of orgVariants(g)) {
    const vt = stripLegal(toks(v));
    if (vt.length === 0) continue;
    if (pc === vt.join('') || (pt.length === vt.length && pt.every((a, i) => tokEq(a, vt[i]!)))) return true;
    const [small, big] = pt.length <= vt.length ? [pt, vt] : [vt, pt];
    const at = containsAt(big, small);
    if (at >= 0) {
      const extra = [...big.slice(0, at), ...big.slice(at + small.length)];
      const onlyGeo = extra.every((t) => STOP.has(t) || GEO.has(t) || LEGAL.has(t));
      const meaningful = extra.filter((t) => !STOP.has(t) && !GEO.has(t) && !LEGAL.has(t) && !ORGTYPE.has(t));
      if ((distinctive(small) || onlyGeo) && meaningful.length <= 1) return true;
    }
    const vAcr = acronymsOf(v);
    if ([...predAcr].some((a) => vt.includes(a)) || [...vAcr].some((a) => pt.includes(a))) return true;
    const vi = initials(v);
    if (predAcr.size > 0 && vi && predAcr.has(vi)) return true;
    const pi = initials(pred);
    if (vAcr.size > 0 && pi && vAcr.has(pi)) return true;
  }
  return false;
}

// ------------------------------------------------------------ places
const PLACE_GENERIC = set(
  'region regions oblast oblys province city district autonomous okrug area county prefecture krai viloyati viloyat shahri shahar ' +
    'вилояти вилоят область области город районе район край шахри облысы regional de d la of the région 시 도 주 지역',
);
const wordLike = (t: string, k: string) => t === k || tokEq(t, k) || (k.length >= 3 && t.startsWith(k) && t.length - k.length <= 4);
const placeCore = (s: string | undefined) =>
  toks(s).filter((t) => !PLACE_GENERIC.has(t) && ![...PLACE_GENERIC].some((w) => w.length >= 4 && wordLike(t, w)));
function placeMatch(pred: string, g: Gold): boolean {
  const pt = placeCore(pred);
  if (pt.length === 0) return false;
  return [g.name, ...(g.aliases ?? [])].some((v) => {
    const vt = placeCore(v ?? '');
    return vt.length > 0 && (pt.join('') === vt.join('') || (pt.length === vt.length && pt.every((a, i) => tokEq(a, vt[i]!))));
  });
}

// ------------------------------------------------------------ figures
const DIMS = new Map<string, string>();
for (const [dim, words] of Object.entries({
  mass: 't tonne tonnes ton tons kg тонн тонна тонны tonna',
  power: 'mw gw kw мвт гвт квт',
  energy: 'kwh mwh gwh twh',
  length: 'km kilometre kilometres kilometer kilometers m км шақырым',
  area: 'ha hectare hectares га гектар',
})) for (const w of words.split(' ')) DIMS.set(w, dim);
function figClass(currency?: string, unit?: string, kind?: string): string {
  if (kind === 'money' || currency) return 'money';
  if (kind === 'percentage' || ['%', 'percent', 'per cent', 'процент'].includes((unit ?? '').trim())) return 'percent';
  return 'other';
}
function figMatch(p: Gold, g: Gold): boolean {
  if (typeof p.value !== 'number' || typeof g.value !== 'number') return false;
  if (g.value === 0 ? p.value !== 0 : Math.abs(p.value - g.value) > 0.005 * Math.abs(g.value)) return false;
  const pc = figClass(p.currency, p.unit, p.kind);
  if (pc !== figClass(g.currency, g.unit)) return false;
  if (pc === 'money') return !(p.currency && g.currency) || norm(p.currency) === norm(g.currency);
  if (pc === 'other') {
    const a = DIMS.get(norm(p.unit));
    const b = DIMS.get(norm(g.unit));
    if (a && b && a !== b) return false;
  }
  return true;
}

// ------------------------------------------------------------ quotes
function quoteSame(text: string, g: Gold): boolean {
  const st = toks(g.start_words).slice(0, 5);
  const pt = toks(text);
  return st.length > 0 && pt.length > 0 && containsAt(pt, st) >= 0;
}
function speakerMatch(speaker: string | undefined, g: Gold, rec: Gold): boolean {
  if (!speaker) return false;
  const person = (rec.people ?? []).find((p: Gold) => p.name === g.speaker);
  if (person) return personMatch(speaker, person);
  const org = (rec.organizations ?? []).find((o: Gold) => o.name === g.speaker);
  if (org) return orgMatch(speaker, org);
  return norm(speaker) === norm(g.speaker);
}

// ------------------------------------------------------------ matching
interface Outcome {
  tp: number;
  fp: number;
  fn: number;
  dup: number;
  misses: string[];
  falsePositives: string[];
}

function matchCategory(cat: Cat, preds: Gold[], gold: Gold[], optional: Gold[], rec: Gold): Outcome {
  const label = (x: Gold) =>
    cat === 'countries' ? String(x)
    : cat === 'quotes' ? `${x.speaker ?? '?'}: ${x.start_words ?? (x.text ?? '').split(/\s+/).slice(0, 5).join(' ')}`
    : x.name ?? x.text ?? `${x.value} ${x.currency ?? x.unit ?? ''}`;
  if (cat === 'countries') {
    const g = new Set(gold as unknown as string[]);
    const opt = new Set(optional as unknown as string[]);
    const p = preds as unknown as string[];
    const fps = p.filter((c) => !g.has(c) && !opt.has(c));
    const fns = [...g].filter((c) => !p.includes(c));
    return { tp: p.filter((c) => g.has(c)).length, fp: fps.length, fn: fns.length, dup: 0, misses: fns, falsePositives: fps };
  }
  const m: (p: Gold, g: Gold) => boolean =
    cat === 'people' ? (p, g) => personMatch(p.name, g)
    : cat === 'organizations' ? (p, g) => orgMatch(p.name, g)
    : cat === 'places' ? (p, g) => placeMatch(p.name, g)
    : cat === 'figures' ? figMatch
    : (p, g) => quoteSame(p.text ?? '', g) && speakerMatch(p.speaker, g, rec);
  const used = gold.map(() => false);
  const rest: Gold[] = [];
  let tp = 0;
  let dup = 0;
  const falsePositives: string[] = [];
  // Exact pairs first (same normalized name; same value, unit and period), then lenient ones.
  for (const p of preds) {
    const hit = gold.findIndex((g, i) => {
      if (used[i]) return false;
      if (cat === 'people' || cat === 'organizations' || cat === 'places') {
        return [g.name, g.native, ...(g.aliases ?? [])].filter(Boolean).some((v: string) => norm(v) === norm(p.name));
      }
      return cat === 'figures' && m(p, g) && (p.unit ?? p.currency) === (g.unit ?? g.currency) && p.period === g.period;
    });
    if (hit < 0) rest.push(p);
    else {
      used[hit] = true;
      tp++;
    }
  }
  for (const p of rest) {
    const hit = gold.findIndex((g, i) => !used[i] && m(p, g));
    if (hit >= 0) {
      used[hit] = true;
      tp++;
    } else if (gold.some((g) => m(p, g))) dup++;
    else if (!optional.some((g) => m(p, g) || (cat === 'quotes' && quoteSame(p.text ?? '', g)))) falsePositives.push(label(p));
  }
  const misses = gold.filter((_, i) => !used[i]).map(label);
  return { tp, fp: falsePositives.length, fn: misses.length, dup, misses, falsePositives };
}

function predictionsOf(id: string, text: string): Record<Cat, Gold[]> {
  const { article, topics } = analyze(Buffer.from(text, 'utf8'), { fileName: `${id}.txt` });
  const input = { articleId: id, article, topics };
  const entities = runJob('entities', input).entities;
  return {
    people: entities.filter((e) => e.type === 'person'),
    organizations: entities.filter((e) => e.type === 'organization'),
    countries: [...new Set(entities.filter((e) => e.type === 'country' && e.country).map((e) => e.country!))].sort() as unknown as Gold[],
    places: runJob('places', input).places.filter((p) => p.type !== 'country'),
    figures: runJob('figures', input).figures
      .filter((f) => f.kind !== 'year')
      .map((f) => ({ ...f, currency: f.kind === 'money' ? f.unit : undefined, unit: f.kind === 'money' ? undefined : f.unit })),
    quotes: runJob('quotes', input).quotes,
  };
}

const prf = (c: { tp: number; fp: number; fn: number }) => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : c.fn === 0 ? 1 : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

export function main(argv: string[]): number {
  let goldPath = resolve(repoRoot, '../shared/enrichment/gold-dev.json');
  let corpusDir = resolve(repoRoot, '../shared/corpus/dev');
  let json = false;
  let showMisses = false;
  let ids: ((id: string) => boolean) | undefined;
  let resamples = 0;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--gold') goldPath = resolve(argv[++i] ?? '');
    else if (a === '--corpus') corpusDir = resolve(argv[++i] ?? '');
    else if (a === '--json') json = true;
    else if (a === '--misses') showMisses = true;
    else if (a === '--ids') ids = idFilter(argv[++i] ?? '');
    else if (a === '--bootstrap') resamples = Math.max(0, Number(argv[++i]) || 0);
    else if (a === '-h' || a === '--help') {
      console.log(USAGE);
      return 0;
    } else {
      console.error(`eval enrichment: unknown argument "${a}"\n${USAGE}`);
      return 2;
    }
  }
  if (!existsSync(goldPath)) {
    console.error(`eval enrichment: no gold file at ${goldPath} (pass --gold FILE)`);
    return 1;
  }
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Record<string, Gold>;
  const counts = new Map<string, { tp: number; fp: number; fn: number; dup: number }>();
  const bump = (key: string, o: Outcome) => {
    const c = counts.get(key) ?? { tp: 0, fp: 0, fn: 0, dup: 0 };
    c.tp += o.tp;
    c.fp += o.fp;
    c.fn += o.fn;
    c.dup += o.dup;
    counts.set(key, c);
  };
  const perFile: { tp: number; fp: number; fn: number }[] = [];
  for (const [id, rec] of Object.entries(gold)) {
    if (id.startsWith('_') || (ids !== undefined && !ids(id))) continue;
    const fileCounts = { tp: 0, fp: 0, fn: 0 };
    perFile.push(fileCounts);
    const file = join(corpusDir, `${id}.json`);
    if (!existsSync(file)) {
      console.error(`eval enrichment: excerpt ${id} missing from ${corpusDir}`);
      return 1;
    }
    const item = JSON.parse(readFileSync(file, 'utf8')) as { lang: string; text: string };
    const lang = ['en', 'ru', 'uz', 'ko'].includes(item.lang) ? item.lang : 'other';
    const preds = predictionsOf(id, item.text);
    for (const cat of CATS) {
      const outcome = matchCategory(cat, preds[cat] as Gold[], rec[cat] ?? [], rec.optional?.[cat] ?? [], rec);
      for (const key of [`${cat}/${lang}`, `${cat}/all`, `ALL/${lang}`, 'ALL/all']) bump(key, outcome);
      fileCounts.tp += outcome.tp;
      fileCounts.fp += outcome.fp;
      fileCounts.fn += outcome.fn;
      if (showMisses && (outcome.misses.length || outcome.falsePositives.length)) {
        console.log(`${id} ${cat}: missed ${JSON.stringify(outcome.misses)} false ${JSON.stringify(outcome.falsePositives)}`);
      }
    }
  }
  const rows = [...CATS, 'ALL'].flatMap((cat) =>
    LANGS.filter((lang) => counts.has(`${cat}/${lang}`)).map((lang) => ({ cat, lang, ...counts.get(`${cat}/${lang}`)!, ...prf(counts.get(`${cat}/${lang}`)!) })),
  );
  const interval = resamples > 0 ? bootstrapF1(perFile, resamples) : undefined;
  if (json) {
    console.log(JSON.stringify(interval ? { gold: goldPath, rows, f1Interval90: interval } : { gold: goldPath, rows }));
    return 0;
  }
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
  console.log('category      lang    tp   fp   fn  dup      P      R     F1');
  for (const r of rows) {
    console.log(`${r.cat.padEnd(13)} ${r.lang.padEnd(5)} ${[r.tp, r.fp, r.fn, r.dup].map((n) => String(n).padStart(4)).join(' ')} ${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1)}`);
  }
  if (interval) console.log(`overall F1, 90% interval over ${resamples} resamples of the ${perFile.length} excerpts: ${pct(interval[0])} ${pct(interval[1])}`);
  return 0;
}

/** "first" = the first batch (ids below 200), "second" = ids 201 and up, else a comma-separated list. */
function idFilter(spec: string): (id: string) => boolean {
  if (spec === 'first') return (id) => Number(id) < 200;
  if (spec === 'second') return (id) => Number(id) >= 200;
  const wanted = new Set(spec.split(',').map((s) => s.trim().padStart(3, '0')));
  return (id) => wanted.has(id);
}

/**
 * How much overall F1 moves when another set of excerpts of the same kind is drawn: resample the
 * excerpts with replacement (a fixed-seed generator, so runs repeat) and take the 5th and 95th percentiles.
 */
function bootstrapF1(files: { tp: number; fp: number; fn: number }[], resamples: number): [number, number] {
  let seed = 12345;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const scores: number[] = [];
  for (let r = 0; r < resamples; r++) {
    const sum = { tp: 0, fp: 0, fn: 0 };
    for (let k = 0; k < files.length; k++) {
      const f = files[Math.floor(random() * files.length)]!;
      sum.tp += f.tp;
      sum.fp += f.fp;
      sum.fn += f.fn;
    }
    scores.push(prf(sum).f1);
  }
  scores.sort((a, b) => a - b);
  return [scores[Math.floor(0.05 * (resamples - 1))]!, scores[Math.ceil(0.95 * (resamples - 1))]!];
}
