/**
 * Deployment stages: one stack per stage (`npx cdk deploy -c stage=prod`), so staging and
 * production live side by side in one account. Every name that must be unique per account and
 * region (stack, dashboard, alarms, metrics namespace) is derived here and nowhere else.
 *
 * Pure (no aws-cdk-lib): the CLI imports it to turn `--stage prod` into a stack name.
 */
import { pipelineConfig } from '../lambdas/config';

export const defaultStage = 'dev';

/** Lower-case letters, digits and dashes, starting with a letter: valid in every name below. */
const STAGE_PATTERN = /^[a-z][a-z0-9-]{0,19}$/;

export interface StageNames {
  readonly stage: string;
  /** CloudFormation stack name, e.g. `Newsdrop-prod`; the CLI's `--stage prod` resolves to it. */
  readonly stackName: string;
  readonly dashboardName: string;
  /** CloudWatch namespace of the handlers' custom metrics (Powertools reads it from the env). */
  readonly metricsNamespace: string;
  /** Prefix of every alarm name: `Newsdrop-prod-IngestDeadLetters`. */
  readonly alarmPrefix: string;
}

export function isValidStage(stage: string): boolean {
  return STAGE_PATTERN.test(stage);
}

export function stageNames(stage: string = defaultStage): StageNames {
  if (!isValidStage(stage)) {
    throw new Error(`stage must be 1-20 lower-case letters, digits or dashes starting with a letter, got "${stage}"`);
  }
  const base = `${pipelineConfig.stackName}-${stage}`;
  return {
    stage,
    stackName: base,
    dashboardName: `${base}-Pipeline`,
    metricsNamespace: `${pipelineConfig.stackName}/${stage}`,
    alarmPrefix: base,
  };
}
