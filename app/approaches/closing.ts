/**
 * Closing times. Buyers set and read them in Canberra time, which observes daylight saving (AEDT,
 * UTC+11, from the first Sunday of October; AEST, UTC+10, from the first Sunday of April); the
 * server stores and compares UTC moments to the second. A response is on time while the server's
 * clock is before the closing moment: at the closing second itself the approach has closed.
 */
const ZONE = "Australia/Sydney"; // Canberra keeps Sydney's time; tzdata links Australia/Canberra to it.

const parts = new Intl.DateTimeFormat("en-AU", {
  timeZone: ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** The wall-clock reading in Canberra at a moment, as milliseconds of a notional UTC clock. */
function wallClock(at: Date): number {
  const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]));
  return Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export type CanberraMoment = { ok: true; utc: string } | { ok: false; problem: "date" | "time" | "skipped" };

/**
 * The UTC moment a Canberra date and time name. A time the clocks skip when daylight saving starts
 * (2:00-2:59 am on the first Sunday of October) names no moment and is refused; a time they repeat
 * when it ends is read as the first (daylight) one, the earlier close, which no seller can miss.
 */
export function fromCanberra(date: string, time: string): CanberraMoment {
  const d = DATE.exec(date);
  if (!d) return { ok: false, problem: "date" };
  const t = TIME.exec(time);
  if (!t) return { ok: false, problem: "time" };
  const wanted = Date.UTC(+d[1], +d[2] - 1, +d[3], +t[1], +t[2], 0);
  const check = new Date(wanted);
  if (check.getUTCFullYear() !== +d[1] || check.getUTCMonth() !== +d[2] - 1 || check.getUTCDate() !== +d[3]) {
    return { ok: false, problem: "date" };
  }
  // Try both offsets Canberra uses and keep the earliest moment whose wall clock reads what was asked.
  const candidates = [11, 10]
    .map((hours) => new Date(wanted - hours * 3_600_000))
    .filter((moment) => wallClock(moment) === wanted)
    .sort((a, b) => a.getTime() - b.getTime());
  if (candidates.length === 0) return { ok: false, problem: "skipped" };
  return { ok: true, utc: candidates[0].toISOString().replace(/\.\d{3}Z$/, "Z") };
}

/** The Canberra date and time of a moment, for putting back in the form: { date: "2026-12-10", time: "14:00" }. */
export function toCanberraFields(utc: string): { date: string; time: string } {
  const wall = new Date(wallClock(new Date(utc))).toISOString();
  return { date: wall.slice(0, 10), time: wall.slice(11, 16) };
}

const spoken = new Intl.DateTimeFormat("en-AU", {
  timeZone: ZONE,
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "numeric",
  minute: "2-digit",
  hour12: true,
  timeZoneName: "short",
});

/** "2:00 pm Thursday 10 December 2026, Canberra time (AEDT)": the style manual's order, the zone named. */
export function formatCanberra(utc: string): string {
  const p = Object.fromEntries(spoken.formatToParts(new Date(utc)).map((x) => [x.type, x.value]));
  const zone = /^(AEDT|AEST)$/.test(p.timeZoneName) ? p.timeZoneName : utcOffsetName(utc);
  return `${p.hour}:${p.minute} ${p.dayPeriod.toLowerCase()} ${p.weekday} ${p.day} ${p.month} ${p.year}, Canberra time (${zone})`;
}

// Some ICU builds name the zone "GMT+11" rather than AEDT.
function utcOffsetName(utc: string): string {
  const moment = new Date(utc);
  return (wallClock(moment) - Math.floor(moment.getTime() / 1000) * 1000) / 3_600_000 === 11 ? "AEDT" : "AEST";
}

/** Still open: the server's clock is before the closing moment. At the closing second it has closed. */
export function isBeforeClose(closesAt: string, now: Date): boolean {
  return now.getTime() < Date.parse(closesAt);
}

/** The moment as stored: UTC to the second. */
export function utcSecond(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, "Z");
}
