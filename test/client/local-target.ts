/**
 * A target like the one `newsdrop dev` runs, without the handlers: the
 * emulators on one endpoint with the pipeline's bucket, queues and table
 * provisioned from the shared config. CLI tests aim `--endpoint` at it.
 */
import { createClients, destroyClients, localCredentials, type AwsClients } from '../../local/clients';
import { startEmulators } from '../../local/emulators';
import { provision, type ProvisionedResources } from '../../local/provision';
import { localSettings } from '../../local/settings';

export interface LocalTarget {
  endpoint: string;
  clients: AwsClients;
  resources: ProvisionedResources;
  stop(): Promise<void>;
}

export async function startLocalTarget(): Promise<LocalTarget> {
  const settings = localSettings();
  const emulators = await startEmulators({ region: settings.region });
  const clients = createClients({ region: settings.region, endpoint: emulators.endpoint, credentials: localCredentials });
  const resources = await provision(clients, settings);
  return {
    endpoint: emulators.endpoint,
    clients,
    resources,
    async stop() {
      destroyClients(clients);
      await emulators.stop();
    },
  };
}
