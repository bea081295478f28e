// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";

/// @title TenantRegistry
/// @notice Organisations using the network, their identifier prefixes, signers and apps.
contract TenantRegistry is AccessControl {
    using EnumerableSet for EnumerableSet.AddressSet;

    bytes32 public constant NETWORK_ADMIN = keccak256("NETWORK_ADMIN");

    enum TenantStatus {
        None,
        Pending,
        Active,
        Suspended
    }

    enum AppStatus {
        None,
        Active,
        Paused,
        Retired
    }

    struct Tenant {
        uint256 id;
        string name;
        address owner;
        TenantStatus status;
        string homeNode;
        string prefix;
        uint32 dailyQuota;
        uint64 createdAt;
        uint64 updatedAt;
    }

    struct App {
        uint256 id;
        uint256 tenantId;
        string name;
        string kind;
        AppStatus status;
        address[] contracts;
        uint64 createdAt;
    }

    event TenantApplied(uint256 indexed id, address indexed owner, string name, string homeNode);
    event TenantApproved(uint256 indexed id, string prefix, uint32 dailyQuota);
    event TenantSuspended(uint256 indexed id, string reason);
    event TenantReinstated(uint256 indexed id);
    event QuotaChanged(uint256 indexed id, uint32 from, uint32 to);
    event SignerAdded(uint256 indexed tenantId, address indexed signer);
    event SignerRemoved(uint256 indexed tenantId, address indexed signer);
    event AppRegistered(uint256 indexed appId, uint256 indexed tenantId, string name, string kind);
    event AppContractAdded(uint256 indexed appId, address indexed contractAddress);
    event AppContractRemoved(uint256 indexed appId, address indexed contractAddress);
    event AppUpdated(uint256 indexed appId, string name, string kind);
    event AppStatusChanged(uint256 indexed appId, AppStatus from, AppStatus to);

    error UnknownTenant(uint256 id);
    error InvalidTenantStatus(uint256 id, TenantStatus status);
    error NotTenantOwner(uint256 id, address caller);
    error PrefixTaken(string prefix);
    error InvalidPrefix(string prefix);
    error SignerAlreadyAdded(uint256 tenantId, address signer);
    error UnknownSigner(uint256 tenantId, address signer);
    error UnknownApp(uint256 appId);
    error InvalidAppStatus(uint256 appId, AppStatus status);
    error ContractAlreadyRegistered(address c, uint256 appId);
    error EmptyName();
    error ZeroAddress();
    error NotAppContract(uint256 appId, address c);

    // Ids start at 1, so slot 0 of each array is a never-used placeholder and 0 means "none".
    Tenant[] private _tenants;
    App[] private _apps;
    mapping(uint256 => EnumerableSet.AddressSet) private _signers;
    mapping(uint256 => uint256[]) private _tenantApps;
    mapping(address => uint256) private _appOfContract;
    mapping(bytes32 => uint256) private _tenantOfPrefix;

    constructor() {
        _grantRole(DEFAULT_ADMIN_ROLE, msg.sender);
        _grantRole(NETWORK_ADMIN, msg.sender);
        _tenants.push();
        _apps.push();
    }

    // ---- tenants ----

    function applyTenant(string calldata name, string calldata homeNode) external returns (uint256 id) {
        if (bytes(name).length == 0) revert EmptyName();
        id = _tenants.length;
        Tenant storage t = _tenants.push();
        t.id = id;
        t.name = name;
        t.owner = msg.sender;
        t.status = TenantStatus.Pending;
        t.homeNode = homeNode;
        t.createdAt = uint64(block.timestamp);
        t.updatedAt = uint64(block.timestamp);
        emit TenantApplied(id, msg.sender, name, homeNode);
    }

    function approveTenant(uint256 id, string calldata prefix, uint32 dailyQuota)
        external
        onlyRole(NETWORK_ADMIN)
    {
        Tenant storage t = _inStatus(id, TenantStatus.Pending);
        if (!_isPrefix(prefix)) revert InvalidPrefix(prefix);
        bytes32 prefixKey = keccak256(bytes(prefix));
        if (_tenantOfPrefix[prefixKey] != 0) revert PrefixTaken(prefix);

        _tenantOfPrefix[prefixKey] = id;
        t.prefix = prefix;
        t.dailyQuota = dailyQuota;
        _setStatus(t, TenantStatus.Active);
        emit TenantApproved(id, prefix, dailyQuota);
    }

    function suspendTenant(uint256 id, string calldata reason) external onlyRole(NETWORK_ADMIN) {
        _setStatus(_inStatus(id, TenantStatus.Active), TenantStatus.Suspended);
        emit TenantSuspended(id, reason);
    }

    function reinstateTenant(uint256 id) external onlyRole(NETWORK_ADMIN) {
        _setStatus(_inStatus(id, TenantStatus.Suspended), TenantStatus.Active);
        emit TenantReinstated(id);
    }

    function setQuota(uint256 id, uint32 dailyQuota) external onlyRole(NETWORK_ADMIN) {
        Tenant storage t = _tenant(id);
        uint32 from = t.dailyQuota;
        t.dailyQuota = dailyQuota;
        t.updatedAt = uint64(block.timestamp);
        emit QuotaChanged(id, from, dailyQuota);
    }

    // ---- signers ----

    /// @dev Allowed while Pending so a tenant can prepare its keys before approval;
    /// refused while Suspended so a suspension freezes the tenant's trust list.
    function addSigner(uint256 tenantId, address signer) external {
        _ownedUnsuspended(tenantId);
        if (signer == address(0)) revert ZeroAddress();
        if (!_signers[tenantId].add(signer)) revert SignerAlreadyAdded(tenantId, signer);
        emit SignerAdded(tenantId, signer);
    }

    function removeSigner(uint256 tenantId, address signer) external {
        _ownedUnsuspended(tenantId);
        if (!_signers[tenantId].remove(signer)) revert UnknownSigner(tenantId, signer);
        emit SignerRemoved(tenantId, signer);
    }

    // ---- apps ----

    function registerApp(uint256 tenantId, string calldata name, string calldata kind, address[] calldata contracts)
        external
        returns (uint256 appId)
    {
        _ownedActive(tenantId);
        if (bytes(name).length == 0) revert EmptyName();
        appId = _apps.length;
        App storage app = _apps.push();
        app.id = appId;
        app.tenantId = tenantId;
        app.name = name;
        app.kind = kind;
        app.status = AppStatus.Active;
        app.createdAt = uint64(block.timestamp);
        _tenantApps[tenantId].push(appId);
        emit AppRegistered(appId, tenantId, name, kind);
        for (uint256 i = 0; i < contracts.length; i++) {
            _addContract(app, contracts[i]);
        }
    }

    function addAppContract(uint256 appId, address c) external {
        App storage app = _app(appId);
        _ownedActive(app.tenantId);
        if (app.status == AppStatus.Retired) revert InvalidAppStatus(appId, app.status);
        _addContract(app, c);
    }

    /// @dev Renames an app or changes its kind; a retired app is final.
    function updateApp(uint256 appId, string calldata name, string calldata kind) external {
        App storage app = _app(appId);
        _ownedActive(app.tenantId);
        if (app.status == AppStatus.Retired) revert InvalidAppStatus(appId, app.status);
        if (bytes(name).length == 0) revert EmptyName();
        app.name = name;
        app.kind = kind;
        emit AppUpdated(appId, name, kind);
    }

    /// @dev The contract is free to join another app afterwards; the order of the rest may change.
    function removeAppContract(uint256 appId, address c) external {
        App storage app = _app(appId);
        _ownedActive(app.tenantId);
        if (app.status == AppStatus.Retired) revert InvalidAppStatus(appId, app.status);
        if (_appOfContract[c] != appId) revert NotAppContract(appId, c);
        delete _appOfContract[c];
        address[] storage list = app.contracts;
        for (uint256 i = 0; i < list.length; i++) {
            if (list[i] == c) {
                list[i] = list[list.length - 1];
                list.pop();
                break;
            }
        }
        emit AppContractRemoved(appId, c);
    }

    /// @dev Active ⇄ Paused, either → Retired; Retired is final.
    function setAppStatus(uint256 appId, AppStatus status) external {
        App storage app = _app(appId);
        _ownedActive(app.tenantId);
        AppStatus from = app.status;
        if (from == AppStatus.Retired) revert InvalidAppStatus(appId, from);
        if (status == AppStatus.None || status == from) revert InvalidAppStatus(appId, status);
        app.status = status;
        emit AppStatusChanged(appId, from, status);
    }

    // ---- views ----

    function tenantCount() external view returns (uint256) {
        return _tenants.length - 1;
    }

    function getTenant(uint256 id) external view returns (Tenant memory) {
        return _tenant(id);
    }

    function getTenants() external view returns (Tenant[] memory tenants) {
        tenants = new Tenant[](_tenants.length - 1);
        for (uint256 i = 1; i < _tenants.length; i++) {
            tenants[i - 1] = _tenants[i];
        }
    }

    function isSigner(uint256 tenantId, address account) external view returns (bool) {
        return _signers[tenantId].contains(account);
    }

    /// @dev Order is not stable across removals (swap-and-pop).
    function getSigners(uint256 tenantId) external view returns (address[] memory) {
        _tenant(tenantId);
        return _signers[tenantId].values();
    }

    function appCount() external view returns (uint256) {
        return _apps.length - 1;
    }

    function getApp(uint256 appId) external view returns (App memory) {
        return _app(appId);
    }

    function getApps() external view returns (App[] memory apps) {
        apps = new App[](_apps.length - 1);
        for (uint256 i = 1; i < _apps.length; i++) {
            apps[i - 1] = _apps[i];
        }
    }

    function getTenantApps(uint256 tenantId) external view returns (App[] memory apps) {
        _tenant(tenantId);
        uint256[] storage ids = _tenantApps[tenantId];
        apps = new App[](ids.length);
        for (uint256 i = 0; i < ids.length; i++) {
            apps[i] = _apps[ids[i]];
        }
    }

    function appOfContract(address c) external view returns (uint256) {
        return _appOfContract[c];
    }

    function tenantOfPrefix(string calldata prefix) external view returns (uint256) {
        return _tenantOfPrefix[keccak256(bytes(prefix))];
    }

    // ---- internals ----

    function _tenant(uint256 id) private view returns (Tenant storage) {
        if (id == 0 || id >= _tenants.length) revert UnknownTenant(id);
        return _tenants[id];
    }

    function _inStatus(uint256 id, TenantStatus expected) private view returns (Tenant storage t) {
        t = _tenant(id);
        if (t.status != expected) revert InvalidTenantStatus(id, t.status);
    }

    function _owned(uint256 id) private view returns (Tenant storage t) {
        t = _tenant(id);
        if (t.owner != msg.sender) revert NotTenantOwner(id, msg.sender);
    }

    function _ownedUnsuspended(uint256 id) private view {
        Tenant storage t = _owned(id);
        if (t.status == TenantStatus.Suspended) revert InvalidTenantStatus(id, t.status);
    }

    function _ownedActive(uint256 id) private view {
        Tenant storage t = _owned(id);
        if (t.status != TenantStatus.Active) revert InvalidTenantStatus(id, t.status);
    }

    function _app(uint256 appId) private view returns (App storage) {
        if (appId == 0 || appId >= _apps.length) revert UnknownApp(appId);
        return _apps[appId];
    }

    function _setStatus(Tenant storage t, TenantStatus status) private {
        t.status = status;
        t.updatedAt = uint64(block.timestamp);
    }

    function _addContract(App storage app, address c) private {
        if (c == address(0)) revert ZeroAddress();
        uint256 existing = _appOfContract[c];
        if (existing != 0) revert ContractAlreadyRegistered(c, existing);
        _appOfContract[c] = app.id;
        app.contracts.push(c);
        emit AppContractAdded(app.id, c);
    }

    /// @dev Dot-separated non-empty runs of ASCII digits, e.g. "156.0027.100042". Excluding "/"
    /// matters: identifiers are prefix + "/" + suffix, so a "/" here would let two tenants'
    /// namespaces overlap.
    function _isPrefix(string calldata prefix) private pure returns (bool) {
        bytes calldata b = bytes(prefix);
        if (b.length == 0 || b.length > 64) return false;
        bool prevDot = true;
        for (uint256 i = 0; i < b.length; i++) {
            if (b[i] == ".") {
                if (prevDot) return false;
                prevDot = true;
            } else if (b[i] >= "0" && b[i] <= "9") {
                prevDot = false;
            } else {
                return false;
            }
        }
        return !prevDot;
    }
}
