/** Calls a route's loader or action the way Remix does, turning thrown Responses into answers. */
import { cookieFrom } from "../accounts/support";

type Handler = (args: never) => Promise<Response> | Response;

export async function call(handler: Handler, request: Request, params: Record<string, string> = {}): Promise<Response> {
  try {
    return await handler({ request, params, context: {} } as never);
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

export function get(url: string, cookie = ""): Request {
  return new Request(`http://test${url}`, { headers: { cookie } });
}

export function post(url: string, fields: Record<string, string | string[]>, browser: { cookie: string; csrf: string }): Request {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one);
  body.set("csrf", browser.csrf);
  return new Request(`http://test${url}`, {
    method: "POST",
    body,
    headers: { cookie: browser.cookie, "content-type": "application/x-www-form-urlencoded" },
  });
}

/** Keeps a browser's cookies up to date with a response's Set-Cookie headers. */
export function remember(browser: { cookie: string; csrf: string }, res: Response) {
  browser.cookie = cookieFrom(res.headers, browser.cookie);
}

/** A purchase most products can be judged on: PROTECTED data, under every dollar threshold. */
export const PROTECTED_PURCHASE: Record<string, string> = {
  classification: "PROTECTED",
  costGstInc: "50,000",
  costExGst: "45,455",
  initialTermMonths: "12",
  extensionMonths: "",
  signingDate: "2026-07-01",
  panel: "none",
  liability: "capped",
  targetE8: "none",
};
