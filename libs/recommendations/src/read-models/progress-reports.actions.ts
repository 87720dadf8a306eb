import type { Write } from '@app/projections';
import { ACTION_LIFECYCLE, type ActionDetails, type ActionEvent } from '../domain';
import { REPORT_TABLES } from './progress-reports.tables';

/** The membership rows of one role: a change of lead or supporters replaces that role's rows. */
function members(actionId: string, role: 'lead' | 'supporting', institutionIds: readonly string[]): Write[] {
  return [
    { kind: 'delete', table: REPORT_TABLES.members, where: { action_id: actionId, role } },
    ...institutionIds.map((institutionId): Write => ({
      kind: 'insert',
      table: REPORT_TABLES.members,
      row: { action_id: actionId, institution_id: institutionId, role },
    })),
  ];
}

function detailRows(actionId: string, details: Partial<ActionDetails>): Write[] {
  const { leadInstitutionId, supportingInstitutionIds, title, targetDate } = details;
  const set = {
    ...(title === undefined ? {} : { title }),
    ...(targetDate === undefined ? {} : { target_date: targetDate }),
  };
  return [
    ...(Object.keys(set).length === 0
      ? []
      : [{ kind: 'update', table: REPORT_TABLES.actions, where: { action_id: actionId }, set } as const]),
    ...(leadInstitutionId === undefined ? [] : members(actionId, 'lead', [leadInstitutionId])),
    ...(supportingInstitutionIds === undefined
      ? []
      : members(actionId, 'supporting', supportingInstitutionIds)),
  ];
}

const statusRow = (actionId: string, status: string): Write[] => [
  { kind: 'update', table: REPORT_TABLES.actions, where: { action_id: actionId }, set: { status } },
];

/** What reports need of an action's events: who may report on it; links and indicators are the actions model's. */
export function actionRows(actionId: string, event: ActionEvent): Write[] {
  switch (event.type) {
    case 'ActionCreated': {
      const { planId, number, title } = event.data;
      const row = {
        action_id: actionId,
        plan_id: planId,
        number,
        title,
        status: ACTION_LIFECYCLE.createAction.to,
      };
      return [
        {
          kind: 'upsert',
          table: REPORT_TABLES.actions,
          key: ['action_id'],
          row: { ...row, target_date: null },
        },
        ...detailRows(actionId, event.data),
      ];
    }
    case 'ActionUpdated':
      return detailRows(actionId, event.data);
    case 'ActionStarted':
      return statusRow(actionId, ACTION_LIFECYCLE.startAction.to);
    case 'ActionDelayed':
      return statusRow(actionId, ACTION_LIFECYCLE.delayAction.to);
    case 'ActionResumed':
      return statusRow(actionId, ACTION_LIFECYCLE.resumeAction.to);
    case 'ActionCompleted':
      return statusRow(actionId, ACTION_LIFECYCLE.completeAction.to);
    case 'ActionCancelled':
      return statusRow(actionId, ACTION_LIFECYCLE.cancelAction.to);
    // Due dates come from the actions read model, which regenerates them when a schedule changes; the portal keeps
    // its own projection of what is published.
    case 'IndicatorDefined':
    case 'IndicatorScheduleChanged':
    case 'RecommendationsLinked':
    case 'RecommendationsUnlinked':
    case 'ActionPublished':
    case 'ActionUnpublished':
      return [];
  }
}
