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
  weights: [4.1979, 1.2355, -0.0883, 0.6658, 1.1215, 0.5384, -0.694, 0.1558, 0.6939, 1.8084, -1.2892, 1.2396, 0.4783, -2.1213, -0.6805, -0.3772, -0.0603, -0.1477],
  bias: -5.7057,
  cuts: {
    'critical-minerals': -0.0822,
    'semiconductors-electronics': -0.0026,
    'chemicals-hydrogen': 0.0104,
    'energy': -0.0311,
    'agriculture-food': 0.026,
    'transport-infrastructure': 0.1696,
    'automotive': -0.0133,
    'healthcare-pharma': 0.002,
    'education-science': 0.0171,
    'digital-ai': -0.0134,
    'textiles-light-industry': 0.0104,
    'trade-investment': -0.0947,
    'culture-tourism': -0.0263,
    'labor-migration': 0.0137,
    'diplomacy': -0.039,
    'environment-climate': 0.0534,
  },
  fit: {
    corpusFiles: 85,
    seedInTraining: "yes",
    folds: 5,
    repeats: 5,
    cvMicroF1: 0.888,
    cvPrecision: 0.915,
    cvRecall: 0.863,
    fitMicroF1: 0.912,
    fitPrecision: 0.928,
    fitRecall: 0.896,
    threshold: 0.542,
  },
};
