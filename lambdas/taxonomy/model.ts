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
  weights: [4.2853, 1.1927, -0.1209, 0.6871, 1.2049, 0.835, -0.6499, 0.3129, 0.8311, 1.3387, -1.244, 1.5516, 0.4128, -2.1281, -0.702, 0.0766, -0.4132, 0.0601, -0.2447],
  bias: -6.1967,
  cuts: {
    'critical-minerals': -0.0641,
    'semiconductors-electronics': -0.0034,
    'chemicals-hydrogen': 0.0089,
    'energy': 0.0025,
    'agriculture-food': 0.0297,
    'transport-infrastructure': 0.1617,
    'automotive': -0.0111,
    'healthcare-pharma': -0.0143,
    'education-science': 0.0187,
    'digital-ai': -0.019,
    'textiles-light-industry': 0.003,
    'trade-investment': -0.115,
    'culture-tourism': -0.0215,
    'labor-migration': 0.0127,
    'diplomacy': -0.0473,
    'environment-climate': 0.0583,
  },
  fit: {
    corpusFiles: 85,
    seedInTraining: "yes",
    folds: 5,
    repeats: 10,
    cvMicroF1: 0.901,
    cvPrecision: 0.919,
    cvRecall: 0.885,
    fitMicroF1: 0.919,
    fitPrecision: 0.935,
    fitRecall: 0.903,
    threshold: 0.585,
  },
};
