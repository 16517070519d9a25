// CX_BUILD_DIR lets the browser tests build into a folder of their own, so a test run never
// replaces the build a developer's server (or another test run) is serving.
const buildDir = process.env.CX_BUILD_DIR;

/** @type {import('@remix-run/dev').AppConfig} */
export default {
  ignoredRouteFiles: ["**/.*", "**/*.test.{ts,tsx}"],
  serverModuleFormat: "esm",
  serverPlatform: "node",
  serverBuildPath: buildDir ? `${buildDir}/server/index.js` : "build/index.js",
  assetsBuildDirectory: buildDir ? `${buildDir}/public` : "public/build",
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
  },
};
