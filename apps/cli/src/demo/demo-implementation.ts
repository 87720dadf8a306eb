import type { CommandBus } from '@nestjs/cqrs';
import type { EventStore } from '@app/event-store';
import {
  ChangeActionCommand,
  CreateActionCommand,
  InstitutionCommandMessage,
  LinkRecommendationCommand,
  ReturnProgressReportCommand,
  SubmitProgressReportCommand,
  ValidateProgressReportCommand,
  actionIdOf,
  deterministicUuid,
  institutionStream,
  type ActionChange,
} from '@app/recommendations';
import {
  DEMO_ACTION_PLAN,
  DEMO_ACTIONS,
  DEMO_CARRY_OVER,
  type DemoAction,
  type DemoReport,
} from './demo-actions';
import { DEMO_INSTITUTIONS } from './demo-institutions';
import type { RecommendationFinder } from './demo-recommendations';
import {
  demoActor,
  demoContext,
  demoFocalPoint,
  hasEvents,
  runInOrder,
  type DemoCommand,
  type StepCount,
} from './demo-steps';

const SECRETARIAT = demoActor('secretariat');

/** Registers the institutions the actions name; one already in the registry (the README walk's) is kept as it is. */
export async function registerInstitutions(
  store: EventStore,
  bus: CommandBus,
): Promise<{ registered: number; existing: number }> {
  const count = { registered: 0, existing: 0 };
  for (const institution of DEMO_INSTITUTIONS) {
    if (await hasEvents(store, institutionStream(institution.institutionId))) {
      count.existing++;
      continue;
    }
    const context = demoContext(SECRETARIAT, `demo/institution/${institution.institutionId}`, institution);
    await bus.execute(
      new InstitutionCommandMessage({ type: 'registerInstitution', ...institution }, context),
    );
    count.registered++;
  }
  return count;
}

const actionIdOfDemo = (action: DemoAction): string => actionIdOf(DEMO_ACTION_PLAN, action.number);

/** A command on an existing action, run by the secretariat. */
function change(action: DemoAction, step: string, payload: ActionChange): DemoCommand {
  return {
    key: `demo/action/${action.number}/${step}`,
    actor: SECRETARIAT,
    body: payload,
    what: `${step} of action ${action.number}`,
    command: (context) => new ChangeActionCommand(payload, context),
  };
}

/** Before the import: the action, its indicators, and work started or delayed. */
function setUp(action: DemoAction): DemoCommand[] {
  const { number, indicators, links: _links, status, reports: _reports, ...details } = action;
  const actionId = actionIdOfDemo(action);
  const create = { type: 'createAction' as const, planId: DEMO_ACTION_PLAN, number, ...details };
  const started = status !== 'planned';
  return [
    {
      key: `demo/action/${number}/create`,
      actor: SECRETARIAT,
      body: create,
      what: `action ${number}`,
      command: (context) => new CreateActionCommand(create, context),
    },
    ...indicators.map((indicator) =>
      change(action, `indicator/${indicator.indicatorId}`, {
        type: 'defineIndicator',
        actionId,
        ...indicator,
      }),
    ),
    ...(started ? [change(action, 'start', { type: 'startAction', actionId })] : []),
    ...(typeof status === 'object' && 'delayed' in status
      ? [change(action, 'delay', { type: 'delayAction', actionId, reason: status.delayed })]
      : []),
  ];
}

/** A focal point's report, then the secretariat's answer to it. */
function reporting(action: DemoAction, report: DemoReport): DemoCommand[] {
  const { name, institutionId, outcome, ...content } = report;
  const reportId = deterministicUuid('demo-progress-report', name);
  const submission = { reportId, actionId: actionIdOfDemo(action), ...content, evidence: [] };
  const key = `demo/report/${name}`;
  const submitted: DemoCommand = {
    key: `${key}/submit`,
    actor: demoFocalPoint(institutionId),
    body: submission,
    what: `report ${name}`,
    command: (context) => new SubmitProgressReportCommand(submission, { institutionId }, context),
  };
  if (outcome === undefined) return [submitted];
  const answer =
    'validate' in outcome
      ? { step: 'validate', payload: { reportId, comment: outcome.validate } }
      : { step: 'return', payload: { reportId, comment: outcome.return } };
  return [
    submitted,
    {
      key: `${key}/${answer.step}`,
      actor: SECRETARIAT,
      body: answer.payload,
      what: `${answer.step} of report ${name}`,
      command: (context) =>
        'validate' in outcome
          ? new ValidateProgressReportCommand(answer.payload, context)
          : new ReturnProgressReportCommand(answer.payload, context),
    },
  ];
}

/** After the follow-ups: the action's own links, its reports, and its completion last (a closed action takes none). */
function followUp(action: DemoAction, recommendationIds: string[]): DemoCommand[] {
  const actionId = actionIdOfDemo(action);
  const { status } = action;
  return [
    ...(recommendationIds.length === 0
      ? []
      : [change(action, 'links', { type: 'linkRecommendations', actionId, recommendationIds })]),
    ...action.reports.flatMap((report) => reporting(action, report)),
    ...(typeof status === 'object' && 'completed' in status
      ? [change(action, 'complete', { type: 'completeAction', actionId, note: status.completed })]
      : []),
  ];
}

/** Creates the plan's actions before the follow-ups reflect recommendations in them by number. */
export async function setUpActions(
  store: EventStore,
  bus: CommandBus,
  count: StepCount,
  skipped: string[],
): Promise<void> {
  for (const action of DEMO_ACTIONS) await runInOrder(store, bus, setUp(action), count, skipped);
}

/** Links the actions to the imported recommendations, reports on them, and carries a recommendation over. */
export async function followUpActions(
  store: EventStore,
  bus: CommandBus,
  find: RecommendationFinder,
  count: StepCount,
  skipped: string[],
): Promise<void> {
  for (const action of DEMO_ACTIONS) {
    const found = await Promise.all(action.links.map(find));
    const missing = found.filter(({ id }) => id === undefined).map(({ reference }) => reference);
    if (missing.length > 0) {
      skipped.push(`the follow-up of action ${action.number} (${missing.join(', ')} not imported)`);
      continue;
    }
    const ids = found.map(({ id }) => id ?? '');
    await runInOrder(store, bus, followUp(action, ids), count, skipped);
  }
  const [newer, older] = await Promise.all([find(DEMO_CARRY_OVER.newer), find(DEMO_CARRY_OVER.older)]);
  if (newer.id === undefined || older.id === undefined) {
    skipped.push(`the carry-over of ${older.reference} (not imported)`);
    return;
  }
  const link = {
    type: 'linkRecommendation' as const,
    recommendationId: newer.id,
    kind: 'carried_over_from' as const,
    otherRecommendationId: older.id,
  };
  const carryOver: DemoCommand = {
    key: 'demo/carry-over',
    actor: SECRETARIAT,
    body: link,
    what: `the carry-over of ${older.reference}`,
    command: (context) => new LinkRecommendationCommand(link, context),
  };
  await runInOrder(store, bus, [carryOver], count, skipped);
}
