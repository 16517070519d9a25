import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

type Manifest = { entry: { module: string; imports: string[] }; routes: Record<string, { module: string; imports?: string[] }> };

/**
 * Every route's first-load scripts as the build's manifest lists them (the entry, the root route,
 * the route and their shared chunks, and the manifest itself), gzip-compressed: the pages a browser
 * test cannot reach signed out are counted too.
 */
export function scriptWeightByRoute(buildDir: string): { route: string; jsKB: number }[] {
  const assets = path.join(buildDir, "public");
  const manifestFile = fs.readdirSync(assets).find((f) => /^manifest-.*\.js$/.test(f));
  if (!manifestFile) throw new Error(`No manifest in ${assets}`);
  const manifest = JSON.parse(
    fs
      .readFileSync(path.join(assets, manifestFile), "utf8")
      .replace(/^window\.__remixManifest=/, "")
      .replace(/;$/, ""),
  ) as Manifest;
  const gzipped = new Map<string, number>();
  const size = (url: string) => {
    if (!gzipped.has(url)) gzipped.set(url, gzipSync(fs.readFileSync(path.join(assets, url.replace(/^\/build\//, "")))).length);
    return gzipped.get(url)!;
  };
  const root = manifest.routes.root;
  const shared = [`/build/${manifestFile}`, manifest.entry.module, ...manifest.entry.imports, root.module, ...(root.imports ?? [])];
  return Object.entries(manifest.routes)
    .filter(([id]) => id !== "root")
    .map(([id, r]) => {
      const files = new Set([...shared, r.module, ...(r.imports ?? [])]);
      const bytes = [...files].reduce((n, url) => n + size(url), 0);
      return { route: id, jsKB: Math.round((bytes / 1024) * 10) / 10 };
    });
}
