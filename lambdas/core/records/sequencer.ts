/**
 * S3 event sequencers order the writes to one object key. They are hex strings
 * of varying length; the S3 user guide says to right-pad the shorter one with
 * zeros and compare lexicographically (the value behaves like a hex fraction
 * whose leading digits are the coarse time). Padding with '0', the smallest
 * hex digit, is the same as dropping trailing zeros and comparing the rest as
 * plain strings, which is what DynamoDB conditions can do: `orderKey` produces
 * that form so a stored attribute compares correctly with `<` in a condition.
 */

/** Canonical, comparable form: upper-case hex without trailing zeros ("0" for zero). */
export function sequencerOrderKey(sequencer: string): string {
  if (!/^[0-9a-fA-F]+$/.test(sequencer)) throw new Error(`not a hex sequencer: ${JSON.stringify(sequencer)}`);
  const trimmed = sequencer.toUpperCase().replace(/0+$/, '');
  return trimmed === '' ? '0' : trimmed;
}

/** Negative when `a` is the older write, positive when newer, 0 for the same event. */
export function compareSequencers(a: string, b: string): number {
  const left = sequencerOrderKey(a);
  const right = sequencerOrderKey(b);
  if (left === right) return 0;
  return left < right ? -1 : 1;
}
