import { Body, Controller, Delete, Get, Param, Patch, Put, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ChangeActionCommand,
  GetActionQuery,
  type ActionChange,
  type ActionDetailsAnswer,
  type CommandContext,
} from '@app/recommendations';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Roles, type AuthenticatedUser } from '../auth';
import { commandAnswer, type CommandAnswer } from '../http/command-answer';
import { CommandCtx } from '../http/command-context.decorator';
import { ProblemResponses, READ_MODEL_PROBLEMS } from '../http/problem-responses.decorator';
import { READ_MODEL_RESPONSE, answerWith } from '../queries/read-model-answer';
import { ConsistencyDto, positionOf } from '../queries/read-model-params';
import { EVERY_ROLE } from '../queries/recommendation-queries.controller';
import {
  ActionReasonDto,
  CompleteActionDto,
  DefineIndicatorDto,
  IndicatorScheduleDto,
  RecommendationIdsDto,
  UpdateActionDto,
} from './action.dto';
import { reportScopeOf } from '../progress-reports/report-scope';
import { ActionDetailsResponse } from './action.response';
import { ActionCommandDocs, ActionRoute } from './action-route.decorator';
import { ActionIdPipe } from '../progress-reports/report-scope';

const DETAIL_PROBLEMS = [
  'INSTITUTION.UNKNOWN',
  'ACTION.LEAD_ALSO_SUPPORTING',
  'ACTION.DATES_OUT_OF_ORDER',
  'PLAN.TARGET_OUTSIDE_PERIOD',
] as const;

@ApiTags('plan actions')
@Controller('actions')
export class ActionsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  private async run(
    payload: ActionChange,
    context: CommandContext,
    reply: FastifyReply,
  ): Promise<CommandAnswer> {
    return commandAnswer(reply, await this.commands.execute(new ChangeActionCommand(payload, context)));
  }

  @Get(':id')
  @Roles(...EVERY_ROLE, 'focal_point')
  @ApiOperation({
    summary:
      "One action: details, status, institutions with names, linked recommendations, indicators with due dates (a focal point: only their institution's, else 404)",
  })
  @ApiOkResponse({ ...READ_MODEL_RESPONSE, type: ActionDetailsResponse })
  @ProblemResponses(...READ_MODEL_PROBLEMS, 414, 'ACTION.NOT_FOUND')
  async get(
    @Param('id', ActionIdPipe) id: string,
    @Query() query: ConsistencyDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ActionDetailsAnswer> {
    const viewer = reportScopeOf(user).institutionId;
    const details = answerWith(
      reply,
      await this.queries.execute(new GetActionQuery(id, positionOf(query.consistentWith), viewer)),
    );
    if (details.revision !== null) void reply.header('ETag', `"${details.revision}"`);
    return details;
  }

  @Patch(':id')
  @ActionCommandDocs('updateAction', "Edit an open action's details; nothing recorded when none changes", [
    ...DETAIL_PROBLEMS,
  ])
  update(
    @Param('id', ActionIdPipe) id: string,
    @Body() body: UpdateActionDto,
    @CommandCtx('updateAction') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    return this.run({ type: 'updateAction', actionId: id, ...body }, context, reply);
  }

  @ActionRoute(':id/start', 'startAction', 'Start a planned action')
  start(
    @Param('id', ActionIdPipe) id: string,
    @CommandCtx('startAction') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    return this.run({ type: 'startAction', actionId: id }, context, reply);
  }

  @ActionRoute(':id/delay', 'delayAction', 'Record that an action is delayed, and why', [
    'ACTION.JUSTIFICATION_REQUIRED',
  ])
  delay(
    @Param('id', ActionIdPipe) id: string,
    @Body() body: ActionReasonDto,
    @CommandCtx('delayAction') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    return this.run({ type: 'delayAction', actionId: id, reason: body.reason }, context, reply);
  }

  @ActionRoute(':id/resume', 'resumeAction', 'Resume a delayed action')
  resume(
    @Param('id', ActionIdPipe) id: string,
    @CommandCtx('resumeAction') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    return this.run({ type: 'resumeAction', actionId: id }, context, reply);
  }

  @ActionRoute(':id/complete', 'completeAction', 'Complete an action in progress or delayed')
  complete(
    @Param('id', ActionIdPipe) id: string,
    @Body() body: CompleteActionDto,
    @CommandCtx('completeAction') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    return this.run({ type: 'completeAction', actionId: id, ...body }, context, reply);
  }

  @ActionRoute(':id/cancel', 'cancelAction', 'Cancel an open action, and say why', [
    'ACTION.JUSTIFICATION_REQUIRED',
  ])
  cancel(
    @Param('id', ActionIdPipe) id: string,
    @Body() body: ActionReasonDto,
    @CommandCtx('cancelAction') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    return this.run({ type: 'cancelAction', actionId: id, reason: body.reason }, context, reply);
  }

  @ActionRoute(
    ':id/links',
    'linkRecommendations',
    'Link recommendations to the action; a repeated link records nothing',
    ['ACTION.UNKNOWN_RECOMMENDATIONS'],
  )
  link(
    @Param('id', ActionIdPipe) id: string,
    @Body() body: RecommendationIdsDto,
    @CommandCtx('linkRecommendations') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    return this.run({ type: 'linkRecommendations', actionId: id, ...body }, context, reply);
  }

  @Delete(':id/links')
  @ActionCommandDocs('unlinkRecommendations', 'Unlink recommendations from the action')
  unlink(
    @Param('id', ActionIdPipe) id: string,
    @Body() body: RecommendationIdsDto,
    @CommandCtx('unlinkRecommendations') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    return this.run({ type: 'unlinkRecommendations', actionId: id, ...body }, context, reply);
  }

  @ActionRoute(':id/indicators', 'defineIndicator', 'Define an indicator and its reporting schedule', [
    'ACTION.INDICATOR_EXISTS',
    'ACTION.INVALID_FREQUENCY',
  ])
  defineIndicator(
    @Param('id', ActionIdPipe) id: string,
    @Body() body: DefineIndicatorDto,
    @CommandCtx('defineIndicator') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    return this.run({ type: 'defineIndicator', actionId: id, ...body }, context, reply);
  }

  @Put(':id/indicators/:indicatorId/schedule')
  @ActionCommandDocs(
    'changeIndicatorSchedule',
    'Change an indicator’s schedule: due dates before today stay, later ones are regenerated',
    ['ACTION.INDICATOR_NOT_FOUND', 'ACTION.INVALID_FREQUENCY'],
  )
  changeSchedule(
    @Param('id', ActionIdPipe) id: string,
    @Param('indicatorId') indicatorId: string,
    @Body() body: IndicatorScheduleDto,
    @CommandCtx('changeIndicatorSchedule') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    return this.run({ type: 'changeIndicatorSchedule', actionId: id, indicatorId, ...body }, context, reply);
  }
}
