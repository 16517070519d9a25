import { json } from "@remix-run/node";

/**
 * request.formData() throws a TypeError on a body that is not a readable form (a truncated
 * multipart body, a multipart type without a boundary...), which would surface as a 500. server.js
 * already refuses other content types with 415; this answers the broken forms that get past it.
 * That is the client's mistake: answer 400 in plain words.
 */
export async function readForm(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    throw json("Send this as a form: the request body could not be read.", { status: 400 });
  }
}
