import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionLifecycleTable, institutionLifecycleTable } from './action-lifecycle.markdown';

const doc = readFileSync(join(__dirname, '../../../../../docs/actions.md'), 'utf8');

describe('docs/actions.md', () => {
  it('holds the action and institution lifecycle tables as the code has them', () => {
    expect(doc).toContain(actionLifecycleTable());
    expect(doc).toContain(institutionLifecycleTable());
  });
});
