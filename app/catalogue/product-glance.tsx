import { SummaryList, SummaryListItem, SummaryListItemDescription, SummaryListItemTerm } from "@ag.ds-next/react/summary-list";
import { TextLink } from "@ag.ds-next/react/text-link";

/** One line of the summary: a sentence, and optionally a link that follows it (or leads it, with `first`). */
export interface GlanceRow {
  term: string;
  text: string;
  link?: { href: string; label: string; first?: boolean };
}

/** "At a glance" on the product page: the rows glanceRows worked out, one line each. */
export function ProductGlance({ rows }: { rows: GlanceRow[] }) {
  return (
    <SummaryList>
      {rows.map(({ term, text, link }) => (
        <SummaryListItem key={term}>
          <SummaryListItemTerm>{term}</SummaryListItemTerm>
          <SummaryListItemDescription>
            {/* One inline run: the description lays its children out as flex items, which drops the space before a link. */}
            <span>
              {link?.first ? (
                <>
                  <TextLink href={link.href}>{link.label}</TextLink> {text}
                </>
              ) : (
                <>
                  {text}
                  {link ? (
                    <>
                      {" "}
                      <TextLink href={link.href}>{link.label}</TextLink>
                    </>
                  ) : null}
                </>
              )}
            </span>
          </SummaryListItemDescription>
        </SummaryListItem>
      ))}
    </SummaryList>
  );
}
