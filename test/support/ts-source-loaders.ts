/** Node arguments that let a child process run this repository's TypeScript sources, `@app/*` imports included. */
export const TS_SOURCE_LOADERS = ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'];
