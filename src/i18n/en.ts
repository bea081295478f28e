import type { ConfigIssuePhrases } from "../lib/config/format-config-error.ts";
import { consoleEn } from "./console.en.ts";
import { explorerEn } from "./explorer.en.ts";
import { identityEn } from "./identity.en.ts";
import { monitorEn } from "./monitor.en.ts";

/**
 * English, the reference language: every other language must have exactly these keys
 * (enforced by the `Messages` type in messages.ts and by i18n-parity.test.ts).
 */
export const en = {
  // One module per feature, so features grow their strings without touching each other.
  monitor: monitorEn,
  explorer: explorerEn,
  identity: identityEn,
  console: consoleEn,
  app: {
    name: "BSN Console",
    tagline: "Blockchain-based service network",
    skipToContent: "Skip to content",
    footer: "Reads the chains directly from their city nodes.",
  },
  nav: {
    label: "Main",
    network: "Network",
    explorer: "Explorer",
    console: "Console",
    verify: "Verify",
    openMenu: "Open menu",
    closeMenu: "Close menu",
  },
  areas: {
    network: {
      title: "Network",
      purpose: "Watch every city node and chain, get alerted, and govern nodes and tenants.",
    },
    explorer: {
      title: "Explorer",
      purpose: "Browse and verify blocks, transactions, addresses and apps, and export evidence.",
    },
    console: {
      title: "Console",
      purpose: "Manage your apps, keys and identifiers, and see usage against your quota.",
    },
    verify: {
      title: "Verify",
      purpose: "Scan a QR code or type an identifier to see at once whether a thing is authentic.",
    },
    identifier: {
      title: "Identifier",
      purpose: "Resolves a printed identifier against the chain.",
      label: "Identifier",
      none: "This link names no identifier.",
    },
    comingSoon: "This area is being built.",
  },
  notFound: {
    title: "Page not found",
    body: "There is no page at {{path}}.",
    home: "Go to the network overview",
  },
  routeError: {
    title: "Something went wrong",
    body: "This page failed to show. Reloading usually helps.",
    reload: "Reload",
  },
  theme: { label: "Theme", system: "System", light: "Light", dark: "Dark" },
  language: { label: "Language" },
  endpoints: {
    title: "Node endpoints",
    description:
      "Every node the app reads this chain from: configured, found in the on-chain NodeRegistry, or added by you in this browser.",
    name: "Name",
    url: "RPC URL",
    add: "Add endpoint",
    remove: "Remove {{name}}",
    source_config: "config",
    source_registry: "registry",
    source_user: "added by you",
    state_up: "up",
    state_down: "down",
    state_unknown: "not contacted yet",
    state_wrongChain: "wrong chain (id {{seen}})",
    serving: "serving",
    lastError: "Last error: {{message}}",
    invalidUrl: "Enter an absolute http:// or https:// URL, for example https://rpc.example.org.",
    duplicate: "This chain already has a node at that URL.",
    added: "Added {{url}}; the next poll will contact it.",
  },
  chainHead: {
    label: "Chain heads",
    connecting: "connecting…",
    unreachable: "unreachable",
    nodes_one: "{{count}} node",
    nodes_other: "{{count}} nodes",
    title: "{{name}}, chain id {{chainId}}",
    blockTitle: "Latest block {{block}}",
    unreachableTitle: "None of the chain's nodes answered",
    healthy: "{{healthy}}/{{total}} healthy",
    servedBy: "Served by {{node}}",
    noNodeServing: "No node is serving this chain",
  },
  configLoading: "Loading the network configuration…",
  configError: {
    title: "The network configuration cannot be used",
    retry: "Try again",
    unreachable: "Could not fetch {{url}}: {{message}}",
    http: "{{url}} answered HTTP {{status}}.",
    notJson:
      "{{url}} is not JSON (content type “{{contentType}}”): the server probably sent a web page.",
    invalid_one: "{{url}} has {{count}} problem:",
    invalid_other: "{{url}} has {{count}} problems:",
    chain: "Chain {{label}}",
    general: "Whole file",
    hint: "Start the devnet with npm run devnet, or set BSN_NETWORK to a network.json file. A deployment serves network.json beside index.html.",
    issues: {
      line: "{{path}}: expected {{expected}}",
      lineReceived: "{{path}}: expected {{expected}}, got {{received}}",
      root: "network.json",
      expected: {
        address: "a 0x-prefixed 20-byte hex address",
        httpUrl: "an http: or https: URL",
        absoluteUrl: "an absolute URL",
        nodeCode: "a 4-digit node code",
        nonEmptyName: "a non-empty name",
        chainKey: "lowercase letters, digits and '-'",
        atLeastOneNode: "at least one node",
        atLeastOneChain: "at least one chain",
        countryCode: "a 3-digit ISO 3166 numeric code",
        string: "a string",
        number: "a number",
        integer: "an integer",
        boolean: "true or false",
        object: "an object",
        array: "a list",
        nonEmptyText: "a non-empty text",
        positiveNumber: "a number above 0",
        atLeast: "a number ≥ {{limit}}",
        atMost: "a number ≤ {{limit}}",
        oneOf: "{{values}}",
      },
      received: { missing: "nothing", null: "null", object: "an object", array: "a list" },
    } satisfies ConfigIssuePhrases,
  },
};
