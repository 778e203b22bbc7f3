/**
 * The apps' trusted documents (packages/graphql's persisted-documents.json), to send public
 * reads the way the portal does: `GET /graphql?documentId=sha256:…&variables=…`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const manifest = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve('@patuh/graphql/persisted-documents.json')), 'utf8')) as Record<string, string>;

export interface TrustedDocument {
  id: string;
  text: string;
}

/** The trusted document holding `query <name>` or `mutation <name>`. */
export function trustedDocument(operationName: string): TrustedDocument {
  const pattern = new RegExp(`\\b(query|mutation) ${operationName}\\b`);
  const entry = Object.entries(manifest).find(([, text]) => pattern.test(text));
  if (!entry) throw new Error(`no trusted document holds the operation ${operationName}`);
  return { id: entry[0], text: entry[1] };
}

/** The path of a public read by document hash. */
export function documentPath(document: TrustedDocument, variables: Record<string, unknown> = {}): string {
  return `/graphql?documentId=${encodeURIComponent(document.id)}&variables=${encodeURIComponent(JSON.stringify(variables))}`;
}
