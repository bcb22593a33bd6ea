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
  features: ['evidence', 'strongTerms', 'distinctTerms', 'sentences', 'title', 'lead', 'share', 'firstMention', 'heading', 'passing', 'negativeCues', 'eventSentences', 'figureSentences', 'backgroundSentences', 'actorSentences', 'weakOnly', 'topicsNamed'],
  weights: [3.6175, 0.597, 0.9817, 0.4191, 1.1474, 0.1849, -0.6759, 0.1419, 0.3317, 0.8618, -1.4502, 0.6792, 0.4982, -0.4115, -0.6445, 0.0349, -0.2625],
  bias: -4.7023,
  cuts: {
    'critical-minerals': -0.4059,
    'semiconductors-electronics': -0.0803,
    'chemicals-hydrogen': 0.0584,
    'energy': -0.2716,
    'agriculture-food': 0.1446,
    'transport-infrastructure': 0.7355,
    'automotive': -0.1369,
    'healthcare-pharma': 0.0255,
    'education-science': 0.2237,
    'digital-ai': 0.0093,
    'textiles-light-industry': -0.008,
    'trade-investment': -0.2558,
    'culture-tourism': -0.1572,
    'labor-migration': 0.1138,
    'diplomacy': -0.1526,
    'environment-climate': 0.1576,
  },
  fit: {
    corpusFiles: 85,
    seedInTraining: "yes",
    folds: 5,
    repeats: 5,
    cvMicroF1: 0.842,
    cvPrecision: 0.853,
    cvRecall: 0.832,
    fitMicroF1: 0.899,
    fitPrecision: 0.902,
    fitRecall: 0.896,
    threshold: 0.44,
  },
};
