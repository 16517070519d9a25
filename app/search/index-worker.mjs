// The index worker's entry point. Plain JavaScript so that Node can start it as it is, under vitest,
// `tsx` and the bundled server build alike; it teaches this thread TypeScript (tsx, a runtime
// dependency) and hands over to the real worker.
import { register } from "tsx/esm/api";

register();
await import("./index-worker.server.ts");
