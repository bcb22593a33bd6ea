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
  taxonomyVersion: '2.6.0',
  features: ['evidence', 'strongTerms', 'distinctTerms', 'sentences', 'title', 'lead', 'share', 'firstMention', 'heading', 'passing', 'negativeCues', 'eventSentences', 'figureSentences', 'backgroundSentences', 'actorSentences', 'reportSentences', 'weakOnly', 'singleMention', 'topicsNamed'],
  weights: [4.1795, 1.2032, -0.0983, 0.6142, 1.1298, 0.5215, -0.6683, 0.0862, 0.69, 1.787, -1.265, 1.4777, 0.4563, -2.1429, -0.4369, -0.4688, -0.3054, -0.1138, -0.1035],
  bias: -5.8815,
  cuts: {
    'critical-minerals': -0.0818,
    'semiconductors-electronics': -0.0039,
    'chemicals-hydrogen': 0.0097,
    'energy': -0.0292,
    'agriculture-food': 0.0259,
    'transport-infrastructure': 0.1676,
    'automotive': -0.013,
    'healthcare-pharma': 0,
    'education-science': 0.016,
    'digital-ai': -0.0154,
    'textiles-light-industry': 0.0134,
    'trade-investment': -0.0992,
    'culture-tourism': -0.0252,
    'labor-migration': 0.0142,
    'diplomacy': -0.0348,
    'environment-climate': 0.0556,
  },
  fit: {
    corpusFiles: 85,
    seedInTraining: "yes",
    folds: 5,
    repeats: 10,
    cvMicroF1: 0.889,
    cvPrecision: 0.915,
    cvRecall: 0.864,
    fitMicroF1: 0.915,
    fitPrecision: 0.935,
    fitRecall: 0.896,
    threshold: 0.575,
  },
};
