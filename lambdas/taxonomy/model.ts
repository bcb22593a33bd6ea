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
  weights: [4.1951, 1.2246, 0.0661, 0.7033, 1.2129, 0.9134, -0.629, 0.4135, 1.0409, 1.2729, -1.27, 1.4027, 0.3532, -2.1609, -0.8526, 0.2108, -0.444, 0.0815, -0.3013],
  bias: -5.883,
  cuts: {
    'critical-minerals': -0.0617,
    'semiconductors-electronics': -0.0001,
    'chemicals-hydrogen': 0.0088,
    'energy': 0.0047,
    'agriculture-food': 0.0308,
    'transport-infrastructure': 0.1402,
    'automotive': -0.0106,
    'healthcare-pharma': -0.0113,
    'education-science': 0.0205,
    'digital-ai': -0.0187,
    'textiles-light-industry': 0.0045,
    'trade-investment': -0.1133,
    'culture-tourism': -0.0193,
    'labor-migration': 0.0135,
    'diplomacy': -0.0464,
    'environment-climate': 0.0584,
  },
  fit: {
    corpusFiles: 85,
    seedInTraining: "yes",
    folds: 5,
    repeats: 10,
    cvMicroF1: 0.902,
    cvPrecision: 0.923,
    cvRecall: 0.882,
    fitMicroF1: 0.926,
    fitPrecision: 0.936,
    fitRecall: 0.917,
    threshold: 0.514,
  },
};
