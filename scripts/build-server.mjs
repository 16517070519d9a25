// The second half of `npm run build` (after `remix build`): bundles the HTTP server (server/) and
// the search index worker and the migrator beside the Remix server build, so that the built app runs with
// production dependencies only and compiles no TypeScript at run time.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import remixConfig from "../remix.config.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const serverDir = path.resolve(root, path.dirname(remixConfig.serverBuildPath));
const assetsDir = path.resolve(root, remixConfig.assetsBuildDirectory);

await build({
  absWorkingDir: root,
  entryPoints: { http: "server/index.ts", "search-worker": "app/search/index-worker.server.ts", migrate: "db/migrate.ts" },
  outdir: serverDir,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // Packages come from node_modules at run time, as they do for the Remix server build.
  packages: "external",
  alias: { "~": path.join(root, "app"), "~db": path.join(root, "db") },
  define: { ASSETS_FROM_SERVER: JSON.stringify(path.relative(serverDir, assetsDir)) },
  logLevel: "warning",
});
