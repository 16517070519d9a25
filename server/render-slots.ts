/**
 * Pages render one or two at a time, the rest wait their turn in arrival order. Rendering is all
 * CPU on one thread, so rendering more at once is no faster; it only interleaves them. And Node
 * accepts one new connection per turn of its event loop: when a turn advanced every waiting render,
 * a turn grew long under load and a newly opened connection waited a minute while open ones were
 * served again and again (npm run load: opening requests up to 65 s). Assets and /healthz are
 * answered before this middleware and never queue.
 */
import type { NextFunction, Request, Response } from "express";

/** A slot is held until its response ends, and never longer: a stalled reader must not stall every page. */
const SLOT_LIMIT_MS = 10_000;

export function renderSlots(slots: number) {
  const queue: { req: Request; res: Response; next: NextFunction }[] = [];
  let rendering = 0;

  function admitNext() {
    while (rendering < slots && queue.length > 0) {
      const { req, res, next } = queue.shift()!;
      // Whoever gave up while waiting costs nothing.
      if (req.socket.destroyed) continue;
      rendering++;
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        clearTimeout(limit);
        rendering--;
        // On the next tick, so responses that end at once never nest admissions on the stack.
        setImmediate(admitNext);
      };
      const limit = setTimeout(release, SLOT_LIMIT_MS);
      res.once("finish", release);
      res.once("close", release);
      next();
    }
  }

  return (req: Request, res: Response, next: NextFunction) => {
    queue.push({ req, res, next });
    admitNext();
  };
}
