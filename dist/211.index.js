export const id = 211;
export const ids = [211];
export const modules = {

/***/ 6211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   forecastMode: () => (/* binding */ forecastMode)
/* harmony export */ });
/* harmony import */ var _roadmap_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5959);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _forecast_forecast_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8200);
/* harmony import */ var _forecast_models_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6070);
/* harmony import */ var _forecast_report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3663);
/* harmony import */ var _roadmap_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7757);
/**
 * mode: forecast — the forecast of `delivery-loop forecast` in a workflow: the roadmap and
 * `.delivery.yml` as the loop reads them (the checkout, else the default branch), the models file
 * from the checkout, and the report in the job summary. It reads nothing else and writes nothing:
 * the simulated GitHub is in memory.
 */








async function roadmapOf(env) {
    const found = await (0,_roadmap_source_js__WEBPACK_IMPORTED_MODULE_0__/* .readRoadmapSource */ .K)(env.github, env.context, env.inputs.roadmapPath, {
        of: 'event'
    });
    if (!found)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('roadmap', `${env.inputs.roadmapPath} is neither in the checkout nor on the default branch`);
    return found.bytes;
}
function modelsOf(env) {
    const file = env.inputs.modelsPath;
    if (!file)
        return (0,_forecast_models_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultModels */ .YX)();
    const local = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(env.context.workspace, file);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(local))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('models', `${file} is not in the checkout`);
    return (0,_forecast_models_js__WEBPACK_IMPORTED_MODULE_5__/* .parseModels */ .yB)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(local, 'utf8'), file);
}
async function forecastMode(env) {
    const roadmap = (0,_roadmap_text_js__WEBPACK_IMPORTED_MODULE_7__/* .roadmapText */ .g)(await roadmapOf(env), env.inputs.roadmapPath);
    const start = new Date(_forecast_forecast_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_START */ .XR);
    const f = await (0,_forecast_forecast_js__WEBPACK_IMPORTED_MODULE_4__/* .forecast */ .g3)({
        roadmap,
        roadmapFile: env.inputs.roadmapPath,
        config: env.config,
        models: modelsOf(env),
        runs: env.inputs.runs ?? _forecast_forecast_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_RUNS */ .V,
        seed: env.inputs.seed ?? 1,
        start,
        horizonDays: _forecast_forecast_js__WEBPACK_IMPORTED_MODULE_4__/* .HORIZON_DAYS */ ._h
    });
    return {
        status: f.done === f.runs ? 'forecast' : 'forecast-incomplete',
        report: (0,_forecast_report_js__WEBPACK_IMPORTED_MODULE_6__/* .forecastJson */ .C3)(f),
        summary: (0,_forecast_report_js__WEBPACK_IMPORTED_MODULE_6__/* .forecastText */ .xn)(f, start)
    };
}


/***/ }),

/***/ 5959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readRoadmapSource)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Where a mode reads the roadmap: one policy for compile, tick and the forecast mode.
 *
 * - `event` (compile, forecast): the roadmap of the commit the run is about — the checkout when
 *   the file is there (a push's commit, a pull request's merge), else, for a pull request, its
 *   head (what merging it would bring), else the default branch.
 * - `default-branch` (tick): the plan as merged — the checkout only when it is the default
 *   branch's (a tick started by a pull request's event must not order work by that pull
 *   request's roadmap), else the default branch through the API. A sparse or partial checkout
 *   without the file asks the default branch too.
 *
 * The offline `plan` command reads the file it is given; it has no GitHub to ask.
 */


function fromCheckout(context, file, policy) {
    const local = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(context.workspace, file);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(local))
        return undefined;
    if (policy.of === 'default-branch') {
        const onDefault = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(context.workspace, '.git')) &&
            context.ref === `refs/heads/${policy.branch}`;
        if (!onDefault)
            return undefined;
    }
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(local);
}
/** The roadmap's bytes under `policy`, or undefined when there is none where it should be. */
async function readRoadmapSource(github, context, file, policy) {
    const local = fromCheckout(context, file, policy);
    if (local)
        return { bytes: local, source: 'workspace' };
    const pull = policy.of === 'event' ? policy.pull : undefined;
    const head = pull !== undefined ? (await github.getPull(pull))?.headSha : undefined;
    const remote = await github.readFile(file, head);
    if (!remote)
        return undefined;
    return {
        bytes: remote.bytes,
        source: head ? `pull request #${pull} (head ${head.slice(0, 7)})` : 'default branch'
    };
}


/***/ })

};
