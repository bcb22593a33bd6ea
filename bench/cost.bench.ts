/**
 * What one article costs at AWS list prices: N articles through the real
 * ingest and enrich handlers on the emulators, every request counted, write
 * and read units priced from item sizes (GSI writes by the deployed
 * projections), Lambda billed by handler wall time × configured memory.
 * Goal (design.md, "Cost"): ≤ $10 per million articles, all services.
 *
 * NEWSDROP_COST_ARTICLES (default 100) sets the generated corpus size; the
 * dev corpus in ../shared/corpus/dev runs too when present.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { devCorpusArticles, generateArticles } from './cost/articles';
import { startCostPipeline } from './cost/pipeline';
import { costPerArticle, printCost, printPrices } from './cost/report';
import { printHotKeys, simulateBackfill, PARTITION_WRITE_UNITS_PER_SECOND } from './cost/hot-keys';

const GOAL_DOLLARS_PER_MILLION = 10;
const here = dirname(fileURLToPath(import.meta.url));

export async function run(): Promise<void> {
  const count = Number(process.env.NEWSDROP_COST_ARTICLES ?? 100);
  const corpora = [
    { label: `generated (3–8 KB, en/ru/uz/ko)`, prefix: 'generated', articles: generateArticles(count) },
    { label: 'dev corpus (../shared, ≈2 KB)', prefix: 'dev', articles: devCorpusArticles(join(here, '..', '..', 'shared', 'corpus', 'dev')) },
  ].filter((corpus) => corpus.articles.length > 0);
  printPrices();
  const [metered, timing] = await Promise.all([startCostPipeline({ metered: true }), startCostPipeline({ metered: false })]);
  try {
    for (const corpus of corpora) {
      const timed = await timing.run(corpus.articles, corpus.prefix);
      const result = await metered.run(corpus.articles, corpus.prefix);
      const cost = costPerArticle(result, timed);
      printCost(corpus.label, result, cost);
      const total = cost.dollarsPerMillion.total;
      console.log(`  goal ≤ $${GOAL_DOLLARS_PER_MILLION}/M: ${total <= GOAL_DOLLARS_PER_MILLION ? 'met' : `missed by $${(total - GOAL_DOLLARS_PER_MILLION).toFixed(2)}/M`}`);
    }
  } finally {
    await Promise.all([metered.stop(), timing.stop()]);
  }
  const hot = simulateBackfill();
  printHotKeys(hot);
  if (Math.max(hot.busiestTopicPartition, hot.busiestEntityPartition) > PARTITION_WRITE_UNITS_PER_SECOND) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await run();
