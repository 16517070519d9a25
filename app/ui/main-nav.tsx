/**
 * The main navigation, drawn with the design system's tokens in the design system's main-nav style.
 *
 * Why not AGDS MainNav: on phones it hides the links behind a Menu button that only opens with
 * JavaScript, and it brings a dropdown menu, focus lock and a positioning engine (about 17 KB gzip)
 * to every page for four links. Here the links simply wrap on narrow screens, so they work everywhere.
 */
import { ClassNames } from "@emotion/react";
import { Box } from "@ag.ds-next/react/box";
import { boxPalette, mapSpacing, packs, tokens, useLinkComponent } from "@ag.ds-next/react/core";

export type NavItem = { label: string; href: string };

export function MainNav({ id, items, activePath }: { id: string; items: NavItem[]; activePath?: string }) {
  const Link = useLinkComponent();
  return (
    <ClassNames>
      {({ css }) => (
        // The skip link's target: focus lands here without drawing a ring round the whole band.
        <Box background="body" color="text" id={id} tabIndex={-1} className={css({ "&:focus": { outline: "none" } }, packs.print.hidden)}>
          <nav
            aria-label="Main"
            className={css({
              maxWidth: tokens.maxWidth.container,
              margin: "0 auto",
              paddingInline: mapSpacing(0.75),
              [tokens.mediaQuery.min.lg]: { paddingInline: mapSpacing(2) },
            })}
          >
            <ul className={css({ display: "flex", flexWrap: "wrap", listStyle: "none", margin: 0, padding: 0 })}>
              {items.map((item) => {
                const active = item.href === activePath;
                return (
                  <li key={item.href} className={css({ display: "flex" })}>
                    <Link
                      href={item.href}
                      aria-current={active ? "page" : undefined}
                      className={css({
                        position: "relative",
                        display: "flex",
                        alignItems: "center",
                        minHeight: "3rem",
                        // Tighter on phones so the four sections fit on one line at 390 px.
                        paddingInline: mapSpacing(0.5),
                        [tokens.mediaQuery.min.md]: { paddingInline: mapSpacing(1) },
                        color: active ? boxPalette.foregroundText : boxPalette.foregroundAction,
                        textDecoration: "none",
                        fontWeight: active ? tokens.fontWeight.bold : undefined,
                        "&::after": active
                          ? {
                              content: '""',
                              position: "absolute",
                              left: 0,
                              right: 0,
                              bottom: 0,
                              height: mapSpacing(0.5),
                              backgroundColor: boxPalette.foregroundAction,
                            }
                          : undefined,
                        "&:hover": { color: boxPalette.foregroundText, backgroundColor: boxPalette.backgroundShade, ...packs.underline },
                        "&:focus-visible": { ...packs.outline, outlineStyle: "solid", zIndex: 1 },
                      })}
                    >
                      {item.label}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
          <Box borderBottom borderBottomWidth="xxl" borderColor="accent" />
        </Box>
      )}
    </ClassNames>
  );
}
