import { Body, Controller, Get, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CreateActionCommand,
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
import { EVERY_ROLE } from '../queries/recommendation-queries.controller';
import { IDEMPOTENCY_KEY } from '../recommendations/lifecycle-route.decorator';
import { CreateActionDto, PlanActionsQueryDto } from './action.dto';
import { ActionSummaryResponse } from './action.response';

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
    @Param('id') planId: string,
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
    summary: "A plan's actions in number order, filtered by institution (lead or supporting) and status",
  })
  @ApiOkResponse({ ...READ_MODEL_RESPONSE, type: ActionSummaryResponse, isArray: true })
  @ProblemResponses(...READ_MODEL_PROBLEMS, 414, 'PLAN.NOT_FOUND')
  async list(
    @Param('id') planId: string,
    @Query() query: PlanActionsQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ActionSummary[]> {
    const filter = { institutionId: query.institution, status: query.status };
    const answer = await this.queries.execute(
      new ListPlanActionsQuery(planId, filter, positionOf(query.consistentWith)),
    );
    return answerWith(reply, answer);
  }
}
