import { schemaVersionOf } from '../commands/common/event-schema-versions';
import { PLAN_EVENT_TYPES, RECOMMENDATION_EVENT_TYPES } from '../domain';
import { EVENT_UPCASTERS, productionUpcasters } from './event-upcasters';
import { UpcasterRegistry, type Upcaster } from './upcaster.registry';

/** A made-up history of one payload: v1 named the deadline `dueDate`, v2 renamed it, v3 added `meetingRef`. */
const renameDueDate: Upcaster = {
  eventType: 'ReviewScheduled',
  fromVersion: 1,
  upcast: ({ dueDate, ...rest }) => ({ ...rest, reviewDueDate: dueDate }),
};
const addMeetingRef: Upcaster = {
  eventType: 'ReviewScheduled',
  fromVersion: 2,
  upcast: (data) => ({ meetingRef: 'not recorded', ...data }),
};

describe('upcaster registry', () => {
  const registry = new UpcasterRegistry([addMeetingRef, renameDueDate]);

  it('runs a version 1 payload through every later version, in order', () => {
    const stored = {
      type: 'ReviewScheduled',
      data: { dueDate: '2021-05-31' },
      metadata: { schemaVersion: 1 },
    };
    expect(registry.upcast(stored)).toEqual({
      type: 'ReviewScheduled',
      data: { reviewDueDate: '2021-05-31', meetingRef: 'not recorded' },
      schemaVersion: 3,
    });
  });

  it('starts from the stored version, and treats a missing one as version 1', () => {
    const v2 = {
      type: 'ReviewScheduled',
      data: { reviewDueDate: '2021-05-31' },
      metadata: { schemaVersion: 2 },
    };
    expect(registry.upcast(v2).data).toEqual({ reviewDueDate: '2021-05-31', meetingRef: 'not recorded' });
    const unversioned = { type: 'ReviewScheduled', data: { dueDate: '2021-05-31' }, metadata: {} };
    expect(registry.upcast(unversioned).schemaVersion).toBe(3);
  });

  it('leaves the stored payload untouched, and passes through what has no upcaster', () => {
    const data = { dueDate: '2021-05-31' };
    registry.upcast({ type: 'ReviewScheduled', data, metadata: { schemaVersion: 1 } });
    expect(data).toEqual({ dueDate: '2021-05-31' });
    const current = { type: 'PositionRecorded', data: { position: 'noted' }, metadata: { schemaVersion: 1 } };
    expect(registry.upcast(current)).toEqual({ type: current.type, data: current.data, schemaVersion: 1 });
  });

  it('refuses two upcasters for the same step', () => {
    expect(() => new UpcasterRegistry([renameDueDate, { ...renameDueDate }])).toThrow(/Two upcasters/);
  });

  it.each([...RECOMMENDATION_EVENT_TYPES, ...PLAN_EVENT_TYPES])(
    'brings a stored %s of any older version up to the version written today',
    (type) => {
      const production = productionUpcasters();
      for (let version = 1; version <= schemaVersionOf(type); version++) {
        expect(production.versionAfterChain(type, version)).toBe(schemaVersionOf(type));
      }
    },
  );

  it('has no upcaster that would touch a payload written today', () => {
    for (const upcaster of EVENT_UPCASTERS) {
      expect(upcaster.fromVersion).toBeLessThan(schemaVersionOf(upcaster.eventType));
    }
  });
});
