import { EventDecoder, UnknownEventTypeError } from './event-decoder';
import { UpcasterRegistry } from './upcaster.registry';

describe('event decoder', () => {
  const decoder = new EventDecoder(
    new UpcasterRegistry([
      {
        eventType: 'ReviewScheduled',
        fromVersion: 1,
        upcast: ({ dueDate, ...rest }) => ({ ...rest, reviewDueDate: dueDate }),
      },
    ]),
  );

  it('reads a null member of an amendment as "not amended", at any depth, and leaves the stored payload alone', () => {
    const data = {
      source: null,
      text: null,
      themes: ['health', null],
      evidence: [{ url: null }],
      meetingRef: 'M-1',
    };
    const decoded = decoder.recommendationEvent({ type: 'RecommendationAmended', data, metadata: {} });
    expect(decoded).toEqual({
      type: 'RecommendationAmended',
      data: { themes: ['health'], evidence: [{}], meetingRef: 'M-1' },
    });
    expect(data.source).toBeNull();
  });

  it('upcasts first, then drops what the newest shape leaves null', () => {
    const stored = {
      type: 'ReviewScheduled',
      data: { dueDate: '2021-05-31', meetingRef: null },
      metadata: {},
    };
    expect(decoder.decode(stored)).toEqual({
      type: 'ReviewScheduled',
      data: { reviewDueDate: '2021-05-31' },
      schemaVersion: 2,
    });
  });

  it('refuses a type that is no recommendation event where one must be', () => {
    expect(() => decoder.recommendationEvent({ type: 'PlanRegistered', data: {}, metadata: {} })).toThrow(
      UnknownEventTypeError,
    );
  });
});
