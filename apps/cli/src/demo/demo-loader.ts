import { NestFactory } from '@nestjs/core';
import { CommandBus, type Command } from '@nestjs/cqrs';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '@app/config';
import { AppError } from '@app/errors';
import { canonicalJson, type EventStore } from '@app/event-store';
import { readImportFile } from '@app/imports';
import {
  MarkImplementedCommand,
  RecordPositionCommand,
  ReflectInPlanCommand,
  RegisterPlanCommand,
  ReportProgressCommand,
  ScheduleReviewCommand,
  WithdrawRecommendationCommand,
  ArchiveRecommendationCommand,
  candidateReference,
  idempotencyStream,
  planStream,
  referenceStream,
  type CommandContext,
  type CommandResult,
} from '@app/recommendations';
import type { ImportReport } from '../../../api/src/imports/import-report';
import { ImportService } from '../../../api/src/imports/import.service';
import { ImportOutsideHttpModule } from '../../../api/src/imports/import-outside-http.module';
import { DemoModule } from './demo.module';
import {
  DEMO_FILES,
  DEMO_FOLLOW_UPS,
  DEMO_PLANS,
  type DemoFile,
  type DemoRole,
  type DemoStep,
} from './demo-scenario';

type StepCommand = new (payload: never, context: CommandContext) => Command<CommandResult>;

const STEP_COMMANDS: Record<DemoStep['command'], [StepCommand, string]> = {
  'schedule-review': [ScheduleReviewCommand, 'scheduleReview'],
  'record-position': [RecordPositionCommand, 'recordPosition'],
  'reflect-in-plan': [ReflectInPlanCommand, 'reflectInPlan'],
  'report-progress': [ReportProgressCommand, 'reportProgress'],
  'mark-implemented': [MarkImplementedCommand, 'markImplemented'],
  withdraw: [WithdrawRecommendationCommand, 'withdraw'],
  archive: [ArchiveRecommendationCommand, 'archive'],
};

/** The data files sit beside the sources; the built loader (dist/apps/cli/src/demo) reads them there too. */
export const DEMO_SAMPLES_DIR = existsSync(join(__dirname, 'samples'))
  ? join(__dirname, 'samples')
  : join(__dirname, '../../../../../apps/cli/src/demo/samples');

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

export type DemoImport = Pick<
  ImportReport,
  'profile' | 'rows' | 'recommendations' | 'positions' | 'errors'
> & {
  file: string;
};

export interface DemoSummary {
  plans: { registered: number; existing: number };
  imports: DemoImport[];
  /** Commands after the import: run now, or already run by an earlier demo (their idempotency key is taken). */
  steps: { done: number; existing: number };
  /** What could not be done because someone else changed the store (a plan the README walk registered is used as is). */
  skipped: string[];
}

const hasEvents = async (store: EventStore, stream: string): Promise<boolean> =>
  (await store.readStream(stream, { maxCount: 1 })).length > 0;

export type DemoOptions = { dataDir: AppConfig['dataDir']; clock?: () => Date };

/** Registers the plans, imports the data files and takes the follow-ups' steps, all through the command path. */
export async function loadDemo(store: EventStore, options: DemoOptions): Promise<DemoSummary> {
  const summary: DemoSummary = {
    plans: { registered: 0, existing: 0 },
    imports: [],
    steps: { done: 0, existing: 0 },
    skipped: [],
  };
  const app = await NestFactory.createApplicationContext(
    DemoModule.forRoot(store, options.clock ?? scenarioClock()),
    { logger: false },
  );
  try {
    const bus = app.get(CommandBus);
    await registerPlans(store, bus, summary);
    summary.imports = await importFiles(store, options.dataDir);
    await takeSteps(store, bus, summary);
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
        context('secretariat', `demo/plan/${id}`, plan),
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

/** The reference each recommendation of a data file has once imported, by its text. */
async function referencesOf({ file, profile }: DemoFile): Promise<Map<string, string>> {
  const { candidates } = await readImportFile(createReadStream(join(DEMO_SAMPLES_DIR, file)), { profile });
  return new Map(candidates.map((candidate) => [candidate.text, candidateReference(candidate)]));
}

async function takeSteps(store: EventStore, bus: CommandBus, summary: DemoSummary): Promise<void> {
  const references = new Map<string, Map<string, string>>();
  for (const file of DEMO_FILES) references.set(file.file, await referencesOf(file));
  for (const { file, textStart, steps } of DEMO_FOLLOW_UPS) {
    const byText = [...(references.get(file) ?? new Map<string, string>())];
    const reference = byText.find(([text]) => text.startsWith(textStart))?.[1];
    // The scenario names texts of its own files: a miss is a mistake in the scenario, not in the store.
    if (reference === undefined)
      throw new Error(`The demo's ${file} has no recommendation "${textStart}..."`);
    const [claim] = await store.readStream(referenceStream(reference), { maxCount: 1 });
    if (claim === undefined) {
      summary.skipped.push(`the steps of ${reference} (not imported)`);
      continue;
    }
    const recommendationId = String(claim.data.recommendationId);
    for (const [index, step] of steps.entries()) {
      const key = `demo/${reference}/${index}-${step.command}`;
      if (await hasEvents(store, idempotencyStream(`demo-${step.as}`, key))) {
        summary.steps.existing++;
        continue;
      }
      const [CommandClass, type] = STEP_COMMANDS[step.command];
      try {
        await bus.execute(
          new CommandClass(
            { type, recommendationId, ...step.body } as never,
            context(step.as, key, step.body),
          ),
        );
        summary.steps.done++;
      } catch (error) {
        // Someone moved the recommendation on since the last demo: its remaining steps no longer apply.
        if (!(error instanceof AppError)) throw error;
        summary.skipped.push(`${step.command} of ${reference} and after (${error.message})`);
        break;
      }
    }
  }
}
