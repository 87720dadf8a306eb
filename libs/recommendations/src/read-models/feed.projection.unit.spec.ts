import { EventLog, projectionSpec } from '@app/testing';
import { LIFECYCLE_ROWS, RECOMMENDATION_EVENT_TYPES, SAME_STATUS } from '../domain';
import { RECOMMENDATION_ID, decided } from '../domain/recommendation.fixtures';
import { feedProjection, STATUS_AFTER_EVENT } from './feed.projection';

const feed = projectionSpec(feedProjection);
const STREAM = `recommendation-${RECOMMENDATION_ID}`;
const at = (n: number): string => new Date(Date.parse('2021-03-24T09:00:00Z') + n * 60_000).toISOString();

describe('feed projection', () => {
  it('knows the status after every recommendation event type', () => {
    expect(Object.keys(STATUS_AFTER_EVENT).sort()).toEqual([...RECOMMENDATION_EVENT_TYPES].sort());
  });

  it.each(LIFECYCLE_ROWS.map((row) => [row.eventType, row.command, row.to] as const))(
    '%s: one row with its position, recommendation, type, the status after it, and the event time',
    (type, command, to) => {
      const log = new EventLog();
      const earlier = log.record(STREAM, decided.propose, { at: at(0) });
      const event = log.record(STREAM, decided[command], { at: at(1) });
      const rows = [
        {
          position: 1,
          recommendation_id: RECOMMENDATION_ID,
          type: 'RecommendationProposed',
          status: 'proposed',
          at: at(0),
        },
        {
          position: 2,
          recommendation_id: RECOMMENDATION_ID,
          type,
          status: to === SAME_STATUS ? 'proposed' : to,
          at: at(1),
        },
      ];
      feed.given([earlier]).when(event).then({ feed: rows });
    },
  );

  it('keeps the status a correction or a translation found', () => {
    const log = new EventLog();
    const history = [decided.propose, decided.scheduleReview, decided.recordPosition];
    const earlier = history.map((event, n) => log.record(STREAM, event, { at: at(n) }));
    const corrected = log.record(STREAM, decided.correct, { at: at(3) });
    const translated = log.record(STREAM, decided.addTranslation, { at: at(4) });
    feed
      .given(earlier)
      .when(corrected, translated)
      .then({
        feed: [
          ...['proposed', 'under_review', 'reviewed'].map((status, n) =>
            expect.objectContaining({ status, position: n + 1 }),
          ),
          expect.objectContaining({ type: 'RecommendationCorrected', status: 'reviewed' }),
          expect.objectContaining({ type: 'TranslationAdded', status: 'reviewed' }),
        ],
      });
  });

  it('leaves out plans, reference claims and idempotency keys', () => {
    const log = new EventLog();
    const events = [
      log.record('plan-NHRAP', { type: 'PlanRegistered', data: {} }, { at: at(0) }),
      log.record('reference-1', { type: 'ReferenceReserved', data: {} }, { at: at(1) }),
      log.record('idempotency-1', { type: 'IdempotencyKeyUsed', data: {} }, { at: at(2) }),
    ];
    feed
      .given([])
      .when(...events)
      .then({ feed: [] });
  });
});
