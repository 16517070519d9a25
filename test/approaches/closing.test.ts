/** Canberra closing times (app/approaches/closing.ts): both offsets, both daylight-saving changes, bad input, the closing second. */
import { describe, expect, it } from "vitest";
import { formatCanberra, fromCanberra, isBeforeClose, toCanberraFields } from "~/approaches/closing";

describe("fromCanberra", () => {
  it("reads a December time as AEDT (UTC+11)", () => {
    expect(fromCanberra("2026-12-10", "14:00")).toEqual({ ok: true, utc: "2026-12-10T03:00:00Z" });
  });

  it("reads a July time as AEST (UTC+10), crossing back into the previous UTC day", () => {
    expect(fromCanberra("2026-07-15", "09:30")).toEqual({ ok: true, utc: "2026-07-14T23:30:00Z" });
  });

  it("refuses a time in the hour skipped on the first Sunday of October 2026", () => {
    expect(fromCanberra("2026-10-04", "02:30")).toEqual({ ok: false, problem: "skipped" });
    expect(fromCanberra("2026-10-04", "02:00")).toEqual({ ok: false, problem: "skipped" });
    // Either side of the gap is a real moment: 1:59 am AEST and 3:00 am AEDT are one minute apart.
    expect(fromCanberra("2026-10-04", "01:59")).toEqual({ ok: true, utc: "2026-10-03T15:59:00Z" });
    expect(fromCanberra("2026-10-04", "03:00")).toEqual({ ok: true, utc: "2026-10-03T16:00:00Z" });
  });

  it("reads a time in the hour repeated on 5 April 2026 as the earlier (AEDT) moment", () => {
    // 2:30 am happens at 15:30 UTC (AEDT) and again at 16:30 UTC (AEST): the earlier close is kept.
    expect(fromCanberra("2026-04-05", "02:30")).toEqual({ ok: true, utc: "2026-04-04T15:30:00Z" });
  });

  it("refuses a date that does not exist or is not written year-month-day", () => {
    expect(fromCanberra("2026-02-30", "14:00")).toEqual({ ok: false, problem: "date" });
    expect(fromCanberra("2026-13-01", "14:00")).toEqual({ ok: false, problem: "date" });
    expect(fromCanberra("10/12/2026", "14:00")).toEqual({ ok: false, problem: "date" });
    expect(fromCanberra("", "14:00")).toEqual({ ok: false, problem: "date" });
  });

  it("refuses a time that is not hours and minutes on a 24-hour clock", () => {
    expect(fromCanberra("2026-12-10", "24:00")).toEqual({ ok: false, problem: "time" });
    expect(fromCanberra("2026-12-10", "9:5")).toEqual({ ok: false, problem: "time" });
    expect(fromCanberra("2026-12-10", "2 pm")).toEqual({ ok: false, problem: "time" });
    expect(fromCanberra("2026-12-10", "12:60")).toEqual({ ok: false, problem: "time" });
  });
});

describe("toCanberraFields", () => {
  it("puts a moment back into the form's date and time, in either offset", () => {
    expect(toCanberraFields("2026-12-10T03:00:00Z")).toEqual({ date: "2026-12-10", time: "14:00" });
    expect(toCanberraFields("2026-07-14T23:30:00Z")).toEqual({ date: "2026-07-15", time: "09:30" });
  });

  it("round-trips through fromCanberra", () => {
    for (const [date, time] of [
      ["2026-12-10", "14:00"],
      ["2026-07-15", "09:30"],
      ["2026-01-01", "00:00"],
      ["2026-12-31", "23:59"],
      ["2026-04-05", "02:30"],
      ["2026-10-04", "03:00"],
    ]) {
      const moment = fromCanberra(date, time);
      if (!moment.ok) throw new Error(`${date} ${time} should be a moment`);
      expect(toCanberraFields(moment.utc)).toEqual({ date, time });
    }
  });
});

describe("formatCanberra", () => {
  it("names AEDT in summer and AEST in winter", () => {
    expect(formatCanberra("2026-12-10T03:00:00Z")).toBe("2:00 pm Thursday 10 December 2026, Canberra time (AEDT)");
    expect(formatCanberra("2026-07-14T23:30:00Z")).toBe("9:30 am Wednesday 15 July 2026, Canberra time (AEST)");
  });

  it("tells the two 2:30 am moments of 5 April 2026 apart by their zone", () => {
    expect(formatCanberra("2026-04-04T15:30:00Z")).toBe("2:30 am Sunday 5 April 2026, Canberra time (AEDT)");
    expect(formatCanberra("2026-04-04T16:30:00Z")).toBe("2:30 am Sunday 5 April 2026, Canberra time (AEST)");
  });
});

describe("isBeforeClose", () => {
  const close = "2026-12-10T03:00:00Z";
  const at = (ms: number) => new Date(Date.parse(close) + ms);

  it("is open a millisecond before the close, closed at the closing second and after it", () => {
    expect(isBeforeClose(close, at(-1))).toBe(true);
    expect(isBeforeClose(close, at(0))).toBe(false);
    expect(isBeforeClose(close, at(999))).toBe(false);
    expect(isBeforeClose(close, at(1000))).toBe(false);
  });
});
