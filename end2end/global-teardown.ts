import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

/** Stops what global-setup.ts started and removes its data (and the PostgreSQL database). */
export default async function globalTeardown() {
  const stateFile = process.env.E2E_STATE_FILE;
  if (!stateFile || !existsSync(stateFile)) return;
  const entries = readFileSync(stateFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  for (const entry of entries) {
    if (entry.pid) {
      try {
        process.kill(entry.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }
  // Let the servers close their connections before their database goes.
  await new Promise((r) => setTimeout(r, 500));
  for (const entry of entries) {
    if (entry.dataDir) rmSync(entry.dataDir, { recursive: true, force: true });
    if (entry.databaseUrl && process.env.TEST_DATABASE_URL) {
      const name = new URL(entry.databaseUrl).pathname.slice(1);
      try {
        execFileSync('psql', [process.env.TEST_DATABASE_URL, '-q', '-c', `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`]);
      } catch {
        // left for the next run's set-up to drop
      }
    }
    if (entry.runDir) rmSync(entry.runDir, { recursive: true, force: true });
  }
}
