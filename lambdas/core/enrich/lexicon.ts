/**
 * Phrase matching over tokens: every gazetteer variant is read into token keys
 * once, indexed by its first key, and matched longest-first. One pass per body
 * whatever the number of phrases (a RegExp per phrase would cost milliseconds).
 */
import { formEnd, isJoiningGap, phraseKeys, type Token } from './text';

/** How the text must be capitalized for a variant to count ("KIA" vs "kia", "Male" vs "male"). */
export type Casing = 'none' | 'initial' | 'all';

export interface LexiconMatch<P> {
  /** Token index range [first, last]. */
  first: number;
  last: number;
  start: number;
  end: number;
  payloads: P[];
}

interface Entry<P> {
  keys: string[];
  variants: { casing: Casing; payload: P }[];
}

export function casingOf(variant: string): Casing {
  const letters = variant.replace(/[^\p{L}]/gu, '');
  if (!/[\p{Lu}\p{Ll}]/u.test(letters)) return 'none';
  const cased = letters.replace(/[^\p{Lu}\p{Ll}]/gu, '');
  if (cased.length >= 2 && cased === cased.toUpperCase()) return 'all';
  return /^\p{Lu}/u.test(cased) ? 'initial' : 'none';
}

export class Lexicon<P> {
  private readonly index = new Map<string, Entry<P>[]>();
  private readonly byPhrase = new Map<string, Entry<P>>();
  private sorted = true;

  add(variant: string, payload: P): void {
    const keys = phraseKeys(variant);
    if (keys.length === 0) return;
    const id = keys.join(' ');
    let entry = this.byPhrase.get(id);
    if (entry === undefined) {
      entry = { keys, variants: [] };
      this.byPhrase.set(id, entry);
      const list = this.index.get(keys[0]!) ?? [];
      list.push(entry);
      this.index.set(keys[0]!, list);
      this.sorted = false;
    }
    const casing = casingOf(variant);
    if (!entry.variants.some((v) => v.payload === payload && v.casing === casing)) entry.variants.push({ casing, payload });
  }

  /** Non-overlapping longest matches, left to right. */
  match(body: string, tokens: readonly Token[]): LexiconMatch<P>[] {
    this.sortOnce();
    const found: LexiconMatch<P>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const hit = this.matchAt(body, tokens, i);
      if (hit === undefined) {
        i += 1;
      } else {
        found.push(hit);
        i = hit.last + 1;
      }
    }
    return found;
  }

  // Longest phrases first in each bucket, so a shorter phrase is skipped once a longer one matched.
  private sortOnce(): void {
    if (this.sorted) return;
    for (const list of this.index.values()) list.sort((a, b) => b.keys.length - a.keys.length);
    this.sorted = true;
  }

  /** The longest match starting at token `i`, if any. */
  matchAt(body: string, tokens: readonly Token[], i: number): LexiconMatch<P> | undefined {
    this.sortOnce();
    const token = tokens[i]!;
    let best: LexiconMatch<P> | undefined;
    for (let f = 0; f < token.forms.length; f++) {
      const list = this.index.get(token.forms[f]!.key);
      if (list === undefined) continue;
      for (const entry of list) {
        const n = entry.keys.length;
        // An inflected reading (suffix stripped) may only end a phrase.
        if (f > 0 && n > 1) continue;
        if (best !== undefined && best.last - best.first + 1 >= n) continue;
        const end = n === 1 ? formEnd(token, token.forms[f]!) : this.followOn(body, tokens, i, entry.keys);
        if (end === undefined) continue;
        const last = i + n - 1;
        const payloads = this.casedPayloads(body, tokens, i, last, end, entry);
        if (payloads.length === 0) continue;
        best = { first: i, last, start: token.start, end, payloads };
      }
    }
    return best;
  }

  private followOn(body: string, tokens: readonly Token[], i: number, keys: string[]): number | undefined {
    let end = tokens[i]!.end;
    for (let j = 1; j < keys.length; j++) {
      const token = tokens[i + j];
      if (token === undefined || !isJoiningGap(body, tokens[i + j - 1]!.end, token.start)) return undefined;
      if (j < keys.length - 1) {
        if (token.forms[0]!.key !== keys[j]) return undefined;
        end = token.end;
      } else {
        const form = token.forms.find((candidate) => candidate.key === keys[j]);
        if (form === undefined) return undefined;
        end = formEnd(token, form);
      }
    }
    return end;
  }

  private casedPayloads(body: string, tokens: readonly Token[], first: number, last: number, end: number, entry: Entry<P>): P[] {
    const payloads: P[] = [];
    for (const variant of entry.variants) {
      if (payloads.includes(variant.payload)) continue;
      if (variant.casing === 'initial' && !tokens[first]!.upper) continue;
      if (variant.casing === 'all' && /\p{Ll}/u.test(body.slice(tokens[first]!.start, Math.min(end, tokens[last]!.end)))) continue;
      payloads.push(variant.payload);
    }
    return payloads;
  }
}
