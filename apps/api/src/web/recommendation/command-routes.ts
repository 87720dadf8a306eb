import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import type { RecommendationCommandType } from '@app/recommendations';
import { LIFECYCLE_COMMAND } from '../../auth';
import { RecommendationEvidenceController } from '../../evidence/recommendation-evidence.controller';
import { RecommendationCommandsController } from '../../recommendations/recommendation-commands.controller';
import { RecommendationLinksController } from '../../recommendations/recommendation-links.controller';
import { RecommendationPublicationController } from '../../publication/recommendation-publication.controller';

type Route = { path: string; method: string };

/** The controllers whose routes run recommendation commands (evidence has its own, for its multipart body). */
const COMMAND_CONTROLLERS = [
  RecommendationCommandsController,
  RecommendationLinksController,
  RecommendationEvidenceController,
  RecommendationPublicationController,
];

/** Each command's API path and method as the controllers declare them (`:id/schedule-review`), never restated here. */
function declaredRoutes(): Map<RecommendationCommandType, Route> {
  const routes = new Map<RecommendationCommandType, Route>();
  for (const controller of COMMAND_CONTROLLERS) addRoutes(controller, routes);
  return routes;
}

function addRoutes(controller: object, routes: Map<RecommendationCommandType, Route>): void {
  const base = String(Reflect.getMetadata(PATH_METADATA, controller));
  const prototype = (controller as { prototype: Record<string, unknown> }).prototype;
  for (const name of Object.getOwnPropertyNames(prototype)) {
    const handler = prototype[name];
    if (typeof handler !== 'function') continue;
    const command = Reflect.getMetadata(LIFECYCLE_COMMAND, handler) as RecommendationCommandType | undefined;
    const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
    if (command === undefined || path === undefined) continue;
    const tail = path.replace(/^\/+/, '');
    const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
    routes.set(command, { path: `/${base}${tail === '' ? '' : `/${tail}`}`, method });
  }
}

const ROUTES = declaredRoutes();

/** Where a command form posts: `/recommendations/<id>/schedule-review`, or `/recommendations` to propose. */
export function commandRoute(command: RecommendationCommandType, recommendationId = ''): string {
  return routeOf(command).path.replace(':id', encodeURIComponent(recommendationId));
}

/** The HTTP method of the command's route (`DELETE` to remove a link). */
export const commandMethod = (command: RecommendationCommandType): string => routeOf(command).method;

function routeOf(command: RecommendationCommandType): Route {
  const route = ROUTES.get(command);
  if (route === undefined) throw new Error(`The API declares no route for ${command}`);
  return route;
}
