import { Body, Controller, Get, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import {
  CreateActionCommand,
  ExportPlanActionsQuery,
  ListPlanActionsQuery,
  type ActionSummary,
  type CommandContext,
} from '@app/recommendations';
import type { FastifyReply } from 'fastify';
import { LifecycleCommand, Roles } from '../auth';
import { commandAnswer, type CommandAnswer } from '../http/command-answer';
import { CommandAnswered } from '../http/command-answer.response';
import { CommandCtx } from '../http/command-context.decorator';
import {
  BODY_PROBLEMS,
  CorrelationHeader,
  ProblemResponses,
  READ_MODEL_PROBLEMS,
} from '../http/problem-responses.decorator';
import { READ_MODEL_RESPONSE, answerWith } from '../queries/read-model-answer';
import { positionOf } from '../queries/read-model-params';
import { REPORT_FILE_CONTENT, isFileFormat, reportFile } from '../queries/report-files';
import { actionsTable } from './actions-table';
import { EVERY_ROLE } from '../queries/recommendation-queries.controller';
import { IDEMPOTENCY_KEY } from '../recommendations/lifecycle-route.decorator';
import { CreateActionDto, PlanActionsQueryDto } from './action.dto';
import { ActionSummaryResponse } from './action.response';
import { PlanIdPipe } from '../plans/plan-id.pipe';

@ApiTags('plan actions')
@Controller('plans')
export class PlanActionsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post(':id/actions')
  @LifecycleCommand('createAction')
  @ApiOperation({
    summary:
      'Create an action of the plan; its id follows from plan and number (409 when the number is taken)',
  })
  @IDEMPOTENCY_KEY
  @CorrelationHeader()
  @CommandAnswered(201)
  @ProblemResponses(
    ...BODY_PROBLEMS,
    414,
    'PLAN.NOT_FOUND',
    'ACTION.ALREADY_EXISTS',
    'INSTITUTION.UNKNOWN',
    'ACTION.LEAD_ALSO_SUPPORTING',
    'ACTION.DATES_OUT_OF_ORDER',
    'PLAN.TARGET_OUTSIDE_PERIOD',
    'IDEMPOTENCY_KEY_REUSED',
  )
  async create(
    @Param('id', PlanIdPipe) planId: string,
    @Body() body: CreateActionDto,
    @CommandCtx('createAction') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    const payload = {
      type: 'createAction' as const,
      planId,
      ...body,
      supportingInstitutionIds: body.supportingInstitutionIds ?? [],
    };
    const result = await this.commands.execute(new CreateActionCommand(payload, context));
    void reply.status(HttpStatus.CREATED).header('Location', `/actions/${result.id}`);
    return commandAnswer(reply, result);
  }

  @Get(':id/actions')
  @Roles(...EVERY_ROLE)
  @ApiOperation({
    summary:
      "A plan's actions in number order, filtered by institution (lead or supporting) and status; " +
      'format=csv or xlsx exports them with their links and indicators',
  })
  @ApiExtraModels(ActionSummaryResponse)
  @ApiOkResponse({
    ...READ_MODEL_RESPONSE,
    content: {
      'application/json': {
        schema: { type: 'array', items: { $ref: getSchemaPath(ActionSummaryResponse) } },
      },
      ...REPORT_FILE_CONTENT,
    },
  })
  @ApiProduces('application/json', ...Object.keys(REPORT_FILE_CONTENT))
  @ProblemResponses(...READ_MODEL_PROBLEMS, 414, 'PLAN.NOT_FOUND')
  async list(
    @Param('id', PlanIdPipe) planId: string,
    @Query() query: PlanActionsQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ActionSummary[] | string | Buffer> {
    const filter = { institutionId: query.institution, status: query.status };
    if (isFileFormat(query.format)) {
      const exported = await this.queries.execute(
        new ExportPlanActionsQuery(planId, filter, positionOf(query.consistentWith)),
      );
      const table = actionsTable(planId, exported.value);
      return reportFile(reply, query.format, exported.position.toString(), table);
    }
    const answer = await this.queries.execute(
      new ListPlanActionsQuery(planId, filter, positionOf(query.consistentWith)),
    );
    return answerWith(reply, answer);
  }
}
