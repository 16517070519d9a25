import { createContext, useContext } from "react";

/**
 * The CSP nonce for the scripts Remix writes into the page. The server provides it around
 * <RemixServer>; in the browser it is undefined, which is right: browsers hide nonces from the DOM,
 * and scripts added after hydration come from our own origin.
 */
export const NonceContext = createContext<string | undefined>(undefined);

export function useNonce(): string | undefined {
  return useContext(NonceContext);
}
