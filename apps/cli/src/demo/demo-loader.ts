import { NestFactory } from '@nestjs/core';
import { CommandBus, type Command } from '@nestjs/cqrs';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '@app/config';
import type { EventStore } from '@app/event-store';
import {
  MarkImplementedCommand,
  RecordMechanismAssessmentCommand,
  RecordPositionCommand,
  ReflectInPlanCommand,
  RegisterPlanCommand,
  ReportProgressCommand,
  ScheduleReviewCommand,
  WithdrawRecommendationCommand,
  ArchiveRecommendationCommand,
  planStream,
  type CommandContext,
  type CommandResult,
} from '@app/recommendations';
import type { ImportReport } from '../../../api/src/imports/import-report';
import { ImportService } from '../../../api/src/imports/import.service';
import { ImportOutsideHttpModule } from '../../../api/src/imports/import-outside-http.module';
import { DemoModule } from './demo.module';
import { followUpActions, registerInstitutions, setUpActions } from './demo-implementation';
import { DEMO_SAMPLES_DIR, recommendationFinder, type RecommendationFinder } from './demo-recommendations';
import { DEMO_FILES, DEMO_FOLLOW_UPS, DEMO_PLANS, type DemoStep } from './demo-scenario';
import { demoActor, demoContext, hasEvents, runInOrder, type StepCount } from './demo-steps';

type StepCommand = new (payload: never, context: CommandContext) => Command<CommandResult>;

const STEP_COMMANDS: Record<DemoStep['command'], [StepCommand, string]> = {
  'schedule-review': [ScheduleReviewCommand, 'scheduleReview'],
  'record-position': [RecordPositionCommand, 'recordPosition'],
  'reflect-in-plan': [ReflectInPlanCommand, 'reflectInPlan'],
  'report-progress': [ReportProgressCommand, 'reportProgress'],
  'mark-implemented': [MarkImplementedCommand, 'markImplemented'],
  withdraw: [WithdrawRecommendationCommand, 'withdraw'],
  archive: [ArchiveRecommendationCommand, 'archive'],
  'record-mechanism-assessment': [RecordMechanismAssessmentCommand, 'recordMechanismAssessment'],
};

/** The day the demo's files are imported: after the UPR session and the Country Team's suggestions. */
const IMPORT_DAY = new Date('2021-03-24T09:00:00Z');

/** The scenario's own calendar for the steps after the import: each a few days after the one before. */
export function scenarioClock(start = Date.parse('2021-03-29T09:00:00Z'), stepDays = 9): () => Date {
  let next = start;
  return () => {
    const now = new Date(next);
    next += stepDays * 86_400_000;
    return now;
  };
}

/** The admin imports, so that the sources' responses become positions, as the docs describe. */
const IMPORT_ACTOR = { id: 'demo-admin', roles: ['admin'] as const };

export type DemoImport = Pick<
  ImportReport,
  'profile' | 'rows' | 'recommendations' | 'positions' | 'errors'
> & {
  file: string;
};

export interface DemoSummary {
  plans: { registered: number; existing: number };
  institutions: { registered: number; existing: number };
  imports: DemoImport[];
  /** Commands after the import: run now, or already run by an earlier demo (their idempotency key is taken). */
  steps: StepCount;
  /** Plan actions, their indicators, links and progress reports, and a carried-over recommendation. */
  implementation: StepCount;
  /** What could not be done because someone else changed the store (a plan the README walk registered is used as is). */
  skipped: string[];
}

export type DemoOptions = { dataDir: AppConfig['dataDir']; clock?: () => Date };

/**
 * Registers the plans, the institutions and the plan's actions, imports the data files, takes the follow-ups' steps,
 * then the actions' links and progress reports: all through the command path.
 */
export async function loadDemo(store: EventStore, options: DemoOptions): Promise<DemoSummary> {
  const summary: DemoSummary = {
    plans: { registered: 0, existing: 0 },
    institutions: { registered: 0, existing: 0 },
    imports: [],
    steps: { done: 0, existing: 0 },
    implementation: { done: 0, existing: 0 },
    skipped: [],
  };
  const app = await NestFactory.createApplicationContext(
    DemoModule.forRoot(store, options.clock ?? scenarioClock()),
    { logger: false },
  );
  try {
    const bus = app.get(CommandBus);
    await registerPlans(store, bus, summary);
    summary.institutions = await registerInstitutions(store, bus);
    // The actions exist before the follow-ups reflect recommendations in them by number.
    await setUpActions(store, bus, summary.implementation, summary.skipped);
    summary.imports = await importFiles(store, options.dataDir);
    const find = await recommendationFinder(store);
    await takeSteps(store, bus, find, summary);
    await followUpActions(store, bus, find, summary.implementation, summary.skipped);
  } finally {
    await app.close();
  }
  return summary;
}

async function registerPlans(store: EventStore, bus: CommandBus, summary: DemoSummary): Promise<void> {
  for (const plan of DEMO_PLANS) {
    const { id, ...rest } = plan;
    // A registered plan is used as it stands; the demo's recommendations only need it to exist.
    if (await hasEvents(store, planStream(id))) {
      summary.plans.existing++;
      continue;
    }
    await bus.execute(
      new RegisterPlanCommand(
        { type: 'registerPlan', planId: id, ...rest },
        demoContext(demoActor('secretariat'), `demo/plan/${id}`, plan),
      ),
    );
    summary.plans.registered++;
  }
}

async function importFiles(store: EventStore, dataDir: string): Promise<DemoImport[]> {
  const app = await NestFactory.createApplicationContext(
    ImportOutsideHttpModule.forRoot({ dataDir }, store, () => IMPORT_DAY),
    { logger: false },
  );
  try {
    const imports: DemoImport[] = [];
    for (const { file, profile } of DEMO_FILES) {
      const report = await app.get(ImportService).run({
        stream: createReadStream(join(DEMO_SAMPLES_DIR, file)),
        profile,
        dryRun: false,
        actor: IMPORT_ACTOR,
        correlationId: 'demo-scenario',
      });
      const { rows, recommendations, positions, errors } = report;
      imports.push({ file, profile: report.profile, rows, recommendations, positions, errors });
    }
    return imports;
  } finally {
    await app.close();
  }
}

async function takeSteps(
  store: EventStore,
  bus: CommandBus,
  find: RecommendationFinder,
  summary: DemoSummary,
): Promise<void> {
  for (const followUp of DEMO_FOLLOW_UPS) {
    const { reference, id: recommendationId } = await find(followUp);
    if (recommendationId === undefined) {
      summary.skipped.push(`the steps of ${reference} (not imported)`);
      continue;
    }
    const commands = followUp.steps.map((step, index) => {
      const [CommandClass, type] = STEP_COMMANDS[step.command];
      return {
        key: `demo/${reference}/${index}-${step.command}`,
        actor: demoActor(step.as),
        body: step.body,
        what: `${step.command} of ${reference}`,
        command: (context: CommandContext) =>
          new CommandClass({ type, recommendationId, ...step.body } as never, context),
      };
    });
    await runInOrder(store, bus, commands, summary.steps, summary.skipped);
  }
}
