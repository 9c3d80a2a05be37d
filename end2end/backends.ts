// The servers the browser tests run against: always one on SQLite, and one on PostgreSQL when
// TEST_DATABASE_URL is set. Ports are chosen here, when the config loads, and passed on in the
// environment so that global-setup.ts and every test worker agree on them.

export interface Backend {
  name: 'sqlite' | 'postgres';
  port: number;
  /** Empty for the embedded SQLite default. */
  databaseUrl: string;
}

function port(variable: string): number {
  if (!process.env[variable]) {
    // A random high port; global-setup.ts fails clearly if it is taken.
    process.env[variable] = String(20000 + Math.floor(Math.random() * 20000));
  }
  return Number(process.env[variable]);
}

export function backends(): Backend[] {
  const list: Backend[] = [{ name: 'sqlite', port: port('E2E_SQLITE_PORT'), databaseUrl: '' }];
  const pg = process.env.TEST_DATABASE_URL;
  if (pg) {
    const p = port('E2E_POSTGRES_PORT');
    const url = new URL(pg);
    url.pathname = `/wl_e2e_${p}`;
    list.push({ name: 'postgres', port: p, databaseUrl: url.toString() });
  }
  return list;
}

export const SMTP_PORT_VARIABLE = 'E2E_SMTP_PORT';
export function smtpPort(): number {
  return port(SMTP_PORT_VARIABLE);
}
