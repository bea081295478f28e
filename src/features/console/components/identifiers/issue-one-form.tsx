import { useState } from "react";
import type { Address, Hex } from "viem";
import { useTranslation } from "../../../../app/i18n/use-translation.ts";
import { useNetworkConfig } from "../../../../lib/config/network-config-context.tsx";
import { identifierRegistryAbi } from "../../../../lib/contracts/generated/identifier-registry.ts";
import { identifierUrl } from "../../../../lib/format/urls.ts";
import { formatIdentifier } from "../../../../lib/identifier/identifier.ts";
import { buildResolverUrl } from "../../../../lib/identifier/resolver-url.ts";
import { identifierTypedData } from "../../../../lib/identifier/signature.ts";
import { useChainRuntime } from "../../../../lib/rpc/network-runtime-context.tsx";
import { useContractWrite } from "../../../../lib/wallet/use-contract-write.ts";
import { useWallet } from "../../../../lib/wallet/wallet-context.tsx";
import { checkMetadataUri } from "../../lib/issue/metadata-uri.ts";
import { ActionCard, Field } from "../actions/action-card.tsx";
import { ContentInput } from "./content-input.tsx";
import { IssuedQr } from "./issued-qr.tsx";

type Issued = { identifier: string; contentHash: Hex; signature?: Hex; minedAt?: bigint };

/**
 * Issue one identifier: the suffix is checked as typed and shown with its check character, the
 * content hash is computed here, the wallet signs the transaction; once mined, the wallet is asked
 * to sign the QR link's proof (EIP-712), and the QR code is shown.
 */
export function IssueOneForm(props: {
  chainKey: string;
  tenantId: bigint;
  appId: bigint;
  prefix: string;
  onMined: (block: bigint) => void;
}) {
  const { t } = useTranslation();
  const rt = useChainRuntime(props.chainKey);
  const config = useNetworkConfig();
  const wallet = useWallet();
  const { write, state } = useContractWrite(props.chainKey);
  const [suffix, setSuffix] = useState("");
  const [uri, setUri] = useState("");
  const [hash, setHash] = useState<Hex>();
  const [touched, setTouched] = useState(false);
  const [issued, setIssued] = useState<Issued>();
  const [signError, setSignError] = useState<string>();
  const id = suffix.trim() === "" ? undefined : formatIdentifier(props.prefix, suffix);
  const meta = checkMetadataUri(uri);
  const registry = rt.config.registries.identifierRegistry as Address;

  const signLink = async (identifier: string, contentHash: Hex) => {
    setSignError(undefined);
    const client = await wallet.walletClient(props.chainKey);
    if (!client?.account) return;
    try {
      const signature = await client.signTypedData({
        account: client.account,
        ...identifierTypedData({ chainId: rt.chainId, registry, identifier, contentHash }),
      });
      setIssued((was) => ({ identifier, contentHash, signature, minedAt: was?.minedAt }));
    } catch (e) {
      setSignError(e instanceof Error ? (e.message.split("\n")[0] ?? "") : String(e));
    }
  };

  const origin = config.resolverOrigin ?? window.location.origin;
  const proof = issued?.signature
    ? { contentHash: issued.contentHash, signature: issued.signature }
    : undefined;
  const qrUrl = issued ? buildResolverUrl(origin, issued.identifier, proof) : "";
  return (
    <div data-testid="issue-one">
      <ActionCard
        title={t("console.issue.oneTitle")}
        submitLabel={t("console.issue.issueOne")}
        state={state}
        onSubmit={async () => {
          setTouched(true);
          if (!id?.ok || !hash || !meta.ok) return;
          setIssued(undefined);
          const identifier = id.value.value;
          const receipt = await write({
            address: registry,
            abi: identifierRegistryAbi,
            functionName: "issue",
            args: [props.tenantId, props.appId, identifier, hash, meta.value],
          });
          if (!receipt) return;
          props.onMined(receipt.blockNumber);
          setIssued({ identifier, contentHash: hash, minedAt: receipt.blockNumber });
          setSuffix("");
          setTouched(false);
          await signLink(identifier, hash);
        }}
      >
        <Field
          name="issue-suffix"
          label={t("console.issue.suffix", { prefix: props.prefix })}
          value={suffix}
          onChange={setSuffix}
          placeholder="PKG-2026-000731"
          error={
            id && !id.ok
              ? t(`console.issue.idError.${id.error.kind}`)
              : touched && !id
                ? t("console.issue.suffixRequired")
                : undefined
          }
        />
        <p className="text-slate-600 dark:text-slate-300" data-testid="identifier-preview">
          {t("console.issue.willBe")}{" "}
          <span className="font-mono break-all">
            {id?.ok ? id.value.value : `${props.prefix}/…`}
          </span>
        </p>
        <ContentInput onHash={setHash} />
        {touched && !hash && (
          <p className="text-red-700 dark:text-red-300">{t("console.issue.hashRequired")}</p>
        )}
        <Field
          name="issue-uri"
          label={t("console.issue.metadataUri")}
          value={uri}
          onChange={setUri}
          placeholder="https://…"
          error={meta.ok ? undefined : t(`console.issue.uriError.${meta.reason}`)}
        />
      </ActionCard>
      {issued && (
        <div className="mt-3 rounded-lg border border-slate-200 bg-white p-4 text-sm dark:border-slate-700 dark:bg-slate-900">
          <IssuedQr
            identifier={issued.identifier}
            url={qrUrl}
            path={`${identifierUrl(issued.identifier)}${new URL(qrUrl).hash}`}
            signed={proof !== undefined}
            chainKey={props.chainKey}
            minedAt={issued.minedAt}
          />
          {!proof && (
            <div className="text-sm">
              {signError && (
                <p className="text-red-700 dark:text-red-300">
                  {t("console.issue.signFailed", { message: signError })}
                </p>
              )}
              <button
                type="button"
                className="mt-1 text-sky-700 underline dark:text-sky-400"
                onClick={() => void signLink(issued.identifier, issued.contentHash)}
              >
                {t("console.issue.signAgain")}
              </button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
