/**
 * Who secures what for one product: control areas down the side, the three parties across, so a
 * reader can run an eye down the Agency column to see their own share.
 */
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@ag.ds-next/react/table";
import { TableScroll } from "~/ui/table-scroll";
import { PARTIES, PARTY_LABELS, type ControlArea, type Party } from "./areas";
import { DiffersMark, PartyLabel } from "./responsibility-party";

export interface MatrixRow {
  area: ControlArea;
  label: string;
  party: Party;
  note: string;
  defaultParty: Party;
  differsFromDefault: boolean;
}

/** Below 600px the five columns would not fit: the same rows are a list there, one area a block. */
const NARROW =
  "@media (max-width: 599px) { .matrix-wide { display: none; } } @media (min-width: 600px) { .matrix-narrow { display: none; } }";

export function ResponsibilityMatrix({ rows, serviceModel, caption }: { rows: MatrixRow[]; serviceModel: string; caption: string }) {
  const differing = rows.filter((r) => r.differsFromDefault).length;
  return (
    <>
      <style>{NARROW}</style>
      <ul className="matrix-narrow" aria-label={caption} style={{ listStyle: "none", margin: 0, padding: 0 }}>
        {rows.map((r) => (
          <li key={r.area} style={{ padding: "0.75rem 0", borderBottom: "1px solid var(--agds-light-border, #ccc)" }}>
            <strong>{r.label}</strong>: <PartyLabel party={r.party} />
            <br />
            {r.note}
            {r.differsFromDefault ? (
              <>
                {" "}
                <DiffersMark>
                  Differs from the {serviceModel} default: usually {PARTY_LABELS[r.defaultParty].toLowerCase()}
                </DiffersMark>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <div className="matrix-wide">
        <TableScroll label={caption}>
          <Table>
            <TableCaption>
              {caption}
              <span style={{ display: "block", fontWeight: 400, fontSize: "0.875rem" }}>
                {differing === 0
                  ? `The usual ${serviceModel} split throughout.`
                  : `${differing} ${differing === 1 ? "area differs" : "areas differ"} from the usual ${serviceModel} split (flagged).`}
              </span>
            </TableCaption>
            <TableHead>
              <TableRow>
                <TableHeader scope="col">Control area</TableHeader>
                {PARTIES.map((p) => (
                  <TableHeader key={p} scope="col">
                    {PARTY_LABELS[p]}
                  </TableHeader>
                ))}
                <TableHeader scope="col">What it means</TableHeader>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.area} background={r.differsFromDefault ? "warning" : undefined}>
                  <TableCell as="th" scope="row" fontWeight="bold">
                    {r.label}
                  </TableCell>
                  {PARTIES.map((p) => (
                    <TableCell key={p}>{r.party === p ? <PartyLabel party={p} /> : null}</TableCell>
                  ))}
                  <TableCell>
                    {r.note}
                    {r.differsFromDefault ? (
                      <>
                        {" "}
                        <DiffersMark>
                          Differs from the {serviceModel} default: usually {PARTY_LABELS[r.defaultParty].toLowerCase()}
                        </DiffersMark>
                      </>
                    ) : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      </div>
    </>
  );
}
