/**
 * Breadcrumbs in the design system's look (its Flex, TextLink and chevron), every level always
 * shown. AGDS Breadcrumbs hides the middle levels on phones behind a "…" button that only works
 * with JavaScript, and brings that button's code to every page that has a trail; here a long trail
 * simply wraps, with or without JavaScript (decision 006).
 */
import { ClassNames } from "@emotion/react";
import { VisuallyHidden } from "@ag.ds-next/react/a11y";
import { Flex } from "@ag.ds-next/react/flex";
import { ChevronRightIcon } from "@ag.ds-next/react/icon";
import { TextLink } from "@ag.ds-next/react/text-link";

export interface BreadcrumbLink {
  href?: string;
  label: string;
}

export function Breadcrumbs({ links }: { links: BreadcrumbLink[] }) {
  return (
    <nav aria-label="Breadcrumbs">
      <Flex as="ol" alignItems="center" flexWrap="wrap" gap={0.5}>
        {links.map((link, i) => (
          <Flex as="li" key={`${i}-${link.label}`} alignItems="center" color="text" fontSize="sm" gap={0.5}>
            {i > 0 ? (
              <ClassNames>
                {/* Aligned with the line height of the item's text, as in AGDS. */}
                {({ css }) => (
                  <ChevronRightIcon color="border" size="sm" className={css({ flexShrink: 0, position: "relative", top: 1 })} />
                )}
              </ClassNames>
            ) : null}
            {link.href ? <TextLink href={link.href}>{link.label}</TextLink> : link.label}
            {i === links.length - 1 ? <VisuallyHidden> (current page)</VisuallyHidden> : null}
          </Flex>
        ))}
      </Flex>
    </nav>
  );
}
