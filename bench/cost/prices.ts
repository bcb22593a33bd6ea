/**
 * AWS list prices (us-east-1, on-demand, ARM Lambda) the cost bench charges.
 * One table so every figure in the report traces back to one number here.
 */
export const PRICES = {
  /** DynamoDB on-demand write request unit: one 1 KB write (GSI writes included). */
  dynamoWriteUnit: 0.625 / 1e6,
  /** DynamoDB on-demand read request unit: one strongly consistent 4 KB read (eventual = 0.5). */
  dynamoReadUnit: 0.125 / 1e6,
  s3Put: 5 / 1e6,
  s3Get: 0.4 / 1e6,
  /** Per billed SQS request: a batch of up to 10 is one request; every 64 KB chunk of payload is one more. */
  sqsRequest: 0.4 / 1e6,
  snsPublish: 0.5 / 1e6,
  lambdaGbSecond: 0.0000133,
  lambdaInvocation: 0.2 / 1e6,
} as const;

/** SQS bills each 64 KB chunk of a request's payload as one request. */
export const SQS_BILLING_CHUNK_BYTES = 64 * 1024;

export const DYNAMO_WRITE_UNIT_BYTES = 1024;
export const DYNAMO_READ_UNIT_BYTES = 4 * 1024;
