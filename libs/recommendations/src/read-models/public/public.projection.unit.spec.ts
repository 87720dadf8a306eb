import { EventLog, jsonMatching, projectionSpec } from '@app/testing';
import { RECOMMENDATION_ID, decided } from '../../domain/recommendation.fixtures';
import { EventDecoder } from '../../events';
import { publicPortalProjection } from './public.projection';

const portal = projectionSpec(publicPortalProjection(new EventDecoder()));
const at = '2025-07-01T09:00:00.000Z';
const REC = `recommendation-${RECOMMENDATION_ID}`;
const ACTION = 'action-a1';
const REPORT = 'progress-report-r1';
const published = (rationalePublic: boolean) => ({
  type: 'RecommendationPublished',
  data: { rationalePublic },
});
const unpublished = { type: 'RecommendationUnpublished', data: {} };
const actionCreated = {
  type: 'ActionCreated',
  data: {
    actionId: 'a1',
    planId: 'NHRAP-2021-2025',
    number: '2.1.3',
    title: 'Draft amendments',
    leadInstitutionId: 'ministry-of-justice',
    supportingInstitutionIds: ['ombudsperson'],
  },
};
const reportSubmitted = {
  type: 'ProgressReportSubmitted',
  data: {
    reportId: 'r1',
    actionId: 'a1',
    institutionId: 'ministry-of-justice',
    periodStart: '2025-01-01',
    periodEnd: '2025-06-30',
    indicatorValues: [{ indicatorId: 'i1', value: 3, note: 'internal note' }],
    narrative: 'Three drafts reviewed.',
    evidence: [],
  },
};

function reviewed(log: EventLog) {
  return [decided.propose, decided.scheduleReview, decided.recordPosition].map((event) =>
    log.record(REC, event, { at }),
  );
}

describe('the public portal projection', () => {
  it('shows nothing of a recommendation that was never published', () => {
    const log = new EventLog();
    portal
      .given(reviewed(log))
      .when(log.record(REC, decided.addTranslation, { at }))
      .then({
        public_recommendations: [],
        public_recommendation_tags: [],
      });
  });

  it('shows a published recommendation with its public fields, and its rationale only when it is public', () => {
    const log = new EventLog();
    const row = {
      reference: 'UNCT-2021-01',
      status: 'reviewed',
      position: 'supported',
      rationale: null,
      mechanism: 'unct',
      themes: jsonMatching(['Data generation', 'Statistics']),
    };
    portal
      .given(reviewed(log))
      .when(log.record(REC, published(false), { at }))
      .then({
        public_recommendations: [expect.objectContaining(row)],
        public_recommendation_tags: [
          { kind: 'sdg', value: '16.10', id: RECOMMENDATION_ID },
          { kind: 'sdg', value: '17.18', id: RECOMMENDATION_ID },
          { kind: 'theme', value: 'Data generation', id: RECOMMENDATION_ID },
          { kind: 'theme', value: 'Statistics', id: RECOMMENDATION_ID },
        ],
      });
    const again = new EventLog();
    portal
      .given(reviewed(again))
      .when(again.record(REC, published(true), { at }))
      .then({
        public_recommendations: [
          expect.objectContaining({
            rationale: 'Consistent with the national statistics development strategy.',
          }),
        ],
      });
  });

  it('follows content events while published and removes the row and tags when unpublished', () => {
    const log = new EventLog();
    const given = [...reviewed(log), log.record(REC, published(false), { at })];
    portal
      .given(given)
      .when(log.record(REC, decided.reflectInPlan, { at }))
      .then({
        public_recommendations: [expect.objectContaining({ status: 'planned', plan_id: 'NHRAP-2021-2025' })],
      });
    portal
      .given(given)
      .when(log.record(REC, unpublished, { at }))
      .then({
        public_recommendations: [],
        public_recommendation_tags: [],
      });
  });

  it('rebuilds a row published later from what it staged meanwhile', () => {
    const log = new EventLog();
    const given = [...reviewed(log), log.record(REC, decided.addTranslation, { at })];
    portal
      .given(given)
      .when(log.record(REC, published(false), { at }))
      .then({
        public_recommendations: [
          expect.objectContaining({ translations: jsonMatching({ ru: decided.addTranslation.data.text }) }),
        ],
      });
  });

  it("shows a published action's public fields and links, never its indicators' schedules", () => {
    const log = new EventLog();
    const given = [
      log.record(ACTION, actionCreated, { at }),
      log.record(
        ACTION,
        { type: 'RecommendationsLinked', data: { recommendationIds: [RECOMMENDATION_ID] } },
        { at },
      ),
    ];
    portal.given(given).when().then({ public_actions: [], public_action_links: [] });
    portal
      .given(given)
      .when(log.record(ACTION, { type: 'ActionPublished', data: {} }, { at }))
      .then({
        public_actions: [
          expect.objectContaining({ plan_id: 'NHRAP-2021-2025', number: '2.1.3', status: 'planned' }),
        ],
        public_action_links: [{ action_id: 'a1', recommendation_id: RECOMMENDATION_ID }],
      });
    const published = [...given, log.record(ACTION, { type: 'ActionPublished', data: {} }, { at })];
    portal
      .given(published)
      .when(log.record(ACTION, { type: 'ActionUnpublished', data: {} }, { at }))
      .then({
        public_actions: [],
        public_action_links: [],
      });
  });

  it('shows a progress report only once validated and published, without its evidence or notes', () => {
    const log = new EventLog();
    const submittedOnly = [log.record(REPORT, reportSubmitted, { at })];
    portal
      .given(submittedOnly)
      .when(log.record(REPORT, { type: 'ProgressReportPublished', data: {} }, { at }))
      .then({ public_reports: [] });
    const later = new EventLog();
    const validated = [
      later.record(REPORT, reportSubmitted, { at }),
      later.record(REPORT, { type: 'ProgressReportValidated', data: { comment: 'fine' } }, { at }),
    ];
    const publish = later.record(REPORT, { type: 'ProgressReportPublished', data: {} }, { at });
    portal
      .given(validated)
      .when(publish)
      .then({
        public_reports: [
          {
            report_id: 'r1',
            action_id: 'a1',
            period_start: '2025-01-01',
            period_end: '2025-06-30',
            narrative: 'Three drafts reviewed.',
            indicator_values: JSON.stringify([{ indicatorId: 'i1', value: 3 }]),
          },
        ],
      });
    portal
      .given([...validated, publish])
      .when(later.record(REPORT, { type: 'ProgressReportUnpublished', data: {} }, { at }))
      .then({ public_reports: [] });
  });
});
