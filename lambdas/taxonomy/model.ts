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
  taxonomyVersion: '2.8.0',
  features: ['evidence', 'strongTerms', 'distinctTerms', 'sentences', 'title', 'lead', 'share', 'firstMention', 'heading', 'passing', 'negativeCues', 'eventSentences', 'figureSentences', 'backgroundSentences', 'actorSentences', 'reportSentences', 'weakOnly', 'singleMention', 'topicsNamed'],
  weights: [3.9674, 1.3117, -0.0053, 0.7436, 1.1637, 0.9013, -0.7486, 0.3604, 0.8603, 1.3133, -1.1958, 1.5619, 0.3816, -2.1368, -0.6558, 0.0092, -0.4675, -0.022, -0.1588],
  bias: -6.244,
  cuts: {
    'critical-minerals': -0.062,
    'semiconductors-electronics': -0.0043,
    'chemicals-hydrogen': 0.0082,
    'energy': 0.0037,
    'agriculture-food': 0.0293,
    'transport-infrastructure': 0.1602,
    'automotive': -0.011,
    'healthcare-pharma': 0.0052,
    'education-science': 0.0171,
    'digital-ai': -0.0209,
    'textiles-light-industry': 0.0002,
    'trade-investment': -0.1276,
    'culture-tourism': -0.0223,
    'labor-migration': 0.0127,
    'diplomacy': -0.0463,
    'environment-climate': 0.0578,
  },
  fit: {
    corpusFiles: 85,
    seedInTraining: "yes",
    folds: 5,
    repeats: 10,
    cvMicroF1: 0.898,
    cvPrecision: 0.913,
    cvRecall: 0.885,
    fitMicroF1: 0.919,
    fitPrecision: 0.935,
    fitRecall: 0.903,
    threshold: 0.586,
  },
};
