import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The last source position copied to one target, kept beside the embedded store so a rerun resumes there. */
export class MigrationCheckpoint {
  readonly file: string;

  constructor(dataDir: string, target: string) {
    const id = createHash('sha256').update(target).digest('hex').slice(0, 16);
    this.file = join(dataDir, `migration-${id}.json`);
  }

  read(): bigint {
    if (!existsSync(this.file)) return 0n;
    const { position } = JSON.parse(readFileSync(this.file, 'utf8')) as { position: string };
    return BigInt(position);
  }

  write(position: bigint): void {
    writeFileSync(`${this.file}.tmp`, JSON.stringify({ position: position.toString() }));
    renameSync(`${this.file}.tmp`, this.file);
  }
}
