import { Controller, Param, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ChangeActionCommand, PublishProgressReportCommand, type CommandContext } from '@app/recommendations';
import type { FastifyReply } from 'fastify';
import { ActionRoute } from '../actions/action-route.decorator';
import { commandAnswer, type CommandAnswer } from '../http/command-answer';
import { CommandCtx } from '../http/command-context.decorator';
import { ActionIdPipe, ReportIdPipe } from '../progress-reports/report-scope';
import { LifecycleRoute } from '../recommendations/lifecycle-route.decorator';

const ON_REPORT = ['PROGRESS_REPORT.NOT_FOUND', 'PROGRESS_REPORT.INVALID_TRANSITION'] as const;
export const PUBLIC = 'makes it visible to anyone on the public portal';

/** Plan actions and validated reports the secretariat puts on the public portal (issue 18). */
@ApiTags('publication')
@Controller()
export class PublicationController {
  constructor(private readonly commands: CommandBus) {}

  @ActionRoute('actions/:id/publish', 'publishAction', `Publish a plan action (${PUBLIC})`)
  async publishAction(
    @Param('id', ActionIdPipe) id: string,
    @CommandCtx('publishAction') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    const command = new ChangeActionCommand({ type: 'publishAction', actionId: id }, context);
    return commandAnswer(reply, await this.commands.execute(command));
  }

  @ActionRoute('actions/:id/unpublish', 'unpublishAction', 'Take a plan action off the public portal')
  async unpublishAction(
    @Param('id', ActionIdPipe) id: string,
    @CommandCtx('unpublishAction') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    const command = new ChangeActionCommand({ type: 'unpublishAction', actionId: id }, context);
    return commandAnswer(reply, await this.commands.execute(command));
  }

  @LifecycleRoute(
    'progress-reports/:id/publish',
    'publishProgressReport',
    `Publish a validated progress report (${PUBLIC} while its action is published too)`,
    [...ON_REPORT],
  )
  publishReport(
    @Param('id', ReportIdPipe) reportId: string,
    @CommandCtx('publishProgressReport') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    return this.report(reportId, true, context, reply);
  }

  @LifecycleRoute(
    'progress-reports/:id/unpublish',
    'unpublishProgressReport',
    'Take a validated progress report off the public portal',
    [...ON_REPORT],
  )
  unpublishReport(
    @Param('id', ReportIdPipe) reportId: string,
    @CommandCtx('unpublishProgressReport') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    return this.report(reportId, false, context, reply);
  }

  private async report(
    reportId: string,
    publish: boolean,
    context: CommandContext,
    reply: FastifyReply,
  ): Promise<CommandAnswer> {
    const command = new PublishProgressReportCommand({ reportId, publish }, context);
    return commandAnswer(reply, await this.commands.execute(command));
  }
}
