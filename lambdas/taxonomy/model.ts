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
  features: ['evidence', 'strongTerms', 'distinctTerms', 'sentences', 'title', 'lead', 'share', 'firstMention', 'passing', 'negativeCues', 'eventSentences', 'figureSentences', 'backgroundSentences', 'actorSentences', 'weakOnly', 'topicsNamed'],
  weights: [3.4442, 0.5602, 1.004, 0.3279, 1.2323, 0.4991, -0.3733, 0.2998, 0.5775, -1.6187, 0.5658, 0.5426, -0.1979, -0.8547, 0.102, -0.6155],
  bias: -4.1422,
  cuts: {
    'critical-minerals': -0.3898,
    'semiconductors-electronics': 0.0261,
    'chemicals-hydrogen': 0.0767,
    'energy': -0.287,
    'agriculture-food': 0.1272,
    'transport-infrastructure': 0.7164,
    'automotive': -0.1074,
    'healthcare-pharma': 0.025,
    'education-science': 0.1872,
    'digital-ai': 0.0182,
    'textiles-light-industry': -0.05,
    'trade-investment': -0.2757,
    'culture-tourism': -0.1813,
    'labor-migration': 0.1109,
    'diplomacy': -0.1704,
    'environment-climate': 0.1738,
  },
  fit: {
    corpusFiles: 85,
    folds: 5,
    repeats: 5,
    cvMicroF1: 0.838,
    cvPrecision: 0.862,
    cvRecall: 0.815,
    fitMicroF1: 0.891,
    fitPrecision: 0.901,
    fitRecall: 0.882,
    threshold: 0.429,
  },
};
