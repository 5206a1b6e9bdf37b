// Types for serve.mjs, so the TypeScript end-to-end tests can share it.
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}
export function serveFiles(routes: Record<string, string>): Promise<StaticServer>;
