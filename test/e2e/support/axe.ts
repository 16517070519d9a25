/** Runs axe-core over the whole document (header and footer too) with the WCAG 2.0-2.2 A and AA rules. */
import fs from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Violations as "rule: target" lines, so a failing assertion names what to fix: in the whole
 * document, or only inside `within` (a CSS selector such as "main") when a journey checks its step.
 */
export async function axeViolations(page: Page, within?: string): Promise<string[]> {
  // A page still hydrating can move under axe's target-size measurements; judge the settled page.
  await page.waitForLoadState("networkidle");
  // Evaluated through the driver, not a <script> tag: the site's CSP (nonce-only scripts) rightly blocks inline tags.
  await page.evaluate(axeSource);
  return page.evaluate(
    async ({ tags, within }) => {
      type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<Result> } }).axe;
      const { violations } = await axe.run(within ?? document, { runOnly: { type: "tag", values: tags } });
      return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
    },
    { tags: WCAG_TAGS, within },
  );
}
