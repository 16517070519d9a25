// Starts the built HTTP server (`npm run build` writes it to build/server/http.js, or to
// $CX_BUILD_DIR/server/http.js for a build made elsewhere). Every setting is read there, from
// app/platform/config.server.ts.
import path from "node:path";

await import(path.resolve(process.env.CX_BUILD_DIR ?? "build", "server/http.js"));
