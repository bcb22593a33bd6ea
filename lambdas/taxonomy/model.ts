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
  taxonomyVersion: '2.1.0',
  features: ['evidence', 'strongTerms', 'distinctTerms', 'sentences', 'title', 'lead', 'share', 'firstMention', 'heading', 'passing', 'negativeCues', 'eventSentences', 'figureSentences', 'backgroundSentences', 'actorSentences', 'weakOnly', 'singleMention', 'topicsNamed'],
  weights: [3.9123, 0.6045, 0.748, 0.5846, 1.1317, 0.2977, -0.7489, 0.211, 0.2333, 0.853, -1.4587, 0.8286, 0.3662, -0.4733, -0.6121, 0.2312, 0.0874, -0.4],
  bias: -5.1239,
  cuts: {
    'critical-minerals': -0.0743,
    'semiconductors-electronics': -0.0141,
    'chemicals-hydrogen': 0.0117,
    'energy': -0.0382,
    'agriculture-food': 0.0336,
    'transport-infrastructure': 0.186,
    'automotive': -0.0208,
    'healthcare-pharma': 0.0056,
    'education-science': 0.0392,
    'digital-ai': -0.004,
    'textiles-light-industry': -0.0023,
    'trade-investment': -0.0901,
    'culture-tourism': -0.0412,
    'labor-migration': 0.0203,
    'diplomacy': -0.0533,
    'environment-climate': 0.042,
  },
  fit: {
    corpusFiles: 85,
    seedInTraining: "yes",
    folds: 5,
    repeats: 5,
    cvMicroF1: 0.848,
    cvPrecision: 0.86,
    cvRecall: 0.836,
    fitMicroF1: 0.889,
    fitPrecision: 0.919,
    fitRecall: 0.861,
    threshold: 0.52,
  },
};
