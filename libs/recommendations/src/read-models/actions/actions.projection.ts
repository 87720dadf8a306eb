import type { RecordedEvent } from '@app/event-store';
import type { Projection, ReadView, Write } from '@app/projections';
import {
  isActionEventType,
  isInstitutionEventType,
  type ActionEvent,
  type InstitutionEvent,
  type PlanRegistered,
} from '../../domain';
import {
  ACTION_STREAM_PREFIX,
  INSTITUTION_STREAM_PREFIX,
  PLAN_STREAM_PREFIX,
} from '../../commands/common/stream-names';
import { EventDecoder } from '../../events';
import { isRecommendationEvent } from '../projected-event';
import { actionViewWrites, linkWrite, unlinkWrite } from './action-rows';
import { ACTIONS_PROJECTION_TABLES, ACTION_TABLES } from './action-tables';
import { evolveActionView, type ActionView } from './action-view';
import { institutionWrites } from './institution-rows';
import { planLinkWrites } from './plan-link-rows';

const PLAN_LINK_EVENTS = new Set(['RecommendationReflectedInPlan', 'PlanLinkUpdated']);

const isActionEvent = (event: RecordedEvent): boolean =>
  event.stream.startsWith(ACTION_STREAM_PREFIX) && isActionEventType(event.type);
const isInstitutionEvent = (event: RecordedEvent): boolean =>
  event.stream.startsWith(INSTITUTION_STREAM_PREFIX) && isInstitutionEventType(event.type);
const isPlanRegistered = (event: RecordedEvent): boolean =>
  event.stream.startsWith(PLAN_STREAM_PREFIX) && event.type === 'PlanRegistered';
const isPlanLinkEvent = (event: RecordedEvent): boolean =>
  isRecommendationEvent(event) && PLAN_LINK_EVENTS.has(event.type);

function actionWrites(event: RecordedEvent, view: ReadView, decoder: EventDecoder): Write[] {
  const actionId = event.stream.slice(ACTION_STREAM_PREFIX.length);
  const row = view.get(ACTION_TABLES.actions, { action_id: actionId });
  // A revision already applied changes nothing; an implied action (revision -1) takes its stream's first event.
  if (row && Number(row.implied) === 0 && BigInt(row.revision as bigint) >= event.revision) return [];
  const decoded = decoder.decodeAs<ActionEvent>(event);
  const before = row ? (JSON.parse(String(row.view)) as ActionView) : undefined;
  const planId = decoded.type === 'ActionCreated' ? decoded.data.planId : before?.planId;
  const plan = planId === undefined ? undefined : view.get(ACTION_TABLES.plans, { plan_id: planId });
  const next = evolveActionView(before, decoded, plan?.period_end as string | undefined);
  if (next === undefined) return [];
  const links =
    decoded.type === 'RecommendationsLinked'
      ? decoded.data.recommendationIds.map((id) => linkWrite(actionId, id, event.position))
      : decoded.type === 'RecommendationsUnlinked'
        ? decoded.data.recommendationIds.map((id) => unlinkWrite(actionId, id))
        : [];
  const position = row && Number(row.implied) === 0 ? BigInt(row.position as bigint) : event.position;
  return [...actionViewWrites(next, event.revision, position), ...links];
}

function planWrites(event: RecordedEvent, decoder: EventDecoder): Write[] {
  const { planId, periodEnd } = decoder.data(event) as PlanRegistered['data'];
  return [
    {
      kind: 'upsert',
      table: ACTION_TABLES.plans,
      key: ['plan_id'],
      row: { plan_id: planId, period_end: periodEnd },
    },
  ];
}

/** Institutions, plan actions (created, or implied by plan links), their institutions, links and indicators. */
export const actionsProjection = (decoder: EventDecoder): Projection => ({
  name: 'actions',
  // 2: whether each action is published.
  version: 2,
  tables: ACTIONS_PROJECTION_TABLES,
  handles: (event) =>
    isActionEvent(event) || isInstitutionEvent(event) || isPlanRegistered(event) || isPlanLinkEvent(event),
  project: (event, view) => {
    if (isActionEvent(event)) return actionWrites(event, view, decoder);
    if (isInstitutionEvent(event))
      return institutionWrites(event, decoder.decodeAs<InstitutionEvent>(event), view);
    if (isPlanRegistered(event)) return planWrites(event, decoder);
    return planLinkWrites(event, view, decoder);
  },
});
