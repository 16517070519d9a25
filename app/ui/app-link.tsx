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
  // Files (a path ending in an extension, whatever the query, or a download link) are fetched by the
  // browser itself: Remix's client router would try to render them as a page.
  const file = props.download !== undefined || /\.[a-z0-9]+$/i.test(href.split(/[?#]/)[0]);
  if (/^(https?:|mailto:|#)/.test(href) || file) {
    // The link's text arrives in props.children, from the design-system component rendering it.
    // eslint-disable-next-line jsx-a11y/anchor-has-content
    return <a ref={ref} href={href} {...props} />;
  }
  return <Link ref={ref} to={href} prefetch="intent" {...props} />;
});
