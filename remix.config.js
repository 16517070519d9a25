// CX_BUILD_DIR lets the browser tests and the load scripts build into a folder of their own, so a
// test run never replaces the build a developer's server (or another test run) is serving.
// Layout: <dir>/server/index.js (Remix), http.js (the HTTP server) and search-worker.js beside it.
const buildDir = process.env.CX_BUILD_DIR;

/** @type {import('@remix-run/dev').AppConfig} */
export default {
  ignoredRouteFiles: ["**/.*", "**/*.test.{ts,tsx}"],
  serverModuleFormat: "esm",
  serverPlatform: "node",
  serverBuildPath: buildDir ? `${buildDir}/server/index.js` : "build/server/index.js",
  assetsBuildDirectory: buildDir ? `${buildDir}/public` : "public/build",
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
  },
};
