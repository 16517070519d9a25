/**
 * Graceful shutdown of the real production server: on SIGTERM a request already being received
 * is still answered, new connections are refused, and the process exits 0.
 */
import { spawn } from "node:child_process";
import http from "node:http";
import net from "node:net";
import { expect, inject, it } from "vitest";

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

const connects = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });

it("finishes an in-flight request on SIGTERM, refuses new connections, and exits 0", async () => {
  const port = await freePort();
  const server = spawn("node", ["server.js"], {
    env: { ...process.env, CX_BUILD_DIR: inject("buildDir"), DATABASE_PATH: inject("databasePath"), PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
  for (let i = 0; i < 300 && !(await connects(port)); i++) await new Promise((r) => setTimeout(r, 100));

  // A form post whose body is still arriving when the stop signal comes: a slow upload.
  let acceptedAfterSignal: boolean | undefined;
  const body = "email=slow%40example.com&password=not-right&csrf=x";
  const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, method: "POST", path: "/login", headers: { "content-type": "application/x-www-form-urlencoded", "content-length": String(body.length) } }, (res) => {
      let text = "";
      res.on("data", (c) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on("error", reject);
    req.write(body.slice(0, 10));
    setTimeout(() => {
      server.kill("SIGTERM");
      setTimeout(async () => {
        acceptedAfterSignal = await connects(port);
        req.end(body.slice(10));
      }, 500);
    }, 500);
  });

  const reply = await answer;
  // The CSRF check answers: what matters is that an answer arrived after the signal.
  expect(reply.status).toBe(403);
  expect(reply.text.length).toBeGreaterThan(0);
  expect(acceptedAfterSignal).toBe(false);
  expect(await exited).toBe(0);
});
