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
  weights: [4.241, 1.2208, -0.0645, 0.5666, 1.1573, 0.7405, -0.6335, 0.2317, 0.7756, 1.3493, -1.309, 1.5043, 0.3654, -2.1614, -0.4244, -0.3339, -0.4892, 0.0076, -0.1995],
  bias: -6.0582,
  cuts: {
    'critical-minerals': -0.0644,
    'semiconductors-electronics': -0.005,
    'chemicals-hydrogen': 0.0082,
    'energy': 0.0023,
    'agriculture-food': 0.0284,
    'transport-infrastructure': 0.1612,
    'automotive': -0.0126,
    'healthcare-pharma': -0.0087,
    'education-science': 0.0087,
    'digital-ai': -0.0193,
    'textiles-light-industry': 0.0105,
    'trade-investment': -0.1107,
    'culture-tourism': -0.0286,
    'labor-migration': 0.014,
    'diplomacy': -0.0408,
    'environment-climate': 0.0567,
  },
  fit: {
    corpusFiles: 85,
    seedInTraining: "yes",
    folds: 5,
    repeats: 10,
    cvMicroF1: 0.896,
    cvPrecision: 0.92,
    cvRecall: 0.873,
    fitMicroF1: 0.915,
    fitPrecision: 0.935,
    fitRecall: 0.896,
    threshold: 0.591,
  },
};
