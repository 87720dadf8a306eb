import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { REPO_ROOT } from '../bench-modules';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Hotspot {
  name: string;
  /** Self or inclusive milliseconds, as asked. */
  selfMs: number;
  share: number;
}

/** Where a frame's code lives: a package, a file of this repository, or the runtime. */
function placeOf(url: string): string {
  if (url === '') return '(runtime)';
  const path = url.replace(/^file:\/\//, '');
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (module) return module[1];
  if (path.startsWith('node:')) return path;
  return relative(REPO_ROOT, path);
}

export type SummaryKind = 'function' | 'place' | 'inclusive';

/** A function by name and where it is; a package's function also names its file. */
function keyOf(frame: ProfileNode['callFrame'], by: SummaryKind): string {
  const place = placeOf(frame.url);
  if (by === 'place') return place;
  const file = frame.url.includes('node_modules/') ? `${place}/${basename(frame.url)}` : place;
  return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
}

/**
 * Time of a V8 `--cpu-prof` profile, largest first: self time by function or by package/file, or inclusive time by
 * function (each sample counted once for every distinct function on its stack).
 */
export function summarizeProfile(file: string, by: SummaryKind): Hotspot[] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const time = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    const keys = new Set<string>();
    for (
      let at: number | undefined = id;
      at !== undefined;
      at = by === 'inclusive' ? parents.get(at) : undefined
    ) {
      const frame = nodes.get(at)?.callFrame;
      if (frame) keys.add(keyOf(frame, by));
    }
    for (const key of keys) time.set(key, (time.get(key) ?? 0) + ms);
  });
  return [...time.entries()]
    .map(([name, selfMs]) => ({ name, selfMs, share: selfMs / total }))
    .sort((a, b) => b.selfMs - a.selfMs);
}

if (require.main === module) {
  const [file, by = 'function', top = '30'] = process.argv.slice(2);
  if (!file) throw new Error('usage: summarize-profile <file.cpuprofile> [function|place|inclusive] [top]');
  const kind: SummaryKind = by === 'place' || by === 'inclusive' ? by : 'function';
  for (const spot of summarizeProfile(file, kind).slice(0, Number(top))) {
    console.log(
      `${(spot.share * 100).toFixed(1).padStart(5)}%  ${spot.selfMs.toFixed(0).padStart(7)} ms  ${spot.name}`,
    );
  }
}
