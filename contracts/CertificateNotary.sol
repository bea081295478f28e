// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title CertificateNotary
/// @notice Demo notary app: the first caller to notarize a document hash owns that timestamp.
contract CertificateNotary {
    struct Notarization {
        address by;
        uint64 timestamp;
    }

    event Notarized(bytes32 indexed docHash, address indexed by, uint64 timestamp);

    error AlreadyNotarized(bytes32 docHash);

    mapping(bytes32 => Notarization) private _notarizations;

    function notarize(bytes32 docHash) external {
        if (_notarizations[docHash].timestamp != 0) revert AlreadyNotarized(docHash);
        uint64 timestamp = uint64(block.timestamp);
        _notarizations[docHash] = Notarization(msg.sender, timestamp);
        emit Notarized(docHash, msg.sender, timestamp);
    }

    function getNotarization(bytes32 docHash) external view returns (Notarization memory) {
        return _notarizations[docHash];
    }
}
