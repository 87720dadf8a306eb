import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const SCANNED = ['apps', 'libs', 'test', 'docs', 'README.md'];
/** Files a reader of the repository does not have: the design folder outside it, and machine paths. */
const OUTSIDE = /\bAPI\.md\b|\bARCHITECTURE\.md\b|\.\.\/shared\/(?:design|fixtures)|\/work\//;

function filesUnder(path: string): string[] {
  const full = join(ROOT, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { withFileTypes: true })
    .filter((entry) => entry.name !== 'node_modules')
    .flatMap((entry) =>
      entry.isDirectory() ? filesUnder(join(path, entry.name)) : [join(path, entry.name)],
    );
}

const textFiles = () => SCANNED.flatMap(filesUnder).filter((file) => /\.(ts|mjs|js|json|md)$/.test(file));

describe('the repository as a newcomer clones it', () => {
  it('points to no file outside the repository (the contract is docs/api.md)', () => {
    const outside = textFiles().flatMap((file) =>
      readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .map((line, index) => [index + 1, line] as const)
        .filter(([, line]) => OUTSIDE.test(line))
        .map(([number, line]) => `${file}:${number}: ${line.trim()}`),
    );
    expect(outside).toEqual([]);
    expect(existsSync(join(ROOT, 'docs/api.md'))).toBe(true);
  });

  it('has a target for every relative link in the README and docs/', () => {
    const markdown = textFiles().filter((file) => file.endsWith('.md') && !file.startsWith('test/'));
    const broken = markdown.flatMap((file) =>
      [...readFileSync(join(ROOT, file), 'utf8').matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
        .map((match) => match[1])
        .filter((target) => !/^[a-z]+:/i.test(target))
        .filter((target) => !existsSync(resolve(dirname(join(ROOT, file)), target)))
        .map((target) => `${relative(ROOT, join(ROOT, file))} -> ${target}`),
    );
    expect(broken).toEqual([]);
  });
});
