/**
 * English strings of the resolve route (the verdict screen a QR code opens). Part of the identity
 * feature's strings, kept apart so that route's lean start carries only these.
 */
export const resolveEn = {
  resolve: {
    title: "Identifier check",
    checking: "Checking with the network…",
    identifier: "Identifier",
    chain: "Chain",
    block: "Checked at block",
    tenant: "Issued by",
    issuer: "Signer",
    issuedAt: "Issued",
    contentHash: "Content hash",
    metadata: "Metadata",
    nodes: "Nodes that agreed",
    history: "History",
    historyIssued: "Issued",
    historyRevoked: "Revoked: {{detail}}",
    historyMetadata: "Metadata updated: {{detail}}",
    viewTx: "Transaction",
    blockN: "block {{block}}",
    failed: "The check could not be completed: {{message}}",
    retry: "Check again",
    scanAnother: "Scan another code",
    offlineReady:
      "Saved on this device: codes of this network can now be checked without a connection.",
    brand: "BSN Console",
    language: "Language",
    darkTheme: "Dark theme",
  },

  verdict: {
    authentic: "Authentic",
    authenticDetail_one:
      "Active on the chain, signed by a current signer of its owner. Confirmed by {{count}} node only.",
    authenticDetail_other:
      "Active on the chain, signed by a current signer of its owner. Confirmed by {{count}} nodes.",
    revoked: "Revoked",
    revokedDetail: "Withdrawn by its issuer: {{reason}}",
    revokedAt: "Revoked {{time}}",
    unknown: "Unknown",
    unknownDetail: "No such identifier has been issued on this network.",
    invalid: "Invalid",
    invalid_malformed: "This is not a BSN identifier.",
    "invalid_check-character":
      "The check character does not match: the code was mistyped or altered.",
    "invalid_damaged-proof": "The signed part of the code is damaged.",
    "invalid_bad-signature": "The signature cannot be read: the code was altered.",
    "invalid_signer-not-of-prefix-owner":
      "It was not signed by a current signer of the organisation that owns this identifier.",
    "invalid_content-hash-mismatch":
      "The signature is for a different document than the one on record.",
    offline: "Verified offline",
    offlineDetail:
      "The signature matches a signer on the trust list saved {{age}}. No node could be reached to confirm it is still active.",
    cannotOffline: "Cannot check offline",
    "cannotOffline_no-trust-list":
      "No node can be reached and no trust list has been saved on this device yet.",
    "cannotOffline_no-proof":
      "No node can be reached, and this code carries no signature to check.",
    "cannotOffline_unknown-prefix":
      "No node can be reached, and the saved trust list does not know this organisation.",
  },

  document: {
    title: "Verify a document",
    hint: "Choose or drop the document this identifier stands for; it is hashed on this device and never uploaded.",
    choose: "Choose a file",
    match: "The document matches the record.",
    mismatch: "The document does NOT match the record.",
    hashing: "Hashing…",
  },
};
