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
  // Per term only its `maxRepeats` largest values count: keep those, largest first, instead of sorting all.
  const byTerm = new Map<number, { weak: boolean; top: number[] }>();
  const keep = Math.max(0, Math.ceil(settings.maxRepeats));
  for (const o of occurrences) {
    let entry = byTerm.get(o.termIndex);
    if (!entry) byTerm.set(o.termIndex, (entry = { weak: o.weak, top: [] }));
    const top = entry.top;
    if (top.length === keep) {
      if (keep === 0 || o.value <= top[keep - 1]!) continue;
      top.pop();
    }
    let i = top.length;
    top.push(o.value);
    for (; i > 0 && top[i - 1]! < o.value; i--) top[i] = top[i - 1]!;
    top[i] = o.value;
  }
  let strong = 0;
  let weak = 0;
  for (const { weak: isWeak, top } of byTerm.values()) {
    let termValue = 0;
    let share = 1;
    for (let i = 0; i < top.length; i++) {
      termValue += top[i]! * share;
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
