import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { DEFAULT_BASE_PORT, DEFAULT_OUT_FILE, type Devnet, startDevnet } from "./devnet.ts";
import { FAULT_ACTIONS } from "./server/control-server.ts";

const HELP = `BSN devnet: two chains of anvil city nodes behind a sequencer, seeded, with traffic.

Usage:
  npm run devnet -- [options]              run it in the foreground (Ctrl-C stops every node)
  npm run devnet -- status                 every chain's head and every node's state and port
  npm run devnet -- fault <action> <target> [n]
  npm run devnet -- traffic start|stop

Faults (<node> is an id like alpha-0021 or just its code 0021):
  stop <node>             kill the node's anvil and close its gateway (connections refused)
  restart <node>          fresh anvil, replay the chain's log, reopen the gateway on the same port
  hold <node> [blocks]    keep the node <blocks> behind the head (frozen where it is if omitted)
  release <node>          let a held node catch up by replay
  fork <node>             detach the node: it mines a divergent block, then its own blocks
  heal <node>             roll a forked node back to the chain and replay it
  reorg <chain> <depth>   replace the last <depth> blocks (max 12) on every node of the chain

Options:
  --seed <n|text>         registry contents and traffic are a function of it (default 1)
  --block-time <ms>       time between blocks after seeding (default 2000)
  --ports free|<base>     default ${DEFAULT_BASE_PORT}: control on <base>, gateways on <base>+1..+6
                          (alpha 0010 0021 0020 0028, beta 0027 0029), replicas on <base>+101..+106
  --no-traffic            no background transactions
  --traffic-scale <x>     multiply every traffic rate (default 1)
  --out <file>            where to write network.json (default ${DEFAULT_OUT_FILE})
  --control <url>         for status/fault/traffic (default: from ${DEFAULT_OUT_FILE}, else
                          http://127.0.0.1:${DEFAULT_BASE_PORT})
  -h, --help

The control endpoint is plain JSON over HTTP on 127.0.0.1:
  GET /status   GET /network.json   POST /faults/<action> {"node"|"chain", "blocks"?, "depth"?}
  POST /traffic/start   POST /traffic/stop
`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    seed: { type: "string" },
    "block-time": { type: "string" },
    ports: { type: "string" },
    "no-traffic": { type: "boolean" },
    "traffic-scale": { type: "string" },
    out: { type: "string" },
    control: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});

function fail(message: string): never {
  console.error(`devnet: ${message}`);
  process.exit(1);
}

function numberOption(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) fail(`--${name} must be a positive number, got "${raw}"`);
  return n;
}

async function controlUrl(): Promise<string> {
  if (values.control) return values.control.replace(/\/+$/, "");
  try {
    const config = JSON.parse(await readFile(values.out ?? DEFAULT_OUT_FILE, "utf8"));
    if (typeof config?.devnet?.control === "string") return config.devnet.control;
  } catch {
    // no network.json yet: fall back to the default port
  }
  return `http://127.0.0.1:${DEFAULT_BASE_PORT}`;
}

async function callControl(method: "GET" | "POST", path: string, body?: unknown): Promise<void> {
  const url = `${await controlUrl()}${path}`;
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    fail(`cannot reach the devnet control endpoint ${url} (is the devnet running?): ${String(e)}`);
  }
  const text = await res.text();
  console.log(text.startsWith("{") ? JSON.stringify(JSON.parse(text), null, 2) : text);
  if (!res.ok) process.exit(1);
}

async function fault(args: string[]): Promise<void> {
  const [action, target, n] = args;
  if (!action || !(FAULT_ACTIONS as readonly string[]).includes(action) || !target) {
    fail(`usage: fault <${FAULT_ACTIONS.join("|")}> <node|chain> [n]  (see --help)`);
  }
  const count = n === undefined ? undefined : Number(n);
  if (count !== undefined && (!Number.isInteger(count) || count < 1))
    fail(`"${n}" is not a positive integer`);
  if (action === "reorg") {
    if (count === undefined) fail("usage: fault reorg <chain> <depth>");
    return callControl("POST", "/faults/reorg", { chain: target, depth: count });
  }
  return callControl("POST", `/faults/${action}`, {
    node: target,
    ...(count ? { blocks: count } : {}),
  });
}

async function run(): Promise<void> {
  const ports =
    values.ports === undefined || values.ports === "free"
      ? values.ports
      : numberOption("ports", values.ports);
  const scale = numberOption("traffic-scale", values["traffic-scale"]);
  let devnet: Devnet | undefined;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) process.exit(code); // a second Ctrl-C: the anvils die with our stdin pipes
    stopping = true;
    console.log("\ndevnet: stopping every node…");
    await devnet?.stop();
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
    process.on(signal, () => void shutdown(0));
  // npm does not pass SIGTERM on to its script; being re-parented means npm has gone.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void shutdown(0);
  }, 500).unref();
  process.on("uncaughtException", (e) => {
    console.error("devnet: crashed:", e);
    void shutdown(1);
  });

  console.log("devnet: starting two chains and seeding…");
  devnet = await startDevnet({
    seed:
      values.seed === undefined
        ? undefined
        : /^\d+$/.test(values.seed)
          ? Number(values.seed)
          : values.seed,
    blockTimeMs: numberOption("block-time", values["block-time"]),
    ports: ports as "free" | number | undefined,
    traffic: values["no-traffic"] ? false : { scale },
    outFile: values.out,
  });
  for (const chain of devnet.config.chains) {
    console.log(`\n${chain.name} (${chain.key}, chain id ${chain.chainId})`);
    for (const n of chain.nodes)
      console.log(`  ${`${chain.key}-${n.code}`.padEnd(12)} ${n.city?.padEnd(10)} ${n.url}`);
  }
  console.log(`\ncontrol       ${devnet.controlUrl}`);
  console.log(`network.json  ${devnet.outFile ?? "(not written)"}`);
  console.log(
    `ready in ${devnet.startupMs} ms; traffic ${devnet.traffic ? "on" : "off"}. Ctrl-C stops everything.`,
  );
}

async function main(): Promise<void> {
  const [command = "start", ...rest] = positionals;
  if (values.help || command === "help") {
    console.log(HELP);
    return;
  }
  switch (command) {
    case "start":
      return run();
    case "status":
      return callControl("GET", "/status");
    case "fault":
      return fault(rest);
    case "traffic":
      if (rest[0] !== "start" && rest[0] !== "stop") fail("usage: traffic start|stop");
      return callControl("POST", `/traffic/${rest[0]}`);
    default:
      fail(`unknown command "${command}" (see --help)`);
  }
}

main().catch((e) => fail(e instanceof Error ? e.message : String(e)));
