/**
 * fauxqs (1.9.2 through 2.4.1) checks SQS message bodies with a regex written
 * without the `u` flag, so it sees an emoji (any character above U+FFFF) as two
 * surrogate halves and refuses the message as InvalidMessageContents. Real SQS
 * accepts #x9 | #xA | #xD | #x20-#xD7FF | #xE000-#xFFFD | #x10000-#x10FFFF.
 * Locally that turned an article with an emoji into a refused enrichment send,
 * retried until the ingest message dead-lettered (minutes, then no record).
 *
 * The regex is one shared object that both SendMessage and SendMessageBatch
 * call `.test` on; giving it a `test` of its own with SQS's real rule fixes
 * both without forking the emulator. Importing this module applies the fix.
 */

/** Characters SQS refuses in a message body, judged by code point. */
const NOT_ALLOWED_BY_SQS = /[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

// fauxqs exports only its app entry; the validator lives next to it.
const sqsTypesUrl = new URL('./sqs/sqsTypes.js', import.meta.resolve('fauxqs'));
const sqsTypes = (await import(sqsTypesUrl.href)) as { INVALID_MESSAGE_BODY_CHAR?: RegExp };
const validator = sqsTypes.INVALID_MESSAGE_BODY_CHAR;
if (!(validator instanceof RegExp)) {
  throw new Error(`fauxqs no longer exports INVALID_MESSAGE_BODY_CHAR from ${sqsTypesUrl.href}: recheck its Unicode handling`);
}
if (!validator.flags.includes('u')) {
  Object.defineProperty(validator, 'test', { value: (body: string) => NOT_ALLOWED_BY_SQS.test(body) });
}

export {};
