// Starts the release server on a free port with a fresh temporary SQLite database and the
// demo data, waits until /healthz answers, and hands the address to the tests.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      if (address && typeof address === 'object') {
        const { port } = address;
        srv.close(() => ok(port));
      } else {
        fail(new Error('no port'));
      }
    });
  });
}

export default async function globalSetup() {
  const root = resolve(__dirname, '..');
  const bin = process.env.E2E_SERVER_BIN ?? join(root, 'target/release/waterlinks');
  const dataDir = mkdtempSync(join(tmpdir(), 'waterlinks-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    WATERLINKS_DATA_DIR: dataDir,
    WATERLINKS_LISTEN_ADDR: `127.0.0.1:${port}`,
    WATERLINKS_PUBLIC_BASE_URL: baseUrl,
    WATERLINKS_SITE_ROOT: join(root, 'target/site'),
    DATABASE_URL: '',
    // Every test signs people up from 127.0.0.1: one address, many accounts.
    WATERLINKS_ATTEMPTS_PER_MINUTE: '200',
  };
  execFileSync(bin, ['seed-demo'], { env, cwd: root, stdio: 'inherit' });
  // A secretariat admin for the tests that need one (the README's bootstrap command).
  const adminEmail = 'admin@waterlinks.example';
  const adminPassword = 'e2e admin passphrase';
  execFileSync(bin, ['create-admin', '--email', adminEmail, '--name', 'Secretariat Admin'], {
    env: { ...env, WATERLINKS_ADMIN_PASSWORD: adminPassword },
    cwd: root,
    stdio: 'inherit',
  });
  process.env.E2E_ADMIN_EMAIL = adminEmail;
  process.env.E2E_ADMIN_PASSWORD = adminPassword;
  const server = spawn(bin, ['serve'], { env, cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  writeFileSync(join(dataDir, 'server.pid'), String(server.pid));
  process.env.BASE_URL = baseUrl;
  process.env.WATERLINKS_E2E_DATA_DIR = dataDir;

  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill('SIGTERM');
  throw new Error(`the server did not answer ${baseUrl}/healthz within 30 s`);
}
