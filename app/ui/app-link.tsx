import { Link } from "@remix-run/react";
import { forwardRef, type AnchorHTMLAttributes } from "react";

/**
 * The design system renders every link through this component, so in-app links use Remix's
 * client-side navigation while links to other sites stay plain anchors.
 */
export const AppLink = forwardRef<HTMLAnchorElement, AnchorHTMLAttributes<HTMLAnchorElement>>(function AppLink(
  { href = "", ...props },
  ref,
) {
  if (/^(https?:|mailto:|#)/.test(href) || href.endsWith(".csv") || href.endsWith(".xml")) {
    // The link's text arrives in props.children, from the design-system component rendering it.
    // eslint-disable-next-line jsx-a11y/anchor-has-content
    return <a ref={ref} href={href} {...props} />;
  }
  return <Link ref={ref} to={href} prefetch="intent" {...props} />;
});
