import type { ReactNode } from "react";
import { Box } from "@ag.ds-next/react/box";
import { Footer, FooterDivider } from "@ag.ds-next/react/footer";
import { Header } from "@ag.ds-next/react/header";
import { LinkList } from "@ag.ds-next/react/link-list";
import { MainNav } from "@ag.ds-next/react/main-nav";
import { SkipLinks } from "@ag.ds-next/react/skip-link";
import { Text } from "@ag.ds-next/react/text";
import { SiteSearch } from "./site-search";

const NAV_ITEMS = [
  { label: "Products", href: "/products" },
  { label: "Providers", href: "/providers" },
  { label: "Guidance", href: "/articles" },
  { label: "Community", href: "/community" },
];

/** The section a path belongs to, so /products/x still highlights "Products". */
function activeSection(pathname: string): string | undefined {
  return NAV_ITEMS.find((i) => pathname === i.href || pathname.startsWith(`${i.href}/`))?.href;
}

export function SiteLayout({
  pathname,
  searchQuery,
  children,
}: {
  pathname: string;
  searchQuery?: string;
  children: ReactNode;
}) {
  return (
    <>
      <SkipLinks
        links={[
          { label: "Skip to main content", href: "#main-content" },
          { label: "Skip to main navigation", href: "#main-nav" },
        ]}
      />
      <Box>
        <Header
          background="bodyAlt"
          heading="Cloud Exchange"
          subline="Find, judge and buy certified cloud services for Australian government"
          logo={<Logo />}
          rightContent={<SiteSearch defaultValue={searchQuery} />}
        />
        <MainNav id="main-nav" activePath={activeSection(pathname)} items={NAV_ITEMS} />
      </Box>
      <Box as="main" id="main-content" tabIndex={-1} paddingY={2}>
        {children}
      </Box>
      <Footer background="bodyAlt">
        <nav aria-label="Footer">
          <LinkList
            horizontal
            links={[
              { label: "About the badges", href: "/badges" },
              { label: "Procurement rules", href: "/rules" },
              { label: "Search", href: "/search" },
            ]}
          />
        </nav>
        <FooterDivider />
        <Text as="p" fontSize="xs">
          Cloud Exchange puts the Australian Government's Secure Cloud Strategy into practice. Listings
          marked as sample data are fictional and for demonstration only.
        </Text>
      </Footer>
    </>
  );
}

function Logo() {
  // Decorative: the heading beside it names the service.
  return (
    <svg aria-hidden="true" focusable="false" width="48" height="48" viewBox="0 0 48 48">
      <path d="M14 34h22a8 8 0 0 0 0-16 11 11 0 0 0-21-2 9 9 0 0 0-1 18z" fill="currentColor" />
    </svg>
  );
}
