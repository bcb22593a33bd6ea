/**
 * Tiny in-process emulators for adapter tests: dynalite (DynamoDB) and
 * fauxqs (S3 + SQS), each on a random local port, with the table created from
 * keys.ts. The local runtime has its own, fuller setup under local/.
 */
import type { AddressInfo } from 'node:net';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { startFauxqs, type FauxqsServer } from 'fauxqs';
import '../../local/fauxqs-unicode';
import { recordsTableInput } from '../../local/records-table';

export const TEST_REGION = 'us-east-1';
export const TEST_CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };

export interface RunningDynamo {
  endpoint: string;
  table: string;
  client: DynamoDBClient;
  stop(): Promise<void>;
}

export async function startDynamo(table = 'newsdrop-test'): Promise<RunningDynamo> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({ region: TEST_REGION, endpoint, credentials: TEST_CREDENTIALS });
  await client.send(createTableCommand(table));
  return {
    endpoint,
    table,
    client,
    async stop() {
      client.destroy();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/** The table as the stack defines it (keys, indexes and projections from keys.ts). */
export function createTableCommand(table: string): CreateTableCommand {
  return new CreateTableCommand(recordsTableInput(table));
}

export interface RunningFauxqs {
  endpoint: string;
  server: FauxqsServer;
  stop(): Promise<void>;
}

export async function startFauxqsEmulator(): Promise<RunningFauxqs> {
  const server = await startFauxqs({ port: 0, host: '127.0.0.1', logger: false });
  return { endpoint: server.address, server, stop: () => server.stop() };
}
