/**
 * One self-contained JSON document per article: the article record with the
 * results of its enrichment jobs folded in. What `newsdrop ingest --json` and
 * the demo print, and what a downstream service that wants "everything about
 * this article" can store as is.
 */
import type { JobResults } from '../lambdas/core/enrich/types';
import type { ArticleRecord } from '../lambdas/core/records/types';
import type { ArticleView } from './items';

export type FullRecord = ArticleRecord & {
  /** The normalized text that topic evidence and every enrichment offset point into (schema 2). */
  text?: string;
  enrichment: {
    entities?: JobResults['entities']['entities'];
    figures?: JobResults['figures']['figures'];
    quotes?: JobResults['quotes']['quotes'];
    places?: JobResults['places']['places'];
    related?: JobResults['related']['related'];
  };
};

export function fullRecord(view: ArticleView): FullRecord {
  const { jobs } = view;
  return {
    ...view.article,
    ...(view.text === undefined ? {} : { text: view.text }),
    enrichment: {
      entities: jobs.entities?.result.entities,
      figures: jobs.figures?.result.figures,
      quotes: jobs.quotes?.result.quotes,
      places: jobs.places?.result.places,
      related: jobs.related?.result.related,
    },
  };
}
