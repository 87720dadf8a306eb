import 'reflect-metadata';
import { join } from 'node:path';
import { REPO_ROOT } from './bench-modules';
import { httpSection } from './http/http-section';
import { importSection } from './import/import-section';
import { describeMachine } from './machine';
import { documentsSection } from './documents/documents-section';
import { parseOptions, wants } from './options';
import { largeLogSections } from './large-log/large-log-section';
import { formatProfile, profileSummary } from './profile/profile-summary';
import { formatTable, writeResults, type Row } from './report';
import { bareAppendRate } from './store/bare-sqlite';
import { storeSection } from './store/store-section';
import { inTempDir } from './temp-dir';
import { workspaceSection } from './workspace/workspace-section';
import { portalSection } from './portal/portal-section';

const log = (line: string) => console.log(`  ${line}`);

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const machine = describeMachine();
  console.log(
    `bench (${options.quick ? 'quick' : 'full'}) on ${machine.cores} x ${machine.cpu}, node ${machine.node}`,
  );
  const rows: Row[] = [];
  let profileFile: string | undefined;

  if (wants(options, 'store') || wants(options, 'peer')) rows.push(...(await storeSection(options, log)));
  if (wants(options, 'http')) {
    // The HTTP goal is stated against the bare FULL transaction measured in this same run.
    const bareFull =
      rows.find((row) => row.name === 'bare 1-event transaction, FULL')?.value ??
      (await inTempDir('bare', (dir) => bareAppendRate(dir, 'FULL', options.storeSeconds)));
    profileFile = options.profile ? join(REPO_ROOT, 'bench', 'results', 'api.cpuprofile') : undefined;
    rows.push(
      ...(await httpSection(options, { name: 'bare FULL', eventsPerSecond: bareFull }, profileFile, log)),
    );
  }

  if (wants(options, 'catch-up') || wants(options, 'audit') || wants(options, 'scale')) {
    rows.push(...(await largeLogSections(options, log)));
  }

  if (wants(options, 'import')) {
    // One profile per run: the import's when the HTTP section did not take it.
    const importProfile =
      options.profile && !profileFile ? join(REPO_ROOT, 'bench', 'results', 'import.cpuprofile') : undefined;
    rows.push(...(await importSection(options, importProfile, log)));
    profileFile ??= importProfile;
  }

  if (wants(options, 'workspace')) rows.push(...(await workspaceSection(options, log)));
  if (wants(options, 'documents')) rows.push(...(await documentsSection(options, log)));
  if (wants(options, 'portal')) rows.push(...(await portalSection(options, log)));

  const profile = profileFile ? profileSummary(profileFile) : undefined;
  const seconds = (Date.now() - started) / 1000;
  console.log(`\n${formatTable(rows)}\n`);
  if (profile) console.log(`${formatProfile(profile)}\n`);
  const file = writeResults(REPO_ROOT, {
    mode: options.quick ? 'quick' : 'full',
    finishedAt: new Date().toISOString(),
    seconds,
    machine,
    rows,
    profile,
  });
  console.log(`${rows.length} figures in ${seconds.toFixed(0)} s; written to ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
