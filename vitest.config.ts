import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "~": path.resolve(__dirname, "app"), "~db": path.resolve(__dirname, "db") };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["test/**/*.test.{ts,tsx}", "app/**/*.test.{ts,tsx}"],
          exclude: ["test/e2e/**", "node_modules/**"],
          // Each worker gets its own migrated SQLite file: no SQLITE_BUSY between parallel files.
          setupFiles: ["test/setup/database.ts"],
          testTimeout: 30_000,
          // Seeding the full sample (catalogue, reviews, articles) takes seconds on a busy 2-core machine.
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          globalSetup: ["test/e2e/global-setup.ts"],
          pool: "forks",
          poolOptions: { forks: { singleFork: true } },
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
