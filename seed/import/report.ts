/** The summary both import commands print; returns the process exit code. */
import { formatImportError, type ImportError, type ImportResult } from "./catalogue-import";

function counts(record: object): string {
  return Object.entries(record)
    .map(([name, n]) => `${n} ${n === 1 ? name.replace(/ies$/, "y").replace(/s$/, "") : name}`)
    .join(", ");
}

export function reportFailure(what: string, errors: ImportError[]): number {
  const noun = errors.length === 1 ? "problem" : "problems";
  console.error(`${what}: ${errors.length} ${noun}; nothing was imported.`);
  for (const error of errors) console.error(`  ${formatImportError(error)}`);
  return 1;
}

export function reportImport(what: string, result: ImportResult, ms: number): number {
  if (!result.ok) return reportFailure(what, result.errors);
  console.log(`Imported ${what} in ${Math.round(ms)} ms`);
  console.log(`  created:   ${counts(result.created)}`);
  console.log(`  updated:   ${counts(result.updated)}`);
  console.log(`  unchanged: ${result.unchanged} ${result.unchanged === 1 ? "record" : "records"}`);
  return 0;
}
