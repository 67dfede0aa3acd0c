// Drops and re-creates one database on the server named by the URL argument, for an end-to-end
// run that must start from an empty install: node scripts/e2e-fresh-database.mjs postgres://…/name
import postgres from "postgres";

const target = new URL(process.argv[2]);
const name = target.pathname.slice(1);
if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unsafe database name: ${name}`);
target.pathname = "/postgres";
const admin = postgres(target.toString(), { max: 1, onnotice: () => {} });
await admin.unsafe(`drop database if exists ${name} with (force)`);
await admin.unsafe(`create database ${name}`);
await admin.end();
