import { createHash } from 'node:crypto';
import { ZERO_HASH, canonicalJson, chainEvents, eventHash } from './hash-chain';

describe('hash chain', () => {
  const proposed = {
    type: 'RecommendationProposed',
    data: { text: 'Ратифицировать', b: 1, a: [2, 1] },
    metadata: { z: 1, a: 'x' },
  };

  it('hashes the previous hash followed by the canonical JSON of type, data and metadata', () => {
    const expected = createHash('sha256')
      .update(
        ZERO_HASH +
          '{"data":{"a":[2,1],"b":1,"text":"Ратифицировать"},"metadata":{"a":"x","z":1},"type":"RecommendationProposed"}',
      )
      .digest('hex');
    expect(eventHash(ZERO_HASH, proposed)).toBe(expected);
  });

  it('leaves the hash field itself out, and key order does not matter', () => {
    const reordered = {
      metadata: { a: 'x', z: 1, hash: 'ignored' },
      data: { a: [2, 1], text: 'Ратифицировать', b: 1 },
      type: proposed.type,
    };
    expect(eventHash(ZERO_HASH, reordered)).toBe(eventHash(ZERO_HASH, proposed));
  });

  it('links each event to the one before, starting from the zero hash', () => {
    const [first, second] = chainEvents(ZERO_HASH, [
      proposed,
      { ...proposed, type: 'RecommendationAmended' },
    ]);
    expect(first.metadata.prevHash).toBe(ZERO_HASH);
    expect(second.metadata.prevHash).toBe(first.metadata.hash);
    expect(second.metadata.hash).toBe(eventHash(String(first.metadata.hash), second));
  });

  it('changes when any byte of the content changes', () => {
    const changed = { ...proposed, data: { ...proposed.data, text: 'Ратифицироват' } };
    expect(eventHash(ZERO_HASH, changed)).not.toBe(eventHash(ZERO_HASH, proposed));
    expect(canonicalJson({ b: 1, a: 1 })).toBe('{"a":1,"b":1}');
  });
});
