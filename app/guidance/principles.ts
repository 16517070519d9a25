/** The Secure Cloud Strategy's seven principles (DTA 2017; owned by Home Affairs since 1 May 2023). */
export const SECURE_CLOUD_PRINCIPLES = [
  { number: 1, title: "Make risk-based decisions when applying cloud security" },
  { number: 2, title: "Design services for the cloud" },
  { number: 3, title: "Use public cloud services as the default" },
  { number: 4, title: "Use as much of the cloud as possible" },
  { number: 5, title: "Avoid customisation and use services 'as they come'" },
  { number: 6, title: "Take full advantage of cloud automation practices" },
  { number: 7, title: "Monitor the health and usage of cloud services in real time" },
] as const;

export type PrincipleNumber = (typeof SECURE_CLOUD_PRINCIPLES)[number]["number"];

export function isPrincipleNumber(n: number): n is PrincipleNumber {
  return SECURE_CLOUD_PRINCIPLES.some((p) => p.number === n);
}

export function principleTitle(n: number): string {
  return SECURE_CLOUD_PRINCIPLES.find((p) => p.number === n)?.title ?? `Principle ${n}`;
}
