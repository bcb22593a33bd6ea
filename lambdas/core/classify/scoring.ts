/**
 * Turns weighted occurrences into topic scores. Distinct terms add up;
 * repeating one term adds less each time; weak terms can only support.
 */
export interface ScoringSettings {
  /** Each further occurrence of the same term counts this much of the previous one. */
  repeatDecay: number;
  /** Occurrences of one term counted at most. */
  maxRepeats: number;
  /** Weak terms together add at most this much evidence. */
  weakCap: number;
  /** score = 1 - exp(-evidence / scale). */
  scale: number;
  /** A topic is labeled when its score reaches this. */
  threshold: number;
}

export interface Occurrence {
  termIndex: number;
  weak: boolean;
  /** Term weight × context factor. */
  value: number;
}

/** Raw evidence of one topic from its occurrences. */
export function topicEvidence(occurrences: readonly Occurrence[], settings: ScoringSettings): number {
  const byTerm = new Map<number, { weak: boolean; values: number[] }>();
  for (const o of occurrences) {
    const entry = byTerm.get(o.termIndex) ?? { weak: o.weak, values: [] };
    entry.values.push(o.value);
    byTerm.set(o.termIndex, entry);
  }
  let strong = 0;
  let weak = 0;
  for (const { weak: isWeak, values } of byTerm.values()) {
    values.sort((a, b) => b - a);
    let termValue = 0;
    let share = 1;
    for (let i = 0; i < values.length && i < settings.maxRepeats; i++) {
      termValue += values[i]! * share;
      share *= settings.repeatDecay;
    }
    if (isWeak) weak += termValue;
    else strong += termValue;
  }
  return strong + Math.min(weak, settings.weakCap);
}

export function squash(evidence: number, settings: ScoringSettings): number {
  return 1 - Math.exp(-evidence / settings.scale);
}
