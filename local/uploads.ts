/** Uploading article files the way a newsroom would: one PutObject per file under incoming/<source>/. */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';

const CONTENT_TYPES: Record<string, string> = {
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.json': 'application/json',
};

export function contentTypeFor(fileName: string): string {
  return CONTENT_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/** `incoming/<source>/<file name>`, keeping spaces and non-Latin letters as they are. */
export function objectKeyFor(incomingPrefix: string, source: string, fileName: string): string {
  const cleanSource = source.replace(/[\\/]+/g, '-').trim() || 'upload';
  return `${incomingPrefix}${cleanSource}/${basename(fileName)}`;
}

export interface UploadedObject {
  file: string;
  key: string;
  /** Without quotes. */
  etag: string;
  size: number;
}

export async function uploadFile(s3: S3Client, bucket: string, key: string, file: string): Promise<UploadedObject> {
  const body = await readFile(file);
  const put = await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentTypeFor(file) }));
  return { file, key, etag: (put.ETag ?? '').replaceAll('"', ''), size: body.length };
}

/** Files under the given paths, folders walked recursively in name order; dotfiles skipped. */
export async function listFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info === undefined) throw new Error(`no such file or folder: ${path}`);
    if (info.isDirectory()) {
      const entries = (await readdir(path, { withFileTypes: true }))
        .filter((e) => !e.name.startsWith('.'))
        .sort((a, b) => a.name.localeCompare(b.name));
      files.push(...(await listFiles(entries.map((e) => join(path, e.name)))));
    } else if (info.isFile()) {
      files.push(path);
    }
  }
  return files;
}

/** Runs `work` over items with at most `limit` at once, keeping result order. */
export async function mapLimit<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
