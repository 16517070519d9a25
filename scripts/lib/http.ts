/**
 * A small HTTP client over node:http with a keep-alive agent sized to the connection count, so
 * the load is N real sockets rather than whatever a global pool decides.
 */
import http from "node:http";

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  ms: number;
}

export function makeAgent(connections: number): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
}

export function request(
  agent: http.Agent,
  url: string,
  { method = "GET", headers = {}, form }: { method?: string; headers?: Record<string, string>; form?: Record<string, string> } = {},
): Promise<Reply> {
  const target = new URL(url);
  // Only this machine is ever loaded.
  if (target.hostname !== "127.0.0.1") throw new Error(`refusing to send load to ${target.hostname}`);
  const body = form ? new URLSearchParams(form).toString() : undefined;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      target,
      {
        agent,
        method: form ? "POST" : method,
        headers: {
          ...headers,
          ...(body === undefined
            ? {}
            : { "content-type": "application/x-www-form-urlencoded", "content-length": String(Buffer.byteLength(body)) }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString("utf8"),
            ms: performance.now() - started,
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** Merges a reply's Set-Cookie headers into a Cookie header. */
export function mergeCookies(previous: string, setCookie: string[] | undefined): string {
  const jar = new Map<string, string>();
  for (const part of previous.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name) jar.set(name, rest.join("="));
  }
  for (const line of setCookie ?? []) {
    const [name, ...rest] = line.split(";")[0].trim().split("=");
    const value = rest.join("=");
    if (value === "" || /max-age=0/i.test(line)) jar.delete(name);
    else jar.set(name, value);
  }
  return [...jar].map(([n, v]) => `${n}=${v}`).join("; ");
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
