/**
 * Structured logs: one JSON object per line on stdout (errors on stderr), each with the request id
 * server.js gives every request, so a report from a user ("request id …") finds its log lines.
 * Secrets and personal details never reach a log: keys that name them are dropped, and e-mail
 * addresses inside any text are masked.
 */
type Level = "info" | "warn" | "error";
type Fields = Record<string, unknown>;

const SECRET_KEY = /pass(word)?|token|secret|cookie|csrf|authori[sz]ation|session|e-?mail/i;
// Strict enough to leave file paths alone ("node_modules/@remix-run/node/dist/x.js" is no address).
const EMAIL = /(?<![\w.%+/-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return value.replace(EMAIL, "[email]").slice(0, 2000);
  if (value === null || typeof value !== "object") return value;
  if (depth > 4) return "[nested]";
  if (value instanceof Error) return { name: value.name, message: redact(value.message), stack: redact(value.stack ?? "") };
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => redact(v, depth + 1));
  const out: Fields = {};
  for (const [key, v] of Object.entries(value)) out[key] = SECRET_KEY.test(key) ? "[redacted]" : redact(v, depth + 1);
  return out;
}

/** The id server.js put on this request (it also answers it in the x-request-id header). */
export function requestIdOf(request: Request | undefined): string | undefined {
  const id = request?.headers.get("x-request-id");
  return id && REQUEST_ID.test(id) ? id : undefined;
}

/** The path only: query strings can carry tokens (password reset, e-mail confirmation). */
function pathOf(request: Request | undefined): string | undefined {
  if (!request) return undefined;
  try {
    return new URL(request.url).pathname;
  } catch {
    return undefined;
  }
}

export function formatLine(level: Level, event: string, fields: Fields = {}, request?: Request): string {
  const { request: _ignored, ...rest } = fields;
  return JSON.stringify({
    time: new Date().toISOString(),
    level,
    event,
    requestId: requestIdOf(request),
    method: request?.method,
    path: pathOf(request),
    ...(redact(rest) as Fields),
  });
}

function write(level: Level, event: string, fields?: Fields, request?: Request) {
  const line = formatLine(level, event, fields, request);
  if (level === "error") process.stderr.write(`${line}\n`);
  else process.stdout.write(`${line}\n`);
}

export const logger = {
  info: (event: string, fields?: Fields, request?: Request) => write("info", event, fields, request),
  warn: (event: string, fields?: Fields, request?: Request) => write("warn", event, fields, request),
  error: (event: string, fields?: Fields, request?: Request) => write("error", event, fields, request),
};
