import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROBLEM_CATALOGUE, type ProblemCode } from './problem-catalogue';

const CONTRACT = join(__dirname, '../../../../docs/api.md');

describe('the problem codes the OpenAPI document lists', () => {
  it('are each in docs/api.md, on a row of the errors table with the same status', () => {
    const rows = readFileSync(CONTRACT, 'utf8')
      .split('\n')
      .filter((line) => /^\| \d{3} \|/.test(line));
    const missing = (Object.keys(PROBLEM_CATALOGUE) as ProblemCode[]).filter((code) => {
      const [status] = PROBLEM_CATALOGUE[code];
      return !rows.some((row) => row.startsWith(`| ${status} |`) && row.includes(`\`${code}\``));
    });
    expect(missing).toEqual([]);
  });
});
