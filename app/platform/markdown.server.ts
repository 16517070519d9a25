/**
 * Renders editors' Markdown to HTML that is safe to put in the page. marked does not sanitise, so
 * its output always goes through sanitize-html with an allow-list: anything not listed below
 * (scripts, event handlers, styles, SVG, MathML, frames, forms, javascript: and data: URLs) is
 * dropped, whatever marked or the author's raw HTML produced. Images from other sites become links
 * to them (the CSP only lets the page load images from this site). Results are cached by content
 * hash, so a page view re-renders nothing unless the article changed.
 */
import { createHash } from "node:crypto";
import { Marked, type Tokens } from "marked";
import sanitizeHtml from "sanitize-html";
import { config } from "./config.server";
import { CALLOUT_KINDS, calloutFrom, headingSlugger, isExternalHref, plainText, type TocEntry } from "./markdown-parts";

export type { TocEntry };

export interface RenderedMarkdown {
  html: string;
  toc: TocEntry[];
}

const HEADING_ID = /^[a-z0-9][a-z0-9-]{0,80}$/;

// Stands in for our origin when PUBLIC_ORIGIN is unset; only relative addresses resolve to it.
const UNKNOWN_ORIGIN = "https://this-site.invalid";

type ImageSource = { from: "this-site"; src: string } | { from: "elsewhere"; href: string } | { from: "nowhere" };

/**
 * Where an image would load from, decided by the same URL parser the browser uses, so `//host`,
 * `/\host` and tab- or space-padded schemes are seen as the browser sees them.
 */
function imageSource(src: string, siteOrigin: string | undefined): ImageSource {
  // PUBLIC_ORIGIN is a URL: config.server validates it at start.
  const site = new URL(siteOrigin ?? UNKNOWN_ORIGIN);
  let absolute: URL | undefined;
  try {
    absolute = new URL(src);
  } catch {
    // No scheme: relative, or protocol-relative (another host, in this page's scheme).
  }
  let url: URL;
  try {
    url = absolute ?? new URL(src, site);
  } catch {
    return { from: "nowhere" };
  }
  // javascript:, vbscript:, data: (data:image too: the attack suite holds every data: URL out), file:, blob: ...
  if (url.protocol !== "http:" && url.protocol !== "https:") return { from: "nowhere" };
  const ours = absolute ? siteOrigin !== undefined && url.origin === site.origin : url.origin === site.origin;
  return ours ? { from: "this-site", src } : { from: "elsewhere", href: url.href };
}

function sanitizeOptions(siteOrigin: string | undefined): sanitizeHtml.IOptions {
  // How many <a> elements the sanitiser is inside: an image turned into a link must not nest in one.
  let linkDepth = 0;
  const keepHeadingId =
    (depth: number): sanitizeHtml.Transformer =>
    (_tag, attribs) => ({
      // Raw-HTML h1s become h2s: the article title is the page's only h1.
      tagName: `h${Math.max(2, depth)}`,
      // Only ids we could have generated survive, so raw HTML cannot clobber ids the page relies on.
      attribs: (attribs.id && HEADING_ID.test(attribs.id) ? { id: attribs.id } : {}) as sanitizeHtml.Attributes,
    });
  return {
    allowedTags: [
      "h2",
      "h3",
      "h4",
      "h5",
      "h6",
      "p",
      "br",
      "hr",
      "blockquote",
      "aside",
      "ul",
      "ol",
      "li",
      "strong",
      "em",
      "b",
      "i",
      "del",
      "ins",
      "s",
      "sub",
      "sup",
      "abbr",
      "code",
      "pre",
      "kbd",
      "span",
      "a",
      "img",
      "table",
      "thead",
      "tbody",
      "tfoot",
      "tr",
      "th",
      "td",
      "caption",
      "details",
      "summary",
      "dl",
      "dt",
      "dd",
    ],
    allowedAttributes: {
      a: ["href", "title", "rel", "class"],
      img: ["src", "alt", "title"],
      h2: ["id"],
      h3: ["id"],
      h4: ["id"],
      h5: ["id"],
      h6: ["id"],
      th: [{ name: "align", multiple: false, values: ["left", "right", "center"] }, "scope"],
      td: [{ name: "align", multiple: false, values: ["left", "right", "center"] }],
      aside: ["class", "aria-label"],
      p: ["class"],
      span: ["class"],
      code: ["class"],
      abbr: ["title"],
      ol: ["start"],
    },
    allowedClasses: {
      a: ["external-link"],
      aside: ["callout", ...CALLOUT_KINDS.map((k) => `callout-${k}`)],
      p: ["callout-title"],
      span: ["visually-hidden"],
      code: ["language-*"],
    },
    allowedSchemes: ["http", "https", "mailto"],
    // The img transform below has already turned every image not from this site into a link.
    allowedSchemesByTag: { img: ["http", "https"] },
    allowedSchemesAppliedToAttributes: ["href", "src", "cite"],
    allowProtocolRelative: false,
    disallowedTagsMode: "discard",
    onOpenTag: (name) => {
      if (name === "a") linkDepth++;
    },
    onCloseTag: (name) => {
      if (name === "a") linkDepth = Math.max(0, linkDepth - 1);
    },
    transformTags: {
      h1: keepHeadingId(1),
      h2: keepHeadingId(2),
      h3: keepHeadingId(3),
      h4: keepHeadingId(4),
      h5: keepHeadingId(5),
      h6: keepHeadingId(6),
      a: (tagName, attribs) => {
        const href = attribs.href?.trim();
        // rel is ours to set: an author's rel could only weaken it.
        const { rel: _rel, class: _class, ...rest } = attribs;
        if (!href || !isExternalHref(href, siteOrigin)) return { tagName, attribs: rest };
        return { tagName, attribs: { ...rest, href, class: "external-link", rel: "noopener noreferrer" } };
      },
      // Markdown images and raw <img> alike: the CSP (img-src 'self' data:) would show an image from
      // another site as a broken image, so the reader gets a link to it, named by its alt text.
      img: (tagName, attribs) => {
        const { src, alt, title } = attribs;
        const source = src?.trim() ? imageSource(src.trim(), siteOrigin) : ({ from: "nowhere" } as const);
        const titled: sanitizeHtml.Attributes = title ? { title } : {};
        if (source.from === "this-site") {
          return { tagName, attribs: { src: source.src, ...(alt === undefined ? {} : { alt }), ...titled } };
        }
        // A script or data URL is no image to show or to link to; what it was meant to be stays as text.
        if (source.from === "nowhere") return { tagName: "span", attribs: {}, text: alt?.trim() ?? "" };
        const text = alt?.trim() ? `Image: ${alt.trim()}` : source.href;
        // Inside a link already, a second link would nest: say what the image was, and keep the outer link.
        if (linkDepth > 0) return { tagName: "span", attribs: {}, text };
        return {
          tagName: "a",
          attribs: { href: source.href, ...titled, class: "external-link", rel: "noopener noreferrer" },
          text,
        };
      },
    },
  };
}

function renderUncached(markdown: string, siteOrigin: string | undefined): RenderedMarkdown {
  const toc: TocEntry[] = [];
  const slug = headingSlugger();
  const marked = new Marked({ gfm: true, breaks: false });
  marked.use({
    renderer: {
      heading({ tokens, depth }: Tokens.Heading) {
        const level = Math.min(6, Math.max(2, depth));
        const text = plainText(this.parser.parseInline(tokens, this.parser.textRenderer));
        const id = slug(text);
        if (level <= 3) toc.push({ id, text, depth: level as 2 | 3 });
        return `<h${level} id="${id}">${this.parser.parseInline(tokens)}</h${level}>\n`;
      },
      link({ href, title, tokens }: Tokens.Link) {
        const inner = this.parser.parseInline(tokens);
        const titleAttr = title ? ` title="${escapeAttr(title)}"` : "";
        const marker = isExternalHref(href.trim(), siteOrigin) ? '<span class="visually-hidden"> (opens another site)</span>' : "";
        return `<a href="${escapeAttr(href)}"${titleAttr}>${inner}${marker}</a>`;
      },
      blockquote({ tokens }: Tokens.Blockquote) {
        const inner = this.parser.parse(tokens);
        const callout = calloutFrom(inner);
        if (!callout) return `<blockquote>\n${inner}</blockquote>\n`;
        return `<aside class="callout callout-${callout.kind}" aria-label="${callout.label}"><p class="callout-title"><strong>${callout.label}</strong></p>\n${callout.body}</aside>\n`;
      },
    },
  });
  const raw = marked.parse(markdown, { async: false });
  return { html: sanitizeHtml(raw, sanitizeOptions(siteOrigin)), toc };
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const CACHE_LIMIT = 500;
const cache = new Map<string, RenderedMarkdown>();

/** Sanitised HTML and a table of contents for a Markdown document, cached by content hash. */
export function renderMarkdown(markdown: string): RenderedMarkdown {
  const origin = config().PUBLIC_ORIGIN;
  const key = createHash("sha256")
    .update(`${origin ?? ""}\n${markdown}`)
    .digest("base64url");
  const hit = cache.get(key);
  if (hit) {
    // Re-insert so the Map's insertion order doubles as least-recently-used order.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const rendered = renderUncached(markdown, origin);
  cache.set(key, rendered);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return rendered;
}

/** For tests and diagnostics: how many rendered documents are held. */
export function renderCacheSize(): number {
  return cache.size;
}
