import { Validations, type App } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';

/** The cdk-nag packs the app must pass with zero unacknowledged findings. */
export function nagPacks(app?: App) {
  return [new AwsSolutionsChecks(app), new ServerlessChecks(app)];
}

/** Registers both packs as synthesis validation plugins: any finding fails `cdk synth`. */
export function registerNagPacks(app: App): void {
  Validations.of(app).addPlugins(...nagPacks(app));
}
