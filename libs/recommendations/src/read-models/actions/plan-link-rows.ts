import type { RecordedEvent } from '@app/event-store';
import type { ReadView, Write } from '@app/projections';
import type { PlanLink } from '../../domain';
import { actionIdOf } from '../../commands/common/stream-names';
import type { EventDecoder } from '../../events';
import { recommendationIdOf } from '../projected-event';
import { actionViewWrites, linkWrite, unlinkWrite } from './action-rows';
import { ACTION_TABLES } from './action-tables';
import { impliedView, type ActionView } from './action-view';

/** The action a link event names: its actionId, or (a PlanLinkUpdated before version 2) the one its actionRef implies. */
function actionIdNamed(
  link: Partial<PlanLink>,
  planId: string,
  before: string | undefined,
): string | undefined {
  if (link.actionId !== undefined) return link.actionId;
  if (link.actionRef !== undefined && link.actionRef.trim() !== '') return actionIdOf(planId, link.actionRef);
  return before;
}

const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];

/**
 * A recommendation's plan link links it to its action; an action known only from links (version 1) is shown with
 * its actionRef as number and title and the free-text institutions the links name.
 */
export function planLinkWrites(event: RecordedEvent, view: ReadView, decoder: EventDecoder): Write[] {
  const recommendationId = recommendationIdOf(event);
  const link = decoder.data(event) as Partial<PlanLink>;
  const stored = view.get(ACTION_TABLES.planLinks, { recommendation_id: recommendationId });
  const planId = event.type === 'RecommendationReflectedInPlan' ? link.planId : (stored?.plan_id as string);
  if (planId === undefined) return [];
  const before = (stored?.action_id as string | null | undefined) ?? undefined;
  const actionId = actionIdNamed(link, planId, event.type === 'PlanLinkUpdated' ? before : undefined);
  const writes: Write[] = [
    {
      kind: 'upsert',
      table: ACTION_TABLES.planLinks,
      key: ['recommendation_id'],
      row: { recommendation_id: recommendationId, plan_id: planId, action_id: actionId ?? null },
    },
  ];
  if (before !== undefined && before !== actionId) writes.push(unlinkWrite(before, recommendationId));
  if (actionId === undefined) return writes;
  const row = view.get(ACTION_TABLES.actions, { action_id: actionId });
  const current: ActionView | undefined = row ? (JSON.parse(String(row.view)) as ActionView) : undefined;
  const base = current ?? impliedView(actionId, planId, link.actionRef ?? actionId);
  const next = {
    ...base,
    responsibleInstitutions: union(base.responsibleInstitutions, link.responsibleInstitutions ?? []),
  };
  const revision = row ? BigInt(row.revision as bigint) : -1n;
  const position = row ? BigInt(row.position as bigint) : event.position;
  return [
    ...writes,
    ...actionViewWrites(next, revision, position),
    linkWrite(actionId, recommendationId, event.position),
  ];
}
