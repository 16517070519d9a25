// The index worker's entry point when the app runs from source (vitest, tsx scripts): plain
// JavaScript so that Node can start it as it is; it teaches this thread TypeScript (tsx, a
// development dependency) and hands over to the real worker. The built app bundles the worker
// instead (scripts/build-server.mjs), so production never needs tsx.
import { register } from "tsx/esm/api";

register();
await import("./index-worker.server.ts");
