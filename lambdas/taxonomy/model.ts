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
  taxonomyVersion: '2.5.0',
  features: ['evidence', 'strongTerms', 'distinctTerms', 'sentences', 'title', 'lead', 'share', 'firstMention', 'heading', 'passing', 'negativeCues', 'eventSentences', 'figureSentences', 'backgroundSentences', 'actorSentences', 'reportSentences', 'weakOnly', 'singleMention', 'topicsNamed'],
  weights: [4.0286, 1.0972, 0.2016, 0.3409, 0.9379, 0.2616, -0.3673, -0.0208, 0.3664, 1.3737, -1.3223, 1.4911, 0.3393, -2.2263, -0.2972, -0.7469, 0.1283, 0.1275, -0.0324],
  bias: -5.5948,
  cuts: {
    'critical-minerals': -0.0789,
    'semiconductors-electronics': -0.0084,
    'chemicals-hydrogen': 0.0098,
    'energy': -0.0252,
    'agriculture-food': 0.025,
    'transport-infrastructure': 0.1745,
    'automotive': -0.0139,
    'healthcare-pharma': 0.0065,
    'education-science': 0.0314,
    'digital-ai': -0.0128,
    'textiles-light-industry': 0.0038,
    'trade-investment': -0.1002,
    'culture-tourism': -0.0293,
    'labor-migration': 0.0157,
    'diplomacy': -0.0602,
    'environment-climate': 0.0622,
  },
  fit: {
    corpusFiles: 85,
    seedInTraining: "yes",
    folds: 5,
    repeats: 10,
    cvMicroF1: 0.878,
    cvPrecision: 0.898,
    cvRecall: 0.858,
    fitMicroF1: 0.905,
    fitPrecision: 0.915,
    fitRecall: 0.896,
    threshold: 0.528,
  },
};
