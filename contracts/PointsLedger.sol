// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title PointsLedger
/// @notice Demo loyalty-points app: the deployer mints, holders transfer.
contract PointsLedger is Ownable {
    event Transfer(address indexed from, address indexed to, uint256 amount);

    error InsufficientPoints(uint256 have, uint256 want);
    error ZeroAddress();

    mapping(address => uint256) public balanceOf;
    uint256 public totalSupply;

    constructor() Ownable(msg.sender) {}

    function mint(address to, uint256 amount) external onlyOwner {
        if (to == address(0)) revert ZeroAddress();
        totalSupply += amount;
        balanceOf[to] += amount;
        emit Transfer(address(0), to, amount);
    }

    function transfer(address to, uint256 amount) external {
        if (to == address(0)) revert ZeroAddress();
        uint256 have = balanceOf[msg.sender];
        if (have < amount) revert InsufficientPoints(have, amount);
        unchecked {
            balanceOf[msg.sender] = have - amount;
        }
        balanceOf[to] += amount;
        emit Transfer(msg.sender, to, amount);
    }
}
