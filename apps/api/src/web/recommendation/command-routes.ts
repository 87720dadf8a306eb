import { PATH_METADATA } from '@nestjs/common/constants';
import type { RecommendationCommandType } from '@app/recommendations';
import { LIFECYCLE_COMMAND } from '../../auth';
import { RecommendationEvidenceController } from '../../evidence/recommendation-evidence.controller';
import { RecommendationCommandsController } from '../../recommendations/recommendation-commands.controller';

/** The controllers whose routes run recommendation commands (evidence has its own, for its multipart body). */
const COMMAND_CONTROLLERS = [RecommendationCommandsController, RecommendationEvidenceController];

/** Each command's API path as its controller declares it (`:id/schedule-review`), never restated here. */
function declaredRoutes(): Map<RecommendationCommandType, string> {
  const routes = new Map<RecommendationCommandType, string>();
  for (const controller of COMMAND_CONTROLLERS) addRoutes(controller, routes);
  return routes;
}

function addRoutes(controller: object, routes: Map<RecommendationCommandType, string>): void {
  const base = String(Reflect.getMetadata(PATH_METADATA, controller));
  const prototype = (controller as { prototype: Record<string, unknown> }).prototype;
  for (const name of Object.getOwnPropertyNames(prototype)) {
    const handler = prototype[name];
    if (typeof handler !== 'function') continue;
    const command = Reflect.getMetadata(LIFECYCLE_COMMAND, handler) as RecommendationCommandType | undefined;
    const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
    if (command === undefined || path === undefined) continue;
    const tail = path.replace(/^\/+/, '');
    routes.set(command, `/${base}${tail === '' ? '' : `/${tail}`}`);
  }
}

const ROUTES = declaredRoutes();

/** Where a command form posts: `/recommendations/<id>/schedule-review`, or `/recommendations` to propose. */
export function commandRoute(command: RecommendationCommandType, recommendationId = ''): string {
  const route = ROUTES.get(command);
  if (route === undefined) throw new Error(`The API declares no route for ${command}`);
  return route.replace(':id', encodeURIComponent(recommendationId));
}
