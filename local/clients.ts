/** AWS SDK clients aimed at one endpoint (the local stack, or any AWS-compatible one). */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** The emulators accept any credentials; these make it obvious nothing real is used. */
export const localCredentials: Credentials = { accessKeyId: 'newsdrop-local', secretAccessKey: 'newsdrop-local' };

export interface ClientTarget {
  region: string;
  endpoint?: string;
  credentials?: Credentials;
}

export interface AwsClients {
  s3: S3Client;
  sqs: SQSClient;
  dynamodb: DynamoDBClient;
  sns: SNSClient;
}

/**
 * An emulator's payloads never cross a network that could corrupt them, and its responses carry
 * no checksums to check: CRC32 of every upload and download is pure CPU cost locally.
 */
export const LOCAL_S3_CHECKSUMS = { requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' } as const;

/**
 * Resolve each command's middleware stack once per client instead of on every send: these clients
 * never add per-request middleware, and the resolution is a fixed cost on every emulator request.
 */
export const LOCAL_CLIENT_TUNING = { cacheMiddleware: true } as const;

export function createClients(target: ClientTarget): AwsClients {
  const common = {
    region: target.region,
    ...LOCAL_CLIENT_TUNING,
    // Long polls of up to 20 event-source pollers hold sockets; the SDK's default of 50 would queue the rest.
    requestHandler: { httpAgent: { keepAlive: true, maxSockets: 256 }, httpsAgent: { keepAlive: true, maxSockets: 256 } },
    ...(target.endpoint ? { endpoint: target.endpoint } : {}),
    ...(target.credentials ? { credentials: target.credentials } : {}),
  };
  return {
    // Path style: emulators listen on 127.0.0.1, where bucket subdomains do not resolve.
    s3: new S3Client({ ...common, forcePathStyle: target.endpoint !== undefined, ...(target.endpoint ? LOCAL_S3_CHECKSUMS : {}) }),
    sqs: new SQSClient(common),
    dynamodb: new DynamoDBClient(common),
    sns: new SNSClient(common),
  };
}

export function destroyClients(clients: AwsClients): void {
  clients.s3.destroy();
  clients.sqs.destroy();
  clients.dynamodb.destroy();
  clients.sns.destroy();
}
