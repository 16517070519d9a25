/**
 * The visitor's address, for audit rows and per-IP limits. server.js writes the address Express
 * worked out (honouring TRUST_PROXY) into x-cx-client-ip after discarding any value the client
 * sent; without it (tests, other hosts) the first x-forwarded-for hop is the best we have.
 */
export const CLIENT_IP_HEADER = "x-cx-client-ip";

export function clientIp(request: Request): string | null {
  const fromServer = request.headers.get(CLIENT_IP_HEADER)?.trim();
  if (fromServer) return fromServer.slice(0, 64);
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded ? forwarded.slice(0, 64) : null;
}
