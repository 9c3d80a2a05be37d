// Attendees and the award category the venue and access tests use, made through the API.
import { APIRequestContext, Browser, expect } from '@playwright/test';
import { baseUrl, signIn, signUpConfirmed } from './helpers';

export const CATEGORY = 'Best partnership in service quality';

interface Question { id: number; kind: string; choices: string[]; required: boolean; shown_if: [number, string] | null }

export interface Attendee { badge: string; personal: string; name: string }

/** A member who signs up, confirms the address and registers for the Forum through the API
 * (a confirmed member's registration is confirmed at once). */
export async function registerAttendee(api: APIRequestContext, label: string): Promise<Attendee> {
  const email = `${label}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@e2e.example`;
  const name = `Attendee ${label}`;
  await signUpConfirmed(api, name, email);
  const edition = await (await api.post(baseUrl() + '/api/forum/edition', { form: {} })).json();
  const form: Record<string, string> = {
    name, email, organization: 'Cebu Water District', attendee_type: 'utility',
  };
  for (const q of edition.questions as Question[]) {
    if (q.shown_if) continue;
    if (q.kind === 'yes_no') form[`answers[q${q.id}]`] = 'no';
    else if (q.kind === 'choice') form[`answers[q${q.id}]`] = q.choices[q.choices.length - 1];
    else if (q.required) form[`answers[q${q.id}]`] = 'None';
  }
  const registered = await api.post(baseUrl() + '/api/forum/register', { form });
  const body = await registered.json();
  expect(registered.status(), JSON.stringify(body)).toBe(200);
  return { badge: body.badge_code, personal: body.personal_code, name };
}

export async function newAttendee(browser: Browser, label: string): Promise<Attendee> {
  const context = await browser.newContext();
  const attendee = await registerAttendee(context.request, label);
  await context.close();
  return attendee;
}

/** Opens voting in the category the venue tests use (other tests keep to their own). */
export async function openCategory(browser: Browser): Promise<{ id: number; state: string }> {
  const context = await browser.newContext();
  const admin = await context.newPage();
  await signIn(admin, process.env.E2E_ADMIN_EMAIL!, process.env.E2E_ADMIN_PASSWORD!);
  const read = async () => (await (await context.request.post(baseUrl() + '/api/awards/overview', { form: {} })).json())
    .categories.find((c: { name: string }) => c.name === CATEGORY);
  const category = await read();
  if (category.state === 'draft') {
    // Another test may open it at the same moment: what counts is that it ends up open.
    await context.request.post(baseUrl() + '/api/awards/voting', { form: { category: String(category.id), action: 'open' } });
  }
  const now = await read();
  expect(now.state).toBe('open');
  await context.close();
  return now;
}

