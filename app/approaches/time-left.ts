/**
 * How long a seller has left before the close, in words ("2 days and 3 hours left"). Worked out on
 * the server, at the moment the page is drawn, so that the browser's own clock (which may be wrong,
 * or in another zone) never tells a seller they have time the server will not give them.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const count = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;

/** Null once closed (at the closing second itself, as isBeforeClose has it). */
export function timeLeft(closesAt: string, now: Date): string | null {
  const ms = Date.parse(closesAt) - now.getTime();
  if (ms <= 0) return null;
  if (ms < MINUTE) return "less than a minute left";
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  if (days >= 2) return `${count(days, "day")} left`;
  if (days === 1) return hours ? `1 day and ${count(hours, "hour")} left` : "1 day left";
  if (hours >= 1) return minutes ? `${count(hours, "hour")} and ${count(minutes, "minute")} left` : `${count(hours, "hour")} left`;
  return `${count(minutes, "minute")} left`;
}
