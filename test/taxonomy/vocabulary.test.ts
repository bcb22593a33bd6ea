import { describe, expect, it } from 'vitest';
import { classify } from '../../lambdas/core/classify';
import { compileTaxonomy, TAXONOMY } from '../../lambdas/taxonomy';
import { makeArticle } from '../core/classify/make-article';
import { PASSING_MENTION_FIXTURES, VOCABULARY_FIXTURES } from '../core/classify/topic-fixtures';

describe('taxonomy vocabulary: common news wording', () => {
  it.each(VOCABULARY_FIXTURES.map((f) => ({ ...f, name: `${f.topics.join('+')} in ${f.language}` })))('$name', ({ text, topics }) => {
    const labeled = classify(makeArticle(text)).map((t) => t.id);
    expect(labeled).toEqual(expect.arrayContaining(topics));
  });

  it.each(PASSING_MENTION_FIXTURES)('no label from a stray word ($language)', ({ text }) => {
    expect(classify(makeArticle(text))).toEqual([]);
  });
});

describe('taxonomy vocabulary: stems do not undercut longer terms', () => {
  // A stem hit runs on to the end of its word, so `чиқинди*` and `чиқиндилар*` both
  // cover "чиқиндиларини" with the same span, and the classifier keeps only one of
  // them. A shorter stem that is weaker (or of another topic) must therefore not be
  // a prefix of a longer one-word term: it would silently downgrade that term.
  // Cue words (topic index past the topics) are matched apart from topic terms: they undercut nothing.
  const terms = compileTaxonomy(TAXONOMY).terms.filter((t) => t.topicIndex < TAXONOMY.topics.length && !t.pattern.includes(' ') && t.mode !== 'anywhere');
  const wordChar = /[\p{L}\p{N}\p{M}]/u;

  it('no single-word stem is a weaker or foreign prefix of another term', () => {
    const conflicts: string[] = [];
    for (const short of terms) {
      if (short.mode !== 'prefix') continue;
      for (const long of terms) {
        if (long === short || long.pattern.length <= short.pattern.length || !long.pattern.startsWith(short.pattern)) continue;
        // A longer term running past a hyphen ends later, so it wins the overlap anyway.
        if (!wordChar.test(long.pattern.slice(short.pattern.length)) || long.pattern.slice(short.pattern.length).includes('-')) continue;
        if (long.topicIndex === short.topicIndex && short.weight >= long.weight) continue;
        conflicts.push(`${short.pattern}* undercuts ${long.pattern}`);
      }
    }
    expect(conflicts).toEqual([]);
  });
});
