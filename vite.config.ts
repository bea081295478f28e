import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin, type Rollup } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { ROUTE_MODULES } from "./src/app/route-modules.ts";
import { EXPLORER_SHELL_STRINGS, explorerShellScript } from "./src/features/explorer/shell.ts";
import { SHELL_STRINGS, shellScript } from "./src/features/identity/resolve/shell.ts";

/**
 * Serves `/network.json` from the file named by BSN_NETWORK (default: the devnet's own
 * `.devnet/network.json`), in dev and preview alike, so one build runs against any network.
 * A static deployment simply puts its own network.json beside index.html instead.
 */
function networkConfig(): Plugin {
  const file = resolve(process.env.BSN_NETWORK ?? ".devnet/network.json");
  const handler = (
    req: { url?: string },
    res: import("node:http").ServerResponse,
    next: () => void,
  ) => {
    if (req.url?.split("?")[0] !== "/network.json") return next();
    if (!existsSync(file)) {
      res.statusCode = 404;
      res.setHeader("content-type", "text/plain");
      res.end(
        `No network config at ${file}. Start the devnet (npm run devnet) or set BSN_NETWORK.`,
      );
      return;
    }
    res.setHeader("content-type", "application/json");
    res.setHeader("cache-control", "no-store");
    res.end(readFileSync(file));
  };
  return {
    name: "bsn-network-config",
    configureServer: (server) => void server.middlewares.use(handler),
    configurePreviewServer: (server) => void server.middlewares.use(handler),
  };
}

/**
 * Writes into index.html, for every route rule of src/app/route-modules.ts, the built files its
 * start (src/main.tsx: the app's, or the resolve route's own) and route modules need beyond the
 * entry's, and a few lines that add `<link rel=modulepreload>` for
 * the current path's files while the page is parsed: a screen's chunks download alongside the
 * entry instead of after it has run. The same lines start the network config's fetch, which
 * src/lib/config/load-network-config.ts takes over (once) instead of asking again.
 */
function routePreloads(): Plugin {
  let root = process.cwd();
  let base = "/";
  return {
    name: "bsn-route-preloads",
    apply: "build",
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    transformIndexHtml: {
      order: "post",
      handler(html, ctx) {
        if (!ctx.bundle) return;
        const chunks = Object.values(ctx.bundle).filter(
          (c): c is Rollup.OutputChunk => c.type === "chunk",
        );
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const closure = (file: string, into: Set<string>) => {
          if (into.has(file)) return;
          into.add(file);
          for (const i of byFile.get(file)?.imports ?? []) closure(i, into);
        };
        const closureOf = (source: string, into = new Set<string>()) => {
          const id = resolve(root, source);
          // Only a module that is its chunk's facade: one a codeSplitting group took in (start.tsx,
          // explorer-route.tsx) adds nothing itself, and comes in with the route modules that
          // import it. Looking such modules up in the group's chunk put app-start first in every
          // list and left out what the entry imports; Lighthouse fell from 100 to 71–92 on the
          // explorer pages (3 runs each), so the lists stay as they were. /explorer (the chain
          // list, no route module) preloads only the data side (appStart below).
          const chunk = chunks.find((c) => c.facadeModuleId === id);
          if (chunk) closure(chunk.fileName, into);
          return into;
        };
        // What index.html loads itself: src/main.tsx and its static imports.
        const initial = closureOf("src/main.tsx");
        const beyondEntry = (files: Set<string>) =>
          [...files].filter((f) => !initial.has(f)).map((f) => base + f);
        // src/main.tsx starts one of two ways; each path preloads its start's files.
        // The data side first (src/app/data-start.ts, React-free, its codeSplitting group's chunk):
        // it asks the nodes as soon as its own files are in, so they go ahead of React and the
        // screens on six connections.
        const dataStart = chunks.find((c) => c.name === "data-start")?.fileName;
        const appStart = () => {
          const files = new Set<string>();
          if (dataStart) closure(dataStart, files);
          return closureOf("src/app/start.tsx", files);
        };
        const table: [string, string[]][] = [
          // /id/…: only the check's own code at first, so it gets the bandwidth and its calls go
          // out sooner; React and the screen (start.tsx) download while the nodes answer.
          ["^/id/", beyondEntry(closureOf("src/features/identity/resolve/first-check.ts"))],
          ...ROUTE_MODULES.map(([pattern, ...names]): [string, string[]] => {
            const files = appStart();
            for (const name of names)
              closureOf(
                name.startsWith("i18n/") ? `src/${name}.ts` : `src/routes/${name}.tsx`,
                files,
              );
            return [pattern.source, beyondEntry(files)];
          }),
          ["", beyondEntry(appStart())],
        ];
        // On /id/… (a scanned QR code), once the config is in, one tiny call to each node opens
        // its connection and passes its CORS preflight while the code is still downloading, so
        // the verdict's one round trip is just that (resolve-network.ts). Only http(s) URLs.
        // src/app/after-first-paint.ts in a few lines: outside /id/… the page's own code is
        // preloaded once the frame and heading drawn at the end of <body> (below) are painted,
        // so it waits for the document to be parsed, then for the next frame.
        const AFTER_FIRST_PAINT = `(f=>{let d=0;const o=()=>{if(!d){d=1;f()}};const w=()=>{if(document.visibilityState==="hidden")return o();requestAnimationFrame(()=>setTimeout(o,0));document.addEventListener("visibilitychange",o,{once:true})};document.readyState==="loading"?document.addEventListener("DOMContentLoaded",w,{once:true}):w()})`;
        // Starting a request costs the page's thread ~1 ms (4 ms at Lighthouse's 4× slower CPU),
        // and an explorer page preloads 30–36 files: added all at once they made one task of
        // 30–150 ms at 4×. Four per task (a MessageChannel, unclamped and not throttled in a
        // background tab), the most needed first.
        const IN_SLICES = `()=>{let i=0;const ch=new MessageChannel();const step=()=>{for(const e=i+4;i<e&&i<f.length;i++)add(f[i]);i<f.length?ch.port2.postMessage(0):ch.port1.close()};ch.port1.onmessage=step;step()}`;
        const warm = `if(p.startsWith("/id/"))c.then(r=>r.clone().json()).then(j=>{for(const ch of j.chains)for(const n of ch.nodes)if(/^https?:\\/\\//.test(n.url))fetch(n.url,{method:"POST",headers:{"content-type":"application/json"},body:'{"jsonrpc":"2.0","id":0,"method":"eth_chainId","params":[]}'}).catch(()=>{})}).catch(()=>{});`;
        // Each file once, each row as indexes into that list: the table is most of index.html.
        const files = [...new Set(table.flatMap(([, list]) => list))];
        const indexed = table.map(([pattern, list]) => [
          pattern,
          list.map((f) => files.indexOf(f)),
        ]);
        const script = `(()=>{const c=fetch("/network.json",{cache:"no-store",headers:{accept:"application/json"}});c.catch(()=>{});window.__bsnNetworkConfig=c;const p=location.pathname;${warm}const F=${JSON.stringify(files)};const T=${JSON.stringify(indexed)}.map(([r,x])=>[r,x.map(i=>F[i])]);window.__bsnRoutePreloads=T;for(const[r,f]of T)if(new RegExp(r).test(p)){const add=h=>{const l=document.createElement("link");l.rel="modulepreload";l.crossOrigin="";l.href=h;document.head.appendChild(l)};p.startsWith("/id/")?f.forEach(add):${AFTER_FIRST_PAINT}(${IN_SLICES});break}})()`;
        // After the entry's own preloads, before its stylesheet: an inline script after a
        // stylesheet link waits until the stylesheet has loaded (a round trip on a cold load).
        const at = html.indexOf('<link rel="stylesheet"');
        const withScript =
          at < 0
            ? html.replace("</head>", `<script>${script}</script></head>`)
            : `${html.slice(0, at)}<script>${script}</script>\n    ${html.slice(at)}`;
        // On /id/… the page frame and "Checking…" paint from the HTML, before any code loads;
        // on explorer pages, the frame and the page's heading.
        const shell = `${shellScript(SHELL_STRINGS)};${explorerShellScript(EXPLORER_SHELL_STRINGS)}`;
        return withScript.replace(
          '<div id="root"></div>',
          `<div id="root"></div><script>${shell}</script>`,
        );
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    networkConfig(),
    routePreloads(),
    // Installable, and the shell works offline: a phone that scanned codes before can still judge
    // one with no signal, from the cached app and trust list (docs/identifiers.md).
    VitePWA({
      registerType: "autoUpdate",
      // Registered by the app, 10 s after load (src/app/register-service-worker.ts).
      injectRegister: false,
      includeAssets: ["favicon.svg"],
      manifest: {
        name: "BSN Console",
        short_name: "BSN",
        description: "Verify BSN identifiers and watch the blockchain-based service network.",
        start_url: "/verify",
        display: "standalone",
        background_color: "#ffffff",
        theme_color: "#0369a1",
        icons: [
          { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
          { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
          { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
        ],
      },
      workbox: {
        globPatterns: ["**/*.{js,css,html,svg,png}"],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: "/index.html",
        // The network config must be fresh when a node answers; the cached copy serves offline.
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname === "/network.json",
            handler: "NetworkFirst",
            options: { cacheName: "network-config", networkTimeoutSeconds: 3 },
          },
        ],
      },
    }),
  ],
  resolve: {
    alias: [
      {
        find: /^use-sync-external-store\/shim(\/index\.js)?$/,
        replacement: resolve(import.meta.dirname, "src/lib/react/use-sync-external-store.ts"),
      },
    ],
  },
  server: { host: "127.0.0.1", port: Number(process.env.PORT ?? 5173), strictPort: false },
  preview: { host: "127.0.0.1", port: Number(process.env.PORT ?? 4173) },
  build: {
    target: "es2022",
    sourcemap: true,
    // No preload lists in the code for dynamic imports (2 KB gzip off every first load): index.html
    // preloads the first screen's code (routePreloads above) and keeps the table on `window`,
    // from which src/app/route-preload.ts preloads each screen navigated to. No polyfill either:
    // every browser the target admits but Safari 16 supports modulepreload; there the hinted
    // files load when imported, a little later.
    modulePreload: false,
    rolldownOptions: {
      output: {
        // Fewer, larger shared chunks where every start needs the same modules anyway: a phone
        // opening a QR link (HTTP/1.1: six connections) waits on fewer requests.
        codeSplitting: {
          groups: [
            {
              name: "react",
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
              priority: 20,
            },
            {
              name: "identifier",
              test: /src[\\/]lib[\\/](identifier[\\/](identifier|iso7064|resolver-url|typed-data)|format[\\/]urls|contracts[\\/]read-view)\.ts$/,
              priority: 10,
            },
            // What the resolve route shares with the app stays in chunks of its own, so the group
            // below (which takes its modules' dependencies along) cannot pull it in: the resolve
            // route would then load the whole app start (`npm run bench -- identity` counts its
            // bytes, ≤ 100 KB).
            {
              name: "language",
              test: /src[\\/](app[\\/]i18n[\\/]language|lib[\\/]rpc[\\/](batch-transport-core|json-rpc-envelope|errors|hex-patterns)|lib[\\/]queries[\\/]next-task)\.ts$|node_modules[\\/](viem[\\/]_esm[\\/]utils[\\/]stringify\.js|idb-keyval[\\/])|vite[\\/]preload-helper/,
              priority: 9,
            },
            {
              name: "spinner",
              test: /src[\\/](components[\\/]ui[\\/](logo-parts|icons|button|spinner)|app[\\/]theme[\\/]theme-store)\.tsx?$/,
              priority: 9,
            },
            // The data side of the app's start (src/app/data-start.ts: config, node pool, query
            // client, the pages' first reads) in a chunk of its own, ahead of React and the app:
            // it runs as soon as its own files are in, and the nodes are asked while the rest
            // still loads.
            {
              name: "data-start",
              test: /src[\\/]app[\\/]data-start\.ts$/,
              priority: 6,
            },
            // The app's start in one file instead of ~20: start.tsx and all it imports (runtime,
            // React Query, router, frame), the explorer's frame and strings, and what all four
            // explorer pages draw with. Every explorer page loads all of it anyway; in one file it
            // gzips ~8 KB smaller and takes one request of six connections instead of twenty
            // (docs/performance.md, "What keeps the first load small"). With it, the transaction
            // table, links, amounts and method names most explorer pages draw (8 Dec: the block
            // page's first load 15 files → 8, tx and address 14–17 → 10; home +1.1 KB, block and
            // address −1.9). The other areas load the explorer's part too: up to 7 KB gzip more
            // on /verify and /console.
            {
              name: "app-start",
              test: /src[\\/](app[\\/]start\.tsx|routes[\\/]explorer-route\.tsx|i18n[\\/]explorer\.en\.ts|components[\\/]eth[\\/](address-text|hash-text|block-link|age|copy-button|amount|tx-link)\.tsx|lib[\\/]format[\\/]units\.ts|features[\\/]explorer[\\/](components[\\/](label-text\.ts|use-explorer-chain\.ts|section\.tsx|tx-table\.tsx|method-name\.tsx)|queries[\\/]use-directory\.ts|lib[\\/](decode-call|abi-source)\.ts)|lib[\\/]queries[\\/](registry-queries|read-registry)\.ts|lib[\\/]contracts[\\/]generated[\\/](trace-log|points-ledger|certificate-notary)\.ts)$|node_modules[\\/]viem[\\/]_esm[\\/]utils[\\/]unit[\\/](formatUnits|Value)\.js$/,
              priority: 5,
            },
          ],
        },
      },
    },
  },
});
