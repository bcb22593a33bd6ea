/**
 * After a crash the queues are gone (they live in memory) but the objects
 * and records are on disk. Every object under the incoming prefix whose
 * record is missing, unfinished (RECEIVED, PARSED) or of another version is
 * notified again, with a fresh sequencer: the pipeline then treats it as the
 * newest upload of its key and takes it to ENRICHED or FAILED. Records are
 * read through the record keys and mapping (wait-for-records), never raw.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { articleIdFor } from '../lambdas/core/records/keys';
import type { ObjectWritten } from './observed-s3-store';
import { getArticles, isFinal } from './wait-for-records';

export interface UnfinishedQuery {
  dynamodb: DynamoDBClient;
  table: string;
  bucket: string;
  incomingPrefix: string;
}

export async function findUnfinished(objects: ObjectWritten[], query: UnfinishedQuery): Promise<ObjectWritten[]> {
  const uploads = objects.filter((o) => o.bucket === query.bucket && o.key.startsWith(query.incomingPrefix) && !o.key.endsWith('/'));
  const records = await getArticles(
    query.dynamodb,
    query.table,
    uploads.map((o) => articleIdFor(o.bucket, o.key)),
  );
  return uploads.filter((upload) => {
    const record = records.get(articleIdFor(upload.bucket, upload.key));
    return !(record && isFinal(record) && record.source?.etag?.replaceAll('"', '') === upload.eTag);
  });
}
