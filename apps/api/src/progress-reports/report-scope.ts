import { Injectable, type PipeTransform } from '@nestjs/common';
import {
  InstitutionOutOfScopeError,
  ProgressReportNotFoundError,
  ActionNotFoundError,
  type Reporter,
  type ReportViewer,
} from '@app/recommendations';
import type { AuthenticatedUser } from '../auth';

/** A caller whose only role is focal_point acts for their institution; any other role sees and acts on all. */
export function reportScopeOf(user: AuthenticatedUser): Reporter & ReportViewer {
  const onlyFocalPoint = user.roles.every((role) => role === 'focal_point');
  return onlyFocalPoint && user.institution !== undefined ? { institutionId: user.institution } : {};
}

/** Whose inbox: a focal point's own (asking for another's is 403); anyone else's choice, none when not given. */
export function inboxInstitution(user: AuthenticatedUser, requested: string | undefined): string | undefined {
  const own = reportScopeOf(user).institutionId;
  if (own !== undefined && requested !== undefined && requested !== own)
    throw new InstitutionOutOfScopeError(own);
  return own ?? requested;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A path id that cannot name a report is a 404, like one that names none. */
@Injectable()
export class ReportIdPipe implements PipeTransform<string, string> {
  transform(id: string): string {
    if (!UUID.test(id)) throw new ProgressReportNotFoundError(id);
    return id.toLowerCase();
  }
}

/** Action ids are UUIDs derived from plan and number (actionIdOf). */
@Injectable()
export class ActionIdPipe implements PipeTransform<string, string> {
  transform(id: string): string {
    if (!UUID.test(id)) throw new ActionNotFoundError(id);
    return id.toLowerCase();
  }
}
