import { EventDecoder } from './event-decoder';

/** A stored version 1 event, as the store hands it back. */
const storedV1 = (type: string, data: object) => ({
  type,
  data: { ...data },
  metadata: { schemaVersion: 1 },
});
const decoder = new EventDecoder();
const proposedWith = (source: object) =>
  decoder.decode(
    storedV1('RecommendationProposed', { recommendationId: 'r1', reference: 'R-1', text: 't', source }),
  );

describe('upcasting model version 1 sources to version 2', () => {
  it.each([
    ['unct', 'UN Country Team', { kind: 'unct' }],
    ['un_agency', 'UNICEF', { kind: 'unct' }],
    ['upr', 'Norway', { kind: 'upr' }],
    ['treaty_body', 'CRC', { kind: 'treaty_body', body: 'CRC' }],
    [
      'special_procedure',
      'Special Rapporteur on torture',
      { kind: 'special_procedure', body: 'Special Rapporteur on torture' },
    ],
    ['regional', 'OSCE/ODIHR', { kind: 'osce' }],
    ['regional', 'osce', { kind: 'osce' }],
    ['regional', 'Council of Europe', { kind: 'other' }],
    ['other', 'National IHL Committee', { kind: 'other' }],
  ])(
    'given a proposal from %s %s, reads mechanism %j with that entity as its one party',
    (kind, entity, mechanism) => {
      const decoded = proposedWith({ kind, entity });
      expect(decoded.schemaVersion).toBe(2);
      expect(decoded.data.source).toEqual({ mechanism, recommendingParties: [{ name: entity }] });
    },
  );

  it('keeps document, paragraph and date, and every other field of the proposal', () => {
    const decoded = proposedWith({
      kind: 'upr',
      entity: 'Norway',
      document: 'A/HRC/39/3',
      paragraph: '114.3',
      date: '2018-07-09',
    });
    expect(decoded.data).toEqual({
      recommendationId: 'r1',
      reference: 'R-1',
      text: 't',
      source: {
        mechanism: { kind: 'upr' },
        recommendingParties: [{ name: 'Norway' }],
        document: 'A/HRC/39/3',
        paragraph: '114.3',
        date: '2018-07-09',
      },
    });
  });

  it('upcasts an amendment that changed the source, and leaves one that did not untouched', () => {
    const amended = decoder.decode(
      storedV1('RecommendationAmended', { source: { kind: 'un_agency', entity: 'UNFPA' } }),
    );
    expect(amended).toEqual({
      type: 'RecommendationAmended',
      schemaVersion: 2,
      data: { source: { mechanism: { kind: 'unct' }, recommendingParties: [{ name: 'UNFPA' }] } },
    });
    const themesOnly = decoder.decode(storedV1('RecommendationAmended', { themes: ['health'] }));
    expect(themesOnly.data).toEqual({ themes: ['health'] });
  });

  it('leaves a version 2 payload as it was written', () => {
    const source = { mechanism: { kind: 'upr' }, recommendingParties: [{ name: 'Norway', iso3: 'NOR' }] };
    const stored = { type: 'RecommendationProposed', data: { source }, metadata: { schemaVersion: 2 } };
    expect(decoder.decode(stored)).toEqual({ type: stored.type, data: { source }, schemaVersion: 2 });
  });

  it('never changes the stored version 1 payload that history shows and the hash covers', () => {
    const stored = storedV1('RecommendationProposed', { source: { kind: 'regional', entity: 'OSCE' } });
    decoder.decode(stored);
    expect(stored.data).toEqual({ source: { kind: 'regional', entity: 'OSCE' } });
  });
});
