/**
 * How any CLI command finds the pipeline it talks to, in this order:
 * 1. `--endpoint URL`: an AWS-compatible endpoint with the local resource names;
 * 2. `--stack NAME`: a deployed CloudFormation stack, names from its outputs;
 * 3. the running `newsdrop dev`, found through its state file;
 * 4. (only when the caller allows it) a temporary local stack for this run.
 */
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { GetQueueUrlCommand } from '@aws-sdk/client-sqs';
import { pipelineConfig } from '../lambdas/config';
import { createClients, destroyClients, localCredentials, type AwsClients, type Credentials } from '../local/clients';
import { readDevState } from '../local/dev-state';
import { isValidStage, stageNames } from '../lib/stage';
import { CliError } from './command';

export interface TargetQueues {
  ingest: string;
  ingestDlq: string;
  enrich: string;
  enrichDlq: string;
}

export interface Target {
  kind: 'endpoint' | 'stack' | 'dev' | 'temporary';
  /** "endpoint http://127.0.0.1:4566", "stack Newsdrop (eu-west-1)": for messages. */
  description: string;
  region: string;
  endpoint?: string;
  credentials?: Credentials;
  bucket: string;
  incomingPrefix: string;
  table: string;
  queues(): Promise<TargetQueues>;
  eventsTopicArn?: string;
  clients: AwsClients;
  /** Releases clients (and stops a temporary stack). */
  close(): Promise<void>;
}

export interface TargetArgs {
  endpoint?: string;
  stack?: string;
  /** A deployed stage: `--stage prod` is `--stack Newsdrop-prod`. */
  stage?: string;
  region?: string;
  table?: string;
  /** Start a temporary local stack when nothing else is found (ingest does; read commands do not). */
  allowTemporary?: boolean;
}

/** parseArgs option specs shared by the commands that connect. */
export const targetArgOptions = {
  endpoint: { type: 'string' },
  stack: { type: 'string' },
  stage: { type: 'string' },
  region: { type: 'string' },
  table: { type: 'string' },
} as const;

export const targetHelp = `Target (first that applies):
  --endpoint URL  an AWS-compatible endpoint using the local resource names
  --stack NAME    a deployed stack (names from its CloudFormation outputs)
  --stage S       the stage deployed with \`cdk deploy -c stage=S\` (stack ${pipelineConfig.stackName}-S)
  --region R      AWS region (default: AWS_REGION, else the AWS profile's region;
                  ${pipelineConfig.localRegion} for --endpoint)
  --table NAME    override the records table name
  otherwise the running \`newsdrop dev\` of this clone (its state file), if any`;

/** Stack outputs the CDK stack declares; the CLI reads resources through them. */
export const stackOutputNames = {
  bucket: 'BucketName',
  table: 'TableName',
  ingestQueue: 'IngestQueueUrl',
  ingestDlq: 'IngestDlqUrl',
  enrichQueue: 'EnrichQueueUrl',
  enrichDlq: 'EnrichDlqUrl',
  eventsTopic: 'EventsTopicArn',
} as const;

export async function resolveTarget(args: TargetArgs): Promise<Target> {
  // The SDK's multi-line Node 20 notice would break one-line CLI output.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  if (args.endpoint !== undefined) return endpointTarget(args.endpoint, args);
  if (args.stack !== undefined) return stackTarget(args.stack, args);
  if (args.stage !== undefined) {
    if (!isValidStage(args.stage)) throw new CliError(`--stage must be lower-case letters, digits or dashes, got "${args.stage}"`, 2);
    return stackTarget(stageNames(args.stage).stackName, args);
  }
  const dev = readDevState();
  if (dev) {
    const clients = createClients({ region: dev.region, endpoint: dev.endpoint, credentials: dev.credentials });
    return {
      kind: 'dev',
      description: `newsdrop dev at ${dev.endpoint}`,
      region: dev.region,
      endpoint: dev.endpoint,
      credentials: dev.credentials,
      bucket: dev.bucket,
      incomingPrefix: dev.incomingPrefix,
      table: args.table ?? dev.table,
      queues: async () => dev.queues,
      eventsTopicArn: dev.eventsTopicArn,
      clients,
      close: async () => destroyClients(clients),
    };
  }
  if (args.allowTemporary) return temporaryTarget();
  throw new CliError('no target: pass --endpoint URL or --stack NAME, or start `newsdrop dev` first', 2);
}

function endpointTarget(endpoint: string, args: TargetArgs): Target {
  if (!/^https?:\/\/\S+$/.test(endpoint)) throw new CliError(`--endpoint must be an http(s) URL, got "${endpoint}"`, 2);
  const region = args.region ?? process.env.AWS_REGION ?? pipelineConfig.localRegion;
  // Emulators accept any credentials; explicit AWS credentials in the environment win.
  const credentials = process.env.AWS_ACCESS_KEY_ID ? undefined : localCredentials;
  const clients = createClients({ region, endpoint, credentials });
  let queues: Promise<TargetQueues> | undefined;
  const urlOf = async (name: string) => {
    try {
      return (await clients.sqs.send(new GetQueueUrlCommand({ QueueName: name }))).QueueUrl!;
    } catch (err) {
      if (isUnreachable(err)) throw nothingAnswers(endpoint);
      throw new CliError(`queue "${name}" not found at ${endpoint}: ${oneLine(err)}`);
    }
  };
  return {
    kind: 'endpoint',
    description: `endpoint ${endpoint}`,
    region,
    endpoint,
    credentials,
    bucket: pipelineConfig.bucket.localName,
    incomingPrefix: pipelineConfig.bucket.incomingPrefix,
    table: args.table ?? pipelineConfig.table.localName,
    queues() {
      const q = pipelineConfig.queues;
      queues ??= Promise.all([q.ingest.name, q.ingest.dlqName, q.enrich.name, q.enrich.dlqName].map(urlOf)).then(
        ([ingest, ingestDlq, enrich, enrichDlq]) => ({ ingest: ingest!, ingestDlq: ingestDlq!, enrich: enrich!, enrichDlq: enrichDlq! }),
      );
      return queues;
    },
    clients,
    close: async () => destroyClients(clients),
  };
}

/** Network failures that mean no server at all, as opposed to an error from one. */
const unreachableCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

export function isUnreachable(err: unknown): boolean {
  const code = (err as { code?: string } | undefined)?.code;
  const message = err instanceof Error ? err.message : String(err);
  return (code !== undefined && unreachableCodes.has(code)) || /\b(ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ENETUNREACH)\b/.test(message);
}

export function nothingAnswers(endpoint: string): CliError {
  return new CliError(`nothing answers at ${endpoint}; start one with \`newsdrop dev\``);
}

/**
 * The region for --stack: --region, else what the SDK itself would use (AWS_REGION, then the
 * region of the AWS profile in ~/.aws/config, AWS_PROFILE or default).
 */
export async function stackRegion(explicit: string | undefined): Promise<string> {
  if (explicit) return explicit;
  const probe = new CloudFormationClient({});
  try {
    return await probe.config.region();
  } catch {
    throw new CliError('--stack needs a region: pass --region, set AWS_REGION or give the AWS profile a region', 2);
  } finally {
    probe.destroy();
  }
}

async function stackTarget(stackName: string, args: TargetArgs): Promise<Target> {
  const region = await stackRegion(args.region);
  const cfn = new CloudFormationClient({ region });
  let outputs: Record<string, string>;
  try {
    const described = await cfn.send(new DescribeStacksCommand({ StackName: stackName }));
    const stack = described.Stacks?.[0];
    if (!stack) throw new CliError(`stack "${stackName}" not found in ${region}`);
    outputs = Object.fromEntries((stack.Outputs ?? []).map((o) => [o.OutputKey!, o.OutputValue!]));
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`cannot read stack "${stackName}" in ${region}: ${oneLine(err)}`);
  } finally {
    cfn.destroy();
  }
  const need = (name: string) => {
    const value = outputs[name];
    if (value === undefined) throw new CliError(`stack "${stackName}" has no output ${name}`);
    return value;
  };
  const queues: TargetQueues = {
    ingest: need(stackOutputNames.ingestQueue),
    ingestDlq: need(stackOutputNames.ingestDlq),
    enrich: need(stackOutputNames.enrichQueue),
    enrichDlq: need(stackOutputNames.enrichDlq),
  };
  const clients = createClients({ region });
  return {
    kind: 'stack',
    description: `stack ${stackName} (${region})`,
    region,
    bucket: need(stackOutputNames.bucket),
    incomingPrefix: pipelineConfig.bucket.incomingPrefix,
    table: args.table ?? need(stackOutputNames.table),
    queues: async () => queues,
    eventsTopicArn: outputs[stackOutputNames.eventsTopic],
    clients,
    close: async () => destroyClients(clients),
  };
}

async function temporaryTarget(): Promise<Target> {
  const { startLocalStack } = await import('../local/stack');
  const stack = await startLocalStack({ quiet: true });
  return {
    kind: 'temporary',
    description: `temporary local stack at ${stack.endpoint}`,
    region: stack.region,
    endpoint: stack.endpoint,
    credentials: stack.credentials,
    bucket: stack.bucket,
    incomingPrefix: stack.incomingPrefix,
    table: stack.table,
    queues: async () => stack.queues,
    eventsTopicArn: stack.eventsTopicArn,
    clients: stack.clients,
    close: () => stack.stop(),
  };
}

function oneLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]!;
}
