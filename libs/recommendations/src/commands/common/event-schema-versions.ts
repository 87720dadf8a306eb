/** The payload version written for each event type; a type not listed is at version 1. */
const CURRENT_SCHEMA_VERSIONS: Readonly<Record<string, number>> = {};

export const schemaVersionOf = (eventType: string): number => CURRENT_SCHEMA_VERSIONS[eventType] ?? 1;
