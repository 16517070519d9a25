/**
 * A strict little XML reader for the feed tests, written apart from the writer so it can catch it
 * out: it throws on an unclosed or mismatched tag, a raw "<" or an unknown entity in text, and
 * anything after the root; it returns the element tree. No DTDs, comments or CDATA: our feeds
 * never write them, so meeting one is a failure too.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const NAME = "[A-Za-z_][\\w.:-]*";
const TAG = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`);
const ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, "g");

function unescape(text: string, at: number): string {
  return text.replace(/&([^;\s]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(";")) throw new Error(`A bare "&" at ${at}`);
    if (name in ENTITIES) return ENTITIES[name];
    const code = /^#(\d+)$/.exec(name)?.[1] ?? (/^#x([0-9a-f]+)$/i.exec(name) ? String(parseInt(name.slice(2), 16)) : null);
    if (code === null) throw new Error(`Unknown entity &${name}; at ${at}`);
    return String.fromCodePoint(Number(code));
  });
}

export function parseXml(source: string): XmlElement {
  let rest = source.replace(/^<\?xml[^?]*\?>\s*/, "");
  let at = source.length - rest.length;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  while (rest.length > 0) {
    if (rest.startsWith("<")) {
      const m = TAG.exec(rest);
      if (!m) throw new Error(`Not a tag at ${at}: ${rest.slice(0, 40)}`);
      const [whole, closing, name, attrs, selfClosing] = m;
      if (closing) {
        const open = stack.pop();
        if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name ?? "nothing"}> at ${at}`);
        if (stack.length === 0) root = open;
      } else {
        if (root) throw new Error(`Something after the root element at ${at}`);
        const attributes: Record<string, string> = {};
        for (const a of attrs.matchAll(ATTRIBUTE)) attributes[a[1]] = unescape(a[2] ?? a[3], at);
        const element: XmlElement = { name, attributes, children: [], text: "" };
        stack.at(-1)?.children.push(element);
        if (selfClosing) {
          if (stack.length === 0) root = element;
        } else stack.push(element);
      }
      rest = rest.slice(whole.length);
      at += whole.length;
    } else {
      const end = rest.indexOf("<");
      const text = end === -1 ? rest : rest.slice(0, end);
      if (stack.length === 0 && text.trim()) throw new Error(`Text outside the root at ${at}`);
      if (stack.length > 0) stack.at(-1)!.text += unescape(text, at);
      rest = rest.slice(text.length);
      at += text.length;
    }
  }
  if (stack.length > 0) throw new Error(`<${stack.at(-1)!.name}> is never closed`);
  if (!root) throw new Error("No root element");
  return root;
}

export const childrenNamed = (e: XmlElement, name: string) => e.children.filter((c) => c.name === name);
export const childText = (e: XmlElement, name: string) => childrenNamed(e, name)[0]?.text ?? null;
