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
  features: ['evidence', 'strongTerms', 'distinctTerms', 'sentences', 'title', 'lead', 'share', 'firstMention', 'heading', 'passing', 'negativeCues', 'eventSentences', 'figureSentences', 'backgroundSentences', 'actorSentences', 'weakOnly', 'singleMention', 'topicsNamed'],
  weights: [3.8007, 0.6325, 0.8139, 0.5746, 1.0636, 0.2695, -0.7776, 0.2306, 0.3355, 0.9306, -1.4506, 0.7629, 0.4346, -0.4713, -0.6074, 0.1113, 0.1739, -0.372],
  bias: -4.7801,
  cuts: {
    'critical-minerals': -0.073,
    'semiconductors-electronics': -0.0144,
    'chemicals-hydrogen': 0.0112,
    'energy': -0.0521,
    'agriculture-food': 0.0364,
    'transport-infrastructure': 0.1819,
    'automotive': -0.0198,
    'healthcare-pharma': 0.0066,
    'education-science': 0.0377,
    'digital-ai': -0.0042,
    'textiles-light-industry': -0.0012,
    'trade-investment': -0.0799,
    'culture-tourism': -0.0371,
    'labor-migration': 0.0198,
    'diplomacy': -0.0506,
    'environment-climate': 0.0385,
  },
  fit: {
    corpusFiles: 85,
    seedInTraining: "yes",
    folds: 5,
    repeats: 5,
    cvMicroF1: 0.839,
    cvPrecision: 0.859,
    cvRecall: 0.819,
    fitMicroF1: 0.9,
    fitPrecision: 0.897,
    fitRecall: 0.903,
    threshold: 0.436,
  },
};
