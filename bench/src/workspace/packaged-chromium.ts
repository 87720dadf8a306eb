import { execFileSync } from 'node:child_process';

export interface PackagedChromium {
  executablePath: string;
  args: string[];
}

/**
 * Chromium from the npm package @sparticuz/chromium (no system browser, no download at run time), for the browser
 * tests and this bench. The package is ESM-only, which jest cannot load, so a child Node unpacks the binary and names
 * it; its `--single-process` flag (for AWS Lambda) is dropped, as closing one context would take the browser down.
 */
export function packagedChromium(): PackagedChromium {
  const script =
    "import('@sparticuz/chromium').then(async ({ default: c }) => " +
    'process.stdout.write(JSON.stringify({ executablePath: await c.executablePath(), args: c.args })))';
  const found = JSON.parse(
    execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }),
  ) as PackagedChromium;
  return { ...found, args: found.args.filter((arg) => arg !== '--single-process') };
}
