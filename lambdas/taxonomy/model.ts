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
  features: ['evidence', 'strongTerms', 'distinctTerms', 'sentences', 'title', 'lead', 'share', 'firstMention', 'passing', 'negativeCues', 'eventSentences', 'backgroundSentences', 'actorSentences', 'weakOnly', 'topicsNamed'],
  weights: [2.8818, 0.8773, 0.8063, 0.503, 1.1564, 0.5422, -0.1242, 0.4218, 0.5277, -1.5949, 0.4955, -0.2639, -0.8033, -0.0246, -0.5287],
  bias: -4.0894,
  cuts: {
    'critical-minerals': -0.3338,
    'semiconductors-electronics': 0.0308,
    'chemicals-hydrogen': 0.0888,
    'energy': -0.2925,
    'agriculture-food': 0.1034,
    'transport-infrastructure': 0.6184,
    'automotive': -0.1073,
    'healthcare-pharma': 0.0531,
    'education-science': 0.2345,
    'digital-ai': 0.0592,
    'textiles-light-industry': -0.0332,
    'trade-investment': -0.3845,
    'culture-tourism': -0.1703,
    'labor-migration': 0.1215,
    'diplomacy': -0.2202,
    'environment-climate': 0.2321,
  },
  fit: {
    corpusFiles: 85,
    folds: 5,
    repeats: 5,
    cvMicroF1: 0.818,
    cvPrecision: 0.849,
    cvRecall: 0.789,
    fitMicroF1: 0.867,
    fitPrecision: 0.896,
    fitRecall: 0.84,
    threshold: 0.479,
  },
};
