// Scripted first-run set-up: the same as the /setup page, for installs driven by a script.
//   npm run setup -- --company "Acme Heating" --time-zone America/New_York \
//     --provider-workspace-id ws_123 --admin-name "Ann Admin" --admin-email ann@acme.test \
//     --admin-password-stdin < password.txt   [--hours "mon-fri 08:00-18:00, sat 09:00-13:00"]
// With the embedded database run it while the server is stopped (one process per data folder).
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { handle } from "@/db";
import { migrate } from "@/db/migrate";
import { completeSetup } from "@/lib/setup/complete-setup";
import { setupSchema } from "@/lib/validation/setup";
import { parseHoursSpec } from "@/lib/workspaces/hours-spec";

const { values } = parseArgs({
  options: {
    company: { type: "string" },
    "time-zone": { type: "string" },
    "provider-workspace-id": { type: "string" },
    "admin-name": { type: "string" },
    "admin-email": { type: "string" },
    "admin-password": { type: "string" },
    "admin-password-stdin": { type: "boolean", default: false },
    hours: { type: "string", default: "mon-fri 08:00-18:00" },
  },
  strict: true,
});

function fail(message: string): never {
  console.error(`setup: ${message}`);
  process.exit(1);
}

async function main() {
  const password = values["admin-password-stdin"] ? readFileSync(0, "utf8").replace(/\r?\n$/, "") : values["admin-password"];
  const hours = parseHoursSpec(values.hours ?? "");
  if (!hours.ok) fail(`--hours: ${hours.error}`);
  const parsed = setupSchema.safeParse({
    company: values.company ?? "",
    timeZone: values["time-zone"] ?? "",
    businessHours: hours.rows,
    providerWorkspaceId: values["provider-workspace-id"] ?? "",
    adminName: values["admin-name"] ?? "",
    adminEmail: values["admin-email"] ?? "",
    password: password ?? "",
    confirmPassword: password ?? "",
  });
  if (!parsed.success) {
    const flags: Record<string, string> = {
      company: "--company",
      timeZone: "--time-zone",
      providerWorkspaceId: "--provider-workspace-id",
      adminName: "--admin-name",
      adminEmail: "--admin-email",
      password: "--admin-password",
    };
    fail(parsed.error.issues.map((i) => `${flags[String(i.path[0])] ?? i.path.join(".")}: ${i.message}`).join("; "));
  }
  const h = handle();
  await migrate(h);
  const result = await completeSetup(parsed.data);
  await h.close();
  if (!result.ok) fail(result.message);
  console.log(`setup: workspace "${parsed.data.company}" created; ${parsed.data.adminEmail} is its admin. Sign in at APP_URL/login.`);
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
