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

export function createClients(target: ClientTarget): AwsClients {
  const common = {
    region: target.region,
    // Long polls of up to 20 event-source pollers hold sockets; the SDK's default of 50 would queue the rest.
    requestHandler: { httpAgent: { keepAlive: true, maxSockets: 256 }, httpsAgent: { keepAlive: true, maxSockets: 256 } },
    ...(target.endpoint ? { endpoint: target.endpoint } : {}),
    ...(target.credentials ? { credentials: target.credentials } : {}),
  };
  return {
    // Path style: emulators listen on 127.0.0.1, where bucket subdomains do not resolve.
    s3: new S3Client({ ...common, forcePathStyle: target.endpoint !== undefined }),
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
