/**
 * The topic decision model: feature weights and per-topic cuts, fitted by
 * `npm run fit` (scripts/fit-taxonomy.ts) with k-fold cross-validation on the
 * dev corpus. Generated file: refit instead of editing by hand.
 *
 * A topic with body evidence is labeled when
 *   bias + Σ weights[i] × feature[i] ≥ cuts[topic]
 * and its score is the logistic of the margin (0.5 at the cut).
 */
export interface TopicModel {
  /** Taxonomy version the model was fitted for. */
  taxonomyVersion: string;
  features: readonly string[];
  weights: readonly number[];
  bias: number;
  cuts: Readonly<Record<string, number>>;
  /** How the model was fitted and what cross-validation measured. */
  fit: Readonly<Record<string, number | string>>;
}

export const TOPIC_MODEL: TopicModel = {
  taxonomyVersion: '2.0.0',
  features: ['evidence', 'strongTerms', 'distinctTerms', 'sentences', 'title', 'lead', 'share', 'firstMention', 'heading', 'passing', 'negativeCues', 'eventSentences', 'figureSentences', 'backgroundSentences', 'actorSentences', 'weakOnly', 'topicsNamed'],
  weights: [3.6231, 0.599, 0.9762, 0.4214, 1.143, 0.1861, -0.678, 0.1413, 0.3344, 0.8649, -1.4497, 0.6773, 0.4983, -0.411, -0.6408, 0.0348, -0.2642],
  bias: -4.7017,
  cuts: {
    'critical-minerals': -0.406,
    'semiconductors-electronics': -0.08,
    'chemicals-hydrogen': 0.0584,
    'energy': -0.2717,
    'agriculture-food': 0.1448,
    'transport-infrastructure': 0.7351,
    'automotive': -0.137,
    'healthcare-pharma': 0.0257,
    'education-science': 0.2242,
    'digital-ai': 0.0092,
    'textiles-light-industry': -0.0073,
    'trade-investment': -0.2548,
    'culture-tourism': -0.1602,
    'labor-migration': 0.114,
    'diplomacy': -0.1523,
    'environment-climate': 0.1577,
  },
  fit: {
    corpusFiles: 85,
    seedInTraining: "yes",
    folds: 5,
    repeats: 5,
    cvMicroF1: 0.843,
    cvPrecision: 0.854,
    cvRecall: 0.833,
    fitMicroF1: 0.899,
    fitPrecision: 0.902,
    fitRecall: 0.896,
    threshold: 0.44,
  },
};
