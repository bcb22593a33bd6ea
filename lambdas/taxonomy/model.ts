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
  taxonomyVersion: '2.3.0',
  features: ['evidence', 'strongTerms', 'distinctTerms', 'sentences', 'title', 'lead', 'share', 'firstMention', 'heading', 'passing', 'negativeCues', 'eventSentences', 'figureSentences', 'backgroundSentences', 'actorSentences', 'weakOnly', 'singleMention', 'topicsNamed'],
  weights: [3.9461, 0.9279, 0.4922, 0.543, 1.0632, 0.5451, -0.6551, 0.3287, 0.2572, 0.815, -1.3412, 0.91, 0.3478, -0.4792, -0.7172, 0.3275, 0.2359, -0.1499],
  bias: -5.3796,
  cuts: {
    'critical-minerals': -0.0849,
    'semiconductors-electronics': -0.014,
    'chemicals-hydrogen': 0.0082,
    'energy': -0.0315,
    'agriculture-food': 0.0475,
    'transport-infrastructure': 0.1757,
    'automotive': -0.0155,
    'healthcare-pharma': -0.0023,
    'education-science': 0.0421,
    'digital-ai': -0.0022,
    'textiles-light-industry': 0.0004,
    'trade-investment': -0.106,
    'culture-tourism': -0.0388,
    'labor-migration': 0.0179,
    'diplomacy': -0.0516,
    'environment-climate': 0.0551,
  },
  fit: {
    corpusFiles: 85,
    seedInTraining: "yes",
    folds: 5,
    repeats: 5,
    cvMicroF1: 0.864,
    cvPrecision: 0.885,
    cvRecall: 0.844,
    fitMicroF1: 0.903,
    fitPrecision: 0.897,
    fitRecall: 0.91,
    threshold: 0.446,
  },
};
