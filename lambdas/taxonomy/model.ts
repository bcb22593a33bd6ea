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
  taxonomyVersion: '2.2.0',
  features: ['evidence', 'strongTerms', 'distinctTerms', 'sentences', 'title', 'lead', 'share', 'firstMention', 'heading', 'passing', 'negativeCues', 'eventSentences', 'figureSentences', 'backgroundSentences', 'actorSentences', 'weakOnly', 'singleMention', 'topicsNamed'],
  weights: [3.9182, 0.8401, 0.5217, 0.5686, 1.0514, 0.5163, -0.6615, 0.2952, 0.2329, 0.913, -1.3621, 0.9389, 0.3203, -0.499, -0.6885, 0.273, 0.1845, -0.1379],
  bias: -5.3839,
  cuts: {
    'critical-minerals': -0.0851,
    'semiconductors-electronics': -0.0134,
    'chemicals-hydrogen': 0.0087,
    'energy': -0.0311,
    'agriculture-food': 0.0465,
    'transport-infrastructure': 0.1803,
    'automotive': -0.0165,
    'healthcare-pharma': -0.0183,
    'education-science': 0.0433,
    'digital-ai': -0.0019,
    'textiles-light-industry': -0.001,
    'trade-investment': -0.099,
    'culture-tourism': -0.0342,
    'labor-migration': 0.0185,
    'diplomacy': -0.0507,
    'environment-climate': 0.054,
  },
  fit: {
    corpusFiles: 85,
    seedInTraining: "yes",
    folds: 5,
    repeats: 5,
    cvMicroF1: 0.855,
    cvPrecision: 0.882,
    cvRecall: 0.831,
    fitMicroF1: 0.9,
    fitPrecision: 0.897,
    fitRecall: 0.903,
    threshold: 0.46,
  },
};
