/**
 * The boundaries in docs/architecture.md are held by tools, not memory: the repository passes them,
 * and each kind of forbidden import is caught when someone writes it.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ESLint } from "eslint";
import { afterAll, describe, expect, it } from "vitest";

const root = process.cwd();
const CONFIG = path.join(root, ".dependency-cruiser.cjs");
const DEPCRUISE = path.join(root, "node_modules", ".bin", "depcruise");

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

function cruise(cwd: string, dirs: string[]): Violation[] {
  let out: string;
  try {
    out = execFileSync(DEPCRUISE, [...dirs, "--config", CONFIG, "--output-type", "json"], {
      cwd,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    // depcruise exits non-zero when it finds violations; the report is still on stdout.
    out = String((error as { stdout?: string }).stdout ?? "");
  }
  return (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations;
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "cx-boundaries-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function write(files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(scratch, name)), { recursive: true });
    fs.writeFileSync(path.join(scratch, name), text);
  }
}

describe("import boundaries (dependency-cruiser)", () => {
  it("the repository has no forbidden import", () => {
    const violations = cruise(root, ["app", "server", "db"]);
    expect(violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`)).toEqual([]);
  }, 60_000);

  it("catches a component importing a server module, a data module reading the session, a folder cycle and a route import", () => {
    write({
      "tsconfig.json": JSON.stringify({ compilerOptions: { module: "ESNext", moduleResolution: "Bundler", jsx: "react-jsx" } }),
      "app/catalogue/product.server.ts": "export const product = { name: 'x' };\n",
      "app/catalogue/card.tsx": "import { product } from './product.server';\nexport const Card = () => product.name;\n",
      "app/accounts/session.server.ts": "export const getUser = (r: unknown) => r;\n",
      "app/reviews/review.server.ts": "import { getUser } from '../accounts/session.server';\nexport const who = getUser;\n",
      "app/shortlists/list.ts": "import { fit } from '../procurement/fit';\nexport const list = fit;\n",
      "app/procurement/fit.ts": "import { list } from '../shortlists/list';\nexport const fit = 1;\nexport const again = list;\n",
      "app/routes/products.tsx": "export default function P() { return null; }\n",
      "app/ui/layout.tsx": "import P from '../routes/products';\nexport const L = P;\n",
      "app/ui/badge.tsx": "import fs from 'node:fs';\nexport const B = fs.existsSync;\n",
    });
    const rules = new Set(cruise(scratch, ["app"]).map((v) => `${v.rule.name} ${v.from}`));
    expect(rules).toContain("browser-side-imports-no-server-code app/catalogue/card.tsx");
    expect(rules).toContain("data-modules-know-no-http app/reviews/review.server.ts");
    expect([...rules].some((r) => r.startsWith("no-folder-cycles"))).toBe(true);
    expect(rules).toContain("routes-are-leaves app/ui/layout.tsx");
    expect(rules).toContain("browser-side-imports-no-node-builtins app/ui/badge.tsx");
  }, 60_000);
});

describe("data modules never take a Request (ESLint)", () => {
  const eslint = new ESLint({ cwd: root });
  const source =
    "export function handle({ request }: { request: Request }) {\n  if (!request) throw new Response('no', { status: 404 });\n}\n";

  it("refuses one in a data module", async () => {
    const [result] = await eslint.lintText(source, { filePath: path.join(root, "app/reviews/example.server.ts") });
    const messages = result.messages.filter((m) => m.ruleId === "no-restricted-syntax");
    expect(messages).toHaveLength(2);
    expect(messages[0].message).toMatch(/Data modules take plain values/);
  });

  it("allows one in a route and in the session module", async () => {
    for (const file of ["app/routes/example.tsx", "app/accounts/session.server.ts"]) {
      const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
      expect(
        result.messages.filter((m) => m.ruleId === "no-restricted-syntax"),
        file,
      ).toEqual([]);
    }
  });
});
