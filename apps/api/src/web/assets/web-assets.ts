import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface Asset {
  readonly body: Buffer;
  readonly type: string;
  /** A digest of the content: the `?v=` of the page's links and the ETag. */
  readonly version: string;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The repository (or installed package) root, from the source tree or from dist/ alike. */
function packageRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/**
 * The scripts as `npm run build:web` compiled them, with a copy of the stylesheet (what a container image ships);
 * the source tree's stylesheet, where there is one, wins, so tests and development see edits without a build.
 */
export const ASSET_DIRECTORIES = (): string[] => {
  const root = packageRoot();
  return [join(root, 'dist/web-client'), join(root, 'apps/api/src/web/assets/static')];
};

let loaded: Map<string, Asset> | undefined;

/** Every asset, read once: they are small and change only with a new build. */
export function webAssets(): Map<string, Asset> {
  if (loaded !== undefined) return loaded;
  const assets = new Map<string, Asset>();
  for (const directory of ASSET_DIRECTORIES()) {
    if (!existsSync(directory)) continue;
    for (const name of readdirSync(directory)) {
      const type = TYPES[name.slice(name.lastIndexOf('.'))];
      if (type === undefined) continue;
      const body = readFileSync(join(directory, name));
      const version = createHash('sha256').update(body).digest('hex').slice(0, 12);
      assets.set(name, { body, type, version });
    }
  }
  loaded = assets;
  return assets;
}

/** The asset's URL with its version, so a browser may keep it until the content changes. */
export function assetUrl(name: string): string {
  const asset = webAssets().get(name);
  return asset === undefined ? `/app/assets/${name}` : `/app/assets/${name}?v=${asset.version}`;
}
