/** English strings of the identity feature; zh-CN mirrors them in identity.zh-CN.ts. */
export const identityEn = {
  title: "Identity",
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
  verify: {
    title: "Verify",
    purpose:
      "Scan the QR code on a product, certificate or document to see at once whether it is authentic.",
    startCamera: "Scan with the camera",
    stopCamera: "Stop the camera",
    switchCamera: "Switch camera",
    torchOn: "Light on",
    torchOff: "Light off",
    continuous: "Keep scanning (for inspectors)",
    cameraStarting: "Starting the camera…",
    cameraDenied:
      "The camera could not be started: {{message}}. You can upload a photo of the code or type the identifier instead.",
    upload: "Upload a photo of the code",
    uploadFailed: "No QR code was found in that image. Try a sharper, closer photo.",
    manual: "Or type the identifier",
    manualPlaceholder: "156.0027.100042/PKG-2026-000731-K",
    check: "Check",
    notOurs: "This QR code is not a BSN identifier: {{text}}",
    scanned: "Scanned",
    errors: {
      empty: "Type an identifier first.",
      "too-long": "That is longer than any identifier (128 characters at most).",
      "no-suffix": "An identifier has a '/' between the organisation's prefix and its own part.",
      "bad-prefix": "The part before '/' must look like 156.0027.100042.",
      "bad-suffix":
        "After '/', use letters, digits and '-', ending in '-' and the check character.",
      "bad-check": "The check character does not match: please check for a typing error.",
    },
  },
  labels: {
    title: "Print QR labels",
    purpose:
      "One label per identifier or signed link, on an A4 sheet. Codes use error correction level Q.",
    input: "Identifiers or signed links, one per line",
    size: "Label size",
    sizeOption: "{{mm}} mm",
    print: "Print",
    downloadSvg: "SVG",
    downloadPng: "PNG",
    invalidLine: "Line {{line}}: {{reason}}",
    count_one: "{{count}} label",
    count_other: "{{count}} labels",
    empty: "Paste identifiers or links to see the labels.",
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
