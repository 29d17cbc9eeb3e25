export const id = 671;
export const ids = [671];
export const modules = {

/***/ 671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CacheStateStore: () => (/* binding */ CacheStateStore)
/* harmony export */ });
/* unused harmony exports stateKeyPrefix, STATE_DIR */
/* harmony import */ var _actions_cache__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2093);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3367);
/**
 * State in the Actions cache. Cache entries are immutable per key, so every save goes under a new
 * key (`delivery-loop-state-v1-<repo id>-<run id>-<run attempt>-<seq>`) and a restore asks for the
 * prefix, which GitHub answers with the newest entry. Nothing is ever deleted, so the action needs
 * no `actions: write` (the mistake of a fixed key with delete-then-save).
 */




function stateKeyPrefix(repoId) {
    return `delivery-loop-state-v1-${repoId}-`;
}
/**
 * The cache path, relative to the workspace. A cache entry only restores under the same path
 * list (the list is part of its version), and a relative path is the same on every runner,
 * whatever its temp directory is called.
 */
const STATE_DIR = '.delivery-loop-state';
class CacheStateStore {
    options;
    directory;
    file;
    cachePath;
    constructor(options) {
        this.options = options;
        this.directory = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(options.workspace, STATE_DIR);
        this.file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.directory, 'state.json');
        // @actions/cache resolves relative paths from the working directory (the workspace on a runner).
        this.cachePath =
            node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(process.cwd()) === node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(options.workspace) ? STATE_DIR : this.directory;
    }
    get available() {
        return _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .isFeatureAvailable */ .w3();
    }
    /**
     * Never leave the directory behind: a later step might commit the workspace. Best effort: a
     * directory that cannot be removed is a warning, never a reason to lose the state just read.
     */
    async cleanUp() {
        try {
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(this.directory, { recursive: true, force: true });
        }
        catch (error) {
            this.options.logger.warning(`could not remove ${this.directory}: ${error.message}`);
        }
    }
    /**
     * A restore that fails in any way — the service, the archive, the file system — looks like a
     * miss with a problem: the caller treats "none" as unknown (and falls back to the mirror).
     */
    async load() {
        const prefix = stateKeyPrefix(this.options.repoId);
        const problems = [];
        if (!_actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .isFeatureAvailable */ .w3()) {
            problems.push('the Actions cache is not available in this environment');
            return { state: (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyState */ .p$)(), source: 'none', problems };
        }
        await this.cleanUp();
        let restored;
        try {
            restored = await this.restore(prefix);
        }
        catch (error) {
            problems.push(`state restore failed: ${error.message}`);
        }
        finally {
            await this.cleanUp();
        }
        if (!restored)
            return { state: (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyState */ .p$)(), source: 'none', problems };
        const { key, text } = restored;
        const parsed = (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .parseState */ .Bu)(text);
        if (!parsed.state) {
            problems.push(`cache entry ${key}: ${parsed.problem}`);
            return { state: (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyState */ .p$)(), source: 'none', problems };
        }
        this.options.logger.debug(`state seq ${parsed.state.seq} restored from cache key ${key}`);
        return { state: parsed.state, source: `cache:${key}`, problems };
    }
    /** The newest entry under the prefix and its state file, or undefined on a miss. */
    async restore(prefix) {
        const key = await _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .restoreCache */ .P3([this.cachePath], prefix, [prefix]);
        if (!key)
            return undefined;
        try {
            return { key, text: await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(this.file, 'utf8') };
        }
        catch {
            throw new Error(`cache entry ${key} holds no state file`);
        }
    }
    async save(state) {
        const key = `${stateKeyPrefix(this.options.repoId)}${this.options.runId}-${this.options.runAttempt}-${state.seq}`;
        if (!_actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .isFeatureAvailable */ .w3()) {
            // Outside a runner (the CLI) there is no cache service; without this check the client
            // spends ~10 s retrying before it gives up.
            throw new Error('the Actions cache is not available in this environment');
        }
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(this.directory, { recursive: true });
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.writeFile(this.file, `${JSON.stringify(state, null, 2)}\n`);
        try {
            const id = await _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .saveCache */ .Io([this.cachePath], key);
            if (id === -1)
                throw new Error(`the Actions cache refused to save state under ${key}`);
        }
        finally {
            await this.cleanUp();
        }
        return `cache:${key}`;
    }
}


/***/ })

};
