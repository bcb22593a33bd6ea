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
  taxonomyVersion: '2.4.0',
  features: ['evidence', 'strongTerms', 'distinctTerms', 'sentences', 'title', 'lead', 'share', 'firstMention', 'heading', 'passing', 'negativeCues', 'eventSentences', 'figureSentences', 'backgroundSentences', 'actorSentences', 'weakOnly', 'singleMention', 'topicsNamed'],
  weights: [4.0735, 1.1652, 0.1911, 0.4409, 0.9202, 0.2877, -0.4314, 0.1145, 0.3644, 1.4054, -1.3466, 1.1121, 0.3789, -2.198, -0.6695, 0.024, 0.2061, -0.0948],
  bias: -5.5385,
  cuts: {
    'critical-minerals': -0.0795,
    'semiconductors-electronics': -0.0065,
    'chemicals-hydrogen': 0.0108,
    'energy': -0.0285,
    'agriculture-food': 0.0245,
    'transport-infrastructure': 0.1767,
    'automotive': -0.0146,
    'healthcare-pharma': 0.0097,
    'education-science': 0.0329,
    'digital-ai': -0.0084,
    'textiles-light-industry': -0.0013,
    'trade-investment': -0.0937,
    'culture-tourism': -0.0316,
    'labor-migration': 0.0174,
    'diplomacy': -0.0661,
    'environment-climate': 0.0582,
  },
  fit: {
    corpusFiles: 85,
    seedInTraining: "yes",
    folds: 5,
    repeats: 5,
    cvMicroF1: 0.869,
    cvPrecision: 0.895,
    cvRecall: 0.846,
    fitMicroF1: 0.905,
    fitPrecision: 0.915,
    fitRecall: 0.896,
    threshold: 0.521,
  },
};
