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
/* harmony import */ var _forecast_forecast_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1564);
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


/***/ })

};
