import type { ReactNode } from "react";
import { Box } from "@ag.ds-next/react/box";
import { Button } from "@ag.ds-next/react/button";
import { Flex } from "@ag.ds-next/react/flex";
import { Footer, FooterDivider } from "@ag.ds-next/react/footer";
import { LinkList } from "@ag.ds-next/react/link-list";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { CsrfInput } from "./csrf-input";
import { MainNav } from "./main-nav";
import { SiteHeader, SkipLinks } from "./site-header";
import { SiteSearch } from "~/search/site-search";

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

/** Who is signed in, as the root loader tells the header (null: nobody). */
export type HeaderUser = { displayName: string; isAdmin: boolean } | null;

export function SiteLayout({ pathname, user = null, children }: { pathname: string; user?: HeaderUser; children: ReactNode }) {
  return (
    <>
      <SkipLinks
        links={[
          { label: "Skip to main content", href: "#main-content" },
          { label: "Skip to main navigation", href: "#main-nav" },
        ]}
      />
      <Box>
        <SiteHeader
          heading="Cloud Exchange"
          subline="Find, judge and buy certified cloud services for Australian government"
          logo={<Logo />}
          rightContent={
            <Flex flexDirection="column" gap={1} alignItems="flex-end">
              <AccountLinks user={user} pathname={pathname} />
              {/* The search page has its own, larger box: one search box per page. */}
              {pathname === "/search" ? null : <SiteSearch />}
            </Flex>
          }
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
              // The main sections again, for whoever has scrolled to the bottom.
              ...NAV_ITEMS,
              { label: "About the badges", href: "/badges" },
              { label: "Procurement rules", href: "/rules" },
              { label: "Assessment framework", href: "/framework" },
              { label: "Your requirements", href: "/requirements" },
              { label: "Proposed purchase", href: "/purchase" },
              { label: "Shortlists", href: "/shortlists" },
              { label: "Search", href: "/search" },
              { label: "What's new", href: "/whats-new" },
              { label: "Insights", href: "/insights" },
              { label: "Data dictionary", href: "/data-dictionary" },
              { label: "Open data API", href: "/data-dictionary#api" },
            ]}
          />
        </nav>
        <FooterDivider />
        <Text as="p" fontSize="xs">
          Cloud Exchange puts the Australian Government's Secure Cloud Strategy into practice. Listings marked as sample data are fictional
          and for demonstration only.
        </Text>
      </Footer>
    </>
  );
}

/** Sign in, or the person's name with Account, Admin and a POST sign-out (a link could be forged). */
function AccountLinks({ user, pathname }: { user: HeaderUser; pathname: string }) {
  if (!user) {
    const back = pathname === "/login" || pathname === "/join" ? "" : `?redirectTo=${encodeURIComponent(pathname)}`;
    return (
      <nav aria-label="Account">
        <TextLink href={`/login${back}`}>Sign in</TextLink>
      </nav>
    );
  }
  return (
    <nav aria-label="Account">
      <Flex gap={1} alignItems="center" flexWrap="wrap" justifyContent="flex-end">
        <Text fontSize="sm">
          Signed in as <strong>{user.displayName}</strong>
        </Text>
        <TextLink href="/account">Account</TextLink>
        {user.isAdmin ? <TextLink href="/admin">Admin</TextLink> : null}
        <form method="post" action="/logout">
          <CsrfInput />
          <Button type="submit" variant="text" size="sm">
            Sign out
          </Button>
        </form>
      </Flex>
    </nav>
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
