import { json, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { PageContent } from "@ag.ds-next/react/content";
import { H1 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@ag.ds-next/react/table";
import { TableScroll } from "~/ui/table-scroll";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { todayIso } from "~/platform/dates";
import { listRules, loadRuleVersions } from "~/procurement/rules.server";
import { describeWindow, versionInForce } from "~/procurement/rule-version";

export const meta: MetaFunction = () => [{ title: "Procurement rules | Cloud Exchange" }];

export async function loader() {
  const today = todayIso();
  const versions = loadRuleVersions();
  const rules = listRules().map((rule) => {
    const own = versions.filter((v) => v.key === rule.key);
    const current = versionInForce(own, today) ?? own[own.length - 1] ?? null;
    return {
      key: rule.key,
      name: rule.name,
      owner: rule.owner,
      retired: rule.retiredAt !== null,
      versionCount: own.length,
      current: current && {
        version: current.version,
        window: describeWindow(current),
        inForce: versionInForce(own, today) !== null,
        summary: current.summary,
        sourceTitle: current.sourceTitle,
        sourceUrl: current.sourceUrl,
      },
    };
  });
  return json({ rules });
}

export default function Rules() {
  const { rules } = useLoaderData<typeof loader>();
  return (
    <PageContent>
      <Stack gap={2}>
        <H1>Procurement rules</H1>
        <Text as="p">
          The rules Cloud Exchange checks each proposed purchase and product against. Each rule is data with the dates it was in force, so a
          contract is judged by the version in force on its signing date.
        </Text>
        <TableScroll>
          <Table>
            <TableCaption>{rules.length} rules</TableCaption>
            <TableHead>
              <TableRow>
                <TableHeader scope="col">Rule</TableHeader>
                <TableHeader scope="col">Owner</TableHeader>
                <TableHeader scope="col">Version shown</TableHeader>
                <TableHeader scope="col">Source</TableHeader>
              </TableRow>
            </TableHead>
            <TableBody>
              {rules.map((r) => (
                <TableRow key={r.key}>
                  <TableCell as="th" scope="row">
                    <TextLink href={`/rules/${r.key}`}>{r.name}</TextLink>
                    {r.retired ? " (retired)" : ""}
                  </TableCell>
                  <TableCell>{r.owner}</TableCell>
                  <TableCell>
                    {r.current
                      ? `Version ${r.current.version} of ${r.versionCount}, ${r.current.inForce ? "in force" : "not in force today"} (${r.current.window})`
                      : "No versions"}
                  </TableCell>
                  <TableCell>
                    {r.current ? (
                      <TextLink href={r.current.sourceUrl} rel="noopener noreferrer">
                        {r.current.sourceTitle}
                      </TextLink>
                    ) : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      </Stack>
    </PageContent>
  );
}
