import { resolveEn } from "./resolve.en.ts";

/** English strings of the identity feature; zh-CN mirrors them in identity.zh-CN.ts. */
export const identityEn = {
  ...resolveEn,
  title: "Identity",
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
};
