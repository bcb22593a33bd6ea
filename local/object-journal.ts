/**
 * With `--data DIR`, every object the S3 emulator accepts is written to
 * DIR/objects before the PUT is answered, and read back on the next start:
 * an acknowledged upload survives a kill -9. One body file and one metadata
 * file per object, named by a hash of bucket and key (keys may be long or
 * hold any character); the metadata file is written last, by rename, so a
 * crash mid-write leaves either the old object or none, never half of one.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface JournaledObject {
  bucket: string;
  key: string;
  body: Buffer;
  contentType?: string;
  metadata?: Record<string, string>;
}

interface MetadataFile {
  bucket: string;
  key: string;
  contentType?: string;
  metadata?: Record<string, string>;
}

export interface ObjectJournal {
  put(object: JournaledObject): void;
  delete(bucket: string, key: string): void;
  /** Every object written and not deleted, in no particular order. */
  load(): JournaledObject[];
}

export function createObjectJournal(dataDir: string): ObjectJournal {
  const dir = join(dataDir, 'objects');
  mkdirSync(dir, { recursive: true });
  const nameOf = (bucket: string, key: string) => createHash('sha256').update(`${bucket}\n${key}`).digest('hex');
  return {
    put(object) {
      const name = nameOf(object.bucket, object.key);
      const meta: MetadataFile = { bucket: object.bucket, key: object.key, contentType: object.contentType, metadata: object.metadata };
      // Body under a fresh name, then the metadata naming it: the rename is the commit.
      const bodyName = `${name}.${process.pid}.${Date.now()}.body`;
      writeFileSync(join(dir, bodyName), object.body);
      writeFileSync(join(dir, `${name}.tmp`), JSON.stringify({ ...meta, bodyName }));
      const previous = readMeta(join(dir, `${name}.json`));
      renameSync(join(dir, `${name}.tmp`), join(dir, `${name}.json`));
      if (previous?.bodyName && previous.bodyName !== bodyName) rmSync(join(dir, previous.bodyName), { force: true });
    },
    delete(bucket, key) {
      const name = nameOf(bucket, key);
      const previous = readMeta(join(dir, `${name}.json`));
      rmSync(join(dir, `${name}.json`), { force: true });
      if (previous?.bodyName) rmSync(join(dir, previous.bodyName), { force: true });
    },
    load() {
      const objects: JournaledObject[] = [];
      for (const file of readdirSync(dir)) {
        if (!file.endsWith('.json')) continue;
        const meta = readMeta(join(dir, file));
        if (!meta?.bodyName) continue;
        let body: Buffer;
        try {
          body = readFileSync(join(dir, meta.bodyName));
        } catch {
          continue;
        }
        objects.push({ bucket: meta.bucket, key: meta.key, body, contentType: meta.contentType, metadata: meta.metadata });
      }
      return objects;
    },
  };
}

function readMeta(path: string): (MetadataFile & { bodyName?: string }) | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as MetadataFile & { bodyName?: string };
  } catch {
    return undefined;
  }
}
