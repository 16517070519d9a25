import { H2 } from "@ag.ds-next/react/heading";
import { Prose } from "@ag.ds-next/react/prose";
import type { TocEntry } from "~/platform/markdown-parts";

/** "On this page": links to the article's section anchors. Rendered by React, so text is escaped. */
export function ArticleToc({ toc }: { toc: TocEntry[] }) {
  if (toc.length < 2) return null;
  // Third-level headings nest under the second-level heading before them.
  const groups: { entry: TocEntry; children: TocEntry[] }[] = [];
  for (const t of toc) {
    if (t.depth === 3 && groups.length > 0) groups[groups.length - 1].children.push(t);
    else groups.push({ entry: t, children: [] });
  }
  return (
    <nav aria-labelledby="toc-heading">
      <H2 id="toc-heading" fontSize="md">
        On this page
      </H2>
      <Prose>
        <ul>
          {groups.map(({ entry, children }) => (
            <li key={entry.id}>
              <a href={`#${entry.id}`}>{entry.text}</a>
              {children.length > 0 ? (
                <ul>
                  {children.map((c) => (
                    <li key={c.id}>
                      <a href={`#${c.id}`}>{c.text}</a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      </Prose>
    </nav>
  );
}
