/** The one configuration module: defaults, refusals that name the variable, and the switches it reads. */
import { afterEach, describe, expect, it } from "vitest";
import { loader as benchLoader } from "~/routes/bench.minimal";
import { reloadConfig } from "~/platform/config.server";

const saved = { ...process.env };

afterEach(() => {
  process.env = { ...saved };
  reloadConfig();
});

function withEnv(env: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  return reloadConfig();
}

describe("config", () => {
  it("defaults to production, port 3000 and a local public origin on that port", () => {
    const c = withEnv({ NODE_ENV: undefined, PORT: undefined, PUBLIC_ORIGIN: undefined, RENDER_SLOTS: undefined, TRUST_PROXY: undefined });
    expect(c).toMatchObject({
      NODE_ENV: "production",
      PORT: 3000,
      PUBLIC_ORIGIN: "http://localhost:3000",
      publicOriginConfigured: false,
      RENDER_SLOTS: 2,
      TRUST_PROXY: "loopback",
    });
    expect(withEnv({ PORT: "8080" }).PUBLIC_ORIGIN).toBe("http://localhost:8080");
  });

  it("keeps a configured public origin, without a trailing slash", () => {
    expect(withEnv({ PUBLIC_ORIGIN: "https://cloudexchange.example.gov.au/" })).toMatchObject({
      PUBLIC_ORIGIN: "https://cloudexchange.example.gov.au",
      publicOriginConfigured: true,
    });
  });

  it("refuses a bad value with a message naming the variable", () => {
    expect(() => withEnv({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => withEnv({ PORT: "3000", RENDER_SLOTS: "0" })).toThrow(/RENDER_SLOTS/);
    expect(() => withEnv({ RENDER_SLOTS: "2", PUBLIC_ORIGIN: "not a url" })).toThrow(/PUBLIC_ORIGIN/);
  });

  it("serves /bench/minimal only when a benchmark turns it on", async () => {
    withEnv({ ENABLE_BENCH_ROUTES: undefined });
    expect(() => benchLoader()).toThrow();
    try {
      benchLoader();
    } catch (thrown) {
      expect((thrown as Response).status).toBe(404);
    }
    withEnv({ ENABLE_BENCH_ROUTES: "1" });
    expect(benchLoader().status).toBe(200);
  });
});
