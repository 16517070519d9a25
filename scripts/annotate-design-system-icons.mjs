/**
 * Runs after `npm install` (the postinstall script). The design system defines all of its 109 icons
 * in one module as top-level `createIcon(jsx(...))` calls. A bundler must keep calls it cannot prove
 * free of side effects, so every page shipped every icon: about 10 KB of gzip for the dozen we show.
 * These calls only build React elements, so this marks them `@__PURE__`, the annotation esbuild
 * reads to drop the unused ones. It only adds comments, so behaviour cannot change, and it is
 * idempotent. If a design-system upgrade moves the file, it says so and changes nothing: the pages
 * still work, just heavier (test/e2e/page-weight.test.ts would notice).
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const PURE = "/* @__PURE__ */ ";
const CALL = /(?<![\w$.])(createIcon|jsxs?)\(/g;

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Where npm put the package: resolved as Node would, falling back to the usual hoisted folder. */
function iconModule() {
  try {
    const packageJson = createRequire(import.meta.url).resolve("@ag.ds-next/react/package.json");
    return path.join(path.dirname(packageJson), "icon", "dist", "ag.ds-next-react-icon.esm.js");
  } catch {
    return path.join(root, "node_modules", "@ag.ds-next", "react", "icon", "dist", "ag.ds-next-react-icon.esm.js");
  }
}

// Never fails the install: without it the pages still work, only heavier.
try {
  const file = iconModule();
  if (!fs.existsSync(file)) {
    console.warn("annotate-design-system-icons: the design system's icon module was not found; nothing changed.");
  } else {
    const source = fs.readFileSync(file, "utf8");
    const annotated = source.replace(CALL, (call, _name, offset) =>
      source.slice(Math.max(0, offset - PURE.length), offset) === PURE ? call : PURE + call,
    );
    if (annotated !== source) fs.writeFileSync(file, annotated);
    const calls = (annotated.match(/@__PURE__/g) ?? []).length;
    console.log(`annotate-design-system-icons: ${calls} icon calls marked pure in ${path.relative(root, file)}`);
  }
} catch (error) {
  console.warn(`annotate-design-system-icons: nothing changed (${error instanceof Error ? error.message : String(error)}).`);
}
