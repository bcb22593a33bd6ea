import { Aws, Validations } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';

export interface NotificationTopicsProps {
  /** Adds an email subscription to the alarm topic (the owner confirms it by mail). */
  readonly alarmEmail?: string;
}

/**
 * The two SNS topics: article change events for downstream services, and alarms for operators.
 * SNS offers no service-managed encryption, and CloudWatch cannot publish to a topic encrypted
 * with the AWS-managed `aws/sns` key, so both use one customer-managed key with rotation.
 */
export class NotificationTopics extends Construct {
  readonly key: Key;
  readonly eventsTopic: Topic;
  readonly alarmTopic: Topic;

  constructor(scope: Construct, id: string, props: NotificationTopicsProps = {}) {
    super(scope, id);

    this.key = new Key(this, 'TopicKey', {
      description: 'Encrypts the newsdrop article-event and alarm topics',
      enableKeyRotation: true,
    });
    // CloudWatch alarms publish to the encrypted alarm topic through this key.
    this.key.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } },
      }),
    );

    this.eventsTopic = new Topic(this, 'ArticleEvents', {
      displayName: 'newsdrop article events',
      masterKey: this.key,
      enforceSSL: true,
    });
    this.alarmTopic = new Topic(this, 'Alarms', {
      displayName: 'newsdrop alarms',
      masterKey: this.key,
      enforceSSL: true,
    });

    if (props.alarmEmail) {
      this.alarmTopic.addSubscription(new EmailSubscription(props.alarmEmail));
      Validations.of(this.alarmTopic).acknowledge({
        id: 'Serverless-SNSRedrivePolicy',
        reason:
          'Email delivery to operators: an undeliverable alarm mail has no consumer to redrive to, and the alarm state stays visible in CloudWatch.',
      });
    }
  }
}
