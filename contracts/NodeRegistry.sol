// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title NodeRegistry
/// @notice The public city nodes of one chain. Front ends discover RPC endpoints from here.
contract NodeRegistry is AccessControl {
    bytes32 public constant NETWORK_ADMIN = keccak256("NETWORK_ADMIN");

    enum NodeStatus {
        None,
        Active,
        Maintenance,
        Retired
    }

    struct CityNode {
        string code;
        string name;
        string city;
        int32 latE6;
        int32 lonE6;
        address operator;
        string rpcUrl;
        NodeStatus status;
        uint64 registeredAt;
        uint64 updatedAt;
    }

    event NodeRegistered(string indexed codeIndex, string code, address indexed operator, string rpcUrl);
    event NodeUpdated(string indexed codeIndex, string code, address indexed by);
    event NodeStatusChanged(
        string indexed codeIndex, string code, NodeStatus from, NodeStatus to, address indexed by
    );
    event NodeOperatorChanged(string indexed codeIndex, string code, address indexed from, address indexed to);

    error InvalidNodeCode(string code);
    error NodeAlreadyRegistered(string code);
    error UnknownNode(string code);
    error NotNodeOperator(string code, address caller);
    error NodeIsRetired(string code);
    error InvalidNodeStatus(uint8 status);
    error ZeroAddress();

    // Keyed by keccak256(code) so lookups need no string comparison; _codes keeps registration order.
    mapping(bytes32 => CityNode) private _nodes;
    string[] private _codes;

    constructor() {
        _grantRole(DEFAULT_ADMIN_ROLE, msg.sender);
        _grantRole(NETWORK_ADMIN, msg.sender);
    }

    function registerNode(
        string calldata code,
        string calldata name,
        string calldata city,
        int32 latE6,
        int32 lonE6,
        address operator,
        string calldata rpcUrl
    ) external onlyRole(NETWORK_ADMIN) {
        if (!_isNodeCode(code)) revert InvalidNodeCode(code);
        if (operator == address(0)) revert ZeroAddress();
        CityNode storage node = _nodes[keccak256(bytes(code))];
        if (node.status != NodeStatus.None) revert NodeAlreadyRegistered(code);

        node.code = code;
        node.name = name;
        node.city = city;
        node.latE6 = latE6;
        node.lonE6 = lonE6;
        node.operator = operator;
        node.rpcUrl = rpcUrl;
        node.status = NodeStatus.Active;
        node.registeredAt = uint64(block.timestamp);
        node.updatedAt = uint64(block.timestamp);
        _codes.push(code);
        emit NodeRegistered(code, code, operator, rpcUrl);
    }

    function updateNode(
        string calldata code,
        string calldata name,
        string calldata city,
        int32 latE6,
        int32 lonE6,
        string calldata rpcUrl
    ) external {
        CityNode storage node = _known(code);
        if (!hasRole(NETWORK_ADMIN, msg.sender) && msg.sender != node.operator) {
            revert NotNodeOperator(code, msg.sender);
        }
        if (node.status == NodeStatus.Retired) revert NodeIsRetired(code);

        node.name = name;
        node.city = city;
        node.latE6 = latE6;
        node.lonE6 = lonE6;
        node.rpcUrl = rpcUrl;
        node.updatedAt = uint64(block.timestamp);
        emit NodeUpdated(code, code, msg.sender);
    }

    /// @dev Operators may only toggle maintenance; retiring takes NETWORK_ADMIN, and nothing
    /// leaves Retired. A no-op transition is refused so every success is a real change.
    function setNodeStatus(string calldata code, NodeStatus status) external {
        CityNode storage node = _known(code);
        bool admin = hasRole(NETWORK_ADMIN, msg.sender);
        if (!admin && msg.sender != node.operator) revert NotNodeOperator(code, msg.sender);
        NodeStatus from = node.status;
        if (from == NodeStatus.Retired) revert NodeIsRetired(code);
        if (status == NodeStatus.None || status == from) revert InvalidNodeStatus(uint8(status));
        if (status == NodeStatus.Retired && !admin) {
            revert AccessControlUnauthorizedAccount(msg.sender, NETWORK_ADMIN);
        }

        node.status = status;
        node.updatedAt = uint64(block.timestamp);
        emit NodeStatusChanged(code, code, from, status, msg.sender);
    }

    function setNodeOperator(string calldata code, address operator) external onlyRole(NETWORK_ADMIN) {
        CityNode storage node = _known(code);
        if (node.status == NodeStatus.Retired) revert NodeIsRetired(code);
        if (operator == address(0)) revert ZeroAddress();

        address from = node.operator;
        node.operator = operator;
        node.updatedAt = uint64(block.timestamp);
        emit NodeOperatorChanged(code, code, from, operator);
    }

    function nodeCount() external view returns (uint256) {
        return _codes.length;
    }

    function getNode(string calldata code) external view returns (CityNode memory) {
        return _known(code);
    }

    function getNodes() external view returns (CityNode[] memory nodes) {
        nodes = new CityNode[](_codes.length);
        for (uint256 i = 0; i < _codes.length; i++) {
            nodes[i] = _nodes[keccak256(bytes(_codes[i]))];
        }
    }

    function _known(string calldata code) private view returns (CityNode storage node) {
        node = _nodes[keccak256(bytes(code))];
        if (node.status == NodeStatus.None) revert UnknownNode(code);
    }

    function _isNodeCode(string calldata code) private pure returns (bool) {
        bytes calldata b = bytes(code);
        if (b.length != 4) return false;
        for (uint256 i = 0; i < 4; i++) {
            if (b[i] < "0" || b[i] > "9") return false;
        }
        return true;
    }
}
