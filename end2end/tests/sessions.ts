/**
 * A venue time zone whose clock now reads between 02:00 and 20:00, with today's date there and
 * times an hour ago and two hours ahead: a session running now that cannot straddle midnight.
 */
export function sessionNow(): { zone: string; day: string; starts: string; ends: string } {
  const now = Date.now();
  for (const zone of ['UTC', 'Asia/Manila', 'Pacific/Apia', 'Asia/Karachi', 'Asia/Tokyo']) {
    const part = (at: number, options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: zone, hourCycle: 'h23', ...options }).format(new Date(at));
    const hour = Number(part(now, { hour: '2-digit' }));
    if (hour >= 2 && hour <= 20) {
      const time = (at: number) => part(at, { hour: '2-digit', minute: '2-digit' });
      return { zone, day: part(now, { year: 'numeric', month: '2-digit', day: '2-digit' }), starts: time(now - 3600_000), ends: time(now + 2 * 3600_000) };
    }
  }
  throw new Error('no suitable time zone');
}
