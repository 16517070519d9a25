import type { ServiceModel } from "~/catalogue/vocabulary";

/** A hand-written sample product; facts such as dates and badges are generated around it. */
export interface ProductSpec {
  provider: string;
  serviceModel: ServiceModel;
  name: string;
  categories: string[];
  summary: string;
  /** Two to four sentences; a sentence or two about hosting and support are added from the provider. */
  description: string;
}

export function specsFor(serviceModel: ServiceModel) {
  return (provider: string, name: string, categories: string[], summary: string, description: string): ProductSpec => ({
    provider,
    serviceModel,
    name,
    categories,
    summary,
    description,
  });
}
