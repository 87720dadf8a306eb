import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIFECYCLE_DOC_PATH, LIFECYCLE_DOC_REFRESH, lifecycleMarkdown } from './lifecycle.markdown';

const repositoryRoot = join(__dirname, '../../../..');
const docPath = join(repositoryRoot, LIFECYCLE_DOC_PATH);

describe(`${LIFECYCLE_DOC_PATH} (generated from the lifecycle table)`, () => {
  it('is up to date with the table', () => {
    const expected = lifecycleMarkdown();
    if (process.env.UPDATE_DOCS === '1') writeFileSync(docPath, expected);
    const actual = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '';
    if (actual !== expected) {
      throw new Error(
        `${LIFECYCLE_DOC_PATH} is out of date with the lifecycle table; run: ${LIFECYCLE_DOC_REFRESH}`,
      );
    }
  });
});
