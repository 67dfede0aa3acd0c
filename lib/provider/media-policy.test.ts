import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import { parentDomain, type MediaConfig } from "@/lib/env";
import { fetchMedia, MediaRefused } from "./fetch-provider-url";
import { isAllowedMediaAddress, mediaUrlProblem } from "./media-policy";

const real: Pick<MediaConfig, "baseUrl" | "mediaHosts" | "production"> = {
  baseUrl: "https://api.avoca.ai/v1",
  mediaHosts: ["avoca.ai"],
  production: true,
};

test("the default allowlist is the API host's parent domain and its subdomains", () => {
  assert.equal(parentDomain("api.avoca.ai"), "avoca.ai");
  assert.equal(parentDomain("avoca.ai"), "avoca.ai");
  assert.equal(parentDomain("127.0.0.1"), "127.0.0.1");
  assert.equal(parentDomain("localhost"), "localhost");
  assert.equal(mediaUrlProblem("https://recordings.avoca.ai/r/1.mp3", real), null);
  assert.equal(mediaUrlProblem("https://transcripts.avoca.ai/t/1", real), null);
  assert.match(mediaUrlProblem("https://avoca.ai.evil.example/r/1.mp3", real) ?? "", /not in PROVIDER_MEDIA_HOSTS/);
  assert.match(mediaUrlProblem("https://evilavoca.ai/r/1.mp3", real) ?? "", /not in PROVIDER_MEDIA_HOSTS/);
});

test("https only in production; never credentials in the URL or other schemes", () => {
  assert.match(mediaUrlProblem("http://recordings.avoca.ai/r/1.mp3", real) ?? "", /http is not fetched in production/);
  assert.equal(mediaUrlProblem("http://recordings.avoca.ai/r/1.mp3", { ...real, production: false }), null);
  assert.ok(mediaUrlProblem("file:///etc/passwd", real));
  assert.ok(mediaUrlProblem("https://user:pw@recordings.avoca.ai/r", real));
});

test("private, link-local and (in production) loopback addresses are refused", () => {
  for (const a of [
    "10.0.0.5",
    "172.16.3.4",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "fd00::1",
    "fe80::1",
    "::ffff:10.0.0.1",
  ]) {
    assert.equal(isAllowedMediaAddress(a, real), false, a);
    assert.equal(isAllowedMediaAddress(a, { ...real, production: false }), false, `${a} outside production too`);
  }
  for (const a of ["127.0.0.1", "::1", "::ffff:127.0.0.1"]) {
    assert.equal(isAllowedMediaAddress(a, real), false, `${a} in production`);
    assert.equal(isAllowedMediaAddress(a, { ...real, production: false }), true, `${a} in tests and development`);
  }
  // In production loopback is allowed only when the operator put the provider itself on loopback.
  assert.equal(isAllowedMediaAddress("127.0.0.1", { ...real, baseUrl: "http://127.0.0.1:3208/v1" }), true);
  assert.equal(isAllowedMediaAddress("8.8.8.8", real), true);
  assert.match(
    mediaUrlProblem("https://169.254.169.254/latest", { ...real, mediaHosts: ["169.254.169.254"] }) ?? "",
    /not a public address/,
  );
});

// Real HTTP on loopback: a media host, and one that redirects elsewhere.
let media: Server;
let origin = "";
before(async () => {
  media = createServer((req, res) => {
    if (req.url === "/to-metadata") return res.writeHead(302, { Location: "http://169.254.169.254/latest/meta-data" }).end();
    if (req.url === "/to-other-name")
      return res.writeHead(302, { Location: req.url.replace("to-other-name", "file").replace(/^/, `http://localhost:${port()}`) }).end();
    if (req.url === "/to-self") return res.writeHead(302, { Location: "/file" }).end();
    res.writeHead(200, { "Content-Type": "audio/mpeg", "X-Auth": String(req.headers.authorization) }).end("ID3");
  });
  await new Promise<void>((r) => media.listen(0, "127.0.0.1", r));
  origin = `http://127.0.0.1:${port()}`;
});
after(() => new Promise<void>((r) => media.close(() => r())));
const port = () => (media.address() as AddressInfo).port;

const policy = (over: Partial<MediaConfig> = {}): MediaConfig => ({
  baseUrl: "http://127.0.0.1:1/v1",
  apiKey: "sk_media",
  timeoutMs: 2000,
  mediaHosts: ["127.0.0.1"],
  production: false,
  ...over,
});

test("fetches an allowed host with the API key, following a redirect on the same host", async () => {
  const res = await fetchMedia(`${origin}/to-self`, policy());
  assert.equal(res.status, 200);
  assert.equal(res.headers.get("x-auth"), "Bearer sk_media");
  assert.equal(await res.text(), "ID3");
});

test("every redirect hop is checked: to link-local or a host off the list is refused", async () => {
  await assert.rejects(fetchMedia(`${origin}/to-metadata`, policy()), MediaRefused);
  await assert.rejects(fetchMedia(`${origin}/to-other-name`, policy()), /localhost is not in PROVIDER_MEDIA_HOSTS/);
});

test("the resolved address is checked, not only the name: an allowed name resolving to loopback in production is refused", async () => {
  const prod = policy({ mediaHosts: ["localhost"], production: true, baseUrl: "https://api.avoca.ai/v1" });
  assert.equal(mediaUrlProblem(`http://localhost:${port()}/file`, { ...prod, production: false }), null, "the name is allowed");
  await assert.rejects(fetchMedia(`https://localhost:${port()}/file`, prod), /resolves to (127\.0\.0\.1|::1)/);
});
