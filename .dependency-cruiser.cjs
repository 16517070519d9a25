/**
 * The import boundaries of Cloud Exchange (docs/architecture.md explains each). `npm run lint`
 * checks them, and test/platform/boundaries.test.ts proves a forbidden import fails.
 */
// Modules that may see HTTP: routes, the document root and entries, the HTTP server, the
// platform's HTTP helpers, and the session and CSRF modules that read cookies.
const HTTP_GLUE = [
  "^app/routes/",
  "^app/root\\.tsx$",
  "^app/entry\\.(server|client)\\.tsx$",
  "^server/",
  "^app/platform/",
  "^app/accounts/(session|csrf)\\.server\\.ts$",
];
// What a browser bundle may contain: everything in app/ but server modules, routes, the root and the
// server entry (routes and the root hold loaders, which the compiler strips from browser bundles).
// The search worker's source-only shim (index-worker.mjs) starts a server module by design.
const BROWSER_SIDE = {
  path: "^app/",
  pathNot: ["^app/routes/", "^app/root\\.tsx$", "^app/entry\\.server\\.tsx$", "\\.server\\.tsx?$", "^app/search/index-worker\\.mjs$"],
};

module.exports = {
  forbidden: [
    {
      name: "no-folder-cycles",
      comment: "Feature folders form a hierarchy: no two folders may import each other, directly or through others.",
      severity: "error",
      scope: "folder",
      from: { path: "^app/" },
      to: { circular: true },
    },
    {
      name: "no-module-cycles",
      severity: "error",
      from: { path: "^(app|server|db)/" },
      to: { circular: true },
    },
    {
      name: "browser-side-imports-no-server-code",
      comment:
        "Components and pure logic never import *.server modules (not even their types), the database, node built-ins or server-only packages: the Remix compiler would turn them into empty modules in the browser.",
      severity: "error",
      from: BROWSER_SIDE,
      to: {
        path: ["\\.server\\.tsx?$", "^db/", "node_modules/(better-sqlite3|drizzle-orm|lunr|marked|sanitize-html|express|nodemailer)/"],
      },
    },
    {
      name: "browser-side-imports-no-node-builtins",
      severity: "error",
      from: BROWSER_SIDE,
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "data-modules-know-no-http",
      comment:
        "Data modules take plain values and return plain data: only routes (and the glue) read the session, see Remix's HTTP helpers or throw Responses.",
      severity: "error",
      from: { path: "^app/", pathNot: HTTP_GLUE },
      to: { path: ["^app/accounts/(session|csrf)\\.server\\.ts$", "node_modules/@remix-run/node/", "^app/routes/"] },
    },
    {
      name: "routes-are-leaves",
      comment: "Nothing in the app imports a route module; shared code lives in a feature folder.",
      severity: "error",
      from: { path: "^(app|server|db)/" },
      to: { path: "^app/routes/" },
    },
    {
      name: "ui-holds-shared-blocks-only",
      comment:
        "app/ui/ is the shared layout, error page, charts and tables: it depends on the platform and the site search box, never on a feature.",
      severity: "error",
      from: { path: "^app/ui/" },
      to: { path: "^app/", pathNot: ["^app/ui/", "^app/platform/", "^app/search/site-search\\.tsx$", "^app/search/search-suggest\\.tsx$"] },
    },
    {
      name: "platform-is-the-floor",
      comment: "app/platform/ (config, logging, security, HTTP helpers, dates, money) depends on no feature folder.",
      severity: "error",
      from: { path: "^app/platform/" },
      to: { path: "^app/", pathNot: "^app/platform/" },
    },
    {
      name: "procurement-engine-is-pure",
      comment: "The rules engine (app/procurement without .server) does no I/O, so every rule can be tested as a function.",
      severity: "error",
      from: { path: "^app/procurement/", pathNot: "\\.server\\.tsx?$" },
      to: { path: ["\\.server\\.tsx?$", "^db/"] },
    },
    {
      name: "no-unresolvable",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["^build/", "^public/build/", "^\\.cache/"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
    },
    moduleSystems: ["es6"],
  },
};
