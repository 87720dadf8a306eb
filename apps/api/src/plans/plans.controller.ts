import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RegisterPlanCommand, type CommandContext } from '@app/recommendations';
import type { Response } from 'express';
import { LifecycleCommand, Roles } from '../auth';
import { commandAnswer, type CommandAnswer } from '../http/command-answer';
import { CommandCtx } from '../http/command-context.decorator';
import { RegisterPlanDto } from './register-plan.dto';
import { PlanQueries, type PlanView } from './plan.queries';

const EVERY_ROLE = ['secretariat', 'reviewer', 'auditor', 'reporter'] as const;

@ApiTags('plans')
@Controller('plans')
export class PlansController {
  constructor(
    private readonly commands: CommandBus,
    private readonly plans: PlanQueries,
  ) {}

  @Post()
  @LifecycleCommand('registerPlan')
  @ApiOperation({ summary: 'Register a national plan (409 PLAN.ALREADY_EXISTS if the id is taken)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  async register(
    @Body() body: RegisterPlanDto,
    @CommandCtx('registerPlan') context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAnswer> {
    const { id, ...rest } = body;
    const result = await this.commands.execute(new RegisterPlanCommand({ type: 'registerPlan', planId: id, ...rest }, context));
    response.setHeader('Location', `/plans/${result.id}`);
    return commandAnswer(response, result);
  }

  @Get()
  @Roles(...EVERY_ROLE)
  @ApiOperation({ summary: 'Every registered plan' })
  list(): Promise<PlanView[]> {
    return this.plans.list();
  }

  @Get(':id')
  @Roles(...EVERY_ROLE)
  @ApiOperation({ summary: 'One plan (404 PLAN.NOT_FOUND)' })
  get(@Param('id') id: string): Promise<PlanView> {
    return this.plans.get(id);
  }
}
