import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@app/config';
import type { ReadModelDatabase } from '@app/projections';
import { PROGRESS_REPORT_LIFECYCLE } from '../../domain';
import { ACTION_TABLES, PROJECTION_NAMES, REPORT_TABLES } from '../../read-models';
import { REPORT_SELECT, ReadModels, institutionDueState, isoToday, reportAnswers } from '../common';
import type { Inbox, InboxAction, InboxIndicator } from './inbox.answer';
import { InboxQuery } from './inbox.query';

type ActionRow = {
  action_id: string;
  plan_id: string;
  number: string;
  title: string;
  status: string;
  role: 'lead' | 'supporting';
  target_date: string | null;
};

function indicatorsOf(db: ReadModelDatabase, actionId: string): InboxIndicator[] {
  return db
    .prepare<[string], { indicator_id: string; name: string; unit: string; target: number | null }>(
      `SELECT indicator_id, name, unit, target FROM ${ACTION_TABLES.indicators} WHERE action_id = ? ORDER BY ordinal`,
    )
    .all(actionId)
    .map((row) => ({ indicatorId: row.indicator_id, name: row.name, unit: row.unit, target: row.target }));
}

function readInbox(db: ReadModelDatabase, institutionId: string, today: string): Inbox {
  const actions = db
    .prepare<[string], ActionRow>(
      `SELECT a.*, m.role FROM ${REPORT_TABLES.members} m JOIN ${REPORT_TABLES.actions} a USING (action_id)
       WHERE m.institution_id = ? ORDER BY a.plan_id, a.number, m.role`,
    )
    .all(institutionId)
    // An institution both leading and supporting an action sees it once, as its lead.
    .filter((row, index, rows) => rows.findIndex((other) => other.action_id === row.action_id) === index);
  const reports = reportAnswers(
    db,
    db
      .prepare(
        `${REPORT_SELECT} WHERE r.institution_id = ? ORDER BY r.period_end DESC, r.first_submitted_at DESC`,
      )
      .all(institutionId) as never[],
  );
  const inboxActions: InboxAction[] = actions.map((action) => {
    const own = reports.filter((report) => report.actionId === action.action_id);
    return {
      actionId: action.action_id,
      planId: action.plan_id,
      number: action.number,
      title: action.title,
      status: action.status,
      role: action.role,
      targetDate: action.target_date,
      indicators: indicatorsOf(db, action.action_id),
      ...institutionDueState(db, institutionId, action.action_id, today),
      reports: own,
    };
  });
  const returned = PROGRESS_REPORT_LIFECYCLE.returnProgressReport.to;
  return {
    institutionId,
    needsResubmission: reports
      .filter((report) => report.status === returned)
      .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt)),
    actions: [
      ...inboxActions.filter((action) => action.overdueDueDates.length > 0),
      ...inboxActions.filter((action) => action.overdueDueDates.length === 0),
    ],
  };
}

/** A focal point's inbox: their institution's actions, its returned reports first, and due or overdue periods. */
@QueryHandler(InboxQuery)
export class InboxHandler implements IQueryHandler<InboxQuery> {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ institutionId, consistentWith }: InboxQuery) {
    const models = [PROJECTION_NAMES.progressReports, PROJECTION_NAMES.actions];
    return this.readModels.answer(models, consistentWith, () =>
      readInbox(this.readModels.db, institutionId, isoToday(this.clock())),
    );
  }
}
