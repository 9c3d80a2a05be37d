import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export default async function globalTeardown() {
  const dataDir = process.env.WATERLINKS_E2E_DATA_DIR;
  if (!dataDir) return;
  try {
    const pid = Number(readFileSync(join(dataDir, 'server.pid'), 'utf8'));
    process.kill(pid, 'SIGTERM');
  } catch {
    // already gone
  }
  rmSync(dataDir, { recursive: true, force: true });
}
