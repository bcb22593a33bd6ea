/** Starts the in-process emulators with provisioned resources for one test file. */
import { createClients, destroyClients, localCredentials, type AwsClients } from '../../local/clients';
import { startEmulators, type Emulators } from '../../local/emulators';
import { provision, type ProvisionedResources } from '../../local/provision';
import { localSettings, type LocalSettings, type LocalSettingsOverrides } from '../../local/settings';

export interface EmulatorFixture {
  emulators: Emulators;
  clients: AwsClients;
  settings: LocalSettings;
  resources: ProvisionedResources;
  close(): Promise<void>;
}

export async function startEmulatorFixture(overrides: LocalSettingsOverrides = {}): Promise<EmulatorFixture> {
  const settings = localSettings(overrides);
  const emulators = await startEmulators({ region: settings.region });
  const clients = createClients({ region: settings.region, endpoint: emulators.endpoint, credentials: localCredentials });
  const resources = await provision(clients, settings);
  return {
    emulators,
    clients,
    settings,
    resources,
    async close() {
      destroyClients(clients);
      await emulators.stop();
    },
  };
}
