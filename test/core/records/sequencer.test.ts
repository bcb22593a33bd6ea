import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareSequencers, sequencerOrderKey } from '../../../lambdas/core/records/sequencer';

describe('compareSequencers', () => {
  it('orders equal-length sequencers as hex values', () => {
    expect(compareSequencers('0055AED6DCD90281E5', '0055AED6DCD90281E6')).toBe(-1);
    expect(compareSequencers('0055AED6DCD90281F0', '0055AED6DCD90281E9')).toBe(1);
    expect(compareSequencers('0055AED6DCD90281E5', '0055AED6DCD90281E5')).toBe(0);
  });

  it('right-pads the shorter value with zeros, as the S3 guide says', () => {
    // "0062" is "0062000..." padded: older than "00620001", equal to "00620000".
    expect(compareSequencers('0062', '00620001')).toBe(-1);
    expect(compareSequencers('0062', '00620000')).toBe(0);
    expect(compareSequencers('0063', '0062FFFFFF')).toBe(1);
  });

  it('ignores hex letter case', () => {
    expect(compareSequencers('00ab', '00AB')).toBe(0);
    expect(compareSequencers('00ab', '00AC')).toBe(-1);
  });

  it('refuses values that are not hex', () => {
    expect(() => compareSequencers('xyz', '00')).toThrow(/not a hex sequencer/);
    expect(() => compareSequencers('', '00')).toThrow(/not a hex sequencer/);
  });

  it('agrees with comparing zero-right-padded upper-case strings (property)', () => {
    const hex = fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'), minLength: 1, maxLength: 24 });
    fc.assert(
      fc.property(hex, hex, (a, b) => {
        const width = Math.max(a.length, b.length);
        const left = a.toUpperCase().padEnd(width, '0');
        const right = b.toUpperCase().padEnd(width, '0');
        const expected = left === right ? 0 : left < right ? -1 : 1;
        expect(compareSequencers(a, b)).toBe(expected);
        // The stored order key compares the same way with plain string operators (DynamoDB conditions).
        const keyOrder = sequencerOrderKey(a) === sequencerOrderKey(b) ? 0 : sequencerOrderKey(a) < sequencerOrderKey(b) ? -1 : 1;
        expect(keyOrder).toBe(expected);
      }),
    );
  });
});
