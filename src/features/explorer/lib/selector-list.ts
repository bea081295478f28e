import type { Abi } from "viem";

/**
 * Well-known signatures for contracts the product did not deploy (tokens, ownership, proxies):
 * a fallback that names the call when no ABI of ours matches. Kept small on purpose. Written as
 * JSON ABI items (each under its signature) rather than parsed from the signatures at start-up,
 * which would bring viem's signature parser into the explorer's first load.
 */
export const SELECTOR_LIST = [
  // function transfer(address to, uint256 amount) returns (bool)
  {
    name: "transfer",
    type: "function",
    stateMutability: "nonpayable",
    inputs: [
      { type: "address", name: "to" },
      { type: "uint256", name: "amount" },
    ],
    outputs: [{ type: "bool" }],
  },
  // function transferFrom(address from, address to, uint256 amount) returns (bool)
  {
    name: "transferFrom",
    type: "function",
    stateMutability: "nonpayable",
    inputs: [
      { type: "address", name: "from" },
      { type: "address", name: "to" },
      { type: "uint256", name: "amount" },
    ],
    outputs: [{ type: "bool" }],
  },
  // function approve(address spender, uint256 amount) returns (bool)
  {
    name: "approve",
    type: "function",
    stateMutability: "nonpayable",
    inputs: [
      { type: "address", name: "spender" },
      { type: "uint256", name: "amount" },
    ],
    outputs: [{ type: "bool" }],
  },
  // function safeTransferFrom(address from, address to, uint256 tokenId)
  {
    name: "safeTransferFrom",
    type: "function",
    stateMutability: "nonpayable",
    inputs: [
      { type: "address", name: "from" },
      { type: "address", name: "to" },
      { type: "uint256", name: "tokenId" },
    ],
    outputs: [],
  },
  // function setApprovalForAll(address operator, bool approved)
  {
    name: "setApprovalForAll",
    type: "function",
    stateMutability: "nonpayable",
    inputs: [
      { type: "address", name: "operator" },
      { type: "bool", name: "approved" },
    ],
    outputs: [],
  },
  // function transferOwnership(address newOwner)
  {
    name: "transferOwnership",
    type: "function",
    stateMutability: "nonpayable",
    inputs: [{ type: "address", name: "newOwner" }],
    outputs: [],
  },
  // function renounceOwnership()
  {
    name: "renounceOwnership",
    type: "function",
    stateMutability: "nonpayable",
    inputs: [],
    outputs: [],
  },
  // function upgradeToAndCall(address newImplementation, bytes data)
  {
    name: "upgradeToAndCall",
    type: "function",
    stateMutability: "nonpayable",
    inputs: [
      { type: "address", name: "newImplementation" },
      { type: "bytes", name: "data" },
    ],
    outputs: [],
  },
  // function grantRole(bytes32 role, address account)
  {
    name: "grantRole",
    type: "function",
    stateMutability: "nonpayable",
    inputs: [
      { type: "bytes32", name: "role" },
      { type: "address", name: "account" },
    ],
    outputs: [],
  },
  // function revokeRole(bytes32 role, address account)
  {
    name: "revokeRole",
    type: "function",
    stateMutability: "nonpayable",
    inputs: [
      { type: "bytes32", name: "role" },
      { type: "address", name: "account" },
    ],
    outputs: [],
  },
  // function deposit()
  { name: "deposit", type: "function", stateMutability: "nonpayable", inputs: [], outputs: [] },
  // function withdraw(uint256 amount)
  {
    name: "withdraw",
    type: "function",
    stateMutability: "nonpayable",
    inputs: [{ type: "uint256", name: "amount" }],
    outputs: [],
  },
  // event Transfer(address indexed from, address indexed to, uint256 value)
  {
    name: "Transfer",
    type: "event",
    inputs: [
      { type: "address", name: "from", indexed: true },
      { type: "address", name: "to", indexed: true },
      { type: "uint256", name: "value" },
    ],
  },
  // event Approval(address indexed owner, address indexed spender, uint256 value)
  {
    name: "Approval",
    type: "event",
    inputs: [
      { type: "address", name: "owner", indexed: true },
      { type: "address", name: "spender", indexed: true },
      { type: "uint256", name: "value" },
    ],
  },
  // event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
  {
    name: "ApprovalForAll",
    type: "event",
    inputs: [
      { type: "address", name: "owner", indexed: true },
      { type: "address", name: "operator", indexed: true },
      { type: "bool", name: "approved" },
    ],
  },
  // event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
  {
    name: "OwnershipTransferred",
    type: "event",
    inputs: [
      { type: "address", name: "previousOwner", indexed: true },
      { type: "address", name: "newOwner", indexed: true },
    ],
  },
  // event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
  {
    name: "RoleGranted",
    type: "event",
    inputs: [
      { type: "bytes32", name: "role", indexed: true },
      { type: "address", name: "account", indexed: true },
      { type: "address", name: "sender", indexed: true },
    ],
  },
  // event Upgraded(address indexed implementation)
  {
    name: "Upgraded",
    type: "event",
    inputs: [{ type: "address", name: "implementation", indexed: true }],
  },
] as const satisfies Abi;
