/**
 * The header band and skip links, laid out as the design system's Header and SkipLinks draw them
 * (same tokens, sizes and breakpoints), from its Box, Flex, Stack and Text primitives. Those two
 * components and the grid under them cost every page about 2 KB gzip for markup that never changes
 * after the server renders it; the catalogue's heaviest page needs that room under its 150 KB budget.
 */
import { ClassNames } from "@emotion/react";
import type { ReactNode } from "react";
import { Box } from "@ag.ds-next/react/box";
import { boxPalette, mapSpacing, packs, tokens, useLinkComponent } from "@ag.ds-next/react/core";
import { Flex } from "@ag.ds-next/react/flex";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";

export function SkipLinks({ links }: { links: { label: string; href: string }[] }) {
  return (
    <ClassNames>
      {({ css }) => {
        // Off screen until focused, then a primary button in the top-left corner.
        const link = css({
          position: "absolute",
          width: 1,
          height: 1,
          overflow: "hidden",
          clip: "rect(0 0 0 0)",
          clipPath: "inset(50%)",
          whiteSpace: "nowrap",
          "&:focus-visible": {
            top: mapSpacing(1),
            left: mapSpacing(1),
            width: "auto",
            height: "auto",
            clip: "auto",
            clipPath: "none",
            overflow: "visible",
            whiteSpace: "normal",
            zIndex: tokens.zIndex.skipLink,
            padding: `${mapSpacing(0.75)} ${mapSpacing(1.5)}`,
            borderRadius: tokens.borderRadius,
            background: boxPalette.foregroundAction,
            color: boxPalette.backgroundBody,
            fontWeight: tokens.fontWeight.bold,
            textDecoration: "none",
            ...packs.outline,
            outlineStyle: "solid",
          },
        });
        return (
          <nav aria-label="Skip links">
            {links.map((l) => (
              <a key={l.href} href={l.href} className={link}>
                {l.label}
              </a>
            ))}
          </nav>
        );
      }}
    </ClassNames>
  );
}

export function SiteHeader({
  heading,
  subline,
  logo,
  rightContent,
}: {
  heading: string;
  subline: string;
  logo: ReactNode;
  rightContent: ReactNode;
}) {
  const Link = useLinkComponent();
  return (
    <Flex as="header" background="bodyAlt" color="text" justifyContent="center" paddingY={{ xs: 1.5, md: 3 }}>
      <Box maxWidth={tokens.maxWidth.container} paddingX={tokens.containerPadding} width="100%">
        <Flex
          flexDirection={{ xs: "column", lg: "row" }}
          justifyContent="space-between"
          alignItems={{ xs: "stretch", lg: "center" }}
          gap={1.5}
        >
          <ClassNames>
            {({ css }) => (
              <Flex
                as={Link}
                href="/"
                color="text"
                focusRingFor="keyboard"
                gap={1}
                flexDirection={{ xs: "column", md: "row" }}
                alignItems={{ xs: "flex-start", md: "stretch" }}
                className={css({ textDecoration: "none", "&:hover": packs.underline })}
              >
                {logo}
                <Box borderRight display={{ xs: "none", md: "block" }} className={css(packs.print.hidden)} />
                <Stack justifyContent="center">
                  <Text fontSize={{ xs: "md", sm: "xl" }} fontWeight="bold" lineHeight="default" maxWidth={tokens.maxWidth.bodyText}>
                    {heading}
                  </Text>
                  <Text color="muted" fontSize={{ xs: "sm", sm: "md" }}>
                    {subline}
                  </Text>
                </Stack>
              </Flex>
            )}
          </ClassNames>
          <Box alignSelf={{ xs: "stretch", lg: "flex-start" }}>{rightContent}</Box>
        </Flex>
      </Box>
    </Flex>
  );
}
