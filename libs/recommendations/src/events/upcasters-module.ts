import { productionUpcasters } from './event-upcasters';
import { UpcasterRegistry, type Upcaster } from './upcaster.registry';

/**
 * The upcasters a module exports as `upcasters`, or the production ones without a module. Functions cannot cross to
 * the projection thread, so tests that bring their own upcasters name a module both threads load.
 */
export function upcastersFromModule(modulePath?: string): UpcasterRegistry {
  if (modulePath === undefined) return productionUpcasters();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require(modulePath) as { upcasters?: readonly Upcaster[] };
  if (!Array.isArray(loaded.upcasters)) throw new Error(`${modulePath} exports no upcasters array`);
  return new UpcasterRegistry(loaded.upcasters);
}
