import type { Write } from '@app/projections';
import { ACTION_TABLES } from './action-tables';
import type { ActionView } from './action-view';

/** The action's row and every row derived from its view, rewritten whole: an action has few of each. */
export function actionViewWrites(view: ActionView, revision: bigint, position: bigint): Write[] {
  const { actionId } = view;
  const where = { action_id: actionId };
  const institutions = [
    ...(view.leadInstitutionId === undefined ? [] : [{ id: view.leadInstitutionId, role: 'lead' }]),
    ...view.supportingInstitutionIds.map((id) => ({ id, role: 'supporting' })),
  ];
  return [
    {
      kind: 'upsert',
      table: ACTION_TABLES.actions,
      key: ['action_id'],
      row: {
        action_id: actionId,
        plan_id: view.planId,
        number: view.number,
        title: view.title,
        lead_institution_id: view.leadInstitutionId ?? null,
        start_date: view.startDate ?? null,
        target_date: view.targetDate ?? null,
        status: view.status,
        implied: view.implied ? 1 : 0,
        revision,
        position,
        view: JSON.stringify(view),
      },
    },
    { kind: 'delete', table: ACTION_TABLES.actionInstitutions, where },
    ...institutions.map(({ id, role }): Write => ({
      kind: 'insert',
      table: ACTION_TABLES.actionInstitutions,
      row: { action_id: actionId, institution_id: id, role },
    })),
    { kind: 'delete', table: ACTION_TABLES.indicators, where },
    { kind: 'delete', table: ACTION_TABLES.indicatorDueDates, where },
    ...view.indicators.flatMap((indicator, ordinal): Write[] => [
      {
        kind: 'insert',
        table: ACTION_TABLES.indicators,
        row: {
          action_id: actionId,
          indicator_id: indicator.indicatorId,
          ordinal,
          name: indicator.name,
          unit: indicator.unit,
          baseline: indicator.baseline ?? null,
          target: indicator.target ?? null,
          frequency_months: indicator.frequencyMonths,
          schedule_start: indicator.scheduleStart,
        },
      },
      ...indicator.dueDates.map((dueDate): Write => ({
        kind: 'insert',
        table: ACTION_TABLES.indicatorDueDates,
        row: { action_id: actionId, indicator_id: indicator.indicatorId, due_date: dueDate },
      })),
    ]),
  ];
}

export const linkWrite = (actionId: string, recommendationId: string, position: bigint): Write => ({
  kind: 'upsert',
  table: ACTION_TABLES.actionLinks,
  key: ['action_id', 'recommendation_id'],
  row: { action_id: actionId, recommendation_id: recommendationId, position },
});

export const unlinkWrite = (actionId: string, recommendationId: string): Write => ({
  kind: 'delete',
  table: ACTION_TABLES.actionLinks,
  where: { action_id: actionId, recommendation_id: recommendationId },
});
