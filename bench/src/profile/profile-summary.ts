import { summarizeProfile, type Hotspot } from './summarize-profile';

export interface ProfileSummary {
  file: string;
  /** Self time by function, largest first. */
  functions: Hotspot[];
  /** Self time by package or file of this repository. */
  places: Hotspot[];
}

/** The top of the API's `--cpu-prof` profile (HTTP section, FULL), kept in latest.json. */
export function profileSummary(file: string, top = 20): ProfileSummary {
  return {
    file,
    functions: summarizeProfile(file, 'function').slice(0, top),
    places: summarizeProfile(file, 'place').slice(0, top),
  };
}

export function formatProfile(summary: ProfileSummary): string {
  const lines = (spots: Hotspot[]) =>
    spots.map((spot) => `  ${(spot.share * 100).toFixed(1).padStart(5)}%  ${spot.name}`).join('\n');
  return [
    `API profile (${summary.file}), self time by function:`,
    lines(summary.functions),
    'by package or file:',
    lines(summary.places),
  ].join('\n');
}
