import { defineConfig, devices } from '@playwright/test';
import { backends, smtpPort } from './backends';

smtpPort();

// Debian's chromium, never a downloaded browser (downloads cannot work here).
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: './tests',
  globalSetup: './global-setup.ts',
  globalTeardown: './global-teardown.ts',
  fullyParallel: true,
  workers: 2,
  // One retry for a slow moment on a busy two-core machine;
  // a retried test is reported as flaky, not hidden.
  retries: 1,
  // Generous: two busy cores run the server, the database and the browser at once.
  timeout: 60_000,
  // Pages reload after each action; on two busy cores that can take longer than the default 5 s.
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  // Every test runs once per database: SQLite always, PostgreSQL when TEST_DATABASE_URL is set.
  // The XSS sweep fills every form it finds, so it runs after the other tests of its database:
  // what it adds would otherwise change the counts they check.
  projects: backends().flatMap((b) => {
    const common = {
      metadata: { baseUrl: `http://127.0.0.1:${b.port}` },
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
      },
    };
    return [
      { name: b.name, testIgnore: /xss\.spec\.ts/, ...common },
      { name: `${b.name}-xss`, testMatch: /xss\.spec\.ts/, dependencies: [b.name], ...common },
    ];
  }),
});
