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
  weights: [4.0361, 1.0827, 0.1777, 0.4537, 0.9359, 0.3698, -0.4298, 0.0281, 0.4008, 1.4547, -1.3706, 1.0215, 0.4304, -0.5441, -0.6885, 0.0167, 0.2467, -0.1366],
  bias: -5.2419,
  cuts: {
    'critical-minerals': -0.083,
    'semiconductors-electronics': -0.0086,
    'chemicals-hydrogen': 0.0101,
    'energy': -0.0288,
    'agriculture-food': 0.0311,
    'transport-infrastructure': 0.1768,
    'automotive': -0.0147,
    'healthcare-pharma': 0.0077,
    'education-science': 0.0356,
    'digital-ai': -0.0005,
    'textiles-light-industry': -0.0039,
    'trade-investment': -0.0998,
    'culture-tourism': -0.0333,
    'labor-migration': 0.0183,
    'diplomacy': -0.0643,
    'environment-climate': 0.0571,
  },
  fit: {
    corpusFiles: 85,
    seedInTraining: "yes",
    folds: 5,
    repeats: 5,
    cvMicroF1: 0.865,
    cvPrecision: 0.889,
    cvRecall: 0.843,
    fitMicroF1: 0.899,
    fitPrecision: 0.902,
    fitRecall: 0.896,
    threshold: 0.476,
  },
};
