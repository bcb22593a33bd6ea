import { readFileSync } from 'node:fs';
import { analyze } from '../lambdas/core/analyze';
import { topicCandidates, topicMargin, FEATURE_NAMES } from '../lambdas/core/classify';
const { article } = analyze(readFileSync(process.argv[2]!), { fileName: 'seed.txt' });
console.log(article.title, article.body.length);
for (const c of topicCandidates(article)) if (['trade-investment', 'semiconductors-electronics'].includes(c.id)) {
  console.log(c.id, topicMargin(c).toFixed(2), FEATURE_NAMES.map((f, i) => f + '=' + c.features[i]!.toFixed(2)).join(' '));
  console.log(c.occurrences.filter((o) => o.inBody).map((o) => article.body.slice(o.start, o.end) + ':' + o.value.toFixed(2)).join(', '));
}
