import type { QueryBus } from '@nestjs/cqrs';
import { ListInstitutionsQuery, type InstitutionItem } from '@app/recommendations';
import type { WebContext } from '../web-context';
import { institutionName } from './action-labels';

/** An institution's name in the page's language, by its id; the id itself for one the registry does not hold. */
export type InstitutionNamer = (id: string) => string;

/** Pages that show institutions by id (reports carry only the id) name them from the registry. */
export async function institutionNamer(queries: QueryBus, web: WebContext): Promise<InstitutionNamer> {
  const registry = await queries.execute(new ListInstitutionsQuery());
  const names = new Map<string, InstitutionItem['names']>(
    registry.value.map((item) => [item.id, item.names]),
  );
  return (id) => institutionName(web, names.get(id) ?? null, id);
}
