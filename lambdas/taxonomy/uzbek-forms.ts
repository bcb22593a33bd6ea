/**
 * Uzbek nouns take their suffixes in a fixed order (plural, possessive, case)
 * with few sound changes, so the inflected forms of a noun can be spelled out.
 * A term written `noun+` stands for these forms: unlike a stem `noun*`, which
 * runs on into any word that starts the same way (kon* would take konferensiya
 * and konsul), it takes only the noun's own forms.
 */

interface Suffixes {
  vowels: string;
  /** A final k / q voices before a vowel suffix in a word of two syllables or more (issiqlik → issiqligi, ipak → ipagi). */
  voiced: Record<string, string>;
  /** Case endings: accusative, genitive, locative, ablative, locative adjective. */
  cases: readonly string[];
  /** Dative: -ga, but -ka after k and -qa after q. */
  dative: (last: string) => string;
  /** 3rd person possessive: -i after a consonant, -si after a vowel. */
  possessive: (last: string) => string;
  /** Plural and 1st person plural possessive, each followed by anything. */
  runOn: (last: string) => readonly string[];
}

const LATIN: Suffixes = {
  vowels: 'aeiou',
  voiced: { k: 'g', q: "g'" },
  cases: ['ni', 'ning', 'da', 'dan', 'dagi'],
  dative: (last) => (last === 'k' ? 'ka' : last === 'q' ? 'qa' : 'ga'),
  possessive: (last) => ('aeiou'.includes(last) ? 'si' : 'i'),
  runOn: (last) => ['lar', 'aeiou'.includes(last) ? 'miz' : 'imiz'],
};

const CYRILLIC: Suffixes = {
  vowels: 'аеёиоуэюяў',
  voiced: { к: 'г', қ: 'ғ' },
  cases: ['ни', 'нинг', 'да', 'дан', 'даги'],
  dative: (last) => (last === 'к' ? 'ка' : last === 'қ' ? 'қа' : 'га'),
  possessive: (last) => ('аеёиоуэюяў'.includes(last) ? 'си' : 'и'),
  runOn: (last) => ['лар', 'аеёиоуэюяў'.includes(last) ? 'миз' : 'имиз'],
};

/**
 * The terms `raw` stands for: itself, or for `noun+` (last word of an Uzbek
 * term) the noun bare, with each case, with the possessive and each case after
 * it, and the plural and "our" forms as stems.
 */
export function uzbekNounForms(raw: string): string[] {
  if (!raw.endsWith('+')) return [raw];
  const base = raw.slice(0, -1);
  // A Cyrillic soft sign drops before a suffix: нефть, нефтни.
  const cyrillic = /[\u0400-\u04FF]/.test(base);
  const suffixes = cyrillic ? CYRILLIC : LATIN;
  const stem = cyrillic ? base.replace(/ь$/, '') : base;
  const last = stem.at(-1)!.toLowerCase();
  const syllables = [...stem.toLowerCase()].filter((ch) => suffixes.vowels.includes(ch)).length;
  const voiced = syllables >= 2 ? suffixes.voiced[last] : undefined;
  // Both spellings of a voiced possessive: the rule has exceptions (loanwords keep k: kiosk → kioski).
  const possessed = [stem + suffixes.possessive(last), ...(voiced ? [stem.slice(0, -1) + voiced + suffixes.possessive(voiced.at(-1)!)] : [])];
  const forms = [base];
  for (const noun of [stem, ...possessed]) {
    if (noun !== stem) forms.push(noun);
    const end = noun.at(-1)!.toLowerCase();
    for (const ending of [...suffixes.cases, suffixes.dative(end)]) forms.push(noun + ending);
  }
  for (const ending of suffixes.runOn(last)) forms.push(`${stem}${ending}*`);
  return forms;
}
