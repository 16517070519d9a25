import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { evidencePackFile, findPack } from "~/shortlists/evidence-pack.server";
import { requireUser } from "~/accounts/session.server";
import { downloadHeaders, packFilename } from "~/shortlists/shortlist-export.server";

/** /shortlists/:id/evidence-pack.json?snapshot=N: the snapshot's content and its checksum, as a file. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const pack = findPack({ userId: user.id, id: params.id, snapshot: new URL(request.url).searchParams.get("snapshot") });
  if ("problem" in pack) throw json(pack.problem, { status: 404 });
  const { shortlist, snapshot } = pack;
  if (!snapshot) throw json("No snapshot has been taken of this shortlist yet.", { status: 404 });
  const filename = packFilename({ shortlist, snapshotId: snapshot.id, takenOn: snapshot.data.takenOn, extension: "json" });
  return new Response(`${JSON.stringify(evidencePackFile(snapshot.data), null, 2)}\n`, {
    headers: downloadHeaders("application/json; charset=utf-8", filename),
  });
}
