/** Sample price items for platforms (PaaS) and software (SaaS). */
import type { PriceItem } from "~/pricing/price-items";
import { between, egress, has, inCategory, item, onboarding, scale, type PricedProduct } from "./price-kit";
import type { Random } from "./random";

export function database(rng: Random, p: PricedProduct): PriceItem[] {
  const base = between(rng, 0.18, 0.42);
  const items = [
    item(
      "db-instance",
      "Database instance (2 vCPU, 8 GB)",
      "instance_hour",
      scale(base, [
        [2_190, 0.95],
        [7_300, 0.9],
      ]),
    ),
    item("db-standby", "High-availability standby", "instance_hour", [[0, base * 0.8]]),
    item("db-storage", "Database storage", "gb_month", scale(between(rng, 0.12, 0.2), [[10_000, 0.9]])),
    item("db-backup", "Backup storage beyond the free allowance", "gb_month", [[0, between(rng, 0.025, 0.04)]]),
  ];
  if (has(p, "SQL Server")) {
    items.push(item("sql-licence", "SQL Server Standard licence (2 cores)", "licence_year", [[0, between(rng, 2800, 3600)]]));
  }
  if (has(p, "Cache", "Search", "Vector")) items.splice(1, 1);
  return items;
}

export function containers(rng: Random, p: PricedProduct): PriceItem[] {
  if (has(p, "App Service", "App Platform")) {
    return [
      item(
        "app-plan",
        "App plan, standard (2 vCPU)",
        "instance_month",
        scale(between(rng, 95, 180), [
          [10, 0.93],
          [50, 0.86],
        ]),
      ),
      item("app-requests", "Requests beyond the plan's allowance", "million_requests", [[0, between(rng, 0.4, 0.6)]]),
    ];
  }
  return [
    item("control-plane", "Cluster control plane", "instance_hour", [[0, between(rng, 0.12, 0.16)]]),
    item(
      "worker-nodes",
      "Worker node compute",
      "vcpu_hour",
      scale(between(rng, 0.05, 0.09), [
        [5_000, 0.93],
        [50_000, 0.86],
      ]),
    ),
    egress(rng),
  ];
}

export function platform(rng: Random, p: PricedProduct): PriceItem[] {
  const requests = (name: string) =>
    item(
      "requests",
      name,
      "million_requests",
      scale(between(rng, 0.3, 0.6), [
        [100, 0.85],
        [1_000, 0.7],
      ]),
    );
  if (has(p, "CI Pipelines", "Feature Flags")) {
    return [
      item(
        "developer-seat",
        "Developer seat",
        "user_month",
        scale(between(rng, 14, 22), [
          [100, 0.9],
          [1_000, 0.8],
        ]),
      ),
      has(p, "CI")
        ? item("build-compute", "Build compute", "vcpu_hour", [[0, between(rng, 0.05, 0.08)]])
        : item("evaluations", "Flag evaluations", "million_requests", [[0, between(rng, 0.8, 1.2)]]),
    ];
  }
  if (has(p, "Registry")) {
    return [item("registry-storage", "Image storage", "gb_month", [[0, between(rng, 0.09, 0.12)]]), requests("Image pulls")];
  }
  if (has(p, "Key Management")) {
    return [
      item("hsm-partition", "Dedicated HSM partition", "fixed_month", [[0, between(rng, 1900, 2800)]], { minimumTermMonths: 12 }),
      requests("Cryptographic operations"),
    ];
  }
  if (has(p, "Identity Platform")) {
    const mau = between(rng, 0.04, 0.07);
    return [
      item(
        "monthly-active-users",
        "Monthly active users",
        "user_month",
        scale(mau, [
          [10_000, 0.8],
          [100_000, 0.55],
        ]),
      ),
    ];
  }
  if (has(p, "Low-Code", "Forms")) {
    return [
      item("builder-seat", "Builder seat", "user_month", scale(between(rng, 30, 45), [[100, 0.9]])),
      item("published-app", "Published application or form", "instance_month", scale(between(rng, 45, 120), [[50, 0.85]])),
      onboarding(rng),
    ];
  }
  return [requests("Requests"), item("dedicated-capacity", "Dedicated capacity unit", "instance_hour", [[0, between(rng, 0.35, 0.9)]])];
}

export function analytics(rng: Random, p: PricedProduct): PriceItem[] {
  if (has(p, "Log")) {
    return [
      item(
        "log-ingest",
        "Log ingestion (per GB ingested)",
        "gb_transferred",
        scale(between(rng, 0.45, 0.9), [
          [10_000, 0.85],
          [100_000, 0.7],
        ]),
      ),
      item("log-retention", "Retention beyond 30 days", "gb_month", [[0, between(rng, 0.025, 0.04)]]),
    ];
  }
  return [
    item(
      "query-compute",
      "Query compute",
      "vcpu_hour",
      scale(between(rng, 0.12, 0.25), [
        [5_000, 0.92],
        [50_000, 0.85],
      ]),
    ),
    item("managed-storage", "Managed storage", "gb_month", scale(between(rng, 0.025, 0.045), [[51_200, 0.93]])),
  ];
}

export function ai(rng: Random, p: PricedProduct): PriceItem[] {
  if (has(p, "Language Models")) {
    return [
      item(
        "model-calls",
        "Model calls, standard model (up to 1,000 tokens)",
        "million_requests",
        scale(between(rng, 650, 950), [[10, 0.9]]),
      ),
    ];
  }
  if (has(p, "Document AI")) {
    return [
      item(
        "pages",
        "Pages processed (per million pages)",
        "million_requests",
        scale(between(rng, 1100, 1600), [
          [1, 0.9],
          [10, 0.8],
        ]),
      ),
    ];
  }
  if (has(p, "Model Hosting")) {
    return [
      item("inference-endpoint", "GPU inference endpoint", "instance_hour", scale(between(rng, 3.1, 4.9), [[730, 0.94]])),
      item("model-storage", "Model storage", "gb_month", [[0, between(rng, 0.03, 0.05)]]),
    ];
  }
  return [
    item("notebook-compute", "Notebook and training compute", "vcpu_hour", scale(between(rng, 0.07, 0.12), [[5_000, 0.9]])),
    item("gpu-training", "GPU training instance", "instance_hour", [[0, between(rng, 3, 4.6)]]),
  ];
}

/** What a user costs a month, by the kind of software. */
function userPrice(rng: Random, p: PricedProduct): number {
  if (inCategory(p, "identity-and-access")) return between(rng, 5, 12);
  if (inCategory(p, "backup-and-recovery")) return between(rng, 3, 6);
  if (inCategory(p, "hr-and-payroll")) return between(rng, 9, 18);
  if (inCategory(p, "collaboration") && p.categories.length === 1) return between(rng, 8, 24);
  if (inCategory(p, "case-management") || inCategory(p, "records-and-information")) return between(rng, 28, 45);
  return between(rng, 18, 42);
}

export function saas(rng: Random, p: PricedProduct): PriceItem[] {
  if (has(p, "Vulnerability")) {
    return [
      item(
        "asset",
        "Scanned asset",
        "device_month",
        scale(between(rng, 1.5, 3), [
          [1_000, 0.85],
          [10_000, 0.7],
        ]),
      ),
    ];
  }
  if (has(p, "Email Security")) {
    return [
      item(
        "mailbox",
        "Protected mailbox",
        "user_month",
        scale(between(rng, 3, 6), [
          [100, 0.9],
          [1_000, 0.8],
        ]),
      ),
      onboarding(rng),
    ];
  }
  if (has(p, "Endpoint")) {
    return [
      item(
        "endpoint",
        "Protected endpoint",
        "device_month",
        scale(between(rng, 4, 9), [
          [500, 0.9],
          [5_000, 0.78],
        ]),
      ),
      onboarding(rng),
    ];
  }
  if (has(p, "Notify")) {
    return [item("messages", "Messages sent (e-mail or SMS)", "million_requests", scale(between(rng, 650, 900), [[10, 0.85]]))];
  }
  if (has(p, "Threat Intelligence")) {
    return [item("feed", "Intelligence feed subscription", "fixed_year", [[0, between(rng, 18_000, 42_000)]], { minimumTermMonths: 12 })];
  }
  if (has(p, "Attack Surface")) {
    return [item("monitoring", "Monitoring, up to 250 internet-facing assets", "fixed_month", [[0, between(rng, 1200, 2400)]])];
  }
  const base = userPrice(rng, p);
  const items = [
    item(
      "user",
      "User subscription",
      "user_month",
      scale(base, [
        [100, 0.9],
        [1_000, 0.8],
      ]),
    ),
  ];
  if (rng.chance(0.35)) {
    // An annual licence costs eleven months: the usual inducement to commit for the year.
    items.push(
      item(
        "user-annual",
        "Annual licence (per user)",
        "user_year",
        scale(base * 11, [
          [100, 0.9],
          [1_000, 0.8],
        ]),
        { minimumTermMonths: 12 },
      ),
    );
  }
  if (rng.chance(0.7)) items.push(onboarding(rng));
  if (has(p, "Learning")) {
    items.push(
      item("accredited-course", "Nationally recognised training course (per participant)", "one_off", [[0, between(rng, 350, 690)]], {
        gst: "gst_free",
      }),
    );
  }
  return items;
}

/** Service management lines for managed services: a fixed monthly fee and days of specialist work. */
export function managedService(rng: Random): PriceItem[] {
  return [
    item("service-management", "Service management", "fixed_month", [[0, between(rng, 950, 3800)]], { minimumTermMonths: 12 }),
    item("specialist-day", "Specialist engineer (per day)", "day_of_service", [[0, between(rng, 1350, 1950)]]),
  ];
}

export function soc(rng: Random): PriceItem[] {
  return [
    item("log-ingest", "Log ingestion (per GB ingested)", "gb_transferred", scale(between(rng, 0.6, 1.1), [[10_000, 0.85]])),
    item("managed-soc", "24/7 monitoring and triage", "fixed_month", [[0, between(rng, 6500, 14_000)]], { minimumTermMonths: 12 }),
    item("incident-response", "Incident response (per day)", "day_of_service", [[0, between(rng, 1650, 2200)]]),
  ];
}
