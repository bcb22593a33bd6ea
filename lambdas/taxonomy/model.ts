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
  taxonomyVersion: '2.1.0',
  features: ['evidence', 'strongTerms', 'distinctTerms', 'sentences', 'title', 'lead', 'share', 'firstMention', 'heading', 'passing', 'negativeCues', 'eventSentences', 'figureSentences', 'backgroundSentences', 'actorSentences', 'weakOnly', 'singleMention', 'topicsNamed'],
  weights: [3.9106, 0.5838, 0.6873, 0.5495, 1.1305, 0.5202, -0.6949, 0.2833, 0.2055, 0.8106, -1.448, 0.8809, 0.291, -0.4835, -0.6665, 0.2107, 0.1408, -0.1955],
  bias: -5.2938,
  cuts: {
    'critical-minerals': -0.0871,
    'semiconductors-electronics': -0.0139,
    'chemicals-hydrogen': 0.009,
    'energy': -0.033,
    'agriculture-food': 0.0408,
    'transport-infrastructure': 0.1892,
    'automotive': -0.0181,
    'healthcare-pharma': -0.0163,
    'education-science': 0.0435,
    'digital-ai': -0.0018,
    'textiles-light-industry': -0.0022,
    'trade-investment': -0.0914,
    'culture-tourism': -0.0446,
    'labor-migration': 0.0209,
    'diplomacy': -0.046,
    'environment-climate': 0.0509,
  },
  fit: {
    corpusFiles: 85,
    seedInTraining: "yes",
    folds: 5,
    repeats: 5,
    cvMicroF1: 0.848,
    cvPrecision: 0.881,
    cvRecall: 0.818,
    fitMicroF1: 0.896,
    fitPrecision: 0.896,
    fitRecall: 0.896,
    threshold: 0.484,
  },
};
