/**
 * Starts the AWS emulators in this process: dynalite (DynamoDB) and fauxqs
 * (S3 + SQS + SNS), both on 127.0.0.1, behind one endpoint. fauxqs gets our own S3 store so every
 * object write can be observed (fauxqs has no bucket notifications).
 */
import type { AddressInfo } from 'node:net';
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import dynalite from 'dynalite';
import { buildApp } from 'fauxqs';
// Applied at import: SQS's real character rule in place of fauxqs's (emoji in a message body).
import './fauxqs-unicode';
import { createObjectJournal } from './object-journal';
import { createObservedS3Store, type ObjectWriteListener, type ObjectWritten } from './observed-s3-store';

// The parts of Fastify's hook arguments used here (fastify's own types are not resolvable from this package).
interface HookRequest {
  method: string;
  headers: IncomingHttpHeaders;
  raw: IncomingMessage;
}
interface HookReply {
  raw: ServerResponse;
  hijack(): void;
}

export interface EmulatorOptions {
  /** fauxqs port (S3, SQS, SNS); 0 = any free port. */
  port?: number;
  /** dynalite port; 0 = any free port. */
  dynamoPort?: number;
  /** Folder for DynamoDB (LevelDB) and S3 object persistence (DIR/objects); in memory when absent. Queues stay in memory. */
  dataDir?: string;
  region: string;
}

export interface Emulators {
  /** S3, SQS, SNS and DynamoDB on one endpoint. */
  endpoint: string;
  /** dynalite's own port (the shared endpoint forwards to it). */
  dynamoEndpoint: string;
  /** Requests served so far, by service (for benchmarks: what one article costs). */
  requestCounts(): RequestCounts;
  /** Requests served so far, by service and operation ("dynamodb PutItem", "sqs ReceiveMessage", "s3 PUT"). */
  operationCounts(): Record<string, number>;
  /** Subscribe to every object written to the S3 emulator (put, copy, multipart complete). */
  onObjectWritten(listener: ObjectWriteListener): void;
  /** With a data folder: puts the objects persisted by earlier runs back (no notifications) and lists them. */
  restoreObjects(): ObjectWritten[];
  stop(): Promise<void>;
}

export interface RequestCounts {
  s3: number;
  sqs: number;
  sns: number;
  dynamodb: number;
}

/** JSON protocols name the operation in a header; S3 by method (SNS's action is in the body, unread here). */
function operationOf(service: keyof RequestCounts, headers: IncomingHttpHeaders, method: string): string {
  const target = String(headers['x-amz-target'] ?? '');
  if (service === 'dynamodb' || service === 'sqs') return `${service} ${target.slice(target.indexOf('.') + 1)}`;
  return service === 's3' ? `s3 ${method}` : service;
}

function serviceOf(headers: IncomingHttpHeaders): keyof RequestCounts {
  const target = String(headers['x-amz-target'] ?? '');
  if (target.startsWith('DynamoDB_')) return 'dynamodb';
  if (target.startsWith('AmazonSQS')) return 'sqs';
  if (String(headers['content-type'] ?? '').includes('x-www-form-urlencoded')) return 'sns';
  return 's3';
}

export async function startEmulators(options: EmulatorOptions): Promise<Emulators> {
  const dynamo = dynalite({ path: options.dataDir, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const dynamoPort = await listen(dynamo, options.dynamoPort ?? 0);

  const journal = options.dataDir === undefined ? undefined : createObjectJournal(options.dataDir);
  const { stores, onObjectWritten, markNextWriteAsCopy, restoreJournal } = await createObservedS3Store(journal);
  const app = buildApp({ logger: false, defaultRegion: options.region, stores });
  // One endpoint for every service, as AWS_ENDPOINT_URL expects: DynamoDB calls
  // (JSON protocol, target DynamoDB_*) are handed to dynalite before fastify
  // reads their body; everything else is fauxqs's.
  const counts: RequestCounts = { s3: 0, sqs: 0, sns: 0, dynamodb: 0 };
  const operations = new Map<string, number>();
  app.addHook('onRequest', (request: HookRequest, reply: HookReply, done: () => void) => {
    const service = serviceOf(request.headers);
    counts[service] += 1;
    const operation = operationOf(service, request.headers, request.method);
    operations.set(operation, (operations.get(operation) ?? 0) + 1);
    const target = request.headers['x-amz-target'];
    if (typeof target === 'string' && target.startsWith('DynamoDB_')) {
      reply.hijack();
      dynamo.emit('request', request.raw, reply.raw);
      return;
    }
    done();
  });
  // fauxqs's PUT handler is synchronous, so a sync preHandler runs right before
  // its store write: this is how a CopyObject is told apart from a PutObject.
  app.addHook('preHandler', (request: HookRequest, _reply: HookReply, done: () => void) => {
    markNextWriteAsCopy(request.method === 'PUT' && request.headers['x-amz-copy-source'] !== undefined);
    done();
  });
  let fauxqsAddress: string;
  try {
    fauxqsAddress = await app.listen({ host: '127.0.0.1', port: options.port ?? 0 });
  } catch (err) {
    await closeServer(dynamo);
    throw err;
  }

  return {
    endpoint: fauxqsAddress,
    dynamoEndpoint: `http://127.0.0.1:${dynamoPort}`,
    onObjectWritten,
    restoreObjects: restoreJournal,
    requestCounts: () => ({ ...counts }),
    operationCounts: () => Object.fromEntries(operations),
    async stop() {
      await Promise.all([app.close(), closeServer(dynamo)]);
    },
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections?.();
    server.close(() => resolve());
  });
}
