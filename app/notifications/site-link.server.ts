import { config } from "~/platform/config.server";

/** Links in e-mails and feeds: absolute, on the configured public origin, so a forged Host header cannot steer them. */
export function siteLink(path: string): string {
  return new URL(path, config().PUBLIC_ORIGIN).toString();
}
