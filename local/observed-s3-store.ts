/**
 * fauxqs has no bucket notifications. It accepts its stores from the caller,
 * so we hand it an S3 store whose write methods report each new object: the
 * exact size and ETag of the version just written, whatever client wrote it
 * (SDK, AWS CLI, curl), like S3's own event source.
 *
 * The store classes are not exported by fauxqs's package entry; they are
 * loaded from the files next to it (fauxqs is pinned to 1.9.2 in package.json).
 */
import type { BuildAppOptions } from 'fauxqs';
import type { ObjectJournal } from './object-journal';

export type S3WriteEventName = 'ObjectCreated:Put' | 'ObjectCreated:Copy' | 'ObjectCreated:CompleteMultipartUpload';

export interface ObjectWritten {
  bucket: string;
  key: string;
  size: number;
  /** Without quotes, as S3 events carry it. */
  eTag: string;
  eventName: S3WriteEventName;
  at: Date;
}

export type ObjectWriteListener = (write: ObjectWritten) => void;

interface StoredObject {
  key: string;
  contentLength: number;
  etag: string;
  lastModified: Date;
}

interface S3StoreLike {
  multipartUploads: Map<string, { bucket: string }>;
  hasBucket(name: string): boolean;
  createBucket(name: string): void;
  putObject(bucket: string, key: string, body: Buffer, contentType?: string, metadata?: Record<string, string>): StoredObject;
  deleteObject(bucket: string, key: string): void;
  completeMultipartUpload(uploadId: string, parts: { partNumber: number; etag: string }[]): StoredObject;
}

type FullStoredObject = StoredObject & { body: Buffer; contentType?: string; metadata?: Record<string, string> };

type StoreClass<T> = new () => T;

async function loadFauxqsModule<T>(relativePath: string): Promise<T> {
  const entry = import.meta.resolve('fauxqs');
  return (await import(new URL(relativePath, entry).href)) as T;
}

export async function createObservedS3Store(journal?: ObjectJournal): Promise<{
  stores: NonNullable<BuildAppOptions['stores']>;
  onObjectWritten: (listener: ObjectWriteListener) => void;
  markNextWriteAsCopy: (isCopy: boolean) => void;
  /** Puts the journal's objects back without notifications; returns them for a check of unfinished work. */
  restoreJournal: () => ObjectWritten[];
}> {
  const [{ S3Store }, { SqsStore }, { SnsStore }] = await Promise.all([
    loadFauxqsModule<{ S3Store: StoreClass<S3StoreLike> }>('./s3/s3Store.js'),
    loadFauxqsModule<{ SqsStore: StoreClass<object> }>('./sqs/sqsStore.js'),
    loadFauxqsModule<{ SnsStore: StoreClass<object> }>('./sns/snsStore.js'),
  ]);
  const listeners: ObjectWriteListener[] = [];
  let nextWriteIsCopy = false;

  const emit = (bucket: string, obj: StoredObject, eventName: S3WriteEventName) => {
    const write: ObjectWritten = {
      bucket,
      key: obj.key,
      size: obj.contentLength,
      eTag: obj.etag.replaceAll('"', ''),
      eventName,
      at: obj.lastModified,
    };
    for (const listener of listeners) listener(write);
  };

  class ObservedS3Store extends S3Store {
    override putObject(bucket: string, key: string, body: Buffer, contentType?: string, metadata?: Record<string, string>) {
      const isCopy = nextWriteIsCopy;
      nextWriteIsCopy = false;
      const obj = super.putObject(bucket, key, body, contentType, metadata);
      // On disk before the PUT is answered: an acknowledged upload outlives a crash.
      journal?.put({ bucket, key, body, contentType, metadata });
      emit(bucket, obj, isCopy ? 'ObjectCreated:Copy' : 'ObjectCreated:Put');
      return obj;
    }
    override completeMultipartUpload(uploadId: string, parts: { partNumber: number; etag: string }[]) {
      const bucket = this.multipartUploads.get(uploadId)?.bucket;
      const obj = super.completeMultipartUpload(uploadId, parts) as FullStoredObject;
      if (bucket !== undefined) {
        journal?.put({ bucket, key: obj.key, body: obj.body, contentType: obj.contentType, metadata: obj.metadata });
        emit(bucket, obj, 'ObjectCreated:CompleteMultipartUpload');
      }
      return obj;
    }
    override deleteObject(bucket: string, key: string) {
      super.deleteObject(bucket, key);
      journal?.delete(bucket, key);
    }
    /** The journal's objects, stored as they were without a notification or a new journal entry. */
    restore(): ObjectWritten[] {
      const restored: ObjectWritten[] = [];
      for (const object of journal?.load() ?? []) {
        if (!this.hasBucket(object.bucket)) this.createBucket(object.bucket);
        const obj = S3Store.prototype.putObject.call(this, object.bucket, object.key, object.body, object.contentType, object.metadata);
        restored.push({ bucket: object.bucket, key: obj.key, size: obj.contentLength, eTag: obj.etag.replaceAll('"', ''), eventName: 'ObjectCreated:Put', at: obj.lastModified });
      }
      return restored;
    }
  }
  const s3Store = new ObservedS3Store();

  return {
    stores: {
      s3Store,
      sqsStore: new SqsStore(),
      snsStore: new SnsStore(),
    } as unknown as NonNullable<BuildAppOptions['stores']>,
    onObjectWritten: (listener) => listeners.push(listener),
    markNextWriteAsCopy: (isCopy) => {
      nextWriteIsCopy = isCopy;
    },
    restoreJournal: () => s3Store.restore(),
  };
}
