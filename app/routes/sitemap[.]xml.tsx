/** GET /sitemap.xml (sitemaps.org protocol 0.9): home, catalogue, providers and published guidance. */
import { sitemapEntries } from "~/open-data/sitemap.server";
import { xmlText } from "~/platform/atom";
import { publicOrigin } from "~/platform/http-cache.server";

export async function loader() {
  const origin = publicOrigin();
  const urls = sitemapEntries().map(
    (e) => `  <url><loc>${xmlText(origin + e.path)}</loc>${e.lastmod ? `<lastmod>${e.lastmod.slice(0, 10)}</lastmod>` : ""}</url>`,
  );
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.join("\n")}
</urlset>
`;
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
}
