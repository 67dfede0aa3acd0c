// Recomputes the outcomes report's daily aggregates (outcome_daily) from the calls, for every
// workspace: after restoring calls from a backup, after bulk-loading calls with the triggers off,
// or to check the aggregates (it prints how many groups it wrote).
//   npm run outcomes:rebuild
// Writers of calls wait while it runs. With the embedded database run it while the server is stopped.
import { handle } from "@/db";
import { migrate } from "@/db/migrate";
import { rebuildOutcomeDaily } from "@/db/queries/outcome-aggregates";

const h = handle();
await migrate(h);
const started = performance.now();
const groups = await h.db.transaction((tx) => rebuildOutcomeDaily({}, tx));
console.log(`outcome_daily rebuilt: ${groups} groups in ${Math.round(performance.now() - started)} ms`);
await h.close();
