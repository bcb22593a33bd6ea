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
  weights: [4.1932, 1.2307, -0.0826, 0.6678, 1.1203, 0.5335, -0.6712, 0.1613, 0.6986, 1.8119, -1.2961, 1.2415, 0.4832, -2.1236, -0.6779, -0.3713, -0.0565, -0.1468],
  bias: -5.7133,
  cuts: {
    'critical-minerals': -0.0822,
    'semiconductors-electronics': -0.0025,
    'chemicals-hydrogen': 0.0104,
    'energy': -0.0312,
    'agriculture-food': 0.0259,
    'transport-infrastructure': 0.1701,
    'automotive': -0.0133,
    'healthcare-pharma': 0.0023,
    'education-science': 0.017,
    'digital-ai': -0.0133,
    'textiles-light-industry': 0.0108,
    'trade-investment': -0.0944,
    'culture-tourism': -0.027,
    'labor-migration': 0.0137,
    'diplomacy': -0.0395,
    'environment-climate': 0.0533,
  },
  fit: {
    corpusFiles: 85,
    seedInTraining: "yes",
    folds: 5,
    repeats: 5,
    cvMicroF1: 0.887,
    cvPrecision: 0.917,
    cvRecall: 0.858,
    fitMicroF1: 0.912,
    fitPrecision: 0.928,
    fitRecall: 0.896,
    threshold: 0.54,
  },
};
