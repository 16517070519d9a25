/**
 * The postinstall step (scripts/annotate-design-system-icons.mjs) marks the design system's icon
 * definitions pure, so pages ship only the icons they show. If an upgrade moves or reshapes that
 * module, this says so before the page-weight budget quietly breaks.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";

const ICONS = path.resolve("node_modules/@ag.ds-next/react/icon/dist/ag.ds-next-react-icon.esm.js");

it("every top-level icon definition in the design system is marked pure", () => {
  const source = fs.readFileSync(ICONS, "utf8");
  const definitions = source.match(/^var \w+Icon = .*$/gm) ?? [];
  expect(definitions.length).toBeGreaterThan(50);
  const unmarked = definitions.filter((line) => !line.includes("= /* @__PURE__ */ createIcon("));
  expect(unmarked).toEqual([]);
});
