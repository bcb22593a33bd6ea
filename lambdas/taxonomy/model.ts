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
  taxonomyVersion: '2.7.0',
  features: ['evidence', 'strongTerms', 'distinctTerms', 'sentences', 'title', 'lead', 'share', 'firstMention', 'heading', 'passing', 'negativeCues', 'eventSentences', 'figureSentences', 'backgroundSentences', 'actorSentences', 'reportSentences', 'weakOnly', 'singleMention', 'topicsNamed'],
  weights: [4.2288, 1.1494, -0.037, 0.5756, 1.1729, 0.819, -0.5552, 0.3424, 0.7945, 1.2888, -1.2681, 1.5157, 0.3652, -2.1438, -0.5128, -0.1866, -0.4864, 0.0325, -0.226],
  bias: -6.1399,
  cuts: {
    'critical-minerals': -0.0643,
    'semiconductors-electronics': -0.0045,
    'chemicals-hydrogen': 0.0086,
    'energy': 0.0022,
    'agriculture-food': 0.0279,
    'transport-infrastructure': 0.1634,
    'automotive': -0.0117,
    'healthcare-pharma': -0.0114,
    'education-science': 0.0192,
    'digital-ai': -0.0189,
    'textiles-light-industry': 0.0084,
    'trade-investment': -0.1173,
    'culture-tourism': -0.03,
    'labor-migration': 0.0139,
    'diplomacy': -0.0429,
    'environment-climate': 0.0574,
  },
  fit: {
    corpusFiles: 85,
    seedInTraining: "yes",
    folds: 5,
    repeats: 10,
    cvMicroF1: 0.899,
    cvPrecision: 0.918,
    cvRecall: 0.881,
    fitMicroF1: 0.919,
    fitPrecision: 0.935,
    fitRecall: 0.903,
    threshold: 0.591,
  },
};
