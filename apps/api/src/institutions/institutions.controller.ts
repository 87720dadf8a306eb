import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  GetInstitutionQuery,
  InstitutionCommandMessage,
  ListInstitutionsQuery,
  type CommandContext,
  type InstitutionDetailsAnswer,
  type InstitutionItem,
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
import { ConsistencyDto, positionOf } from '../queries/read-model-params';
import { EVERY_ROLE } from '../queries/recommendation-queries.controller';
import { IDEMPOTENCY_KEY } from '../recommendations/lifecycle-route.decorator';
import { RegisterInstitutionDto, UpdateInstitutionDto } from './institution.dto';
import { InstitutionDetailsResponse, InstitutionResponse } from './institution.response';
import { InstitutionIdPipe } from './institution-id.pipe';

@ApiTags('institutions')
@Controller('institutions')
export class InstitutionsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @LifecycleCommand('registerInstitution')
  @ApiOperation({ summary: 'Register an institution with its names in en/ru/tk (409 if the id is taken)' })
  @IDEMPOTENCY_KEY
  @CorrelationHeader()
  @CommandAnswered(201)
  @ProblemResponses(...BODY_PROBLEMS, 'INSTITUTION.ALREADY_EXISTS', 'IDEMPOTENCY_KEY_REUSED')
  async register(
    @Body() body: RegisterInstitutionDto,
    @CommandCtx('registerInstitution') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    const { id, names, ...rest } = body;
    const payload = { type: 'registerInstitution' as const, institutionId: id, names: { ...names }, ...rest };
    const result = await this.commands.execute(new InstitutionCommandMessage(payload, context));
    void reply.status(HttpStatus.CREATED).header('Location', `/institutions/${result.id}`);
    return commandAnswer(reply, result);
  }

  @Patch(':id')
  @HttpCode(HttpStatus.OK)
  @LifecycleCommand('updateInstitution')
  @ApiOperation({
    summary: "Change an institution's names, kind or abbreviation; nothing recorded when none changes",
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The revision you last saw, e.g. "0"' })
  @IDEMPOTENCY_KEY
  @CorrelationHeader()
  @CommandAnswered(200)
  @ProblemResponses(
    ...BODY_PROBLEMS,
    414,
    'INSTITUTION.NOT_FOUND',
    'CONCURRENCY_CONFLICT',
    'IDEMPOTENCY_KEY_REUSED',
  )
  async update(
    @Param('id', InstitutionIdPipe) id: string,
    @Body() body: UpdateInstitutionDto,
    @CommandCtx('updateInstitution') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    const names = body.names === undefined ? undefined : { ...body.names };
    const payload = { type: 'updateInstitution' as const, institutionId: id, ...body, names };
    return commandAnswer(reply, await this.commands.execute(new InstitutionCommandMessage(payload, context)));
  }

  @Get()
  @Roles(...EVERY_ROLE)
  @ApiOperation({ summary: 'The institutions registry, by English name (read model)' })
  @ApiOkResponse({ ...READ_MODEL_RESPONSE, type: InstitutionResponse, isArray: true })
  @ProblemResponses(...READ_MODEL_PROBLEMS)
  async list(
    @Query() query: ConsistencyDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InstitutionItem[]> {
    return answerWith(
      reply,
      await this.queries.execute(new ListInstitutionsQuery(positionOf(query.consistentWith))),
    );
  }

  @Get(':id')
  @Roles(...EVERY_ROLE)
  @ApiOperation({
    summary: 'One institution: the actions it leads or supports, its workload by status, overdue reports',
  })
  @ApiOkResponse({ ...READ_MODEL_RESPONSE, type: InstitutionDetailsResponse })
  @ProblemResponses(...READ_MODEL_PROBLEMS, 414, 'INSTITUTION.NOT_FOUND')
  async get(
    @Param('id', InstitutionIdPipe) id: string,
    @Query() query: ConsistencyDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InstitutionDetailsAnswer> {
    const answer = await this.queries.execute(new GetInstitutionQuery(id, positionOf(query.consistentWith)));
    return answerWith(reply, answer);
  }
}
