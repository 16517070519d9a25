/** Sample catalogue categories: what a buyer browses by before they search. */
export interface SampleCategory {
  slug: string;
  name: string;
  description: string;
}

export const SAMPLE_CATEGORIES: SampleCategory[] = [
  { slug: "compute", name: "Compute", description: "Virtual machines, dedicated hosts, bare metal servers and virtual desktops." },
  {
    slug: "storage",
    name: "Storage",
    description: "Object, block, file and archive storage, including immutable and long-term retention tiers.",
  },
  { slug: "databases", name: "Databases", description: "Managed relational, document, in-memory, search and vector databases." },
  {
    slug: "networking",
    name: "Networking",
    description: "Virtual networks, gateways, content delivery, DDoS protection and wide area connectivity.",
  },
  {
    slug: "identity-and-access",
    name: "Identity and access",
    description: "Single sign-on, identity federation, multi-factor authentication, privileged access and identity governance.",
  },
  {
    slug: "security-operations",
    name: "Security operations",
    description: "SIEM, threat detection, endpoint protection, vulnerability management and managed security services.",
  },
  {
    slug: "collaboration",
    name: "Collaboration",
    description: "Email, chat, meetings, intranets, document co-authoring and secure file exchange.",
  },
  {
    slug: "analytics",
    name: "Analytics",
    description: "Data warehouses, lakehouses, dashboards, business intelligence and stream processing.",
  },
  {
    slug: "backup-and-recovery",
    name: "Backup and recovery",
    description: "Backup, disaster recovery, replication and ransomware-resilient immutable copies.",
  },
  {
    slug: "case-management",
    name: "Case management",
    description: "Casework, investigations, complaints, grants and correspondence workflows.",
  },
  {
    slug: "hr-and-payroll",
    name: "Human resources and payroll",
    description: "Payroll, recruitment, learning, performance, rostering and core HR records.",
  },
  {
    slug: "finance",
    name: "Finance",
    description: "Financial management, accounts payable, budgeting, expenses, procurement and asset registers.",
  },
  {
    slug: "customer-engagement",
    name: "Customer engagement",
    description: "CRM, contact centres, notifications, surveys, bookings and community consultation.",
  },
  {
    slug: "developer-platforms",
    name: "Developer platforms",
    description: "Kubernetes, application platforms, serverless functions, CI/CD pipelines, APIs and integration.",
  },
  {
    slug: "ai-and-machine-learning",
    name: "AI and machine learning",
    description: "Model training and hosting, document understanding, language models and AI assistants.",
  },
  {
    slug: "records-and-information",
    name: "Records and information management",
    description: "Records management, digital archives, email archiving and data catalogues for Archives Act obligations.",
  },
];
