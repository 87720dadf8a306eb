import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { EventStore } from '@app/event-store';
import { readImportFile } from '@app/imports';
import { candidateReference, referenceStream } from '@app/recommendations';
import { DEMO_FILES, type DemoFile, type DemoRecommendation } from './demo-scenario';

/** The data files sit beside the sources; the built loader (dist/apps/cli/src/demo) reads them there too. */
export const DEMO_SAMPLES_DIR = existsSync(join(__dirname, 'samples'))
  ? join(__dirname, 'samples')
  : join(__dirname, '../../../../../apps/cli/src/demo/samples');

/** The reference each recommendation of a data file has once imported, by its text. */
async function referencesOf({ file, profile }: DemoFile): Promise<Map<string, string>> {
  const { candidates } = await readImportFile(createReadStream(join(DEMO_SAMPLES_DIR, file)), { profile });
  return new Map(candidates.map((candidate) => [candidate.text, candidateReference(candidate)]));
}

export interface FoundRecommendation {
  reference: string;
  /** undefined when the store holds no recommendation under that reference (not imported). */
  id: string | undefined;
}

export type RecommendationFinder = (recommendation: DemoRecommendation) => Promise<FoundRecommendation>;

/** Finds the demo's recommendations in the store by the reference their text gets on import. */
export async function recommendationFinder(store: EventStore): Promise<RecommendationFinder> {
  const references = new Map<string, Map<string, string>>();
  for (const file of DEMO_FILES) references.set(file.file, await referencesOf(file));
  return async ({ file, textStart }) => {
    const byText = [...(references.get(file) ?? new Map<string, string>())];
    const reference = byText.find(([text]) => text.startsWith(textStart))?.[1];
    // The scenario names texts of its own files: a miss is a mistake in the scenario, not in the store.
    if (reference === undefined)
      throw new Error(`The demo's ${file} has no recommendation "${textStart}..."`);
    const [claim] = await store.readStream(referenceStream(reference), { maxCount: 1 });
    return { reference, id: claim === undefined ? undefined : String(claim.data.recommendationId) };
  };
}
