import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { ObjectLocation, ObjectMetadata, ObjectStore, StoredObject } from './ports';

/** The object (or version) is gone. A missing bucket is a misconfiguration, not a missing object: it propagates. */
function isMissing(error: unknown): boolean {
  const name = (error as { name?: string })?.name;
  if (name === 'NoSuchBucket') return false;
  const status = (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
  return name === 'NoSuchKey' || name === 'NotFound' || name === 'NoSuchVersion' || status === 404;
}

/** S3 ETags arrive quoted; events carry them bare. */
const bareEtag = (etag: string | undefined) => etag?.replace(/^"|"$/g, '');

export class S3ObjectStore implements ObjectStore {
  constructor(
    private readonly client: S3Client,
    /** The pipeline's bucket, where processed documents live. */
    private readonly bucket: string,
  ) {}

  async head(location: ObjectLocation): Promise<ObjectMetadata | undefined> {
    try {
      const output = await this.client.send(
        new HeadObjectCommand({ Bucket: location.bucket, Key: location.key, VersionId: location.versionId }),
      );
      return {
        size: output.ContentLength ?? 0,
        contentType: output.ContentType,
        etag: bareEtag(output.ETag),
        versionId: output.VersionId,
        lastModified: output.LastModified?.toISOString(),
      };
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async get(location: ObjectLocation, options: { maxBytes?: number } = {}): Promise<StoredObject | undefined> {
    try {
      const output = await this.client.send(
        new GetObjectCommand({ Bucket: location.bucket, Key: location.key, VersionId: location.versionId }),
      );
      const metadata = {
        contentType: output.ContentType,
        etag: bareEtag(output.ETag),
        versionId: output.VersionId,
        lastModified: output.LastModified?.toISOString(),
      };
      const declared = output.ContentLength;
      if (options.maxBytes !== undefined && declared !== undefined && declared > options.maxBytes) {
        // S3's own size, not the message's: too large, and never downloaded.
        (output.Body as { destroy?: () => void } | undefined)?.destroy?.();
        return { ...metadata, bytes: new Uint8Array(), size: declared, tooLarge: true };
      }
      const bytes = output.Body === undefined ? new Uint8Array() : await output.Body.transformToByteArray();
      return { ...metadata, bytes, size: bytes.byteLength };
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async putJson(key: string, value: unknown): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: JSON.stringify(value),
        ContentType: 'application/json; charset=utf-8',
      }),
    );
  }

  async getJson<T>(key: string): Promise<T | undefined> {
    const stored = await this.get({ bucket: this.bucket, key });
    if (stored === undefined) return undefined;
    return JSON.parse(new TextDecoder().decode(stored.bytes)) as T;
  }
}
