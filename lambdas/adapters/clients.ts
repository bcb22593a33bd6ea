/**
 * SDK clients for the adapters. The same factory serves Lambda (region from
 * the environment, default endpoints) and the local runtime / tests
 * (an emulator endpoint, path-style S3, fixed credentials).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';

export interface StaticCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface ClientOptions {
  region?: string;
  /** Emulator endpoint such as http://127.0.0.1:4566; every client uses it. */
  endpoint?: string;
  /** Per-service endpoints override `endpoint` (dynalite and fauxqs listen on different ports). */
  endpoints?: Partial<Record<'s3' | 'dynamodb' | 'sqs' | 'sns', string>>;
  credentials?: StaticCredentials;
  /** SDK attempts per call, including the first; throttling backs off adaptively. */
  maxAttempts?: number;
}

export interface AwsClients {
  s3: S3Client;
  dynamodb: DynamoDBClient;
  sqs: SQSClient;
  sns: SNSClient;
}

export const DEFAULT_MAX_ATTEMPTS = 4;

export function createClients(options: ClientOptions = {}): AwsClients {
  const common = (service: keyof AwsClients) => {
    const endpoint = options.endpoints?.[service] ?? options.endpoint;
    return {
      region: options.region ?? process.env.AWS_REGION ?? 'us-east-1',
      ...(endpoint === undefined ? {} : { endpoint }),
      ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
      retryMode: 'adaptive',
      maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    };
  };
  const s3Endpoint = options.endpoints?.s3 ?? options.endpoint;
  return {
    // Emulators serve buckets by path, not by <bucket>.host DNS names.
    s3: new S3Client({ ...common('s3'), forcePathStyle: s3Endpoint !== undefined }),
    dynamodb: new DynamoDBClient(common('dynamodb')),
    sqs: new SQSClient(common('sqs')),
    sns: new SNSClient(common('sns')),
  };
}
