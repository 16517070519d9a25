import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { findPack, packChecksum } from "~/shortlists/evidence-pack.server";
import { renderPackPdf } from "~/shortlists/evidence-pack-pdf.server";
import { packWords } from "~/shortlists/evidence-pack-words.server";
import { requireUser } from "~/accounts/session.server";
import { downloadHeaders, packFilename } from "~/shortlists/shortlist-export.server";

/** /shortlists/:id/evidence-pack.pdf?snapshot=N: the pack drawn on the server, with its checksum. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const pack = findPack({ userId: user.id, id: params.id, snapshot: new URL(request.url).searchParams.get("snapshot") });
  if ("problem" in pack) throw json(pack.problem, { status: 404 });
  const { shortlist, snapshot } = pack;
  if (!snapshot) throw json("No snapshot has been taken of this shortlist yet.", { status: 404 });
  const url = new URL(`/shortlists/${shortlist.id}/evidence-pack.json?snapshot=${snapshot.id}`, request.url).href;
  const pdf = await renderPackPdf({ words: packWords(snapshot), checksum: packChecksum(snapshot.data), url });
  const filename = packFilename({ shortlist, snapshotId: snapshot.id, takenOn: snapshot.data.takenOn, extension: "pdf" });
  return new Response(new Uint8Array(pdf), {
    headers: { ...downloadHeaders("application/pdf", filename), "Content-Length": String(pdf.length) },
  });
}
