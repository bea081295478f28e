// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title TraceLog
/// @notice Demo supply-chain app: anyone appends a step to an item's trail.
contract TraceLog {
    event Traced(bytes32 indexed itemId, address indexed by, uint256 seq, string step);

    error EmptyStep();

    mapping(bytes32 => uint256) public stepCount;

    function record(bytes32 itemId, string calldata step) external {
        if (bytes(step).length == 0) revert EmptyStep();
        uint256 seq = ++stepCount[itemId];
        emit Traced(itemId, msg.sender, seq, step);
    }
}
