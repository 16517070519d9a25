import { PageContent } from "@ag.ds-next/react/content";
import { H1 } from "@ag.ds-next/react/heading";
import { Text } from "@ag.ds-next/react/text";

export default function Home() {
  return (
    <PageContent>
      <H1>Cloud Exchange</H1>
      <Text as="p">Find certified cloud services.</Text>
    </PageContent>
  );
}
