// Starts an SMTP sink (PyPI's aiosmtpd, as Debian packages it) and, for each database in
// backends.ts, the release server with a fresh database and the demo data; waits until every
// /healthz answers. What to stop afterwards is written to a state file for global-teardown.ts.
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Backend, backends, smtpPort } from './backends';

const ADMIN_EMAIL = 'admin@waterlinks.example';
const ADMIN_PASSWORD = 'e2e admin passphrase';

function listening(port: number): Promise<boolean> {
  return new Promise((ok) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => { socket.destroy(); ok(true); });
    socket.once('error', () => ok(false));
  });
}

async function waitFor(what: string, check: () => Promise<boolean>, child: ChildProcess) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGTERM');
  throw new Error(`${what} did not start within 30 s`);
}

/** A fresh PostgreSQL database for this run (psql comes with the PostgreSQL install). */
function freshDatabase(url: string) {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const admin = new URL(process.env.TEST_DATABASE_URL!);
  for (const sql of [`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`, `CREATE DATABASE "${name}"`]) {
    execFileSync('psql', [admin.toString(), '-q', '-c', sql], { stdio: 'inherit' });
  }
}

async function startServer(root: string, bin: string, backend: Backend, smtp: number, state: string[]) {
  if (await listening(backend.port)) throw new Error(`port ${backend.port} is taken; set E2E_${backend.name.toUpperCase()}_PORT`);
  const dataDir = mkdtempSync(join(tmpdir(), `waterlinks-e2e-${backend.name}-`));
  if (backend.databaseUrl) freshDatabase(backend.databaseUrl);
  const baseUrl = `http://127.0.0.1:${backend.port}`;
  const env = {
    ...process.env,
    WATERLINKS_DATA_DIR: dataDir,
    WATERLINKS_LISTEN_ADDR: `127.0.0.1:${backend.port}`,
    WATERLINKS_PUBLIC_BASE_URL: baseUrl,
    WATERLINKS_SITE_ROOT: join(root, 'target/site'),
    DATABASE_URL: backend.databaseUrl,
    // Every test signs people up from 127.0.0.1: one address, many accounts.
    WATERLINKS_ATTEMPTS_PER_MINUTE: '200',
    WATERLINKS_ATTEMPTS_PER_HOUR: '5000',
    WATERLINKS_SMTP__HOST: '127.0.0.1',
    WATERLINKS_SMTP__PORT: String(smtp),
    WATERLINKS_SMTP__FROM: 'WaterLinks Hub <no-reply@waterlinks.example>',
    WATERLINKS_SMTP__TLS: 'none',
  };
  execFileSync(bin, ['seed-demo'], { env, cwd: root, stdio: 'inherit' });
  // A secretariat admin for the tests that need one (the README's bootstrap command).
  execFileSync(bin, ['create-admin', '--email', ADMIN_EMAIL, '--name', 'Secretariat Admin'], {
    env: { ...env, WATERLINKS_ADMIN_PASSWORD: ADMIN_PASSWORD },
    cwd: root,
    stdio: 'inherit',
  });
  const server = spawn(bin, ['serve'], { env, cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  state.push(JSON.stringify({ pid: server.pid, dataDir, databaseUrl: backend.databaseUrl }));
  await waitFor(`the ${backend.name} server`, async () => {
    try {
      return (await fetch(`${baseUrl}/healthz`)).ok;
    } catch {
      return false;
    }
  }, server);
}

export default async function globalSetup() {
  const root = resolve(__dirname, '..');
  const bin = process.env.E2E_SERVER_BIN ?? join(root, 'target/release/waterlinks');
  const runDir = mkdtempSync(join(tmpdir(), 'waterlinks-e2e-run-'));
  const state: string[] = [];
  const stateFile = join(runDir, 'state.jsonl');
  process.env.E2E_STATE_FILE = stateFile;

  const smtp = smtpPort();
  const maildir = join(runDir, 'maildir');
  const sink = spawn('/usr/bin/python3', ['-m', 'aiosmtpd', '-n', '-l', `127.0.0.1:${smtp}`, '-c', 'aiosmtpd.handlers.Mailbox', maildir], { stdio: 'ignore' });
  state.push(JSON.stringify({ pid: sink.pid }));
  writeFileSync(stateFile, state.join('\n'));
  await waitFor('the SMTP sink (python3-aiosmtpd)', () => listening(smtp), sink);
  process.env.E2E_MAILDIR = maildir;
  process.env.E2E_ADMIN_EMAIL = ADMIN_EMAIL;
  process.env.E2E_ADMIN_PASSWORD = ADMIN_PASSWORD;

  try {
    for (const backend of backends()) {
      await startServer(root, bin, backend, smtp, state);
      writeFileSync(stateFile, state.join('\n'));
    }
  } finally {
    writeFileSync(stateFile, [...state, JSON.stringify({ runDir })].join('\n'));
  }
}
