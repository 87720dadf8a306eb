import { UpcasterRegistry, type Upcaster } from './upcaster.registry';

/** Every payload change so far; empty while every event type is still written at version 1. */
export const EVENT_UPCASTERS: readonly Upcaster[] = [];

/** Injection token for the UpcasterRegistry that reads fold through; tests may provide their own. */
export const UPCASTERS = Symbol('UPCASTERS');

export const productionUpcasters = (): UpcasterRegistry => new UpcasterRegistry(EVENT_UPCASTERS);
