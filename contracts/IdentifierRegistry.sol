// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {TenantRegistry} from "./TenantRegistry.sol";

/// @title IdentifierRegistry
/// @notice Identifier records printed as QR codes. Who may issue is read live from the
/// TenantRegistry, so suspending a tenant or removing a signer takes effect at once.
/// @dev Inherits EIP712 only for `eip712Domain()` (EIP-5267): the QR signature is checked off
/// chain, and wallets and verifiers read the domain from here.
contract IdentifierRegistry is EIP712 {
    enum IdStatus {
        None,
        Active,
        Revoked
    }

    struct Record {
        string identifier;
        uint256 tenantId;
        uint256 appId;
        bytes32 contentHash;
        string metadataURI;
        address issuer;
        IdStatus status;
        string revokeReason;
        uint64 issuedAt;
        uint64 updatedAt;
    }

    event IdentifierIssued(
        bytes32 indexed key,
        uint256 indexed tenantId,
        uint256 indexed appId,
        string identifier,
        bytes32 contentHash,
        address issuer
    );
    event IdentifierRevoked(bytes32 indexed key, uint256 indexed tenantId, string reason, address by);
    event MetadataUpdated(bytes32 indexed key, string metadataURI);

    error NotTenantSigner(uint256 tenantId, address caller);
    error TenantNotActive(uint256 tenantId);
    error OutsidePrefix(string identifier, string prefix);
    error AlreadyIssued(bytes32 key);
    error UnknownIdentifier(bytes32 key);
    error AlreadyRevoked(bytes32 key);
    error AppNotOfTenant(uint256 appId, uint256 tenantId);
    error LengthMismatch();
    error IndexOutOfRange(uint256 index, uint256 count);

    TenantRegistry public immutable tenants;

    mapping(bytes32 => Record) private _records;
    bytes32[] private _keys;

    constructor(TenantRegistry tenantRegistry) EIP712("BSN Identifier", "1") {
        tenants = tenantRegistry;
    }

    function issue(
        uint256 tenantId,
        uint256 appId,
        string calldata identifier,
        bytes32 contentHash,
        string calldata metadataURI
    ) external {
        string memory prefix = _issuerPrefix(tenantId, appId);
        _issue(tenantId, appId, prefix, identifier, contentHash, metadataURI);
    }

    /// @dev All or nothing: one bad item reverts the whole batch with that item's error.
    function issueBatch(
        uint256 tenantId,
        uint256 appId,
        string[] calldata identifiers,
        bytes32[] calldata contentHashes,
        string[] calldata metadataURIs
    ) external {
        uint256 n = identifiers.length;
        if (contentHashes.length != n || metadataURIs.length != n) revert LengthMismatch();
        string memory prefix = _issuerPrefix(tenantId, appId);
        for (uint256 i = 0; i < n; i++) {
            _issue(tenantId, appId, prefix, identifiers[i], contentHashes[i], metadataURIs[i]);
        }
    }

    /// @dev Allowed whatever the tenant's status: a suspended tenant must still be able to
    /// withdraw something it issued by mistake.
    function revoke(bytes32 key, string calldata reason) external {
        Record storage r = _record(key);
        uint256 tenantId = r.tenantId;
        if (!tenants.isSigner(tenantId, msg.sender) && tenants.getTenant(tenantId).owner != msg.sender) {
            revert NotTenantSigner(tenantId, msg.sender);
        }
        if (r.status == IdStatus.Revoked) revert AlreadyRevoked(key);

        r.status = IdStatus.Revoked;
        r.revokeReason = reason;
        r.updatedAt = uint64(block.timestamp);
        emit IdentifierRevoked(key, tenantId, reason, msg.sender);
    }

    function updateMetadata(bytes32 key, string calldata metadataURI) external {
        Record storage r = _record(key);
        uint256 tenantId = r.tenantId;
        if (!tenants.isSigner(tenantId, msg.sender)) revert NotTenantSigner(tenantId, msg.sender);
        if (tenants.getTenant(tenantId).status != TenantRegistry.TenantStatus.Active) {
            revert TenantNotActive(tenantId);
        }
        if (r.status == IdStatus.Revoked) revert AlreadyRevoked(key);

        r.metadataURI = metadataURI;
        r.updatedAt = uint64(block.timestamp);
        emit MetadataUpdated(key, metadataURI);
    }

    function getRecord(bytes32 key) external view returns (Record memory) {
        return _record(key);
    }

    function getByIdentifier(string calldata identifier) external view returns (Record memory) {
        return _record(keccak256(bytes(identifier)));
    }

    function identifierCount() external view returns (uint256) {
        return _keys.length;
    }

    function keyAt(uint256 i) external view returns (bytes32) {
        if (i >= _keys.length) revert IndexOutOfRange(i, _keys.length);
        return _keys[i];
    }

    /// @dev Checks the caller, tenant and app once per call (not per batch item).
    function _issuerPrefix(uint256 tenantId, uint256 appId) private view returns (string memory) {
        // isSigner is false for unknown tenants, so getTenant below cannot revert.
        if (!tenants.isSigner(tenantId, msg.sender)) revert NotTenantSigner(tenantId, msg.sender);
        TenantRegistry.Tenant memory t = tenants.getTenant(tenantId);
        if (t.status != TenantRegistry.TenantStatus.Active) revert TenantNotActive(tenantId);
        if (appId != 0 && (appId > tenants.appCount() || tenants.getApp(appId).tenantId != tenantId)) {
            revert AppNotOfTenant(appId, tenantId);
        }
        return t.prefix;
    }

    function _issue(
        uint256 tenantId,
        uint256 appId,
        string memory prefix,
        string calldata identifier,
        bytes32 contentHash,
        string calldata metadataURI
    ) private {
        if (!_isUnderPrefix(bytes(identifier), bytes(prefix))) revert OutsidePrefix(identifier, prefix);
        bytes32 key = keccak256(bytes(identifier));
        Record storage r = _records[key];
        if (r.status != IdStatus.None) revert AlreadyIssued(key);

        r.identifier = identifier;
        r.tenantId = tenantId;
        r.appId = appId;
        r.contentHash = contentHash;
        r.metadataURI = metadataURI;
        r.issuer = msg.sender;
        r.status = IdStatus.Active;
        r.issuedAt = uint64(block.timestamp);
        r.updatedAt = uint64(block.timestamp);
        _keys.push(key);
        emit IdentifierIssued(key, tenantId, appId, identifier, contentHash, msg.sender);
    }

    function _record(bytes32 key) private view returns (Record storage r) {
        r = _records[key];
        if (r.status == IdStatus.None) revert UnknownIdentifier(key);
    }

    /// @dev True when `id` is `prefix`, then "/", then a non-empty suffix.
    function _isUnderPrefix(bytes calldata id, bytes memory prefix) private pure returns (bool) {
        uint256 n = prefix.length;
        if (id.length < n + 2 || id[n] != "/") return false;
        for (uint256 i = 0; i < n; i++) {
            if (id[i] != prefix[i]) return false;
        }
        return true;
    }
}
