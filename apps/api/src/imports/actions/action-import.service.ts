import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { createHash, randomUUID } from 'node:crypto';
import { AppError } from '@app/errors';
import { readActionMatrix } from '@app/imports';
import {
  ChangeActionCommand,
  actionIdOf,
  CreateActionCommand,
  deterministicUuid,
  mayRun,
  type ActionChange,
  type CommandContext,
  type CommandName,
  type ImportTag,
  type Role,
} from '@app/recommendations';
import { actingRole } from '../../http/command-context.decorator';
import { MAX_REPORTED_ERRORS } from '../import-report';
import { hashing } from '../import.service';
import { planActionImport, type PlannedAction } from './action-import.plan';
import { ActionImportLookups } from './action-import.lookups';
import { ActionImportNotAllowedError } from './action-import.errors';
import { countsOf, type ActionImportItem, type ActionImportReport } from './action-import.report';

export type ActionImportRequest = {
  planId: string;
  /** The file as it arrives (request body, file stream). */
  stream: AsyncIterable<Buffer>;
  dryRun: boolean;
  actor: { id: string; roles: readonly Role[] };
  correlationId?: string;
};

/** One run's identity, and the log position of the last event it appended. */
type Run = ActionImportRequest & { importId: string; fileSha256: string; position?: bigint };

/** Imports a plan's results matrix: read the whole file, resolve it, then run each action's commands on the bus. */
@Injectable()
export class ActionImportService {
  constructor(
    private readonly commands: CommandBus,
    private readonly lookups: ActionImportLookups,
  ) {}

  async run(request: ActionImportRequest): Promise<ActionImportReport> {
    if (!mayRun(request.actor.roles, 'createAction')) throw new ActionImportNotAllowedError(request.actor.id);
    const plan = await this.lookups.planPeriod(request.planId);
    const hash = createHash('sha256');
    const matrix = await readActionMatrix(hashing(request.stream, hash));
    const fileSha256 = hash.digest('hex');
    const importId = deterministicUuid('action-import', request.actor.id, fileSha256, plan.id);
    const references = matrix.actions.flatMap((entry) => entry.recommendationReferences);
    const actionIds = matrix.actions.map((entry) => actionIdOf(plan.id, entry.number));
    const lookups = await this.lookups.lookups(plan, references, actionIds);
    const planned = planActionImport(matrix.actions, lookups);
    const run: Run = { ...request, importId, fileSha256 };
    const items: ActionImportItem[] = [];
    // One action at a time, each on its own: a refused step is reported with that action, the others go on.
    for (const action of planned.actions)
      items.push(request.dryRun ? intended(action) : await this.apply(action, run));
    const errors = [...matrix.errors, ...planned.errors].sort((a, b) => a.row - b.row);
    return {
      importId,
      planId: plan.id,
      dryRun: request.dryRun,
      fileSha256,
      rows: matrix.rows,
      counts: countsOf(items),
      errors: errors.slice(0, MAX_REPORTED_ERRORS),
      ...(errors.length > MAX_REPORTED_ERRORS ? { errorsOmitted: errors.length - MAX_REPORTED_ERRORS } : {}),
      actions: items,
      ...(run.position === undefined ? {} : { position: run.position.toString() }),
    };
  }

  private async apply(action: PlannedAction, run: Run): Promise<ActionImportItem> {
    const item: ActionImportItem = {
      ...intended(action),
      outcome: 'unchanged',
      recommendationIds: [],
      indicatorIds: [],
    };
    try {
      if (action.create !== undefined) {
        const payload = {
          type: 'createAction' as const,
          planId: run.planId,
          number: action.number,
          ...action.create,
        };
        const context = contextOf(run, action, 'createAction');
        run.position = (await this.commands.execute(new CreateActionCommand(payload, context))).position;
        item.outcome = 'created';
      }
      if (action.recommendationIds.length > 0) {
        const { actionId, recommendationIds } = action;
        await this.change({ type: 'linkRecommendations', actionId, recommendationIds }, run, action);
        item.recommendationIds = recommendationIds;
      }
      for (const indicator of action.indicators) {
        await this.change({ type: 'defineIndicator', actionId: action.actionId, ...indicator }, run, action);
        item.indicatorIds = [...item.indicatorIds, indicator.indicatorId];
      }
      if (item.outcome === 'unchanged' && item.recommendationIds.length + item.indicatorIds.length > 0) {
        item.outcome = 'extended';
      }
      return item;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return { ...item, outcome: 'failed', problem: { code: error.code, message: error.message } };
    }
  }

  private async change(payload: ActionChange, run: Run, action: PlannedAction): Promise<void> {
    const context = contextOf(run, action, payload.type);
    run.position = (await this.commands.execute(new ChangeActionCommand(payload, context))).position;
  }
}

/** What a dry run reports: the steps a commit would take. */
function intended(action: PlannedAction): ActionImportItem {
  const changes = action.recommendationIds.length + action.indicators.length;
  return {
    number: action.number,
    actionId: action.actionId,
    rows: action.rows,
    outcome: action.create !== undefined ? 'created' : changes > 0 ? 'extended' : 'unchanged',
    recommendationIds: action.recommendationIds,
    indicatorIds: action.indicators.map((indicator) => indicator.indicatorId),
  };
}

/** Each command as the routes run it, under the import's correlation id and tagged with the rows it came from. */
function contextOf(run: Run, action: PlannedAction, command: CommandName): CommandContext {
  const commandId = randomUUID();
  const tag: ImportTag = { importId: run.importId, fileSha256: run.fileSha256, rows: action.rows };
  return {
    actor: { id: run.actor.id, role: actingRole(run.actor.roles, command) },
    correlationId: run.correlationId ?? run.importId,
    causationId: run.importId,
    commandId,
    import: tag,
  };
}
