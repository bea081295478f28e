// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IdentifierRegistry} from "./IdentifierRegistry.sol";
import {TenantRegistry} from "./TenantRegistry.sol";

/// @title ResolveLens
/// @notice Never deployed. Its creation code is run by `eth_call` (a "deployless" read): the
/// constructor reads, at one block, everything the resolve route needs to judge one identifier
/// and returns it as the call's output, so a phone needs one round trip per node instead of
/// three (head, prefix owner, then record and signers). See docs/identifiers.md.
/// The registries' answers are passed on as returned (ABI-encoded), not decoded here: the
/// client decodes them with the registries' own ABIs, and the lens's code stays small.
contract ResolveLens {
    struct Answer {
        /// The block the reads were made at.
        uint256 blockNumber;
        /// The tenant that owns the prefix; 0 when none does on this chain.
        uint256 tenantId;
        /// TenantRegistry.getTenant(tenantId)'s return data; empty when tenantId is 0.
        bytes tenant;
        /// TenantRegistry.getSigners(tenantId)'s return data; empty when tenantId is 0.
        bytes signers;
        /// IdentifierRegistry.getRecord(key)'s return data; empty when it reverted (never issued).
        bytes record;
        /// The address the proof's signature recovers to over `digest`; 0 for none or no proof.
        address proofSigner;
    }

    constructor(
        TenantRegistry tenants,
        IdentifierRegistry identifiers,
        string memory prefix,
        bytes32 key,
        bytes32 digest,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) {
        Answer memory a;
        a.blockNumber = block.number;
        a.tenantId = tenants.tenantOfPrefix(prefix);
        if (a.tenantId != 0) {
            a.tenant = _read(address(tenants), abi.encodeCall(tenants.getTenant, (a.tenantId)));
            a.signers = _read(address(tenants), abi.encodeCall(tenants.getSigners, (a.tenantId)));
        }
        a.record = _read(address(identifiers), abi.encodeCall(identifiers.getRecord, (key)));
        if (digest != bytes32(0)) a.proofSigner = ecrecover(digest, v, r, s);
        bytes memory out = abi.encode(a);
        assembly {
            return(add(out, 32), mload(out))
        }
    }

    /// @dev The call's return data, or nothing when it reverted.
    function _read(address target, bytes memory data) private view returns (bytes memory) {
        (bool ok, bytes memory ret) = target.staticcall(data);
        return ok ? ret : new bytes(0);
    }

    /// @notice Declares the output's ABI (the constructor's return); never called.
    function answer() external pure returns (Answer memory a) {}
}
