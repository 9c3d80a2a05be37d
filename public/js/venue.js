// WaterLinks Hub: what the pages need a script for. Pages load no WASM (see `shell` in
// app/src/lib.rs), so they stay small for phones on a crowded venue network; their forms work
// without this file, which only adds to them: the offline banner and the service worker,
// conditional questions, local times, file sizes, the check-in desk, the ballot and the big
// screen.

const $ = (selector, root = document) => root.querySelector(selector);
const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];

// --- Offline: the service worker keeps visited pages; a banner says when the network is gone.

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {});
}

const banner = document.createElement('p');
banner.className = 'offline-banner';
banner.setAttribute('role', 'status');
// In the page's language: the server writes it on <body data-offline>.
banner.textContent = document.body.dataset.offline ?? '';
const showNetwork = () => { banner.hidden = navigator.onLine; };
showNetwork();
// Fixed to the bottom of the screen, so its place in the page does not matter.
document.body.append(banner);
addEventListener('online', showNetwork);
addEventListener('offline', showNetwork);

// --- Errors as the server encodes them (app::error::AppError), in words.

// The errors without a text of their own, in the page's language (written on <body data-error-*>).
const said = document.body.dataset;
const FIXED_MESSAGES = {
  Unauthenticated: said.errorUnauthenticated,
  Forbidden: said.errorForbidden,
  Internal: said.errorInternal,
};

function errorMessage(error, field) {
  if (typeof error === 'string') return FIXED_MESSAGES[error] ?? error;
  const [kind, detail] = Object.entries(error ?? {})[0] ?? [];
  if (kind === 'Invalid') {
    const own = detail.find((e) => e.field === field);
    return (own ?? detail[0])?.message ?? said.errorFields;
  }
  return typeof detail === 'string' ? detail : said.errorInternal;
}

/** Posts a form to a server function as a script does; resolves to {ok, body} or throws offline. */
async function callServer(path, fields) {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams(fields),
    credentials: 'same-origin',
  });
  let body = null;
  try { body = await response.json(); } catch { /* an empty answer */ }
  return { ok: response.ok, status: response.status, body };
}

// --- Forms: what was typed comes back after a refused post; conditional questions.

const echo = $('#form-echo');
if (echo) {
  const form = $$('form').find((f) => f.getAttribute('action') === echo.dataset.action);
  if (form) {
    for (const [name, value] of JSON.parse(echo.dataset.fields || '[]')) {
      for (const input of form.elements.namedItem(name) instanceof RadioNodeList
        ? [...form.elements.namedItem(name)] : [form.elements.namedItem(name)]) {
        if (!input || input.type === 'hidden' || input.type === 'password') continue;
        if (input.type === 'radio' || input.type === 'checkbox') input.checked = input.value === value;
        else input.value = value;
      }
    }
    // The first refused field takes the focus, so a keyboard or screen-reader user lands there.
    $('[aria-invalid="true"], .field__error', form)?.closest('.field')?.querySelector('input, select, textarea')?.focus();
  }
}

function answerOf(form, name) {
  const field = form.elements.namedItem(name);
  if (!field) return '';
  if (field instanceof RadioNodeList) return field.value;
  return field.value;
}

function showConditionalQuestions(form) {
  // In page order: a question shown only under another one follows it.
  for (const field of $$('[data-shown-if]', form)) {
    const parent = form.elements.namedItem(field.dataset.shownIf);
    const parentField = (parent instanceof RadioNodeList ? parent[0] : parent)?.closest('.field, fieldset')?.closest('.field') ?? null;
    const parentShown = !parentField || !parentField.hidden;
    const same = answerOf(form, field.dataset.shownIf).trim().toLowerCase() === field.dataset.shownIfAnswer.trim().toLowerCase();
    field.hidden = !(parentShown && same);
  }
}

for (const form of $$('form').filter((f) => $('[data-shown-if]', f))) {
  form.addEventListener('input', () => showConditionalQuestions(form));
  form.addEventListener('change', () => showConditionalQuestions(form));
  showConditionalQuestions(form);
}

for (const button of $$('[data-print]')) button.addEventListener('click', () => print());

// A session's time in the reader's own zone, in the page's language: "Your time: Tue, 3 Mar,
// 08:00–11:00 (Asia/Jakarta)"; the sentence comes from the server with {time} and {zone} marks.
const pageLanguage = document.documentElement.lang || [];
for (const span of $$('[data-local-start]')) {
  const start = new Date(span.dataset.localStart);
  const end = new Date(span.dataset.localEnd);
  const day = new Intl.DateTimeFormat(pageLanguage, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(start);
  const until = new Intl.DateTimeFormat(pageLanguage, { hour: '2-digit', minute: '2-digit' }).format(end);
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  span.textContent = (span.dataset.sentence ?? '{time} ({zone})')
    .replace('{time}', `${day}–${until}`)
    .replace('{zone}', zone);
  span.hidden = false;
}

// A file over the limit is refused at once, by the field, before an upload that would fail.
for (const input of $$('input[type="file"][data-max-bytes]')) {
  input.addEventListener('change', () => {
    const over = [...input.files].some((f) => f.size > Number(input.dataset.maxBytes));
    const message = over ? input.dataset.tooLarge : '';
    input.setCustomValidity(message);
    const field = input.closest('.field');
    let note = field.querySelector('.field__error[data-size]');
    if (over && !note) {
      note = Object.assign(document.createElement('p'), { className: 'field__error', id: `${input.id}-size-error`, role: 'alert' });
      note.dataset.size = '1';
      field.append(note);
    }
    if (note) note.textContent = message;
    input.setAttribute('aria-invalid', over ? 'true' : 'false');
    if (over) input.setAttribute('aria-describedby', note.id);
  });
}

// --- The ballot: never queue a vote (it could arrive after the category closed).

const ballot = $('[data-ballot]');
if (ballot) {
  const note = $('[data-offline-note]', ballot);
  const hold = () => {
    const offline = !navigator.onLine;
    note.hidden = !offline;
    for (const button of $$('.ballot__button', ballot)) {
      if (offline && !button.disabled) { button.disabled = true; button.dataset.held = '1'; }
      if (!offline && button.dataset.held) { button.disabled = false; delete button.dataset.held; }
    }
  };
  ballot.addEventListener('submit', (event) => { if (!navigator.onLine) event.preventDefault(); });
  addEventListener('online', hold);
  addEventListener('offline', hold);
  hold();
}

// --- The big screen: the live tally, reconnecting by itself.

const screen = $('[data-live]');
if (screen) {
  const labels = Object.fromEntries(JSON.parse(screen.dataset.stateLabels || '[]'));
  const connection = $('[data-connection]', screen);
  let latest = Number(screen.dataset.revision || 0);
  let delay = 500;

  const apply = (tally) => {
    $('[data-state]', screen).textContent = labels[tally.state] ?? tally.state;
    const total = $('[data-total]', screen);
    total.dataset.total = tally.total;
    // The page carries the words in its language: one vote, or the other form with {count}.
    const count = Number(tally.total).toLocaleString(document.documentElement.lang || undefined);
    total.textContent = tally.total === 1
      ? (screen.dataset.totalOne ?? '1')
      : (screen.dataset.totalOther ?? '{count}').replace('{count}', count);
    const visible = !tally.hide_results || tally.state === 'revealed';
    const counts = new Map(tally.counts);
    const max = Math.max(1, ...counts.values());
    for (const row of $$('[data-nomination]', screen)) {
      const votes = visible ? (counts.get(Number(row.dataset.nomination)) ?? 0) : null;
      const count = $('.screen__count', row);
      const bar = $('.screen__bar', row);
      count.hidden = bar.hidden = votes === null;
      count.dataset.votes = votes ?? 0;
      count.textContent = votes ?? 0;
      $('rect', bar).setAttribute('width', Math.floor(((votes ?? 0) * 100) / max));
    }
    $('[data-hidden-note]', screen).hidden = visible;
  };

  const connect = () => {
    const source = new EventSource(screen.dataset.live);
    let fresh = true;
    source.addEventListener('tally', (event) => {
      const tally = JSON.parse(event.data);
      // A later tally never gives way to an earlier one; the first after a reconnect is the
      // server's current state, whatever happened meanwhile.
      if (fresh || tally.revision >= latest) {
        latest = tally.revision;
        apply(tally);
      }
      fresh = false;
      connection.hidden = true;
      delay = 500;
    });
    source.addEventListener('error', () => {
      connection.hidden = false;
      source.close();
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 3000);
    });
  };
  connect();
}

// --- The check-in desk: camera, a count that follows the other desks, and an offline queue.

const desk = $('form[data-check-in]');
if (desk) {
  const input = desk.elements.namedItem('code');
  const result = $('#checkin-result');
  const queueBox = $('#checkin-queue');
  const queueList = $('[data-queue-list]', queueBox);
  const action = desk.getAttribute('action');
  // The desk's texts, in the page's language, from the server (data-text-*): `{name}` and the
  // like are filled in here, so each language keeps its own word order.
  const text = (key, values = {}) => (desk.dataset[key] ?? '')
    .replace(/\{(\w+)\}/g, (all, name) => (name in values ? String(values[name]) : all));
  const deskError = (body) => (typeof body === 'string'
    ? text(`text${body}`) || errorMessage(body, 'code')
    : errorMessage(body, 'code'));

  const say = (text, good) => {
    result.replaceChildren();
    const p = document.createElement('p');
    p.className = `panel ${good ? 'panel--success' : 'panel--error'}`;
    p.textContent = text;
    result.append(p);
  };
  const fieldError = (text) => {
    let note = $('.field__error', desk);
    if (!text) { note?.remove(); input.removeAttribute('aria-invalid'); return; }
    if (!note) {
      note = document.createElement('p');
      note.className = 'field__error';
      note.id = 'code-error';
      note.setAttribute('role', 'alert');
      input.closest('.field').append(note);
    }
    note.textContent = text;
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', 'checkin-code-hint code-error');
  };

  // IndexedDB: check-ins made offline, with the time the badge was seen.
  const store = (mode, use) => new Promise((resolve, reject) => {
    const open = indexedDB.open('waterlinks-desk', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('check-ins', { keyPath: 'id', autoIncrement: true });
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('check-ins', mode);
      const request = use(tx.objectStore('check-ins'));
      tx.oncomplete = () => { open.result.close(); resolve(request?.result); };
      tx.onerror = () => reject(tx.error);
    };
  });
  const queued = () => store('readonly', (s) => s.getAll());

  const localTime = (iso) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  const synced = [];
  const showQueue = async () => {
    const waiting = await queued();
    queueBox.hidden = waiting.length === 0 && synced.length === 0;
    queueList.replaceChildren(
      ...waiting.map((c) => Object.assign(document.createElement('li'), {
        className: 'sync-queue__waiting',
        textContent: text('textWaiting', { code: `${c.code.slice(0, 8)}…`, time: localTime(c.seenAt) }),
      })),
      ...synced.map((s) => Object.assign(document.createElement('li'), {
        className: s.good ? 'sync-queue__synced' : 'sync-queue__conflict',
        textContent: s.text,
      })),
    );
  };

  let syncing = false;
  const sync = async () => {
    if (syncing || !navigator.onLine) return;
    syncing = true;
    try {
      for (const c of await queued()) {
        let answer;
        try {
          answer = await callServer(action, { code: c.code, seen_at: c.seenAt });
        } catch {
          break; // still offline: the rest waits
        }
        if (answer.status >= 500 || answer.status === 429) break;
        await store('readwrite', (s) => s.delete(c.id));
        synced.unshift(answer.ok
          ? { good: true, text: text('textSynced', { name: answer.body.name, organization: answer.body.organization, time: localTime(c.seenAt) }) }
          : { good: false, text: text('textSyncProblem', { problem: deskError(answer.body) }) });
      }
    } finally {
      syncing = false;
      await showQueue();
      refreshCount();
    }
  };

  const count = $('#forum-count');
  const refreshCount = async () => {
    if (!count || !navigator.onLine) return;
    try {
      const answer = await callServer('/api/forum/count', {});
      if (answer.ok) count.textContent = text('textCount', answer.body);
    } catch { /* offline: the count stays as it was */ }
  };

  const checkIn = async (code) => {
    code = code.trim();
    if (!code) { fieldError(text('textEmpty')); input.focus(); return; }
    fieldError(null);
    const seenAt = new Date().toISOString();
    const enqueue = async () => {
      await store('readwrite', (s) => s.add({ code, seenAt }));
      say(text('textQueued', { code: `${code.slice(0, 8)}…`, time: localTime(seenAt) }), true);
      await showQueue();
    };
    if (!navigator.onLine) await enqueue();
    else {
      try {
        const answer = await callServer(action, { code });
        if (answer.ok) say(text('textCheckedIn', answer.body), true);
        else if (answer.body && answer.body.Invalid) fieldError(errorMessage(answer.body, 'code'));
        else say(deskError(answer.body), false);
        refreshCount();
      } catch {
        await enqueue();
      }
    }
    input.focus();
  };

  desk.addEventListener('submit', (event) => {
    event.preventDefault();
    // Cleared at once: the next badge may be typed or scanned while this one is sent.
    const code = input.value;
    input.value = '';
    checkIn(code);
  });
  addEventListener('online', sync);
  setInterval(() => { sync(); refreshCount(); }, 5000);
  showQueue().then(sync);

  // The camera: the browser's BarcodeDetector reads the badge's QR code (60 s at most).
  const scanner = $('[data-scanner]');
  if (scanner && 'BarcodeDetector' in window && navigator.mediaDevices) {
    scanner.hidden = false;
    const start = $('[data-scan-start]', scanner);
    const stop = $('[data-scan-stop]', scanner);
    const video = $('[data-scan-video]', scanner);
    const message = $('[data-scan-message]', scanner);
    let scanning = false;
    const setScanning = (on) => {
      scanning = on;
      start.disabled = on;
      stop.hidden = video.hidden = !on;
    };
    stop.addEventListener('click', () => setScanning(false));
    start.addEventListener('click', async () => {
      setScanning(true);
      message.textContent = scanner.dataset.textLooking ?? '';
      let code = null;
      try {
        const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
        video.srcObject = stream;
        await video.play();
        const detector = new window.BarcodeDetector({ formats: ['qr_code'] });
        const until = Date.now() + 60_000;
        while (scanning && Date.now() < until && !code) {
          code = (await detector.detect(video))[0]?.rawValue ?? null;
          if (!code) await new Promise((r) => setTimeout(r, 200));
        }
        message.textContent = code ? '' : (scanner.dataset.textNone ?? '');
      } catch {
        message.textContent = scanner.dataset.textNoCamera ?? '';
      }
      for (const track of video.srcObject?.getTracks() ?? []) track.stop();
      video.srcObject = null;
      setScanning(false);
      if (code) checkIn(code);
    });
  }
}

document.documentElement.dataset.venue = 'ready';
