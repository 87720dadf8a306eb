import { NestFactory } from '@nestjs/core';
import { CommandBus, type Command } from '@nestjs/cqrs';
import { createHash } from 'node:crypto';
import { canonicalJson, type EventStore } from '@app/event-store';
import {
  AmendRecommendationCommand,
  ArchiveRecommendationCommand,
  MarkImplementedCommand,
  ProposeRecommendationCommand,
  RecordPositionCommand,
  ReflectInPlanCommand,
  RegisterPlanCommand,
  ReopenReviewCommand,
  ReportProgressCommand,
  ScheduleReviewCommand,
  WithdrawRecommendationCommand,
  deterministicUuid,
  planStream,
  recommendationStream,
  referenceStream,
  type CommandContext,
  type CommandResult,
} from '@app/recommendations';
import { DemoModule } from './demo.module';
import { DEMO_PLANS, DEMO_RECOMMENDATIONS, type DemoRole, type DemoStep } from './demo-scenario';

type StepCommand = new (payload: never, context: CommandContext) => Command<CommandResult>;

const STEP_COMMANDS: Record<DemoStep['command'], [StepCommand, string]> = {
  amend: [AmendRecommendationCommand, 'amend'],
  'schedule-review': [ScheduleReviewCommand, 'scheduleReview'],
  'record-position': [RecordPositionCommand, 'recordPosition'],
  'reopen-review': [ReopenReviewCommand, 'reopenReview'],
  'reflect-in-plan': [ReflectInPlanCommand, 'reflectInPlan'],
  'report-progress': [ReportProgressCommand, 'reportProgress'],
  'mark-implemented': [MarkImplementedCommand, 'markImplemented'],
  withdraw: [WithdrawRecommendationCommand, 'withdraw'],
  archive: [ArchiveRecommendationCommand, 'archive'],
};

/** The scenario's own calendar: each step a few days after the one before, from March 2021. */
export function scenarioClock(start = Date.parse('2021-03-24T09:00:00Z'), stepDays = 9): () => Date {
  let next = start;
  return () => {
    const now = new Date(next);
    next += stepDays * 86_400_000;
    return now;
  };
}

/** Keys derived from the scenario make a second run append nothing. */
function context(role: DemoRole, key: string, body: object): CommandContext {
  return {
    actor: { id: `demo-${role}`, role },
    correlationId: 'demo-scenario',
    causationId: key,
    commandId: key,
    idempotencyKey: key,
    requestHash: createHash('sha256').update(canonicalJson(body)).digest('hex'),
  };
}

export interface DemoSummary {
  plans: number;
  recommendations: number;
  commands: number;
  /** What was already in the store, put there by someone else (the README's walk registers a demo plan). */
  skipped: string[];
}

const hasEvents = async (store: EventStore, stream: string): Promise<boolean> =>
  (await store.readStream(stream, { maxCount: 1 })).length > 0;

/** The reference is taken, and not by this demo's own recommendation: proposing it again would be refused. */
const referenceTakenByOthers = async (store: EventStore, reference: string, id: string): Promise<boolean> =>
  !(await hasEvents(store, recommendationStream(id))) && (await hasEvents(store, referenceStream(reference)));

/** Loads the demo scenario through the command bus into `store`. */
export async function loadDemo(store: EventStore, clock = scenarioClock()): Promise<DemoSummary> {
  const app = await NestFactory.createApplicationContext(DemoModule.forRoot(store, clock), { logger: false });
  const bus = app.get(CommandBus);
  let commands = 0;
  const skipped: string[] = [];
  for (const plan of DEMO_PLANS) {
    const { id, ...rest } = plan;
    // A registered plan is used as it stands; the demo's recommendations only need it to exist.
    if (await hasEvents(store, planStream(id))) {
      skipped.push(`plan ${id} (already registered)`);
      continue;
    }
    await bus.execute(
      new RegisterPlanCommand(
        { type: 'registerPlan', planId: id, ...rest },
        context('secretariat', `demo/plan/${id}`, plan),
      ),
    );
    commands++;
  }
  for (const { proposal, steps } of DEMO_RECOMMENDATIONS) {
    const proposeKey = `demo/${proposal.reference}/propose`;
    const recommendationId = deterministicUuid('demo-secretariat', proposeKey, 'propose');
    if (await referenceTakenByOthers(store, proposal.reference, recommendationId)) {
      skipped.push(`recommendation ${proposal.reference} (reference already used)`);
      continue;
    }
    const payload = {
      type: 'propose',
      recommendationId,
      themes: [],
      sdgTargets: [],
      affectedGroups: [],
      ...proposal,
    } as never;
    await bus.execute(
      new ProposeRecommendationCommand(payload, context('secretariat', proposeKey, proposal)),
    );
    commands++;
    for (const [index, step] of steps.entries()) {
      const [CommandClass, type] = STEP_COMMANDS[step.command];
      const key = `demo/${proposal.reference}/${index}-${step.command}`;
      await bus.execute(
        new CommandClass({ type, recommendationId, ...step.body } as never, context(step.as, key, step.body)),
      );
      commands++;
    }
  }
  await app.close();
  return { plans: DEMO_PLANS.length, recommendations: DEMO_RECOMMENDATIONS.length, commands, skipped };
}
