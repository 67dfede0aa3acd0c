import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * A node:http request as a web Request, for the handlers written against the Fetch API. As Next
 * does, the socket's address goes into X-Forwarded-For when the request brings none, so
 * clientAddress() reads the same header either way.
 */
export function webRequestOf(req: IncomingMessage, origin: string, set: Record<string, string> = {}): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  if (!headers.has("x-forwarded-for") && req.socket.remoteAddress) headers.set("x-forwarded-for", req.socket.remoteAddress);
  for (const [name, value] of Object.entries(set)) headers.set(name, value);
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  return new Request(new URL(req.url ?? "/", origin), {
    method: req.method,
    headers,
    body: hasBody ? bodyOf(req) : undefined,
    // Node's fetch needs this to take a stream as a body.
    ...(hasBody ? { duplex: "half" } : {}),
  } as RequestInit);
}

/**
 * The request body as a web stream that reads only as fast as it is read. Unlike Readable.toWeb,
 * giving up on it (a body over the cap) leaves the socket alone, so the refusal can still be
 * written; the rest of the body is never read and the connection closes after the answer.
 */
function bodyOf(req: IncomingMessage): ReadableStream<Uint8Array> {
  let open = true;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.on("data", (chunk: Buffer) => {
        if (!open) return;
        controller.enqueue(chunk);
        if ((controller.desiredSize ?? 0) <= 0) req.pause();
      });
      req.on("end", () => open && controller.close());
      req.on("error", (error) => open && controller.error(error));
      req.pause();
    },
    pull() {
      req.resume();
    },
    cancel() {
      open = false;
      req.pause();
    },
  });
}

const LINGER_MS = 2000;

/** Writes a web Response to a node:http response; `base` headers go first, the response's win. */
export async function sendWebResponse(res: ServerResponse, response: Response, base: Record<string, string> = {}): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(base)) headers[name.toLowerCase()] = value;
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : null;
  if (body) headers["content-length"] = String(body.byteLength);
  // A body left unread (refused over its cap) ends the connection with the answer. What the client
  // is still sending is read and dropped for a moment first: closing on unread data resets the
  // connection, and the client could lose the answer.
  const unread = !res.req.complete;
  if (unread) headers["connection"] = "close";
  res.writeHead(response.status, headers);
  res.end(body);
  if (unread) {
    res.req.resume();
    setTimeout(() => res.req.socket.destroy(), LINGER_MS).unref();
  }
}
