/**
 * Cross-site POSTs through the whole HTTP stack (Express, the Remix request handler, the route),
 * since Remix itself inspects the Origin header before any action runs: calling an action directly
 * would not see what a browser gets.
 */
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import type { ServerBuild } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CSRF_MESSAGE } from "~/accounts/csrf.server";
import { config } from "~/platform/config.server";
import * as entry from "~/entry.server";
import * as root from "~/root";
import * as join from "~/routes/join";
import * as shortlistsIndex from "~/routes/shortlists._index";
import { db } from "~db/client.server";
import { shortlists, users } from "~db/schema";
import { createApp } from "../../server/app";
import { anonymous, makeUser, signIn } from "./support";

/** A server build of just the routes these tests post to, as `remix build` would describe them. */
function testBuild(): ServerBuild {
  const route = (id: string, module: object, path: string | undefined, index?: boolean) => ({
    id,
    parentId: id === "root" ? undefined : "root",
    path,
    index,
    caseSensitive: undefined,
    module,
  });
  const routes = {
    root: route("root", root, ""),
    "routes/join": route("routes/join", join, "join"),
    "routes/shortlists._index": route("routes/shortlists._index", shortlistsIndex, "shortlists", true),
  };
  const assetRoutes = Object.fromEntries(
    Object.values(routes).map((r) => [
      r.id,
      {
        ...r,
        module: `/build/${r.id}.js`,
        hasAction: "action" in r.module,
        hasLoader: "loader" in r.module,
        hasErrorBoundary: "ErrorBoundary" in r.module,
      },
    ]),
  );
  return {
    mode: "production",
    entry: { module: entry },
    routes,
    assets: { entry: { module: "/build/entry.client.js", imports: [] }, routes: assetRoutes, url: "/build/manifest.js", version: "test" },
    publicPath: "/build/",
    assetsBuildDirectory: "public/build",
    future: { v3_fetcherPersist: true, v3_relativeSplatPath: true, v3_throwAbortReason: true },
    isSpaMode: false,
  } as unknown as ServerBuild;
}

const assetsDir = fs.mkdtempSync(path.join(os.tmpdir(), "cx-cross-site-"));
let server: ReturnType<ReturnType<typeof createApp>["listen"]>;
let base = "";

beforeAll(async () => {
  server = createApp({ build: testBuild(), assetsDir, config: config() }).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(assetsDir, { recursive: true, force: true });
});

function post(
  pathname: string,
  fields: Record<string, string>,
  browser: { cookie: string; csrf: string },
  headers: Record<string, string>,
) {
  return fetch(`${base}${pathname}`, {
    method: "POST",
    redirect: "manual",
    body: new URLSearchParams({ ...fields, csrf: browser.csrf }),
    headers: { cookie: browser.cookie, "content-type": "application/x-www-form-urlencoded", ...headers },
  });
}

const shortlistsOf = (userId: number) => db().select().from(shortlists).where(eq(shortlists.userId, userId)).all();

describe("POSTs from another site, through the HTTP server", () => {
  it("answers 403 with the CSRF message to a cross-site or malformed Origin on /shortlists, storing nothing", async () => {
    const userId = await makeUser({ email: "cross-origin-buyer@example.com" });
    const buyer = signIn(userId);
    const attempts: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      { origin: "not a url" },
    ];
    for (const headers of attempts) {
      const res = await post("/shortlists?index", { intent: "create", name: "Forged" }, buyer, headers);
      expect(res.status).toBe(403);
      expect(await res.text()).toBe(CSRF_MESSAGE);
    }
    expect(shortlistsOf(userId)).toHaveLength(0);
  });

  it("answers 403 to a cross-site Origin on /join, creating no account", async () => {
    const fields = { email: "forged-join@example.com", displayName: "Forged", password: "a long enough passphrase" };
    const res = await post("/join", fields, anonymous(), { origin: "https://evil.example" });
    expect(res.status).toBe(403);
    expect(await res.text()).toBe(CSRF_MESSAGE);
    expect(db().select().from(users).where(eq(users.email, "forged-join@example.com")).all()).toHaveLength(0);
  });

  it("still accepts a POST whose Origin is this site", async () => {
    const userId = await makeUser({ email: "same-origin-buyer@example.com" });
    const res = await post("/shortlists?index", { intent: "create", name: "Mine" }, signIn(userId), { origin: base });
    expect(res.status).toBe(302);
    expect(shortlistsOf(userId).map((s) => s.name)).toEqual(["Mine"]);
  });
});
