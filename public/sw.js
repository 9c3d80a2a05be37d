// WaterLinks Hub's service worker: the Forum's pages open with no network once visited.
//
// Pages: network first, so people see what is current; a copy of each event page (the same
// list as app/src/shell/venue.rs) is kept and shown when the network is gone. Other pages are
// never stored: they may hold what only a signed-in person should see, on a shared phone.
// Assets (stylesheet, script, icons): from the cache at once, refreshed in the background.

const VERSION = 'waterlinks-v3';
const ASSETS = ['/pkg/waterlinks.css', '/js/venue.js', '/favicon.svg', '/icon.svg', '/manifest.webmanifest', '/offline.html'];
const EVENT_PAGE = /^\/($|forum\/?$|forum\/(confirm|check-in)$|forum\/(badge|cancel)\/[^/]+$|awards\/?$|awards\/vote$|awards\/vote\/[^/]+$|awards\/receipts\/[^/]+$|awards\/\d+\/screen$)/;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(VERSION).then((cache) => cache.addAll(ASSETS)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== VERSION).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

async function page(request) {
  const url = new URL(request.url);
  const keep = EVENT_PAGE.test(url.pathname);
  try {
    const response = await fetch(request);
    if (keep && response.ok) {
      const cache = await caches.open(VERSION);
      // Stored under its address without the query, as a flash answer belongs to one visit.
      await cache.put(url.origin + url.pathname, response.clone());
    }
    return response;
  } catch (offline) {
    const cache = await caches.open(VERSION);
    return (keep && (await cache.match(url.origin + url.pathname))) || (await cache.match('/offline.html')) || Response.error();
  }
}

async function asset(request) {
  const cache = await caches.open(VERSION);
  const cached = await cache.match(request);
  const fresh = fetch(request)
    .then((response) => { if (response.ok) cache.put(request, response.clone()); return response; })
    .catch(() => cached);
  return cached || fresh;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(page(request));
  else if (ASSETS.includes(url.pathname)) event.respondWith(asset(request));
});
