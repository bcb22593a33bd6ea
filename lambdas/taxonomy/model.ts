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
  taxonomyVersion: '2.4.1',
  features: ['evidence', 'strongTerms', 'distinctTerms', 'sentences', 'title', 'lead', 'share', 'firstMention', 'heading', 'passing', 'negativeCues', 'eventSentences', 'figureSentences', 'backgroundSentences', 'actorSentences', 'weakOnly', 'singleMention', 'topicsNamed'],
  weights: [4.1653, 1.1386, 0.2777, 0.4528, 0.9633, 0.4343, -0.5857, 0.104, 0.4209, 1.8438, -1.2611, 1.1518, 0.419, -2.1348, -0.7121, -0.1625, 0.152, -0.0502],
  bias: -5.7949,
  cuts: {
    'critical-minerals': -0.0822,
    'semiconductors-electronics': -0.0078,
    'chemicals-hydrogen': 0.0093,
    'energy': -0.0322,
    'agriculture-food': 0.0195,
    'transport-infrastructure': 0.1706,
    'automotive': -0.015,
    'healthcare-pharma': 0.0018,
    'education-science': 0.0199,
    'digital-ai': -0.0125,
    'textiles-light-industry': 0.0039,
    'trade-investment': -0.0912,
    'culture-tourism': -0.0301,
    'labor-migration': 0.0124,
    'diplomacy': -0.018,
    'environment-climate': 0.0515,
  },
  fit: {
    corpusFiles: 85,
    seedInTraining: "yes",
    folds: 5,
    repeats: 5,
    cvMicroF1: 0.882,
    cvPrecision: 0.903,
    cvRecall: 0.863,
    fitMicroF1: 0.912,
    fitPrecision: 0.922,
    fitRecall: 0.903,
    threshold: 0.508,
  },
};
