import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  GetPlanQuery,
  ListPlansQuery,
  PlanInstitutionsQuery,
  RegisterPlanCommand,
  type CommandContext,
  type PlanInstitutions,
  type PlanWithCounts,
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
import { PlanInstitutionsResponse, PlanResponse } from './plan.response';
import { RegisterPlanDto } from './register-plan.dto';
import { READ_MODEL_RESPONSE, answerWith } from '../queries/read-model-answer';
import { ConsistencyDto, positionOf } from '../queries/read-model-params';
import { EVERY_ROLE } from '../queries/recommendation-queries.controller';
import { PlanIdPipe } from './plan-id.pipe';

@ApiTags('plans')
@Controller('plans')
export class PlansController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @LifecycleCommand('registerPlan')
  @ApiOperation({ summary: 'Register a national plan (409 PLAN.ALREADY_EXISTS if the id is taken)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @CorrelationHeader()
  @CommandAnswered(201)
  @ProblemResponses(...BODY_PROBLEMS, 'PLAN.ALREADY_EXISTS', 'PLAN.INVALID_PERIOD', 'IDEMPOTENCY_KEY_REUSED')
  async register(
    @Body() body: RegisterPlanDto,
    @CommandCtx('registerPlan') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    const { id, ...rest } = body;
    const result = await this.commands.execute(
      new RegisterPlanCommand({ type: 'registerPlan', planId: id, ...rest }, context),
    );
    void reply.header('Location', `/plans/${result.id}`);
    return commandAnswer(reply, result);
  }

  @Get()
  @Roles(...EVERY_ROLE)
  @ApiOperation({ summary: 'Every registered plan with its recommendation counts (read model)' })
  @ApiOkResponse({ ...READ_MODEL_RESPONSE, type: PlanResponse, isArray: true })
  @ProblemResponses(...READ_MODEL_PROBLEMS)
  async list(
    @Query() query: ConsistencyDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PlanWithCounts[]> {
    return answerWith(
      reply,
      await this.queries.execute(new ListPlansQuery(positionOf(query.consistentWith))),
    );
  }

  @Get(':id')
  @Roles(...EVERY_ROLE)
  @ApiOperation({ summary: 'One plan with its recommendation counts (404 PLAN.NOT_FOUND)' })
  @ApiOkResponse({ ...READ_MODEL_RESPONSE, type: PlanResponse })
  @ProblemResponses(...READ_MODEL_PROBLEMS, 414, 'PLAN.NOT_FOUND')
  async get(
    @Param('id', PlanIdPipe) id: string,
    @Query() query: ConsistencyDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PlanWithCounts> {
    const answer = await this.queries.execute(new GetPlanQuery(id, positionOf(query.consistentWith)));
    return answerWith(reply, answer);
  }

  @Get(':id/institutions')
  @Roles(...EVERY_ROLE)
  @ApiOperation({
    summary:
      "A plan's recommendations by responsible institution: how many, planned, implemented, archived and past " +
      'their target date (404 PLAN.NOT_FOUND)',
  })
  @ApiOkResponse({ ...READ_MODEL_RESPONSE, type: PlanInstitutionsResponse })
  @ProblemResponses(...READ_MODEL_PROBLEMS, 414, 'PLAN.NOT_FOUND')
  async institutions(
    @Param('id', PlanIdPipe) id: string,
    @Query() query: ConsistencyDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PlanInstitutions> {
    const answer = await this.queries.execute(
      new PlanInstitutionsQuery(id, positionOf(query.consistentWith)),
    );
    return answerWith(reply, answer);
  }
}
