/**
 * Who usually secures what under each service model: the split a product has until its listing
 * says otherwise. The notes are one line each because the matrix shows them in a table cell.
 */
import type { ServiceModel } from "~/catalogue/vocabulary";
import type { ControlArea, Party } from "./areas";

export interface Assignment {
  party: Party;
  note: string;
}

export type Matrix = Record<ControlArea, Assignment>;

const a = (party: Party, note: string): Assignment => ({ party, note });

const IAAS: Matrix = {
  physical: a("provider", "The provider secures data centre buildings, power, cooling and physical access."),
  network: a("shared", "The provider runs the physical network; the agency designs virtual networks, firewall rules and segmentation."),
  hypervisor: a("provider", "The provider hardens and patches the hypervisors and physical hosts."),
  os_patching: a("agency", "The agency patches the guest operating systems in its virtual machines."),
  app_patching: a("agency", "The agency patches everything it installs on its servers."),
  identity_access: a("agency", "The agency manages console, API and server accounts, roles and privileged access."),
  mfa: a("agency", "The agency enforces multi-factor authentication for the console, the API and server access."),
  encryption_keys: a("shared", "The provider encrypts storage at rest; the agency encrypts traffic and manages any keys of its own."),
  backup_recovery: a("agency", "The agency schedules snapshots and backups and tests restores."),
  logging_monitoring: a("shared", "The provider logs the platform; the agency collects and watches server, network and application logs."),
  incident_response: a("shared", "The provider handles platform incidents and tells the agency; the agency responds inside its workloads."),
  vulnerability_management: a("agency", "The agency scans and fixes its servers and images; the provider covers the platform beneath."),
  personnel_clearance: a("shared", "The provider vets its data centre and platform staff; the agency vets its own administrators."),
  data_location: a("agency", "The agency chooses the regions its servers and storage run in."),
};

const PAAS: Matrix = {
  physical: a("provider", "The provider secures data centre buildings, power, cooling and physical access."),
  network: a("shared", "The provider secures the platform network; the agency configures private endpoints and access rules."),
  hypervisor: a("provider", "The provider hardens and patches the hosts beneath the platform."),
  os_patching: a("provider", "The provider patches the operating systems the platform runs on."),
  app_patching: a("shared", "The provider patches the runtime and managed software; the agency patches its own code and libraries."),
  identity_access: a("agency", "The agency manages who can administer and use its platform resources."),
  mfa: a("agency", "The agency enforces multi-factor authentication for platform administrators."),
  encryption_keys: a("shared", "The provider encrypts data at rest by default; the agency chooses customer-managed keys where needed."),
  backup_recovery: a("shared", "The provider takes automatic backups; the agency sets retention and tests restores."),
  logging_monitoring: a("shared", "The provider logs the platform; the agency turns on and watches its resource and audit logs."),
  incident_response: a("shared", "The provider handles platform incidents and tells the agency; the agency responds in its applications."),
  vulnerability_management: a("shared", "The provider fixes the platform; the agency scans and fixes its code and containers."),
  personnel_clearance: a("shared", "The provider vets its platform staff; the agency vets its own developers and administrators."),
  data_location: a("agency", "The agency chooses the region each resource runs in."),
};

const SAAS: Matrix = {
  physical: a("provider", "The provider secures the data centres the service runs in."),
  network: a("provider", "The provider secures the service's network; the agency only secures its own users' connections."),
  hypervisor: a("provider", "The provider hardens and patches the hosts the service runs on."),
  os_patching: a("provider", "The provider patches the operating systems beneath the service."),
  app_patching: a("provider", "The provider patches and upgrades the application itself."),
  identity_access: a("shared", "The provider runs sign-in; the agency decides who has access and with which role."),
  mfa: a("shared", "The provider offers multi-factor authentication; the agency must turn it on for every user."),
  encryption_keys: a("provider", "The provider encrypts data in transit and at rest with keys it manages."),
  backup_recovery: a("shared", "The provider backs up the service; the agency checks retention and restores meet records obligations."),
  logging_monitoring: a("shared", "The provider monitors the service; the agency reviews the audit logs it is given."),
  incident_response: a("shared", "The provider handles service incidents and tells the agency; the agency handles misuse of its accounts."),
  vulnerability_management: a("provider", "The provider finds and fixes vulnerabilities in the service."),
  personnel_clearance: a("provider", "The provider vets staff who can reach customer data."),
  data_location: a("provider", "The provider decides where data is held; the agency checks that it is Australia where required."),
};

export const DEFAULT_MATRICES: Record<ServiceModel, Matrix> = { IaaS: IAAS, PaaS: PAAS, SaaS: SAAS };

/** A fresh copy, so that callers can never change the defaults for everyone else. */
export function defaultMatrix(serviceModel: ServiceModel): Matrix {
  const source = DEFAULT_MATRICES[serviceModel];
  return Object.fromEntries(Object.entries(source).map(([area, v]) => [area, { ...v }])) as Matrix;
}
