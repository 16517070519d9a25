/** Sample price items for infrastructure (IaaS): compute, storage, backup, networks, dedicated hardware. */
import type { PriceItem } from "~/pricing/price-items";
import { MICROS_PER_DOLLAR } from "~/pricing/price-items";
import { between, egress, has, item, onboarding, scale, type PricedProduct } from "./price-kit";
import type { Random } from "./random";

export function compute(rng: Random, p: PricedProduct): PriceItem[] {
  const secure = has(p, "Secure", "Sovereign", "Government");
  const base = between(rng, 0.045, 0.09) * (secure ? 1.3 : 1);
  const threeTiers: [number, number][] = rng.chance(0.6)
    ? [
        [5_000, 0.93],
        [50_000, 0.85],
      ]
    : [[20_000, 0.9]];
  const ssd = between(rng, 0.08, 0.12);
  return [
    item("compute-general", "General purpose compute", "vcpu_hour", scale(base, threeTiers)),
    item("compute-memory", "Memory optimised compute", "vcpu_hour", scale(base * 1.35, [[20_000, 0.92]])),
    item(
      "storage-ssd",
      "SSD block storage",
      "gb_month",
      scale(ssd, [
        [10_000, 0.9],
        [100_000, 0.8],
      ]),
    ),
    egress(rng),
  ];
}

export function storage(rng: Random, p: PricedProduct): PriceItem[] {
  if (has(p, "Block")) {
    const ssd = between(rng, 0.08, 0.12);
    return [
      item(
        "storage-ssd",
        "SSD volumes",
        "gb_month",
        scale(ssd, [
          [10_000, 0.9],
          [100_000, 0.82],
        ]),
      ),
      item("storage-hdd", "Standard volumes", "gb_month", scale(ssd * 0.45, [[50_000, 0.9]])),
      item("snapshots", "Snapshots", "gb_month", [[0, between(rng, 0.03, 0.05)]]),
    ];
  }
  if (has(p, "File")) {
    return [
      item("storage-file", "File storage (NFS and SMB)", "gb_month", scale(between(rng, 0.18, 0.3), [[10_000, 0.9]])),
      item("snapshots", "Snapshots", "gb_month", [[0, between(rng, 0.03, 0.05)]]),
    ];
  }
  const items = [
    item(
      "storage-standard",
      "Standard storage",
      "gb_month",
      scale(between(rng, 0.025, 0.05), [
        [51_200, 0.95],
        [512_000, 0.88],
      ]),
    ),
    item("requests-write", "Write requests", "million_requests", [[0, between(rng, 4.5, 6.5)]]),
    egress(rng),
  ];
  if (has(p, "Archive", "Vault", "Immutable")) {
    items.splice(1, 0, item("storage-archive", "Archive storage", "tb_month", scale(between(rng, 6, 14), [[500, 0.9]])));
  }
  return items;
}

export function backup(rng: Random, p: PricedProduct): PriceItem[] {
  const items = [
    item("protected-server", "Protected server", "instance_month", scale(between(rng, 9, 18), [[100, 0.9]])),
    item(
      "backup-storage",
      "Backup storage",
      "gb_month",
      scale(between(rng, 0.03, 0.05), [
        [51_200, 0.92],
        [512_000, 0.85],
      ]),
    ),
  ];
  if (has(p, "Recovery")) {
    items.push(
      item("standby-site", "Standby recovery site reservation", "fixed_month", [[0, between(rng, 1800, 3500)]], { minimumTermMonths: 12 }),
      item("recovery-test", "Recovery test (per day)", "day_of_service", [[0, between(rng, 1400, 1900)]]),
    );
  }
  return items;
}

export function network(rng: Random, p: PricedProduct): PriceItem[] {
  if (has(p, "CDN", "Content Delivery")) {
    const base = between(rng, 0.07, 0.1);
    return [
      item(
        "cdn-transfer",
        "Data delivered from the edge",
        "gb_transferred",
        scale(base, [
          [10_000, 0.82],
          [100_000, 0.6],
        ]),
      ),
      item("cdn-requests", "HTTPS requests", "million_requests", [[0, between(rng, 0.9, 1.3)]]),
    ];
  }
  if (has(p, "DDoS")) {
    return [
      item("protection-plan", "Protection plan (per organisation)", "fixed_month", [[0, between(rng, 2500, 4500)]], {
        minimumTermMonths: 12,
      }),
      item("clean-traffic", "Clean traffic delivered", "gb_transferred", scale(between(rng, 0.025, 0.04), [[100_000, 0.8]])),
    ];
  }
  if (has(p, "Satellite")) {
    return [
      item("site-terminal", "Site terminal service (per site)", "instance_month", scale(between(rng, 890, 1600), [[20, 0.92]])),
      item("satellite-data", "Satellite data", "gb_transferred", scale(between(rng, 0.6, 1.2), [[1_000, 0.85]])),
    ];
  }
  if (has(p, "Gateway", "Cross Domain")) {
    return [
      item("gateway-service", "Gateway service", "fixed_month", [[0, between(rng, 3800, 9500)]], {
        minimumTermMonths: rng.pick([12, 24]),
      }),
      item("gateway-traffic", "Traffic inspected", "gb_transferred", scale(between(rng, 0.02, 0.04), [[50_000, 0.85]])),
    ];
  }
  if (has(p, "WAN")) {
    return [
      item(
        "managed-site",
        "Managed site (per site)",
        "instance_month",
        scale(between(rng, 380, 720), [
          [25, 0.92],
          [100, 0.85],
        ]),
      ),
    ];
  }
  return [
    item("load-balancer", "Load balancer", "instance_hour", [[0, between(rng, 0.028, 0.04)]]),
    item("interconnect", "Private interconnect (1 Gbps port)", "instance_month", [[0, between(rng, 650, 1100)]]),
    egress(rng),
  ];
}

export function dedicated(rng: Random, p: PricedProduct): PriceItem[] {
  if (has(p, "Private Cloud")) {
    return [
      item("dedicated-cluster", "Dedicated cluster (base, 8 hosts)", "fixed_month", [[0, between(rng, 38_000, 52_000)]], {
        minimumTermMonths: 36,
        minimumCommitmentMicros: 1_200_000 * MICROS_PER_DOLLAR,
        billingPeriod: "quarterly",
      }),
      item("additional-host", "Additional host", "instance_month", [[0, between(rng, 3900, 5200)]], { minimumTermMonths: 12 }),
    ];
  }
  const monthly = between(rng, 2400, 5800);
  return [
    item("host-month", "Dedicated host, monthly", "instance_month", scale(monthly, [[10, 0.94]]), { minimumTermMonths: 12 }),
    item("host-hour", "Dedicated host, on demand", "instance_hour", [[0, (monthly / 730) * 1.4]]),
    egress(rng),
  ];
}

export function gpu(rng: Random): PriceItem[] {
  return [
    item(
      "gpu-instance",
      "GPU instance (1 accelerator, 8 vCPU)",
      "instance_hour",
      scale(between(rng, 2.8, 4.5), [
        [730, 0.95],
        [7_300, 0.88],
      ]),
    ),
    item("storage-ssd", "SSD block storage", "gb_month", [[0, between(rng, 0.08, 0.12)]]),
    egress(rng),
  ];
}

export function desktop(rng: Random): PriceItem[] {
  const base = between(rng, 38, 65);
  return [
    item(
      "desktop-standard",
      "Virtual desktop, standard",
      "user_month",
      scale(base, [
        [100, 0.92],
        [1_000, 0.84],
      ]),
    ),
    item("desktop-power", "Virtual desktop, power user", "user_month", scale(base * 1.6, [[100, 0.92]])),
    onboarding(rng),
  ];
}
