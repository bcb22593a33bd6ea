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
  weights: [4.2245, 1.1959, -0.0497, 0.6233, 1.1821, 0.7882, -0.6125, 0.285, 0.7962, 1.3445, -1.3065, 1.5127, 0.3211, -2.1499, -0.5296, -0.2044, -0.4615, 0.0421, -0.2087],
  bias: -6.1424,
  cuts: {
    'critical-minerals': -0.0639,
    'semiconductors-electronics': -0.0045,
    'chemicals-hydrogen': 0.0085,
    'energy': 0.0025,
    'agriculture-food': 0.0278,
    'transport-infrastructure': 0.1614,
    'automotive': -0.0123,
    'healthcare-pharma': -0.01,
    'education-science': 0.0194,
    'digital-ai': -0.0193,
    'textiles-light-industry': 0.0077,
    'trade-investment': -0.1135,
    'culture-tourism': -0.0312,
    'labor-migration': 0.0135,
    'diplomacy': -0.0441,
    'environment-climate': 0.0577,
  },
  fit: {
    corpusFiles: 85,
    seedInTraining: "yes",
    folds: 5,
    repeats: 10,
    cvMicroF1: 0.897,
    cvPrecision: 0.917,
    cvRecall: 0.879,
    fitMicroF1: 0.919,
    fitPrecision: 0.935,
    fitRecall: 0.903,
    threshold: 0.591,
  },
};
