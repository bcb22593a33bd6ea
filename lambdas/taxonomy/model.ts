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
  features: ['evidence', 'strongTerms', 'distinctTerms', 'sentences', 'title', 'lead', 'share', 'passing', 'negativeCues', 'eventSentences', 'actorSentences', 'weakOnly', 'topicsNamed'],
  weights: [3.4098, 1.2994, 0.2628, 0.1966, 1.2619, 0.5216, -1.0528, 0.6145, -1.3226, 0.4208, -0.7253, -0.2795, -0.6941],
  bias: -3.3624,
  cuts: {
    'critical-minerals': -0.3521,
    'semiconductors-electronics': -0.0128,
    'chemicals-hydrogen': 0.0832,
    'energy': -0.3311,
    'agriculture-food': 0.1209,
    'transport-infrastructure': 0.5191,
    'automotive': -0.0436,
    'healthcare-pharma': 0.0965,
    'education-science': 0.3279,
    'digital-ai': 0.0121,
    'textiles-light-industry': -0.0577,
    'trade-investment': -0.469,
    'culture-tourism': -0.3115,
    'labor-migration': 0.0923,
    'diplomacy': 0.1185,
    'environment-climate': 0.2075,
  },
  fit: {
    corpusFiles: 85,
    folds: 5,
    repeats: 5,
    cvMicroF1: 0.809,
    cvPrecision: 0.844,
    cvRecall: 0.778,
    fitMicroF1: 0.851,
    fitPrecision: 0.893,
    fitRecall: 0.813,
    threshold: 0.502,
  },
};
