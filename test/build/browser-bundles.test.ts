/**
 * zod (14 KB gzip) validates forms and query strings in loaders and actions only, so no browser
 * bundle may contain it. A module-level `z.object(...)` in any module a component imports keeps it
 * in (esbuild must keep calls), which is easy to add by accident; this builds the app and says which
 * module did it. Schemas belong in the `.server.ts` sibling (e.g. auth/forms.server.ts).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";

interface Metafile {
  inputs: Record<string, { imports: { path: string }[] }>;
  outputs: Record<string, { entryPoint?: string; imports: { path: string; kind: string }[]; inputs: Record<string, unknown> }>;
}

const isZod = (input: string) => input.includes("node_modules/zod/");
let dir: string;
let browser: Metafile;

beforeAll(() => {
  fs.mkdirSync(".cache", { recursive: true });
  dir = fs.mkdtempSync(path.join(".cache", "bundles-"));
  try {
    execFileSync("npx", ["remix", "build"], { env: { ...process.env, NODE_ENV: "production", CX_BUILD_DIR: dir }, stdio: "pipe" });
  } catch (error) {
    throw new Error(`remix build failed: ${String((error as { stderr?: Buffer }).stderr ?? error)}`);
  }
  browser = JSON.parse(fs.readFileSync(path.join(dir, "server", "metafile.js.json"), "utf8"));
}, 180_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Each route's browser entry with everything it loads before running (static imports). */
function routeClosures(meta: Metafile): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [file, output] of Object.entries(meta.outputs)) {
    if (!output.entryPoint?.startsWith("browser-route-module:")) continue;
    const seen = new Set<string>();
    const stack = [file];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      for (const i of meta.outputs[next]?.imports ?? []) if (i.kind === "import-statement") stack.push(i.path);
    }
    out.set(output.entryPoint, seen);
  }
  return out;
}

it("no browser bundle contains zod", () => {
  // The check must be able to see zod: the browser build reads it (a page imports a module that
  // imports zod) before tree-shaking drops it, so the paths below are the ones an output would list.
  expect(Object.keys(browser.inputs).some(isZod)).toBe(true);
  const routes = routeClosures(browser);
  expect(routes.size).toBeGreaterThan(30);

  const shipping: string[] = [];
  for (const [entry, files] of routes) {
    const bundled = [...files].flatMap((f) => Object.keys(browser.outputs[f]?.inputs ?? {}));
    if (!bundled.some(isZod)) continue;
    const culprits = bundled.filter((i) => i.startsWith("app/") && browser.inputs[i]?.imports.some((imp) => isZod(imp.path)));
    shipping.push(`${entry.replace("browser-route-module:", "").replace("?browser", "")} (zod imported by ${culprits.join(", ") || "a dependency"})`);
  }
  expect(shipping).toEqual([]);
});

it("no browser bundle contains the diff library", () => {
  // Word-level diffs are worked out by loaders (listings/word-diff.server.ts); pages only draw them.
  const isDiff = (input: string) => input.includes("node_modules/diff/");
  // The component that draws them is in the browser build, so this looks where diff would be.
  expect(Object.keys(browser.inputs)).toContain("app/listings/field-changes.tsx");
  const shipping = Object.entries(browser.outputs)
    .filter(([, output]) => Object.keys(output.inputs).some(isDiff))
    .map(([file]) => file);
  expect(shipping).toEqual([]);
});
