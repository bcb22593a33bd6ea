import type { ContextSettings } from './context';
import type { ScoringSettings } from './scoring';

export interface ClassifierSettings extends ContextSettings, ScoringSettings {
  /** Weight of a term found in the title (no evidence span: the title is not in the body). */
  titleFactor: number;
  /** Evidence spans reported per topic. */
  maxEvidence: number;
}

/** Tuned on the dev corpus; see scripts/eval.ts. */
export const DEFAULT_SETTINGS: Readonly<ClassifierSettings> = {
  menuLineMaxWords: 5,
  menuLineFactor: 0.25,
  headlineMaxWords: 14,
  headlineFactor: 0.5,
  listMinTopics: 4,
  listMinCommas: 3,
  listMinTopicsAlone: 6,
  listFactor: 0.3,
  institutionFactor: 0.3,
  repeatDecay: 0.5,
  maxRepeats: 4,
  weakCap: 0.4,
  scale: 1.2,
  threshold: 1 - Math.exp(-1 / 1.2),
  titleFactor: 0.5,
  maxEvidence: 5,
};
