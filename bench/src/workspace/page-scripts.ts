import { gzipSync } from 'node:zlib';

/** What one page makes a browser download as JavaScript: its module scripts and everything they import. */
export interface PageScripts {
  files: string[];
  bytes: number;
  gzipBytes: number;
}

const MODULE_SCRIPT = /<script type="module" src="([^"]+)"/g;
const STATIC_IMPORT = /(?:import|export)\s[^'"]*?from\s*['"](\.\/[^'"]+)['"]/g;

/** Fetches the page as its user would (a bearer token opens the pages as a session does) and sums its scripts. */
export async function pageScripts(
  baseUrl: string,
  token: string,
  path: string,
): Promise<PageScripts | undefined> {
  const headers = { authorization: `Bearer ${token}` };
  const page = await fetch(`${baseUrl}${path}`, { headers });
  if (page.status !== 200) return undefined;
  const queue = [...(await page.text()).matchAll(MODULE_SCRIPT)].map((match) => new URL(match[1], baseUrl));
  const seen = new Map<string, Buffer>();
  while (queue.length > 0) {
    const url = queue.shift() as URL;
    if (seen.has(url.pathname)) continue;
    const body = Buffer.from(await (await fetch(url, { headers })).arrayBuffer());
    seen.set(url.pathname, body);
    for (const match of body.toString('utf8').matchAll(STATIC_IMPORT)) queue.push(new URL(match[1], url));
  }
  const bodies = [...seen.values()];
  return {
    files: [...seen.keys()],
    bytes: bodies.reduce((sum, body) => sum + body.length, 0),
    // Each file travels compressed on its own, so each is gzipped on its own.
    gzipBytes: bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0),
  };
}
