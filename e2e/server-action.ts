import { readFileSync } from "node:fs";
import path from "node:path";

/** A server action as the build knows it: its id and where it is defined. */
export type BuiltAction = { id: string; file: string; name: string; pages: string[] };

type ReferenceManifest = {
  node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
};

const distDir = process.env.NEXT_DIST_DIR ?? ".next";

/** Every server action of the production build under test, from its own manifest (not a hand list). */
export function builtActions(): BuiltAction[] {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server/server-reference-manifest.json"), "utf8")) as ReferenceManifest;
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    file: entry.filename ?? "?",
    name: entry.exportedName ?? "?",
    pages: Object.keys(entry.workers),
  }));
}

/** Every page and route handler of the build, as its app path ("/(dashboard)/calls/[id]/page"). */
export function builtAppPaths(): string[] {
  return Object.keys(JSON.parse(readFileSync(path.join(distDir, "server/app-paths-manifest.json"), "utf8")) as Record<string, string>);
}

export function actionId(file: string, name: string): string {
  const found = builtActions().find((a) => a.file === file && a.name === name);
  if (!found) throw new Error(`no server action ${file}#${name} in the build`);
  return found.id;
}

/**
 * Calls a server action the way the browser does (POST with the Next-Action header and the
 * arguments as JSON) and returns the response text: the action's result is in the RSC payload.
 */
export async function invokeAction(
  baseURL: string,
  { id, at = "/login", args, cookie }: { id: string; at?: string; args: unknown[]; cookie?: string },
) {
  const res = await fetch(new URL(at, baseURL), {
    method: "POST",
    redirect: "manual",
    headers: {
      "Next-Action": id,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: new URL(baseURL).origin,
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body: JSON.stringify(args),
  });
  return { status: res.status, location: res.headers.get("location") ?? "", text: await res.text() };
}
