/** Framework version 1, published once per test database: what every assessment test starts from. */
import { FRAMEWORK_V1 } from "~/assessments/framework-v1";
import { currentFramework, publishFrameworkVersion } from "~/assessments/framework.server";

export function ensureFrameworkV1(): void {
  if (currentFramework()) return;
  publishFrameworkVersion({
    input: {
      effectiveFrom: "2024-07-01",
      summary: "The Cloud Assessment Tool's 31 qualities.",
      sourceTitle: "Cloud Assessment Tool",
      sourceUrl: "https://www.dta.gov.au/",
      document: FRAMEWORK_V1,
    },
    createdBy: null,
  });
}
