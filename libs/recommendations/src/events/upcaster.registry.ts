import type { JsonObject } from '@app/event-store';

/** Turns one event type's payload from `fromVersion` into the shape of `fromVersion + 1`. */
export interface Upcaster {
  eventType: string;
  fromVersion: number;
  upcast(data: JsonObject): JsonObject;
}

export interface StoredEvent {
  type: string;
  data: JsonObject;
  metadata: JsonObject;
}

export interface UpcastEvent {
  type: string;
  data: JsonObject;
  /** The version the payload is in now; the stored one when no upcaster applied. */
  schemaVersion: number;
}

/** Events written before schemaVersion was recorded are version 1. */
export const storedSchemaVersion = (metadata: JsonObject): number => {
  const version = metadata.schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : 1;
};

const keyOf = (eventType: string, version: number): string => `${eventType}@${version}`;

/** Per-type, per-version upcasters, applied in a chain on read; stored events are never rewritten. */
export class UpcasterRegistry {
  private readonly steps = new Map<string, Upcaster>();

  constructor(upcasters: readonly Upcaster[] = []) {
    for (const upcaster of upcasters) {
      if (!Number.isInteger(upcaster.fromVersion) || upcaster.fromVersion < 1) {
        throw new Error(`Upcaster of ${upcaster.eventType} starts at version ${upcaster.fromVersion}`);
      }
      const key = keyOf(upcaster.eventType, upcaster.fromVersion);
      if (this.steps.has(key))
        throw new Error(`Two upcasters of ${upcaster.eventType} from version ${upcaster.fromVersion}`);
      this.steps.set(key, upcaster);
    }
  }

  /** The payload in its newest shape: the stored one run through every upcaster from its stored version on. */
  upcast(event: StoredEvent): UpcastEvent {
    let version = storedSchemaVersion(event.metadata);
    let step = this.steps.get(keyOf(event.type, version));
    if (!step) return { type: event.type, data: event.data, schemaVersion: version };
    // A copy, so no upcaster can change the stored form that history shows and verification hashes.
    let data = structuredClone(event.data);
    for (; step; step = this.steps.get(keyOf(event.type, version))) {
      data = step.upcast(data);
      version++;
    }
    return { type: event.type, data, schemaVersion: version };
  }

  /** The version a payload stored at `fromVersion` reaches after the chain. */
  versionAfterChain(eventType: string, fromVersion = 1): number {
    let version = fromVersion;
    while (this.steps.has(keyOf(eventType, version))) version++;
    return version;
  }
}
