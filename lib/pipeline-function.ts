import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Tracing } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { FunctionSettings, QueueSettings } from '../lambdas/config';
import type { RolePermissions } from './permissions';
import { handlerCode, handlerEntry, handlerEnvironment, handlerRuntime, handlerSetting, type HandlerName } from './bundling';
import { infraSettings } from './settings';

export interface PipelineFunctionProps {
  readonly handler: HandlerName;
  /** Overrides the handler entry file (defaults to lambdas/handlers/<handler>.ts). */
  readonly entry?: string;
  readonly settings: FunctionSettings;
  readonly source: { readonly queue: IQueue; readonly settings: QueueSettings };
  readonly environment: Record<string, string>;
  /** Everything the function may do besides logging, tracing and consuming its queue. */
  readonly permissions: RolePermissions;
}

/**
 * One pipeline stage: a Node.js function on ARM, fed by an SQS queue with partial batch
 * responses. Its role is built here with only the statements it is given (no AWS managed
 * policies), and its log group is explicit so retention is set before the first invocation.
 */
export class PipelineFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: PipelineFunctionProps) {
    super(scope, id);

    this.logGroup = new LogGroup(this, 'Logs', {
      retention: infraSettings.functionLogRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `newsdrop ${props.handler} function`,
    });
    this.logGroup.grantWrite(this.role);
    for (const statement of props.permissions.statements) this.role.addToPolicy(statement);
    if (props.permissions.acknowledgements.length > 0) {
      Validations.of(this.role).acknowledge(...props.permissions.acknowledgements);
    }

    this.function = new NodejsFunction(this, 'Function', {
      // Bundled by lib/bundling.ts (the measured bundle, with its esbuild plugins), not by NodejsFunction's esbuild command line.
      code: handlerCode(props.entry ?? handlerEntry(props.handler)),
      handler: handlerSetting,
      runtime: handlerRuntime,
      architecture: Architecture.ARM_64,
      memorySize: props.settings.memoryMb,
      timeout: Duration.seconds(props.settings.timeoutSeconds),
      tracing: Tracing.ACTIVE,
      logGroup: this.logGroup,
      role: this.role,
      environment: { ...props.environment, ...handlerEnvironment },
    });

    const { settings: queue } = props.source;
    this.function.addEventSource(
      new SqsEventSource(props.source.queue, {
        batchSize: queue.batchSize,
        maxBatchingWindow: Duration.seconds(queue.maxBatchingWindowSeconds),
        reportBatchItemFailures: true,
        maxConcurrency: queue.maxConcurrency,
      }),
    );

    this.acknowledgeQueueDrivenDesign();
  }

  private acknowledgeQueueDrivenDesign(): void {
    const reasons = {
      'Serverless-LambdaDLQ':
        'Only invoked synchronously by its SQS event source mapping; failed messages go to the source queue DLQ through its redrive policy.',
      'Serverless-LambdaAsyncFailureDestination':
        'Never invoked asynchronously: the only trigger is an SQS event source mapping (synchronous polling).',
      'Serverless-LambdaEventSourceMappingDestination':
        'SQS event source mappings do not support on-failure destinations; the queue redrive policy moves failures to its DLQ after maxReceiveCount.',
    };
    for (const [id, reason] of Object.entries(reasons)) Validations.of(this).acknowledge({ id, reason });
    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'X-Ray active tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions.',
    });
  }
}
