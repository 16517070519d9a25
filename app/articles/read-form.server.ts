import { json } from "@remix-run/node";

/**
 * request.formData() throws a TypeError on a body that is not a form (a bare POST, JSON...), which
 * would surface as a 500. That is the client's mistake: answer 400 in plain words instead.
 */
export async function readForm(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    throw json("Send this as a form.", { status: 400 });
  }
}
