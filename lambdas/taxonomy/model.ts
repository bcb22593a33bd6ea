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
  taxonomyVersion: '2.8.0',
  features: ['evidence', 'strongTerms', 'distinctTerms', 'sentences', 'title', 'lead', 'share', 'firstMention', 'heading', 'passing', 'negativeCues', 'eventSentences', 'figureSentences', 'backgroundSentences', 'actorSentences', 'reportSentences', 'weakOnly', 'singleMention', 'topicsNamed'],
  weights: [3.8907, 1.3464, 0.1878, 0.7612, 1.1682, 0.9827, -0.7658, 0.4664, 1.0834, 1.2441, -1.2172, 1.4024, 0.3257, -2.1705, -0.8137, 0.1593, -0.5046, 0.0012, -0.2182],
  bias: -5.9013,
  cuts: {
    'critical-minerals': -0.0594,
    'semiconductors-electronics': -0.001,
    'chemicals-hydrogen': 0.0081,
    'energy': 0.006,
    'agriculture-food': 0.0306,
    'transport-infrastructure': 0.1374,
    'automotive': -0.0104,
    'healthcare-pharma': 0.0087,
    'education-science': 0.0191,
    'digital-ai': -0.0205,
    'textiles-light-industry': 0.0013,
    'trade-investment': -0.1257,
    'culture-tourism': -0.0195,
    'labor-migration': 0.0136,
    'diplomacy': -0.0459,
    'environment-climate': 0.0578,
  },
  fit: {
    corpusFiles: 85,
    seedInTraining: "yes",
    folds: 5,
    repeats: 10,
    cvMicroF1: 0.901,
    cvPrecision: 0.919,
    cvRecall: 0.883,
    fitMicroF1: 0.926,
    fitPrecision: 0.936,
    fitRecall: 0.917,
    threshold: 0.509,
  },
};
