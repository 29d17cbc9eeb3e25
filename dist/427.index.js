export const id = 427;
export const ids = [427];
export const modules = {

/***/ 8200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ DEFAULT_RUNS),
  XR: () => (/* binding */ DEFAULT_START),
  _h: () => (/* binding */ HORIZON_DAYS),
  g3: () => (/* binding */ forecast)
});

// UNUSED EXPORTS: TOKEN_QUOTA

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/roadmap/compile-roadmap.ts + 6 modules
var compile_roadmap = __webpack_require__(2615);
// EXTERNAL MODULE: ./src/forecast/random.ts
var random = __webpack_require__(578);
;// CONCATENATED MODULE: ./src/forecast/bound.ts

/** Slices on the longest chain of `needs` (blockers first in `order`). */
function depthOf(compiled) {
    const depth = new Map();
    for (const id of compiled.order) {
        const blockers = (compiled.roadmap.blockers.get(id) ?? []).flatMap(b => b.type === 'slice' ? [depth.get(b.id) ?? 0] : []);
        depth.set(id, 1 + Math.max(0, ...blockers));
    }
    return Math.max(0, ...depth.values());
}
function lowerBound(compiled, config, models) {
    const perSlice = (0,random/* median */.JZ)(models.worker.duration) +
        (0,random/* median */.JZ)(models.ci.duration) +
        (0,random/* median */.JZ)(models.review.duration) +
        (0,random/* median */.JZ)(models.merge.delay);
    const slices = compiled.order.length;
    const depth = depthOf(compiled);
    const { max_in_flight, max_dispatches_per_day } = config.guardrails.budget;
    const limits = {
        criticalPath: depth * perSlice,
        width: Math.ceil(slices / max_in_flight) * perSlice,
        rate: slices ? Math.floor((slices - 1) / max_dispatches_per_day) * 24 * 60 + perSlice : 0
    };
    const binding = limits.criticalPath >= limits.width && limits.criticalPath >= limits.rate
        ? 'critical path'
        : limits.width >= limits.rate
            ? 'width'
            : 'rate';
    return {
        minutes: Math.max(limits.criticalPath, limits.width, limits.rate),
        binding,
        perSlice,
        depth,
        slices,
        limits
    };
}

// EXTERNAL MODULE: ./src/forecast/phases.ts
var phases = __webpack_require__(2921);
// EXTERNAL MODULE: ./src/forecast/shard.ts
var shard = __webpack_require__(3645);
;// CONCATENATED MODULE: ./src/forecast/forecast.ts





/** A Monday morning: a fixed start keeps a forecast repeatable (working hours count from it). */
const DEFAULT_START = '2027-01-04T09:00:00Z';
/** A run is given up after a year of simulated time. */
const HORIZON_DAYS = 365;
const DEFAULT_RUNS = 20;
/** GITHUB_TOKEN's requests per hour. */
const TOKEN_QUOTA = 1000;
/** The busiest and the median hour of `hourly`, and the busiest one's share of TOKEN_QUOTA. */
function apiUse(hourly) {
    // A loop, not Math.max(...hourly): a long simulation has more hours than the stack has room.
    const peak = hourly.reduce((most, n) => Math.max(most, n), 0);
    return {
        peakPerHour: peak,
        medianPerHour: quantile(hourly, 0.5),
        quotaShare: Math.round((peak / TOKEN_QUOTA) * 1000) / 1000
    };
}
function quantile(values, q) {
    if (!values.length)
        return 0;
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}
const hours = (minutes) => Math.round((minutes / 60) * 10) / 10;
async function forecast(input) {
    const compiled = (0,compile_roadmap/* compileRoadmap */.u)(input.roadmap, input.roadmapFile);
    if (compiled.diagnostics.length)
        throw new errors/* ConfigError */.xL(`${input.roadmapFile} is invalid`, compiled.diagnostics);
    const seeds = [...Array(input.runs).keys()].map(i => input.seed + i);
    const results = await (0,shard/* simulateAll */.YY)(input, seeds);
    const spans = results.map(r => r.makespan);
    const waits = results.flatMap(r => r.mergeWaits);
    const bound = lowerBound(compiled, input.config, input.models);
    const typical = [...results].sort((a, b) => a.makespan - b.makespan)[Math.floor((results.length - 1) / 2)];
    const phaseMinutes = Object.fromEntries(phases/* PHASES */.ZG.filter(p => p !== 'done').map(p => [
        p,
        results.reduce((sum, r) => sum + r.phases[p], 0) / results.length
    ]));
    const total = Object.values(phaseMinutes).reduce((a, b) => a + b, 0) || 1;
    return {
        runs: input.runs,
        seed: input.seed,
        slices: compiled.order.length,
        done: results.filter(r => r.done).length,
        makespan: { median: hours(quantile(spans, 0.5)), p90: hours(quantile(spans, 0.9)) },
        bound: { ...bound, hours: hours(bound.minutes) },
        ratio: bound.minutes ? Math.round((quantile(spans, 0.5) / bound.minutes) * 100) / 100 : 0,
        phases: Object.entries(phaseMinutes).map(([phase, m]) => ({
            phase: phase,
            hours: hours(m),
            share: Math.round((m / total) * 1000) / 1000
        })),
        attempts: {
            median: quantile(results.map(r => r.attempts), 0.5),
            p90: quantile(results.map(r => r.attempts), 0.9)
        },
        spendUsd: {
            median: quantile(results.map(r => r.spendUsd), 0.5),
            p90: quantile(results.map(r => r.spendUsd), 0.9)
        },
        mergeWait: {
            median: hours(quantile(waits, 0.5)),
            p90: hours(quantile(waits, 0.9))
        },
        api: {
            ...apiUse(results.flatMap(r => r.requestsPerHour)),
            points: apiUse(results.flatMap(r => r.pointsPerHour))
        },
        typical
    };
}


/***/ }),

/***/ 6070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  YX: () => (/* binding */ defaultModels),
  yB: () => (/* binding */ parseModels)
});

// UNUSED EXPORTS: MAX_MODEL_VALUE, forecastModelsSchema

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/suggest.ts
var suggest = __webpack_require__(2969);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/generated/forecast-models-validator.ts

const validate = validate10;
/* harmony default export */ const forecast_models_validator = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://delivery-loop.dev/schema/forecast.schema.json", "title": "Delivery Loop forecast models (minutes; durations are a number, {uniform: [a, b]} or {lognormal: {median, p90}})", "type": "object", "additionalProperties": false, "properties": { "ticks": { "type": "object", "additionalProperties": false, "default": {}, "properties": { "cron_minutes": { "type": "integer", "minimum": 0, "maximum": 1440, "default": 30, "description": "Minutes between scheduled ticks; 0 for none." }, "schedule_delay": { "description": "GitHub's delay of a scheduled run.", "default": { "lognormal": { "median": 4, "p90": 15 } }, "oneOf": [{ "type": "number", "minimum": 0, "maximum": 43200 }, { "type": "object", "additionalProperties": false, "required": ["uniform"], "properties": { "uniform": { "type": "array", "items": { "type": "number", "minimum": 0, "maximum": 43200 }, "minItems": 2, "maxItems": 2 } } }, { "type": "object", "additionalProperties": false, "required": ["lognormal"], "properties": { "lognormal": { "type": "object", "additionalProperties": false, "required": ["median", "p90"], "properties": { "median": { "type": "number", "exclusiveMinimum": 0, "maximum": 43200 }, "p90": { "type": "number", "exclusiveMinimum": 0, "maximum": 43200 } } } } }] }, "events": { "type": "boolean", "default": true, "description": "Ticks on merges, CI runs and verdicts (the shipped workflows do)." }, "event_delay": { "description": "From an event to its tick running.", "default": { "lognormal": { "median": 0.5, "p90": 2 } }, "oneOf": [{ "type": "number", "minimum": 0, "maximum": 43200 }, { "type": "object", "additionalProperties": false, "required": ["uniform"], "properties": { "uniform": { "type": "array", "items": { "type": "number", "minimum": 0, "maximum": 43200 }, "minItems": 2, "maxItems": 2 } } }, { "type": "object", "additionalProperties": false, "required": ["lognormal"], "properties": { "lognormal": { "type": "object", "additionalProperties": false, "required": ["median", "p90"], "properties": { "median": { "type": "number", "exclusiveMinimum": 0, "maximum": 43200 }, "p90": { "type": "number", "exclusiveMinimum": 0, "maximum": 43200 } } } } }] } } }, "worker": { "type": "object", "additionalProperties": false, "default": {}, "properties": { "duration": { "description": "One agent run, start to pushed change.", "default": { "lognormal": { "median": 25, "p90": 60 } }, "oneOf": [{ "type": "number", "minimum": 0, "maximum": 43200 }, { "type": "object", "additionalProperties": false, "required": ["uniform"], "properties": { "uniform": { "type": "array", "items": { "type": "number", "minimum": 0, "maximum": 43200 }, "minItems": 2, "maxItems": 2 } } }, { "type": "object", "additionalProperties": false, "required": ["lognormal"], "properties": { "lognormal": { "type": "object", "additionalProperties": false, "required": ["median", "p90"], "properties": { "median": { "type": "number", "exclusiveMinimum": 0, "maximum": 43200 }, "p90": { "type": "number", "exclusiveMinimum": 0, "maximum": 43200 } } } } }] }, "conflict_duration": { "description": "An agent run that resolves a conflict.", "default": { "lognormal": { "median": 10, "p90": 25 } }, "oneOf": [{ "type": "number", "minimum": 0, "maximum": 43200 }, { "type": "object", "additionalProperties": false, "required": ["uniform"], "properties": { "uniform": { "type": "array", "items": { "type": "number", "minimum": 0, "maximum": 43200 }, "minItems": 2, "maxItems": 2 } } }, { "type": "object", "additionalProperties": false, "required": ["lognormal"], "properties": { "lognormal": { "type": "object", "additionalProperties": false, "required": ["median", "p90"], "properties": { "median": { "type": "number", "exclusiveMinimum": 0, "maximum": 43200 }, "p90": { "type": "number", "exclusiveMinimum": 0, "maximum": 43200 } } } } }] }, "failure_rate": { "type": "number", "minimum": 0, "maximum": 1, "default": 0.1, "description": "Chance an agent run ends without a change to publish." }, "cost_usd": { "description": "What one agent run costs (USD).", "default": { "lognormal": { "median": 0.6, "p90": 1.5 } }, "oneOf": [{ "type": "number", "minimum": 0, "maximum": 43200 }, { "type": "object", "additionalProperties": false, "required": ["uniform"], "properties": { "uniform": { "type": "array", "items": { "type": "number", "minimum": 0, "maximum": 43200 }, "minItems": 2, "maxItems": 2 } } }, { "type": "object", "additionalProperties": false, "required": ["lognormal"], "properties": { "lognormal": { "type": "object", "additionalProperties": false, "required": ["median", "p90"], "properties": { "median": { "type": "number", "exclusiveMinimum": 0, "maximum": 43200 }, "p90": { "type": "number", "exclusiveMinimum": 0, "maximum": 43200 } } } } }] } } }, "ci": { "type": "object", "additionalProperties": false, "default": {}, "properties": { "duration": { "description": "One CI run on a pushed head.", "default": { "lognormal": { "median": 8, "p90": 15 } }, "oneOf": [{ "type": "number", "minimum": 0, "maximum": 43200 }, { "type": "object", "additionalProperties": false, "required": ["uniform"], "properties": { "uniform": { "type": "array", "items": { "type": "number", "minimum": 0, "maximum": 43200 }, "minItems": 2, "maxItems": 2 } } }, { "type": "object", "additionalProperties": false, "required": ["lognormal"], "properties": { "lognormal": { "type": "object", "additionalProperties": false, "required": ["median", "p90"], "properties": { "median": { "type": "number", "exclusiveMinimum": 0, "maximum": 43200 }, "p90": { "type": "number", "exclusiveMinimum": 0, "maximum": 43200 } } } } }] }, "failure_rate": { "type": "number", "minimum": 0, "maximum": 1, "default": 0.15, "description": "Chance a CI run fails (a fix task follows)." } } }, "review": { "type": "object", "additionalProperties": false, "default": {}, "properties": { "duration": { "description": "The reviewer's run.", "default": { "lognormal": { "median": 6, "p90": 12 } }, "oneOf": [{ "type": "number", "minimum": 0, "maximum": 43200 }, { "type": "object", "additionalProperties": false, "required": ["uniform"], "properties": { "uniform": { "type": "array", "items": { "type": "number", "minimum": 0, "maximum": 43200 }, "minItems": 2, "maxItems": 2 } } }, { "type": "object", "additionalProperties": false, "required": ["lognormal"], "properties": { "lognormal": { "type": "object", "additionalProperties": false, "required": ["median", "p90"], "properties": { "median": { "type": "number", "exclusiveMinimum": 0, "maximum": 43200 }, "p90": { "type": "number", "exclusiveMinimum": 0, "maximum": 43200 } } } } }] }, "pass_rate": { "type": "number", "minimum": 0, "maximum": 1, "default": 0.8, "description": "Chance the reviewer passes a head (else a review-fix follows)." } } }, "merge": { "type": "object", "additionalProperties": false, "default": {}, "properties": { "delay": { "description": "From a pass verdict to a person's merge.", "default": { "lognormal": { "median": 45, "p90": 240 } }, "oneOf": [{ "type": "number", "minimum": 0, "maximum": 43200 }, { "type": "object", "additionalProperties": false, "required": ["uniform"], "properties": { "uniform": { "type": "array", "items": { "type": "number", "minimum": 0, "maximum": 43200 }, "minItems": 2, "maxItems": 2 } } }, { "type": "object", "additionalProperties": false, "required": ["lognormal"], "properties": { "lognormal": { "type": "object", "additionalProperties": false, "required": ["median", "p90"], "properties": { "median": { "type": "number", "exclusiveMinimum": 0, "maximum": 43200 }, "p90": { "type": "number", "exclusiveMinimum": 0, "maximum": 43200 } } } } }] }, "working_hours": { "type": "object", "additionalProperties": false, "required": ["start", "end"], "description": "Merges only on weekdays between these UTC hours.", "properties": { "start": { "type": "integer", "minimum": 0, "maximum": 23 }, "end": { "type": "integer", "minimum": 1, "maximum": 24 } } }, "reviewers": { "type": "integer", "minimum": 1, "maximum": 1000, "description": "People who merge, one pull request at a time each: a passed pull request waits for a free one, and `delay` is each merge's own time. Unset: no queue." } } }, "people": { "type": "object", "additionalProperties": false, "default": {}, "properties": { "unfreeze_delay": { "description": "From a freeze (needs-human) to a person removing the label after looking into it.", "default": { "lognormal": { "median": 120, "p90": 600 } }, "oneOf": [{ "type": "number", "minimum": 0, "maximum": 43200 }, { "type": "object", "additionalProperties": false, "required": ["uniform"], "properties": { "uniform": { "type": "array", "items": { "type": "number", "minimum": 0, "maximum": 43200 }, "minItems": 2, "maxItems": 2 } } }, { "type": "object", "additionalProperties": false, "required": ["lognormal"], "properties": { "lognormal": { "type": "object", "additionalProperties": false, "required": ["median", "p90"], "properties": { "median": { "type": "number", "exclusiveMinimum": 0, "maximum": 43200 }, "p90": { "type": "number", "exclusiveMinimum": 0, "maximum": 43200 } } } } }] }, "approve_delay": { "description": "Supervised mode (dispatch.approval: wave): from a wave proposed on the dashboard to a person approving it.", "default": { "lognormal": { "median": 60, "p90": 240 } }, "oneOf": [{ "type": "number", "minimum": 0, "maximum": 43200 }, { "type": "object", "additionalProperties": false, "required": ["uniform"], "properties": { "uniform": { "type": "array", "items": { "type": "number", "minimum": 0, "maximum": 43200 }, "minItems": 2, "maxItems": 2 } } }, { "type": "object", "additionalProperties": false, "required": ["lognormal"], "properties": { "lognormal": { "type": "object", "additionalProperties": false, "required": ["median", "p90"], "properties": { "median": { "type": "number", "exclusiveMinimum": 0, "maximum": 43200 }, "p90": { "type": "number", "exclusiveMinimum": 0, "maximum": 43200 } } } } }] } } }, "conflicts": { "type": "object", "additionalProperties": false, "default": {}, "properties": { "on_overlap": { "type": "number", "minimum": 0, "maximum": 1, "default": 0.5, "description": "On a merge, the chance an open pull request touching the same paths conflicts." }, "unknown_paths": { "type": "number", "minimum": 0, "maximum": 1, "default": 0.05, "description": "…and the chance for one whose paths are unknown." } } } } };
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://delivery-loop.dev/schema/forecast.schema.json" */ ; let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ticks === undefined) {
        data.ticks = {};
    }
    if (data.worker === undefined) {
        data.worker = {};
    }
    if (data.ci === undefined) {
        data.ci = {};
    }
    if (data.review === undefined) {
        data.review = {};
    }
    if (data.merge === undefined) {
        data.merge = {};
    }
    if (data.people === undefined) {
        data.people = {};
    }
    if (data.conflicts === undefined) {
        data.conflicts = {};
    }
    for (const key0 in data) {
        if (!(((((((key0 === "ticks") || (key0 === "worker")) || (key0 === "ci")) || (key0 === "review")) || (key0 === "merge")) || (key0 === "people")) || (key0 === "conflicts"))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    let data0 = data.ticks;
    if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.cron_minutes === undefined) {
            data0.cron_minutes = 30;
        }
        if (data0.schedule_delay === undefined) {
            data0.schedule_delay = { "lognormal": { "median": 4, "p90": 15 } };
        }
        if (data0.events === undefined) {
            data0.events = true;
        }
        if (data0.event_delay === undefined) {
            data0.event_delay = { "lognormal": { "median": 0.5, "p90": 2 } };
        }
        for (const key1 in data0) {
            if (!((((key1 === "cron_minutes") || (key1 === "schedule_delay")) || (key1 === "events")) || (key1 === "event_delay"))) {
                const err1 = { instancePath: instancePath + "/ticks", schemaPath: "#/properties/ticks/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        let data1 = data0.cron_minutes;
        if (!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))) {
            const err2 = { instancePath: instancePath + "/ticks/cron_minutes", schemaPath: "#/properties/ticks/properties/cron_minutes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (typeof data1 == "number") {
            if (data1 > 1440 || isNaN(data1)) {
                const err3 = { instancePath: instancePath + "/ticks/cron_minutes", schemaPath: "#/properties/ticks/properties/cron_minutes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1440 }, message: "must be <= 1440" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if (data1 < 0 || isNaN(data1)) {
                const err4 = { instancePath: instancePath + "/ticks/cron_minutes", schemaPath: "#/properties/ticks/properties/cron_minutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        let data2 = data0.schedule_delay;
        const _errs8 = errors;
        let valid2 = false;
        let passing0 = null;
        const _errs9 = errors;
        if (typeof data2 == "number") {
            if (data2 > 43200 || isNaN(data2)) {
                const err5 = { instancePath: instancePath + "/ticks/schedule_delay", schemaPath: "#/properties/ticks/properties/schedule_delay/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            if (data2 < 0 || isNaN(data2)) {
                const err6 = { instancePath: instancePath + "/ticks/schedule_delay", schemaPath: "#/properties/ticks/properties/schedule_delay/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/ticks/schedule_delay", schemaPath: "#/properties/ticks/properties/schedule_delay/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
        var _valid0 = _errs9 === errors;
        if (_valid0) {
            valid2 = true;
            passing0 = 0;
        }
        const _errs11 = errors;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.uniform === undefined) {
                const err8 = { instancePath: instancePath + "/ticks/schedule_delay", schemaPath: "#/properties/ticks/properties/schedule_delay/oneOf/1/required", keyword: "required", params: { missingProperty: "uniform" }, message: "must have required property '" + "uniform" + "'" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
            for (const key2 in data2) {
                if (!(key2 === "uniform")) {
                    const err9 = { instancePath: instancePath + "/ticks/schedule_delay", schemaPath: "#/properties/ticks/properties/schedule_delay/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
            if (data2.uniform !== undefined) {
                let data3 = data2.uniform;
                if (Array.isArray(data3)) {
                    if (data3.length > 2) {
                        const err10 = { instancePath: instancePath + "/ticks/schedule_delay/uniform", schemaPath: "#/properties/ticks/properties/schedule_delay/oneOf/1/properties/uniform/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                    if (data3.length < 2) {
                        const err11 = { instancePath: instancePath + "/ticks/schedule_delay/uniform", schemaPath: "#/properties/ticks/properties/schedule_delay/oneOf/1/properties/uniform/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                    const len0 = data3.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        let data4 = data3[i0];
                        if (typeof data4 == "number") {
                            if (data4 > 43200 || isNaN(data4)) {
                                const err12 = { instancePath: instancePath + "/ticks/schedule_delay/uniform/" + i0, schemaPath: "#/properties/ticks/properties/schedule_delay/oneOf/1/properties/uniform/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                                if (vErrors === null) {
                                    vErrors = [err12];
                                }
                                else {
                                    vErrors.push(err12);
                                }
                                errors++;
                            }
                            if (data4 < 0 || isNaN(data4)) {
                                const err13 = { instancePath: instancePath + "/ticks/schedule_delay/uniform/" + i0, schemaPath: "#/properties/ticks/properties/schedule_delay/oneOf/1/properties/uniform/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                if (vErrors === null) {
                                    vErrors = [err13];
                                }
                                else {
                                    vErrors.push(err13);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err14 = { instancePath: instancePath + "/ticks/schedule_delay/uniform/" + i0, schemaPath: "#/properties/ticks/properties/schedule_delay/oneOf/1/properties/uniform/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err15 = { instancePath: instancePath + "/ticks/schedule_delay/uniform", schemaPath: "#/properties/ticks/properties/schedule_delay/oneOf/1/properties/uniform/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                        vErrors = [err15];
                    }
                    else {
                        vErrors.push(err15);
                    }
                    errors++;
                }
            }
        }
        else {
            const err16 = { instancePath: instancePath + "/ticks/schedule_delay", schemaPath: "#/properties/ticks/properties/schedule_delay/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
        var _valid0 = _errs11 === errors;
        if (_valid0 && valid2) {
            valid2 = false;
            passing0 = [passing0, 1];
        }
        else {
            if (_valid0) {
                valid2 = true;
                passing0 = 1;
            }
            const _errs18 = errors;
            if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                if (data2.lognormal === undefined) {
                    const err17 = { instancePath: instancePath + "/ticks/schedule_delay", schemaPath: "#/properties/ticks/properties/schedule_delay/oneOf/2/required", keyword: "required", params: { missingProperty: "lognormal" }, message: "must have required property '" + "lognormal" + "'" };
                    if (vErrors === null) {
                        vErrors = [err17];
                    }
                    else {
                        vErrors.push(err17);
                    }
                    errors++;
                }
                for (const key3 in data2) {
                    if (!(key3 === "lognormal")) {
                        const err18 = { instancePath: instancePath + "/ticks/schedule_delay", schemaPath: "#/properties/ticks/properties/schedule_delay/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err18];
                        }
                        else {
                            vErrors.push(err18);
                        }
                        errors++;
                    }
                }
                if (data2.lognormal !== undefined) {
                    let data5 = data2.lognormal;
                    if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                        if (data5.median === undefined) {
                            const err19 = { instancePath: instancePath + "/ticks/schedule_delay/lognormal", schemaPath: "#/properties/ticks/properties/schedule_delay/oneOf/2/properties/lognormal/required", keyword: "required", params: { missingProperty: "median" }, message: "must have required property '" + "median" + "'" };
                            if (vErrors === null) {
                                vErrors = [err19];
                            }
                            else {
                                vErrors.push(err19);
                            }
                            errors++;
                        }
                        if (data5.p90 === undefined) {
                            const err20 = { instancePath: instancePath + "/ticks/schedule_delay/lognormal", schemaPath: "#/properties/ticks/properties/schedule_delay/oneOf/2/properties/lognormal/required", keyword: "required", params: { missingProperty: "p90" }, message: "must have required property '" + "p90" + "'" };
                            if (vErrors === null) {
                                vErrors = [err20];
                            }
                            else {
                                vErrors.push(err20);
                            }
                            errors++;
                        }
                        for (const key4 in data5) {
                            if (!((key4 === "median") || (key4 === "p90"))) {
                                const err21 = { instancePath: instancePath + "/ticks/schedule_delay/lognormal", schemaPath: "#/properties/ticks/properties/schedule_delay/oneOf/2/properties/lognormal/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err21];
                                }
                                else {
                                    vErrors.push(err21);
                                }
                                errors++;
                            }
                        }
                        if (data5.median !== undefined) {
                            let data6 = data5.median;
                            if (typeof data6 == "number") {
                                if (data6 > 43200 || isNaN(data6)) {
                                    const err22 = { instancePath: instancePath + "/ticks/schedule_delay/lognormal/median", schemaPath: "#/properties/ticks/properties/schedule_delay/oneOf/2/properties/lognormal/properties/median/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                                    if (vErrors === null) {
                                        vErrors = [err22];
                                    }
                                    else {
                                        vErrors.push(err22);
                                    }
                                    errors++;
                                }
                                if (data6 <= 0 || isNaN(data6)) {
                                    const err23 = { instancePath: instancePath + "/ticks/schedule_delay/lognormal/median", schemaPath: "#/properties/ticks/properties/schedule_delay/oneOf/2/properties/lognormal/properties/median/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                                    if (vErrors === null) {
                                        vErrors = [err23];
                                    }
                                    else {
                                        vErrors.push(err23);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err24 = { instancePath: instancePath + "/ticks/schedule_delay/lognormal/median", schemaPath: "#/properties/ticks/properties/schedule_delay/oneOf/2/properties/lognormal/properties/median/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err24];
                                }
                                else {
                                    vErrors.push(err24);
                                }
                                errors++;
                            }
                        }
                        if (data5.p90 !== undefined) {
                            let data7 = data5.p90;
                            if (typeof data7 == "number") {
                                if (data7 > 43200 || isNaN(data7)) {
                                    const err25 = { instancePath: instancePath + "/ticks/schedule_delay/lognormal/p90", schemaPath: "#/properties/ticks/properties/schedule_delay/oneOf/2/properties/lognormal/properties/p90/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                                    if (vErrors === null) {
                                        vErrors = [err25];
                                    }
                                    else {
                                        vErrors.push(err25);
                                    }
                                    errors++;
                                }
                                if (data7 <= 0 || isNaN(data7)) {
                                    const err26 = { instancePath: instancePath + "/ticks/schedule_delay/lognormal/p90", schemaPath: "#/properties/ticks/properties/schedule_delay/oneOf/2/properties/lognormal/properties/p90/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                                    if (vErrors === null) {
                                        vErrors = [err26];
                                    }
                                    else {
                                        vErrors.push(err26);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err27 = { instancePath: instancePath + "/ticks/schedule_delay/lognormal/p90", schemaPath: "#/properties/ticks/properties/schedule_delay/oneOf/2/properties/lognormal/properties/p90/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err27];
                                }
                                else {
                                    vErrors.push(err27);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err28 = { instancePath: instancePath + "/ticks/schedule_delay/lognormal", schemaPath: "#/properties/ticks/properties/schedule_delay/oneOf/2/properties/lognormal/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
                            vErrors.push(err28);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err29 = { instancePath: instancePath + "/ticks/schedule_delay", schemaPath: "#/properties/ticks/properties/schedule_delay/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
            var _valid0 = _errs18 === errors;
            if (_valid0 && valid2) {
                valid2 = false;
                passing0 = [passing0, 2];
            }
            else {
                if (_valid0) {
                    valid2 = true;
                    passing0 = 2;
                }
            }
        }
        if (!valid2) {
            const err30 = { instancePath: instancePath + "/ticks/schedule_delay", schemaPath: "#/properties/ticks/properties/schedule_delay/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
                vErrors = [err30];
            }
            else {
                vErrors.push(err30);
            }
            errors++;
        }
        else {
            errors = _errs8;
            if (vErrors !== null) {
                if (_errs8) {
                    vErrors.length = _errs8;
                }
                else {
                    vErrors = null;
                }
            }
        }
        if (typeof data0.events !== "boolean") {
            const err31 = { instancePath: instancePath + "/ticks/events", schemaPath: "#/properties/ticks/properties/events/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
                vErrors = [err31];
            }
            else {
                vErrors.push(err31);
            }
            errors++;
        }
        let data9 = data0.event_delay;
        const _errs31 = errors;
        let valid8 = false;
        let passing1 = null;
        const _errs32 = errors;
        if (typeof data9 == "number") {
            if (data9 > 43200 || isNaN(data9)) {
                const err32 = { instancePath: instancePath + "/ticks/event_delay", schemaPath: "#/properties/ticks/properties/event_delay/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
            if (data9 < 0 || isNaN(data9)) {
                const err33 = { instancePath: instancePath + "/ticks/event_delay", schemaPath: "#/properties/ticks/properties/event_delay/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                    vErrors = [err33];
                }
                else {
                    vErrors.push(err33);
                }
                errors++;
            }
        }
        else {
            const err34 = { instancePath: instancePath + "/ticks/event_delay", schemaPath: "#/properties/ticks/properties/event_delay/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
                vErrors = [err34];
            }
            else {
                vErrors.push(err34);
            }
            errors++;
        }
        var _valid1 = _errs32 === errors;
        if (_valid1) {
            valid8 = true;
            passing1 = 0;
        }
        const _errs34 = errors;
        if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.uniform === undefined) {
                const err35 = { instancePath: instancePath + "/ticks/event_delay", schemaPath: "#/properties/ticks/properties/event_delay/oneOf/1/required", keyword: "required", params: { missingProperty: "uniform" }, message: "must have required property '" + "uniform" + "'" };
                if (vErrors === null) {
                    vErrors = [err35];
                }
                else {
                    vErrors.push(err35);
                }
                errors++;
            }
            for (const key5 in data9) {
                if (!(key5 === "uniform")) {
                    const err36 = { instancePath: instancePath + "/ticks/event_delay", schemaPath: "#/properties/ticks/properties/event_delay/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err36];
                    }
                    else {
                        vErrors.push(err36);
                    }
                    errors++;
                }
            }
            if (data9.uniform !== undefined) {
                let data10 = data9.uniform;
                if (Array.isArray(data10)) {
                    if (data10.length > 2) {
                        const err37 = { instancePath: instancePath + "/ticks/event_delay/uniform", schemaPath: "#/properties/ticks/properties/event_delay/oneOf/1/properties/uniform/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                        if (vErrors === null) {
                            vErrors = [err37];
                        }
                        else {
                            vErrors.push(err37);
                        }
                        errors++;
                    }
                    if (data10.length < 2) {
                        const err38 = { instancePath: instancePath + "/ticks/event_delay/uniform", schemaPath: "#/properties/ticks/properties/event_delay/oneOf/1/properties/uniform/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                        if (vErrors === null) {
                            vErrors = [err38];
                        }
                        else {
                            vErrors.push(err38);
                        }
                        errors++;
                    }
                    const len1 = data10.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                        let data11 = data10[i1];
                        if (typeof data11 == "number") {
                            if (data11 > 43200 || isNaN(data11)) {
                                const err39 = { instancePath: instancePath + "/ticks/event_delay/uniform/" + i1, schemaPath: "#/properties/ticks/properties/event_delay/oneOf/1/properties/uniform/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                                if (vErrors === null) {
                                    vErrors = [err39];
                                }
                                else {
                                    vErrors.push(err39);
                                }
                                errors++;
                            }
                            if (data11 < 0 || isNaN(data11)) {
                                const err40 = { instancePath: instancePath + "/ticks/event_delay/uniform/" + i1, schemaPath: "#/properties/ticks/properties/event_delay/oneOf/1/properties/uniform/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                if (vErrors === null) {
                                    vErrors = [err40];
                                }
                                else {
                                    vErrors.push(err40);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err41 = { instancePath: instancePath + "/ticks/event_delay/uniform/" + i1, schemaPath: "#/properties/ticks/properties/event_delay/oneOf/1/properties/uniform/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                            if (vErrors === null) {
                                vErrors = [err41];
                            }
                            else {
                                vErrors.push(err41);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err42 = { instancePath: instancePath + "/ticks/event_delay/uniform", schemaPath: "#/properties/ticks/properties/event_delay/oneOf/1/properties/uniform/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                        vErrors = [err42];
                    }
                    else {
                        vErrors.push(err42);
                    }
                    errors++;
                }
            }
        }
        else {
            const err43 = { instancePath: instancePath + "/ticks/event_delay", schemaPath: "#/properties/ticks/properties/event_delay/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err43];
            }
            else {
                vErrors.push(err43);
            }
            errors++;
        }
        var _valid1 = _errs34 === errors;
        if (_valid1 && valid8) {
            valid8 = false;
            passing1 = [passing1, 1];
        }
        else {
            if (_valid1) {
                valid8 = true;
                passing1 = 1;
            }
            const _errs41 = errors;
            if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                if (data9.lognormal === undefined) {
                    const err44 = { instancePath: instancePath + "/ticks/event_delay", schemaPath: "#/properties/ticks/properties/event_delay/oneOf/2/required", keyword: "required", params: { missingProperty: "lognormal" }, message: "must have required property '" + "lognormal" + "'" };
                    if (vErrors === null) {
                        vErrors = [err44];
                    }
                    else {
                        vErrors.push(err44);
                    }
                    errors++;
                }
                for (const key6 in data9) {
                    if (!(key6 === "lognormal")) {
                        const err45 = { instancePath: instancePath + "/ticks/event_delay", schemaPath: "#/properties/ticks/properties/event_delay/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err45];
                        }
                        else {
                            vErrors.push(err45);
                        }
                        errors++;
                    }
                }
                if (data9.lognormal !== undefined) {
                    let data12 = data9.lognormal;
                    if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                        if (data12.median === undefined) {
                            const err46 = { instancePath: instancePath + "/ticks/event_delay/lognormal", schemaPath: "#/properties/ticks/properties/event_delay/oneOf/2/properties/lognormal/required", keyword: "required", params: { missingProperty: "median" }, message: "must have required property '" + "median" + "'" };
                            if (vErrors === null) {
                                vErrors = [err46];
                            }
                            else {
                                vErrors.push(err46);
                            }
                            errors++;
                        }
                        if (data12.p90 === undefined) {
                            const err47 = { instancePath: instancePath + "/ticks/event_delay/lognormal", schemaPath: "#/properties/ticks/properties/event_delay/oneOf/2/properties/lognormal/required", keyword: "required", params: { missingProperty: "p90" }, message: "must have required property '" + "p90" + "'" };
                            if (vErrors === null) {
                                vErrors = [err47];
                            }
                            else {
                                vErrors.push(err47);
                            }
                            errors++;
                        }
                        for (const key7 in data12) {
                            if (!((key7 === "median") || (key7 === "p90"))) {
                                const err48 = { instancePath: instancePath + "/ticks/event_delay/lognormal", schemaPath: "#/properties/ticks/properties/event_delay/oneOf/2/properties/lognormal/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err48];
                                }
                                else {
                                    vErrors.push(err48);
                                }
                                errors++;
                            }
                        }
                        if (data12.median !== undefined) {
                            let data13 = data12.median;
                            if (typeof data13 == "number") {
                                if (data13 > 43200 || isNaN(data13)) {
                                    const err49 = { instancePath: instancePath + "/ticks/event_delay/lognormal/median", schemaPath: "#/properties/ticks/properties/event_delay/oneOf/2/properties/lognormal/properties/median/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                                    if (vErrors === null) {
                                        vErrors = [err49];
                                    }
                                    else {
                                        vErrors.push(err49);
                                    }
                                    errors++;
                                }
                                if (data13 <= 0 || isNaN(data13)) {
                                    const err50 = { instancePath: instancePath + "/ticks/event_delay/lognormal/median", schemaPath: "#/properties/ticks/properties/event_delay/oneOf/2/properties/lognormal/properties/median/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                                    if (vErrors === null) {
                                        vErrors = [err50];
                                    }
                                    else {
                                        vErrors.push(err50);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err51 = { instancePath: instancePath + "/ticks/event_delay/lognormal/median", schemaPath: "#/properties/ticks/properties/event_delay/oneOf/2/properties/lognormal/properties/median/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err51];
                                }
                                else {
                                    vErrors.push(err51);
                                }
                                errors++;
                            }
                        }
                        if (data12.p90 !== undefined) {
                            let data14 = data12.p90;
                            if (typeof data14 == "number") {
                                if (data14 > 43200 || isNaN(data14)) {
                                    const err52 = { instancePath: instancePath + "/ticks/event_delay/lognormal/p90", schemaPath: "#/properties/ticks/properties/event_delay/oneOf/2/properties/lognormal/properties/p90/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                                    if (vErrors === null) {
                                        vErrors = [err52];
                                    }
                                    else {
                                        vErrors.push(err52);
                                    }
                                    errors++;
                                }
                                if (data14 <= 0 || isNaN(data14)) {
                                    const err53 = { instancePath: instancePath + "/ticks/event_delay/lognormal/p90", schemaPath: "#/properties/ticks/properties/event_delay/oneOf/2/properties/lognormal/properties/p90/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                                    if (vErrors === null) {
                                        vErrors = [err53];
                                    }
                                    else {
                                        vErrors.push(err53);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err54 = { instancePath: instancePath + "/ticks/event_delay/lognormal/p90", schemaPath: "#/properties/ticks/properties/event_delay/oneOf/2/properties/lognormal/properties/p90/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err54];
                                }
                                else {
                                    vErrors.push(err54);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err55 = { instancePath: instancePath + "/ticks/event_delay/lognormal", schemaPath: "#/properties/ticks/properties/event_delay/oneOf/2/properties/lognormal/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err55];
                        }
                        else {
                            vErrors.push(err55);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err56 = { instancePath: instancePath + "/ticks/event_delay", schemaPath: "#/properties/ticks/properties/event_delay/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err56];
                }
                else {
                    vErrors.push(err56);
                }
                errors++;
            }
            var _valid1 = _errs41 === errors;
            if (_valid1 && valid8) {
                valid8 = false;
                passing1 = [passing1, 2];
            }
            else {
                if (_valid1) {
                    valid8 = true;
                    passing1 = 2;
                }
            }
        }
        if (!valid8) {
            const err57 = { instancePath: instancePath + "/ticks/event_delay", schemaPath: "#/properties/ticks/properties/event_delay/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
                vErrors = [err57];
            }
            else {
                vErrors.push(err57);
            }
            errors++;
        }
        else {
            errors = _errs31;
            if (vErrors !== null) {
                if (_errs31) {
                    vErrors.length = _errs31;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    else {
        const err58 = { instancePath: instancePath + "/ticks", schemaPath: "#/properties/ticks/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err58];
        }
        else {
            vErrors.push(err58);
        }
        errors++;
    }
    let data15 = data.worker;
    if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        if (data15.duration === undefined) {
            data15.duration = { "lognormal": { "median": 25, "p90": 60 } };
        }
        if (data15.conflict_duration === undefined) {
            data15.conflict_duration = { "lognormal": { "median": 10, "p90": 25 } };
        }
        if (data15.failure_rate === undefined) {
            data15.failure_rate = 0.1;
        }
        if (data15.cost_usd === undefined) {
            data15.cost_usd = { "lognormal": { "median": 0.6, "p90": 1.5 } };
        }
        for (const key8 in data15) {
            if (!((((key8 === "duration") || (key8 === "conflict_duration")) || (key8 === "failure_rate")) || (key8 === "cost_usd"))) {
                const err59 = { instancePath: instancePath + "/worker", schemaPath: "#/properties/worker/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err59];
                }
                else {
                    vErrors.push(err59);
                }
                errors++;
            }
        }
        let data16 = data15.duration;
        const _errs55 = errors;
        let valid15 = false;
        let passing2 = null;
        const _errs56 = errors;
        if (typeof data16 == "number") {
            if (data16 > 43200 || isNaN(data16)) {
                const err60 = { instancePath: instancePath + "/worker/duration", schemaPath: "#/properties/worker/properties/duration/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                if (vErrors === null) {
                    vErrors = [err60];
                }
                else {
                    vErrors.push(err60);
                }
                errors++;
            }
            if (data16 < 0 || isNaN(data16)) {
                const err61 = { instancePath: instancePath + "/worker/duration", schemaPath: "#/properties/worker/properties/duration/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                    vErrors = [err61];
                }
                else {
                    vErrors.push(err61);
                }
                errors++;
            }
        }
        else {
            const err62 = { instancePath: instancePath + "/worker/duration", schemaPath: "#/properties/worker/properties/duration/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
                vErrors = [err62];
            }
            else {
                vErrors.push(err62);
            }
            errors++;
        }
        var _valid2 = _errs56 === errors;
        if (_valid2) {
            valid15 = true;
            passing2 = 0;
        }
        const _errs58 = errors;
        if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            if (data16.uniform === undefined) {
                const err63 = { instancePath: instancePath + "/worker/duration", schemaPath: "#/properties/worker/properties/duration/oneOf/1/required", keyword: "required", params: { missingProperty: "uniform" }, message: "must have required property '" + "uniform" + "'" };
                if (vErrors === null) {
                    vErrors = [err63];
                }
                else {
                    vErrors.push(err63);
                }
                errors++;
            }
            for (const key9 in data16) {
                if (!(key9 === "uniform")) {
                    const err64 = { instancePath: instancePath + "/worker/duration", schemaPath: "#/properties/worker/properties/duration/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err64];
                    }
                    else {
                        vErrors.push(err64);
                    }
                    errors++;
                }
            }
            if (data16.uniform !== undefined) {
                let data17 = data16.uniform;
                if (Array.isArray(data17)) {
                    if (data17.length > 2) {
                        const err65 = { instancePath: instancePath + "/worker/duration/uniform", schemaPath: "#/properties/worker/properties/duration/oneOf/1/properties/uniform/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                        if (vErrors === null) {
                            vErrors = [err65];
                        }
                        else {
                            vErrors.push(err65);
                        }
                        errors++;
                    }
                    if (data17.length < 2) {
                        const err66 = { instancePath: instancePath + "/worker/duration/uniform", schemaPath: "#/properties/worker/properties/duration/oneOf/1/properties/uniform/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                        if (vErrors === null) {
                            vErrors = [err66];
                        }
                        else {
                            vErrors.push(err66);
                        }
                        errors++;
                    }
                    const len2 = data17.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                        let data18 = data17[i2];
                        if (typeof data18 == "number") {
                            if (data18 > 43200 || isNaN(data18)) {
                                const err67 = { instancePath: instancePath + "/worker/duration/uniform/" + i2, schemaPath: "#/properties/worker/properties/duration/oneOf/1/properties/uniform/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                                if (vErrors === null) {
                                    vErrors = [err67];
                                }
                                else {
                                    vErrors.push(err67);
                                }
                                errors++;
                            }
                            if (data18 < 0 || isNaN(data18)) {
                                const err68 = { instancePath: instancePath + "/worker/duration/uniform/" + i2, schemaPath: "#/properties/worker/properties/duration/oneOf/1/properties/uniform/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                if (vErrors === null) {
                                    vErrors = [err68];
                                }
                                else {
                                    vErrors.push(err68);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err69 = { instancePath: instancePath + "/worker/duration/uniform/" + i2, schemaPath: "#/properties/worker/properties/duration/oneOf/1/properties/uniform/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                            if (vErrors === null) {
                                vErrors = [err69];
                            }
                            else {
                                vErrors.push(err69);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err70 = { instancePath: instancePath + "/worker/duration/uniform", schemaPath: "#/properties/worker/properties/duration/oneOf/1/properties/uniform/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                        vErrors = [err70];
                    }
                    else {
                        vErrors.push(err70);
                    }
                    errors++;
                }
            }
        }
        else {
            const err71 = { instancePath: instancePath + "/worker/duration", schemaPath: "#/properties/worker/properties/duration/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err71];
            }
            else {
                vErrors.push(err71);
            }
            errors++;
        }
        var _valid2 = _errs58 === errors;
        if (_valid2 && valid15) {
            valid15 = false;
            passing2 = [passing2, 1];
        }
        else {
            if (_valid2) {
                valid15 = true;
                passing2 = 1;
            }
            const _errs65 = errors;
            if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                if (data16.lognormal === undefined) {
                    const err72 = { instancePath: instancePath + "/worker/duration", schemaPath: "#/properties/worker/properties/duration/oneOf/2/required", keyword: "required", params: { missingProperty: "lognormal" }, message: "must have required property '" + "lognormal" + "'" };
                    if (vErrors === null) {
                        vErrors = [err72];
                    }
                    else {
                        vErrors.push(err72);
                    }
                    errors++;
                }
                for (const key10 in data16) {
                    if (!(key10 === "lognormal")) {
                        const err73 = { instancePath: instancePath + "/worker/duration", schemaPath: "#/properties/worker/properties/duration/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err73];
                        }
                        else {
                            vErrors.push(err73);
                        }
                        errors++;
                    }
                }
                if (data16.lognormal !== undefined) {
                    let data19 = data16.lognormal;
                    if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                        if (data19.median === undefined) {
                            const err74 = { instancePath: instancePath + "/worker/duration/lognormal", schemaPath: "#/properties/worker/properties/duration/oneOf/2/properties/lognormal/required", keyword: "required", params: { missingProperty: "median" }, message: "must have required property '" + "median" + "'" };
                            if (vErrors === null) {
                                vErrors = [err74];
                            }
                            else {
                                vErrors.push(err74);
                            }
                            errors++;
                        }
                        if (data19.p90 === undefined) {
                            const err75 = { instancePath: instancePath + "/worker/duration/lognormal", schemaPath: "#/properties/worker/properties/duration/oneOf/2/properties/lognormal/required", keyword: "required", params: { missingProperty: "p90" }, message: "must have required property '" + "p90" + "'" };
                            if (vErrors === null) {
                                vErrors = [err75];
                            }
                            else {
                                vErrors.push(err75);
                            }
                            errors++;
                        }
                        for (const key11 in data19) {
                            if (!((key11 === "median") || (key11 === "p90"))) {
                                const err76 = { instancePath: instancePath + "/worker/duration/lognormal", schemaPath: "#/properties/worker/properties/duration/oneOf/2/properties/lognormal/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err76];
                                }
                                else {
                                    vErrors.push(err76);
                                }
                                errors++;
                            }
                        }
                        if (data19.median !== undefined) {
                            let data20 = data19.median;
                            if (typeof data20 == "number") {
                                if (data20 > 43200 || isNaN(data20)) {
                                    const err77 = { instancePath: instancePath + "/worker/duration/lognormal/median", schemaPath: "#/properties/worker/properties/duration/oneOf/2/properties/lognormal/properties/median/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                                    if (vErrors === null) {
                                        vErrors = [err77];
                                    }
                                    else {
                                        vErrors.push(err77);
                                    }
                                    errors++;
                                }
                                if (data20 <= 0 || isNaN(data20)) {
                                    const err78 = { instancePath: instancePath + "/worker/duration/lognormal/median", schemaPath: "#/properties/worker/properties/duration/oneOf/2/properties/lognormal/properties/median/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                                    if (vErrors === null) {
                                        vErrors = [err78];
                                    }
                                    else {
                                        vErrors.push(err78);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err79 = { instancePath: instancePath + "/worker/duration/lognormal/median", schemaPath: "#/properties/worker/properties/duration/oneOf/2/properties/lognormal/properties/median/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err79];
                                }
                                else {
                                    vErrors.push(err79);
                                }
                                errors++;
                            }
                        }
                        if (data19.p90 !== undefined) {
                            let data21 = data19.p90;
                            if (typeof data21 == "number") {
                                if (data21 > 43200 || isNaN(data21)) {
                                    const err80 = { instancePath: instancePath + "/worker/duration/lognormal/p90", schemaPath: "#/properties/worker/properties/duration/oneOf/2/properties/lognormal/properties/p90/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                                    if (vErrors === null) {
                                        vErrors = [err80];
                                    }
                                    else {
                                        vErrors.push(err80);
                                    }
                                    errors++;
                                }
                                if (data21 <= 0 || isNaN(data21)) {
                                    const err81 = { instancePath: instancePath + "/worker/duration/lognormal/p90", schemaPath: "#/properties/worker/properties/duration/oneOf/2/properties/lognormal/properties/p90/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                                    if (vErrors === null) {
                                        vErrors = [err81];
                                    }
                                    else {
                                        vErrors.push(err81);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err82 = { instancePath: instancePath + "/worker/duration/lognormal/p90", schemaPath: "#/properties/worker/properties/duration/oneOf/2/properties/lognormal/properties/p90/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err82];
                                }
                                else {
                                    vErrors.push(err82);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err83 = { instancePath: instancePath + "/worker/duration/lognormal", schemaPath: "#/properties/worker/properties/duration/oneOf/2/properties/lognormal/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err83];
                        }
                        else {
                            vErrors.push(err83);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err84 = { instancePath: instancePath + "/worker/duration", schemaPath: "#/properties/worker/properties/duration/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err84];
                }
                else {
                    vErrors.push(err84);
                }
                errors++;
            }
            var _valid2 = _errs65 === errors;
            if (_valid2 && valid15) {
                valid15 = false;
                passing2 = [passing2, 2];
            }
            else {
                if (_valid2) {
                    valid15 = true;
                    passing2 = 2;
                }
            }
        }
        if (!valid15) {
            const err85 = { instancePath: instancePath + "/worker/duration", schemaPath: "#/properties/worker/properties/duration/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
                vErrors = [err85];
            }
            else {
                vErrors.push(err85);
            }
            errors++;
        }
        else {
            errors = _errs55;
            if (vErrors !== null) {
                if (_errs55) {
                    vErrors.length = _errs55;
                }
                else {
                    vErrors = null;
                }
            }
        }
        let data22 = data15.conflict_duration;
        const _errs76 = errors;
        let valid21 = false;
        let passing3 = null;
        const _errs77 = errors;
        if (typeof data22 == "number") {
            if (data22 > 43200 || isNaN(data22)) {
                const err86 = { instancePath: instancePath + "/worker/conflict_duration", schemaPath: "#/properties/worker/properties/conflict_duration/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                if (vErrors === null) {
                    vErrors = [err86];
                }
                else {
                    vErrors.push(err86);
                }
                errors++;
            }
            if (data22 < 0 || isNaN(data22)) {
                const err87 = { instancePath: instancePath + "/worker/conflict_duration", schemaPath: "#/properties/worker/properties/conflict_duration/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                    vErrors = [err87];
                }
                else {
                    vErrors.push(err87);
                }
                errors++;
            }
        }
        else {
            const err88 = { instancePath: instancePath + "/worker/conflict_duration", schemaPath: "#/properties/worker/properties/conflict_duration/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
                vErrors = [err88];
            }
            else {
                vErrors.push(err88);
            }
            errors++;
        }
        var _valid3 = _errs77 === errors;
        if (_valid3) {
            valid21 = true;
            passing3 = 0;
        }
        const _errs79 = errors;
        if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            if (data22.uniform === undefined) {
                const err89 = { instancePath: instancePath + "/worker/conflict_duration", schemaPath: "#/properties/worker/properties/conflict_duration/oneOf/1/required", keyword: "required", params: { missingProperty: "uniform" }, message: "must have required property '" + "uniform" + "'" };
                if (vErrors === null) {
                    vErrors = [err89];
                }
                else {
                    vErrors.push(err89);
                }
                errors++;
            }
            for (const key12 in data22) {
                if (!(key12 === "uniform")) {
                    const err90 = { instancePath: instancePath + "/worker/conflict_duration", schemaPath: "#/properties/worker/properties/conflict_duration/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err90];
                    }
                    else {
                        vErrors.push(err90);
                    }
                    errors++;
                }
            }
            if (data22.uniform !== undefined) {
                let data23 = data22.uniform;
                if (Array.isArray(data23)) {
                    if (data23.length > 2) {
                        const err91 = { instancePath: instancePath + "/worker/conflict_duration/uniform", schemaPath: "#/properties/worker/properties/conflict_duration/oneOf/1/properties/uniform/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                        if (vErrors === null) {
                            vErrors = [err91];
                        }
                        else {
                            vErrors.push(err91);
                        }
                        errors++;
                    }
                    if (data23.length < 2) {
                        const err92 = { instancePath: instancePath + "/worker/conflict_duration/uniform", schemaPath: "#/properties/worker/properties/conflict_duration/oneOf/1/properties/uniform/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                        if (vErrors === null) {
                            vErrors = [err92];
                        }
                        else {
                            vErrors.push(err92);
                        }
                        errors++;
                    }
                    const len3 = data23.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                        let data24 = data23[i3];
                        if (typeof data24 == "number") {
                            if (data24 > 43200 || isNaN(data24)) {
                                const err93 = { instancePath: instancePath + "/worker/conflict_duration/uniform/" + i3, schemaPath: "#/properties/worker/properties/conflict_duration/oneOf/1/properties/uniform/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                                if (vErrors === null) {
                                    vErrors = [err93];
                                }
                                else {
                                    vErrors.push(err93);
                                }
                                errors++;
                            }
                            if (data24 < 0 || isNaN(data24)) {
                                const err94 = { instancePath: instancePath + "/worker/conflict_duration/uniform/" + i3, schemaPath: "#/properties/worker/properties/conflict_duration/oneOf/1/properties/uniform/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                if (vErrors === null) {
                                    vErrors = [err94];
                                }
                                else {
                                    vErrors.push(err94);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err95 = { instancePath: instancePath + "/worker/conflict_duration/uniform/" + i3, schemaPath: "#/properties/worker/properties/conflict_duration/oneOf/1/properties/uniform/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                            if (vErrors === null) {
                                vErrors = [err95];
                            }
                            else {
                                vErrors.push(err95);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err96 = { instancePath: instancePath + "/worker/conflict_duration/uniform", schemaPath: "#/properties/worker/properties/conflict_duration/oneOf/1/properties/uniform/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                        vErrors = [err96];
                    }
                    else {
                        vErrors.push(err96);
                    }
                    errors++;
                }
            }
        }
        else {
            const err97 = { instancePath: instancePath + "/worker/conflict_duration", schemaPath: "#/properties/worker/properties/conflict_duration/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err97];
            }
            else {
                vErrors.push(err97);
            }
            errors++;
        }
        var _valid3 = _errs79 === errors;
        if (_valid3 && valid21) {
            valid21 = false;
            passing3 = [passing3, 1];
        }
        else {
            if (_valid3) {
                valid21 = true;
                passing3 = 1;
            }
            const _errs86 = errors;
            if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                if (data22.lognormal === undefined) {
                    const err98 = { instancePath: instancePath + "/worker/conflict_duration", schemaPath: "#/properties/worker/properties/conflict_duration/oneOf/2/required", keyword: "required", params: { missingProperty: "lognormal" }, message: "must have required property '" + "lognormal" + "'" };
                    if (vErrors === null) {
                        vErrors = [err98];
                    }
                    else {
                        vErrors.push(err98);
                    }
                    errors++;
                }
                for (const key13 in data22) {
                    if (!(key13 === "lognormal")) {
                        const err99 = { instancePath: instancePath + "/worker/conflict_duration", schemaPath: "#/properties/worker/properties/conflict_duration/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err99];
                        }
                        else {
                            vErrors.push(err99);
                        }
                        errors++;
                    }
                }
                if (data22.lognormal !== undefined) {
                    let data25 = data22.lognormal;
                    if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                        if (data25.median === undefined) {
                            const err100 = { instancePath: instancePath + "/worker/conflict_duration/lognormal", schemaPath: "#/properties/worker/properties/conflict_duration/oneOf/2/properties/lognormal/required", keyword: "required", params: { missingProperty: "median" }, message: "must have required property '" + "median" + "'" };
                            if (vErrors === null) {
                                vErrors = [err100];
                            }
                            else {
                                vErrors.push(err100);
                            }
                            errors++;
                        }
                        if (data25.p90 === undefined) {
                            const err101 = { instancePath: instancePath + "/worker/conflict_duration/lognormal", schemaPath: "#/properties/worker/properties/conflict_duration/oneOf/2/properties/lognormal/required", keyword: "required", params: { missingProperty: "p90" }, message: "must have required property '" + "p90" + "'" };
                            if (vErrors === null) {
                                vErrors = [err101];
                            }
                            else {
                                vErrors.push(err101);
                            }
                            errors++;
                        }
                        for (const key14 in data25) {
                            if (!((key14 === "median") || (key14 === "p90"))) {
                                const err102 = { instancePath: instancePath + "/worker/conflict_duration/lognormal", schemaPath: "#/properties/worker/properties/conflict_duration/oneOf/2/properties/lognormal/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err102];
                                }
                                else {
                                    vErrors.push(err102);
                                }
                                errors++;
                            }
                        }
                        if (data25.median !== undefined) {
                            let data26 = data25.median;
                            if (typeof data26 == "number") {
                                if (data26 > 43200 || isNaN(data26)) {
                                    const err103 = { instancePath: instancePath + "/worker/conflict_duration/lognormal/median", schemaPath: "#/properties/worker/properties/conflict_duration/oneOf/2/properties/lognormal/properties/median/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                                    if (vErrors === null) {
                                        vErrors = [err103];
                                    }
                                    else {
                                        vErrors.push(err103);
                                    }
                                    errors++;
                                }
                                if (data26 <= 0 || isNaN(data26)) {
                                    const err104 = { instancePath: instancePath + "/worker/conflict_duration/lognormal/median", schemaPath: "#/properties/worker/properties/conflict_duration/oneOf/2/properties/lognormal/properties/median/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                                    if (vErrors === null) {
                                        vErrors = [err104];
                                    }
                                    else {
                                        vErrors.push(err104);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err105 = { instancePath: instancePath + "/worker/conflict_duration/lognormal/median", schemaPath: "#/properties/worker/properties/conflict_duration/oneOf/2/properties/lognormal/properties/median/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err105];
                                }
                                else {
                                    vErrors.push(err105);
                                }
                                errors++;
                            }
                        }
                        if (data25.p90 !== undefined) {
                            let data27 = data25.p90;
                            if (typeof data27 == "number") {
                                if (data27 > 43200 || isNaN(data27)) {
                                    const err106 = { instancePath: instancePath + "/worker/conflict_duration/lognormal/p90", schemaPath: "#/properties/worker/properties/conflict_duration/oneOf/2/properties/lognormal/properties/p90/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                                    if (vErrors === null) {
                                        vErrors = [err106];
                                    }
                                    else {
                                        vErrors.push(err106);
                                    }
                                    errors++;
                                }
                                if (data27 <= 0 || isNaN(data27)) {
                                    const err107 = { instancePath: instancePath + "/worker/conflict_duration/lognormal/p90", schemaPath: "#/properties/worker/properties/conflict_duration/oneOf/2/properties/lognormal/properties/p90/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                                    if (vErrors === null) {
                                        vErrors = [err107];
                                    }
                                    else {
                                        vErrors.push(err107);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err108 = { instancePath: instancePath + "/worker/conflict_duration/lognormal/p90", schemaPath: "#/properties/worker/properties/conflict_duration/oneOf/2/properties/lognormal/properties/p90/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err108];
                                }
                                else {
                                    vErrors.push(err108);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err109 = { instancePath: instancePath + "/worker/conflict_duration/lognormal", schemaPath: "#/properties/worker/properties/conflict_duration/oneOf/2/properties/lognormal/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err109];
                        }
                        else {
                            vErrors.push(err109);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err110 = { instancePath: instancePath + "/worker/conflict_duration", schemaPath: "#/properties/worker/properties/conflict_duration/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err110];
                }
                else {
                    vErrors.push(err110);
                }
                errors++;
            }
            var _valid3 = _errs86 === errors;
            if (_valid3 && valid21) {
                valid21 = false;
                passing3 = [passing3, 2];
            }
            else {
                if (_valid3) {
                    valid21 = true;
                    passing3 = 2;
                }
            }
        }
        if (!valid21) {
            const err111 = { instancePath: instancePath + "/worker/conflict_duration", schemaPath: "#/properties/worker/properties/conflict_duration/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
                vErrors = [err111];
            }
            else {
                vErrors.push(err111);
            }
            errors++;
        }
        else {
            errors = _errs76;
            if (vErrors !== null) {
                if (_errs76) {
                    vErrors.length = _errs76;
                }
                else {
                    vErrors = null;
                }
            }
        }
        let data28 = data15.failure_rate;
        if (typeof data28 == "number") {
            if (data28 > 1 || isNaN(data28)) {
                const err112 = { instancePath: instancePath + "/worker/failure_rate", schemaPath: "#/properties/worker/properties/failure_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                if (vErrors === null) {
                    vErrors = [err112];
                }
                else {
                    vErrors.push(err112);
                }
                errors++;
            }
            if (data28 < 0 || isNaN(data28)) {
                const err113 = { instancePath: instancePath + "/worker/failure_rate", schemaPath: "#/properties/worker/properties/failure_rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                    vErrors = [err113];
                }
                else {
                    vErrors.push(err113);
                }
                errors++;
            }
        }
        else {
            const err114 = { instancePath: instancePath + "/worker/failure_rate", schemaPath: "#/properties/worker/properties/failure_rate/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
                vErrors = [err114];
            }
            else {
                vErrors.push(err114);
            }
            errors++;
        }
        let data29 = data15.cost_usd;
        const _errs99 = errors;
        let valid27 = false;
        let passing4 = null;
        const _errs100 = errors;
        if (typeof data29 == "number") {
            if (data29 > 43200 || isNaN(data29)) {
                const err115 = { instancePath: instancePath + "/worker/cost_usd", schemaPath: "#/properties/worker/properties/cost_usd/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                if (vErrors === null) {
                    vErrors = [err115];
                }
                else {
                    vErrors.push(err115);
                }
                errors++;
            }
            if (data29 < 0 || isNaN(data29)) {
                const err116 = { instancePath: instancePath + "/worker/cost_usd", schemaPath: "#/properties/worker/properties/cost_usd/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                    vErrors = [err116];
                }
                else {
                    vErrors.push(err116);
                }
                errors++;
            }
        }
        else {
            const err117 = { instancePath: instancePath + "/worker/cost_usd", schemaPath: "#/properties/worker/properties/cost_usd/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
                vErrors = [err117];
            }
            else {
                vErrors.push(err117);
            }
            errors++;
        }
        var _valid4 = _errs100 === errors;
        if (_valid4) {
            valid27 = true;
            passing4 = 0;
        }
        const _errs102 = errors;
        if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
            if (data29.uniform === undefined) {
                const err118 = { instancePath: instancePath + "/worker/cost_usd", schemaPath: "#/properties/worker/properties/cost_usd/oneOf/1/required", keyword: "required", params: { missingProperty: "uniform" }, message: "must have required property '" + "uniform" + "'" };
                if (vErrors === null) {
                    vErrors = [err118];
                }
                else {
                    vErrors.push(err118);
                }
                errors++;
            }
            for (const key15 in data29) {
                if (!(key15 === "uniform")) {
                    const err119 = { instancePath: instancePath + "/worker/cost_usd", schemaPath: "#/properties/worker/properties/cost_usd/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err119];
                    }
                    else {
                        vErrors.push(err119);
                    }
                    errors++;
                }
            }
            if (data29.uniform !== undefined) {
                let data30 = data29.uniform;
                if (Array.isArray(data30)) {
                    if (data30.length > 2) {
                        const err120 = { instancePath: instancePath + "/worker/cost_usd/uniform", schemaPath: "#/properties/worker/properties/cost_usd/oneOf/1/properties/uniform/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                        if (vErrors === null) {
                            vErrors = [err120];
                        }
                        else {
                            vErrors.push(err120);
                        }
                        errors++;
                    }
                    if (data30.length < 2) {
                        const err121 = { instancePath: instancePath + "/worker/cost_usd/uniform", schemaPath: "#/properties/worker/properties/cost_usd/oneOf/1/properties/uniform/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                        if (vErrors === null) {
                            vErrors = [err121];
                        }
                        else {
                            vErrors.push(err121);
                        }
                        errors++;
                    }
                    const len4 = data30.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                        let data31 = data30[i4];
                        if (typeof data31 == "number") {
                            if (data31 > 43200 || isNaN(data31)) {
                                const err122 = { instancePath: instancePath + "/worker/cost_usd/uniform/" + i4, schemaPath: "#/properties/worker/properties/cost_usd/oneOf/1/properties/uniform/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                                if (vErrors === null) {
                                    vErrors = [err122];
                                }
                                else {
                                    vErrors.push(err122);
                                }
                                errors++;
                            }
                            if (data31 < 0 || isNaN(data31)) {
                                const err123 = { instancePath: instancePath + "/worker/cost_usd/uniform/" + i4, schemaPath: "#/properties/worker/properties/cost_usd/oneOf/1/properties/uniform/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                if (vErrors === null) {
                                    vErrors = [err123];
                                }
                                else {
                                    vErrors.push(err123);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err124 = { instancePath: instancePath + "/worker/cost_usd/uniform/" + i4, schemaPath: "#/properties/worker/properties/cost_usd/oneOf/1/properties/uniform/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                            if (vErrors === null) {
                                vErrors = [err124];
                            }
                            else {
                                vErrors.push(err124);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err125 = { instancePath: instancePath + "/worker/cost_usd/uniform", schemaPath: "#/properties/worker/properties/cost_usd/oneOf/1/properties/uniform/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                        vErrors = [err125];
                    }
                    else {
                        vErrors.push(err125);
                    }
                    errors++;
                }
            }
        }
        else {
            const err126 = { instancePath: instancePath + "/worker/cost_usd", schemaPath: "#/properties/worker/properties/cost_usd/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err126];
            }
            else {
                vErrors.push(err126);
            }
            errors++;
        }
        var _valid4 = _errs102 === errors;
        if (_valid4 && valid27) {
            valid27 = false;
            passing4 = [passing4, 1];
        }
        else {
            if (_valid4) {
                valid27 = true;
                passing4 = 1;
            }
            const _errs109 = errors;
            if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                if (data29.lognormal === undefined) {
                    const err127 = { instancePath: instancePath + "/worker/cost_usd", schemaPath: "#/properties/worker/properties/cost_usd/oneOf/2/required", keyword: "required", params: { missingProperty: "lognormal" }, message: "must have required property '" + "lognormal" + "'" };
                    if (vErrors === null) {
                        vErrors = [err127];
                    }
                    else {
                        vErrors.push(err127);
                    }
                    errors++;
                }
                for (const key16 in data29) {
                    if (!(key16 === "lognormal")) {
                        const err128 = { instancePath: instancePath + "/worker/cost_usd", schemaPath: "#/properties/worker/properties/cost_usd/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err128];
                        }
                        else {
                            vErrors.push(err128);
                        }
                        errors++;
                    }
                }
                if (data29.lognormal !== undefined) {
                    let data32 = data29.lognormal;
                    if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                        if (data32.median === undefined) {
                            const err129 = { instancePath: instancePath + "/worker/cost_usd/lognormal", schemaPath: "#/properties/worker/properties/cost_usd/oneOf/2/properties/lognormal/required", keyword: "required", params: { missingProperty: "median" }, message: "must have required property '" + "median" + "'" };
                            if (vErrors === null) {
                                vErrors = [err129];
                            }
                            else {
                                vErrors.push(err129);
                            }
                            errors++;
                        }
                        if (data32.p90 === undefined) {
                            const err130 = { instancePath: instancePath + "/worker/cost_usd/lognormal", schemaPath: "#/properties/worker/properties/cost_usd/oneOf/2/properties/lognormal/required", keyword: "required", params: { missingProperty: "p90" }, message: "must have required property '" + "p90" + "'" };
                            if (vErrors === null) {
                                vErrors = [err130];
                            }
                            else {
                                vErrors.push(err130);
                            }
                            errors++;
                        }
                        for (const key17 in data32) {
                            if (!((key17 === "median") || (key17 === "p90"))) {
                                const err131 = { instancePath: instancePath + "/worker/cost_usd/lognormal", schemaPath: "#/properties/worker/properties/cost_usd/oneOf/2/properties/lognormal/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err131];
                                }
                                else {
                                    vErrors.push(err131);
                                }
                                errors++;
                            }
                        }
                        if (data32.median !== undefined) {
                            let data33 = data32.median;
                            if (typeof data33 == "number") {
                                if (data33 > 43200 || isNaN(data33)) {
                                    const err132 = { instancePath: instancePath + "/worker/cost_usd/lognormal/median", schemaPath: "#/properties/worker/properties/cost_usd/oneOf/2/properties/lognormal/properties/median/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                                    if (vErrors === null) {
                                        vErrors = [err132];
                                    }
                                    else {
                                        vErrors.push(err132);
                                    }
                                    errors++;
                                }
                                if (data33 <= 0 || isNaN(data33)) {
                                    const err133 = { instancePath: instancePath + "/worker/cost_usd/lognormal/median", schemaPath: "#/properties/worker/properties/cost_usd/oneOf/2/properties/lognormal/properties/median/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                                    if (vErrors === null) {
                                        vErrors = [err133];
                                    }
                                    else {
                                        vErrors.push(err133);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err134 = { instancePath: instancePath + "/worker/cost_usd/lognormal/median", schemaPath: "#/properties/worker/properties/cost_usd/oneOf/2/properties/lognormal/properties/median/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err134];
                                }
                                else {
                                    vErrors.push(err134);
                                }
                                errors++;
                            }
                        }
                        if (data32.p90 !== undefined) {
                            let data34 = data32.p90;
                            if (typeof data34 == "number") {
                                if (data34 > 43200 || isNaN(data34)) {
                                    const err135 = { instancePath: instancePath + "/worker/cost_usd/lognormal/p90", schemaPath: "#/properties/worker/properties/cost_usd/oneOf/2/properties/lognormal/properties/p90/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                                    if (vErrors === null) {
                                        vErrors = [err135];
                                    }
                                    else {
                                        vErrors.push(err135);
                                    }
                                    errors++;
                                }
                                if (data34 <= 0 || isNaN(data34)) {
                                    const err136 = { instancePath: instancePath + "/worker/cost_usd/lognormal/p90", schemaPath: "#/properties/worker/properties/cost_usd/oneOf/2/properties/lognormal/properties/p90/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                                    if (vErrors === null) {
                                        vErrors = [err136];
                                    }
                                    else {
                                        vErrors.push(err136);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err137 = { instancePath: instancePath + "/worker/cost_usd/lognormal/p90", schemaPath: "#/properties/worker/properties/cost_usd/oneOf/2/properties/lognormal/properties/p90/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err137];
                                }
                                else {
                                    vErrors.push(err137);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err138 = { instancePath: instancePath + "/worker/cost_usd/lognormal", schemaPath: "#/properties/worker/properties/cost_usd/oneOf/2/properties/lognormal/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err138];
                        }
                        else {
                            vErrors.push(err138);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err139 = { instancePath: instancePath + "/worker/cost_usd", schemaPath: "#/properties/worker/properties/cost_usd/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err139];
                }
                else {
                    vErrors.push(err139);
                }
                errors++;
            }
            var _valid4 = _errs109 === errors;
            if (_valid4 && valid27) {
                valid27 = false;
                passing4 = [passing4, 2];
            }
            else {
                if (_valid4) {
                    valid27 = true;
                    passing4 = 2;
                }
            }
        }
        if (!valid27) {
            const err140 = { instancePath: instancePath + "/worker/cost_usd", schemaPath: "#/properties/worker/properties/cost_usd/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
                vErrors = [err140];
            }
            else {
                vErrors.push(err140);
            }
            errors++;
        }
        else {
            errors = _errs99;
            if (vErrors !== null) {
                if (_errs99) {
                    vErrors.length = _errs99;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    else {
        const err141 = { instancePath: instancePath + "/worker", schemaPath: "#/properties/worker/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err141];
        }
        else {
            vErrors.push(err141);
        }
        errors++;
    }
    let data35 = data.ci;
    if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
        if (data35.duration === undefined) {
            data35.duration = { "lognormal": { "median": 8, "p90": 15 } };
        }
        if (data35.failure_rate === undefined) {
            data35.failure_rate = 0.15;
        }
        for (const key18 in data35) {
            if (!((key18 === "duration") || (key18 === "failure_rate"))) {
                const err142 = { instancePath: instancePath + "/ci", schemaPath: "#/properties/ci/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err142];
                }
                else {
                    vErrors.push(err142);
                }
                errors++;
            }
        }
        let data36 = data35.duration;
        const _errs123 = errors;
        let valid34 = false;
        let passing5 = null;
        const _errs124 = errors;
        if (typeof data36 == "number") {
            if (data36 > 43200 || isNaN(data36)) {
                const err143 = { instancePath: instancePath + "/ci/duration", schemaPath: "#/properties/ci/properties/duration/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                if (vErrors === null) {
                    vErrors = [err143];
                }
                else {
                    vErrors.push(err143);
                }
                errors++;
            }
            if (data36 < 0 || isNaN(data36)) {
                const err144 = { instancePath: instancePath + "/ci/duration", schemaPath: "#/properties/ci/properties/duration/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                    vErrors = [err144];
                }
                else {
                    vErrors.push(err144);
                }
                errors++;
            }
        }
        else {
            const err145 = { instancePath: instancePath + "/ci/duration", schemaPath: "#/properties/ci/properties/duration/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
                vErrors = [err145];
            }
            else {
                vErrors.push(err145);
            }
            errors++;
        }
        var _valid5 = _errs124 === errors;
        if (_valid5) {
            valid34 = true;
            passing5 = 0;
        }
        const _errs126 = errors;
        if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
            if (data36.uniform === undefined) {
                const err146 = { instancePath: instancePath + "/ci/duration", schemaPath: "#/properties/ci/properties/duration/oneOf/1/required", keyword: "required", params: { missingProperty: "uniform" }, message: "must have required property '" + "uniform" + "'" };
                if (vErrors === null) {
                    vErrors = [err146];
                }
                else {
                    vErrors.push(err146);
                }
                errors++;
            }
            for (const key19 in data36) {
                if (!(key19 === "uniform")) {
                    const err147 = { instancePath: instancePath + "/ci/duration", schemaPath: "#/properties/ci/properties/duration/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err147];
                    }
                    else {
                        vErrors.push(err147);
                    }
                    errors++;
                }
            }
            if (data36.uniform !== undefined) {
                let data37 = data36.uniform;
                if (Array.isArray(data37)) {
                    if (data37.length > 2) {
                        const err148 = { instancePath: instancePath + "/ci/duration/uniform", schemaPath: "#/properties/ci/properties/duration/oneOf/1/properties/uniform/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                        if (vErrors === null) {
                            vErrors = [err148];
                        }
                        else {
                            vErrors.push(err148);
                        }
                        errors++;
                    }
                    if (data37.length < 2) {
                        const err149 = { instancePath: instancePath + "/ci/duration/uniform", schemaPath: "#/properties/ci/properties/duration/oneOf/1/properties/uniform/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                        if (vErrors === null) {
                            vErrors = [err149];
                        }
                        else {
                            vErrors.push(err149);
                        }
                        errors++;
                    }
                    const len5 = data37.length;
                    for (let i5 = 0; i5 < len5; i5++) {
                        let data38 = data37[i5];
                        if (typeof data38 == "number") {
                            if (data38 > 43200 || isNaN(data38)) {
                                const err150 = { instancePath: instancePath + "/ci/duration/uniform/" + i5, schemaPath: "#/properties/ci/properties/duration/oneOf/1/properties/uniform/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                                if (vErrors === null) {
                                    vErrors = [err150];
                                }
                                else {
                                    vErrors.push(err150);
                                }
                                errors++;
                            }
                            if (data38 < 0 || isNaN(data38)) {
                                const err151 = { instancePath: instancePath + "/ci/duration/uniform/" + i5, schemaPath: "#/properties/ci/properties/duration/oneOf/1/properties/uniform/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                if (vErrors === null) {
                                    vErrors = [err151];
                                }
                                else {
                                    vErrors.push(err151);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err152 = { instancePath: instancePath + "/ci/duration/uniform/" + i5, schemaPath: "#/properties/ci/properties/duration/oneOf/1/properties/uniform/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                            if (vErrors === null) {
                                vErrors = [err152];
                            }
                            else {
                                vErrors.push(err152);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err153 = { instancePath: instancePath + "/ci/duration/uniform", schemaPath: "#/properties/ci/properties/duration/oneOf/1/properties/uniform/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                        vErrors = [err153];
                    }
                    else {
                        vErrors.push(err153);
                    }
                    errors++;
                }
            }
        }
        else {
            const err154 = { instancePath: instancePath + "/ci/duration", schemaPath: "#/properties/ci/properties/duration/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err154];
            }
            else {
                vErrors.push(err154);
            }
            errors++;
        }
        var _valid5 = _errs126 === errors;
        if (_valid5 && valid34) {
            valid34 = false;
            passing5 = [passing5, 1];
        }
        else {
            if (_valid5) {
                valid34 = true;
                passing5 = 1;
            }
            const _errs133 = errors;
            if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                if (data36.lognormal === undefined) {
                    const err155 = { instancePath: instancePath + "/ci/duration", schemaPath: "#/properties/ci/properties/duration/oneOf/2/required", keyword: "required", params: { missingProperty: "lognormal" }, message: "must have required property '" + "lognormal" + "'" };
                    if (vErrors === null) {
                        vErrors = [err155];
                    }
                    else {
                        vErrors.push(err155);
                    }
                    errors++;
                }
                for (const key20 in data36) {
                    if (!(key20 === "lognormal")) {
                        const err156 = { instancePath: instancePath + "/ci/duration", schemaPath: "#/properties/ci/properties/duration/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err156];
                        }
                        else {
                            vErrors.push(err156);
                        }
                        errors++;
                    }
                }
                if (data36.lognormal !== undefined) {
                    let data39 = data36.lognormal;
                    if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                        if (data39.median === undefined) {
                            const err157 = { instancePath: instancePath + "/ci/duration/lognormal", schemaPath: "#/properties/ci/properties/duration/oneOf/2/properties/lognormal/required", keyword: "required", params: { missingProperty: "median" }, message: "must have required property '" + "median" + "'" };
                            if (vErrors === null) {
                                vErrors = [err157];
                            }
                            else {
                                vErrors.push(err157);
                            }
                            errors++;
                        }
                        if (data39.p90 === undefined) {
                            const err158 = { instancePath: instancePath + "/ci/duration/lognormal", schemaPath: "#/properties/ci/properties/duration/oneOf/2/properties/lognormal/required", keyword: "required", params: { missingProperty: "p90" }, message: "must have required property '" + "p90" + "'" };
                            if (vErrors === null) {
                                vErrors = [err158];
                            }
                            else {
                                vErrors.push(err158);
                            }
                            errors++;
                        }
                        for (const key21 in data39) {
                            if (!((key21 === "median") || (key21 === "p90"))) {
                                const err159 = { instancePath: instancePath + "/ci/duration/lognormal", schemaPath: "#/properties/ci/properties/duration/oneOf/2/properties/lognormal/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err159];
                                }
                                else {
                                    vErrors.push(err159);
                                }
                                errors++;
                            }
                        }
                        if (data39.median !== undefined) {
                            let data40 = data39.median;
                            if (typeof data40 == "number") {
                                if (data40 > 43200 || isNaN(data40)) {
                                    const err160 = { instancePath: instancePath + "/ci/duration/lognormal/median", schemaPath: "#/properties/ci/properties/duration/oneOf/2/properties/lognormal/properties/median/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                                    if (vErrors === null) {
                                        vErrors = [err160];
                                    }
                                    else {
                                        vErrors.push(err160);
                                    }
                                    errors++;
                                }
                                if (data40 <= 0 || isNaN(data40)) {
                                    const err161 = { instancePath: instancePath + "/ci/duration/lognormal/median", schemaPath: "#/properties/ci/properties/duration/oneOf/2/properties/lognormal/properties/median/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                                    if (vErrors === null) {
                                        vErrors = [err161];
                                    }
                                    else {
                                        vErrors.push(err161);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err162 = { instancePath: instancePath + "/ci/duration/lognormal/median", schemaPath: "#/properties/ci/properties/duration/oneOf/2/properties/lognormal/properties/median/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err162];
                                }
                                else {
                                    vErrors.push(err162);
                                }
                                errors++;
                            }
                        }
                        if (data39.p90 !== undefined) {
                            let data41 = data39.p90;
                            if (typeof data41 == "number") {
                                if (data41 > 43200 || isNaN(data41)) {
                                    const err163 = { instancePath: instancePath + "/ci/duration/lognormal/p90", schemaPath: "#/properties/ci/properties/duration/oneOf/2/properties/lognormal/properties/p90/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                                    if (vErrors === null) {
                                        vErrors = [err163];
                                    }
                                    else {
                                        vErrors.push(err163);
                                    }
                                    errors++;
                                }
                                if (data41 <= 0 || isNaN(data41)) {
                                    const err164 = { instancePath: instancePath + "/ci/duration/lognormal/p90", schemaPath: "#/properties/ci/properties/duration/oneOf/2/properties/lognormal/properties/p90/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                                    if (vErrors === null) {
                                        vErrors = [err164];
                                    }
                                    else {
                                        vErrors.push(err164);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err165 = { instancePath: instancePath + "/ci/duration/lognormal/p90", schemaPath: "#/properties/ci/properties/duration/oneOf/2/properties/lognormal/properties/p90/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err165];
                                }
                                else {
                                    vErrors.push(err165);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err166 = { instancePath: instancePath + "/ci/duration/lognormal", schemaPath: "#/properties/ci/properties/duration/oneOf/2/properties/lognormal/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err166];
                        }
                        else {
                            vErrors.push(err166);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err167 = { instancePath: instancePath + "/ci/duration", schemaPath: "#/properties/ci/properties/duration/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err167];
                }
                else {
                    vErrors.push(err167);
                }
                errors++;
            }
            var _valid5 = _errs133 === errors;
            if (_valid5 && valid34) {
                valid34 = false;
                passing5 = [passing5, 2];
            }
            else {
                if (_valid5) {
                    valid34 = true;
                    passing5 = 2;
                }
            }
        }
        if (!valid34) {
            const err168 = { instancePath: instancePath + "/ci/duration", schemaPath: "#/properties/ci/properties/duration/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
                vErrors = [err168];
            }
            else {
                vErrors.push(err168);
            }
            errors++;
        }
        else {
            errors = _errs123;
            if (vErrors !== null) {
                if (_errs123) {
                    vErrors.length = _errs123;
                }
                else {
                    vErrors = null;
                }
            }
        }
        let data42 = data35.failure_rate;
        if (typeof data42 == "number") {
            if (data42 > 1 || isNaN(data42)) {
                const err169 = { instancePath: instancePath + "/ci/failure_rate", schemaPath: "#/properties/ci/properties/failure_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                if (vErrors === null) {
                    vErrors = [err169];
                }
                else {
                    vErrors.push(err169);
                }
                errors++;
            }
            if (data42 < 0 || isNaN(data42)) {
                const err170 = { instancePath: instancePath + "/ci/failure_rate", schemaPath: "#/properties/ci/properties/failure_rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                    vErrors = [err170];
                }
                else {
                    vErrors.push(err170);
                }
                errors++;
            }
        }
        else {
            const err171 = { instancePath: instancePath + "/ci/failure_rate", schemaPath: "#/properties/ci/properties/failure_rate/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
                vErrors = [err171];
            }
            else {
                vErrors.push(err171);
            }
            errors++;
        }
    }
    else {
        const err172 = { instancePath: instancePath + "/ci", schemaPath: "#/properties/ci/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err172];
        }
        else {
            vErrors.push(err172);
        }
        errors++;
    }
    let data43 = data.review;
    if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
        if (data43.duration === undefined) {
            data43.duration = { "lognormal": { "median": 6, "p90": 12 } };
        }
        if (data43.pass_rate === undefined) {
            data43.pass_rate = 0.8;
        }
        for (const key22 in data43) {
            if (!((key22 === "duration") || (key22 === "pass_rate"))) {
                const err173 = { instancePath: instancePath + "/review", schemaPath: "#/properties/review/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err173];
                }
                else {
                    vErrors.push(err173);
                }
                errors++;
            }
        }
        let data44 = data43.duration;
        const _errs149 = errors;
        let valid41 = false;
        let passing6 = null;
        const _errs150 = errors;
        if (typeof data44 == "number") {
            if (data44 > 43200 || isNaN(data44)) {
                const err174 = { instancePath: instancePath + "/review/duration", schemaPath: "#/properties/review/properties/duration/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                if (vErrors === null) {
                    vErrors = [err174];
                }
                else {
                    vErrors.push(err174);
                }
                errors++;
            }
            if (data44 < 0 || isNaN(data44)) {
                const err175 = { instancePath: instancePath + "/review/duration", schemaPath: "#/properties/review/properties/duration/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                    vErrors = [err175];
                }
                else {
                    vErrors.push(err175);
                }
                errors++;
            }
        }
        else {
            const err176 = { instancePath: instancePath + "/review/duration", schemaPath: "#/properties/review/properties/duration/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
                vErrors = [err176];
            }
            else {
                vErrors.push(err176);
            }
            errors++;
        }
        var _valid6 = _errs150 === errors;
        if (_valid6) {
            valid41 = true;
            passing6 = 0;
        }
        const _errs152 = errors;
        if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
            if (data44.uniform === undefined) {
                const err177 = { instancePath: instancePath + "/review/duration", schemaPath: "#/properties/review/properties/duration/oneOf/1/required", keyword: "required", params: { missingProperty: "uniform" }, message: "must have required property '" + "uniform" + "'" };
                if (vErrors === null) {
                    vErrors = [err177];
                }
                else {
                    vErrors.push(err177);
                }
                errors++;
            }
            for (const key23 in data44) {
                if (!(key23 === "uniform")) {
                    const err178 = { instancePath: instancePath + "/review/duration", schemaPath: "#/properties/review/properties/duration/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err178];
                    }
                    else {
                        vErrors.push(err178);
                    }
                    errors++;
                }
            }
            if (data44.uniform !== undefined) {
                let data45 = data44.uniform;
                if (Array.isArray(data45)) {
                    if (data45.length > 2) {
                        const err179 = { instancePath: instancePath + "/review/duration/uniform", schemaPath: "#/properties/review/properties/duration/oneOf/1/properties/uniform/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                        if (vErrors === null) {
                            vErrors = [err179];
                        }
                        else {
                            vErrors.push(err179);
                        }
                        errors++;
                    }
                    if (data45.length < 2) {
                        const err180 = { instancePath: instancePath + "/review/duration/uniform", schemaPath: "#/properties/review/properties/duration/oneOf/1/properties/uniform/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                        if (vErrors === null) {
                            vErrors = [err180];
                        }
                        else {
                            vErrors.push(err180);
                        }
                        errors++;
                    }
                    const len6 = data45.length;
                    for (let i6 = 0; i6 < len6; i6++) {
                        let data46 = data45[i6];
                        if (typeof data46 == "number") {
                            if (data46 > 43200 || isNaN(data46)) {
                                const err181 = { instancePath: instancePath + "/review/duration/uniform/" + i6, schemaPath: "#/properties/review/properties/duration/oneOf/1/properties/uniform/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                                if (vErrors === null) {
                                    vErrors = [err181];
                                }
                                else {
                                    vErrors.push(err181);
                                }
                                errors++;
                            }
                            if (data46 < 0 || isNaN(data46)) {
                                const err182 = { instancePath: instancePath + "/review/duration/uniform/" + i6, schemaPath: "#/properties/review/properties/duration/oneOf/1/properties/uniform/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                if (vErrors === null) {
                                    vErrors = [err182];
                                }
                                else {
                                    vErrors.push(err182);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err183 = { instancePath: instancePath + "/review/duration/uniform/" + i6, schemaPath: "#/properties/review/properties/duration/oneOf/1/properties/uniform/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                            if (vErrors === null) {
                                vErrors = [err183];
                            }
                            else {
                                vErrors.push(err183);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err184 = { instancePath: instancePath + "/review/duration/uniform", schemaPath: "#/properties/review/properties/duration/oneOf/1/properties/uniform/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                        vErrors = [err184];
                    }
                    else {
                        vErrors.push(err184);
                    }
                    errors++;
                }
            }
        }
        else {
            const err185 = { instancePath: instancePath + "/review/duration", schemaPath: "#/properties/review/properties/duration/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err185];
            }
            else {
                vErrors.push(err185);
            }
            errors++;
        }
        var _valid6 = _errs152 === errors;
        if (_valid6 && valid41) {
            valid41 = false;
            passing6 = [passing6, 1];
        }
        else {
            if (_valid6) {
                valid41 = true;
                passing6 = 1;
            }
            const _errs159 = errors;
            if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
                if (data44.lognormal === undefined) {
                    const err186 = { instancePath: instancePath + "/review/duration", schemaPath: "#/properties/review/properties/duration/oneOf/2/required", keyword: "required", params: { missingProperty: "lognormal" }, message: "must have required property '" + "lognormal" + "'" };
                    if (vErrors === null) {
                        vErrors = [err186];
                    }
                    else {
                        vErrors.push(err186);
                    }
                    errors++;
                }
                for (const key24 in data44) {
                    if (!(key24 === "lognormal")) {
                        const err187 = { instancePath: instancePath + "/review/duration", schemaPath: "#/properties/review/properties/duration/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err187];
                        }
                        else {
                            vErrors.push(err187);
                        }
                        errors++;
                    }
                }
                if (data44.lognormal !== undefined) {
                    let data47 = data44.lognormal;
                    if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
                        if (data47.median === undefined) {
                            const err188 = { instancePath: instancePath + "/review/duration/lognormal", schemaPath: "#/properties/review/properties/duration/oneOf/2/properties/lognormal/required", keyword: "required", params: { missingProperty: "median" }, message: "must have required property '" + "median" + "'" };
                            if (vErrors === null) {
                                vErrors = [err188];
                            }
                            else {
                                vErrors.push(err188);
                            }
                            errors++;
                        }
                        if (data47.p90 === undefined) {
                            const err189 = { instancePath: instancePath + "/review/duration/lognormal", schemaPath: "#/properties/review/properties/duration/oneOf/2/properties/lognormal/required", keyword: "required", params: { missingProperty: "p90" }, message: "must have required property '" + "p90" + "'" };
                            if (vErrors === null) {
                                vErrors = [err189];
                            }
                            else {
                                vErrors.push(err189);
                            }
                            errors++;
                        }
                        for (const key25 in data47) {
                            if (!((key25 === "median") || (key25 === "p90"))) {
                                const err190 = { instancePath: instancePath + "/review/duration/lognormal", schemaPath: "#/properties/review/properties/duration/oneOf/2/properties/lognormal/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err190];
                                }
                                else {
                                    vErrors.push(err190);
                                }
                                errors++;
                            }
                        }
                        if (data47.median !== undefined) {
                            let data48 = data47.median;
                            if (typeof data48 == "number") {
                                if (data48 > 43200 || isNaN(data48)) {
                                    const err191 = { instancePath: instancePath + "/review/duration/lognormal/median", schemaPath: "#/properties/review/properties/duration/oneOf/2/properties/lognormal/properties/median/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                                    if (vErrors === null) {
                                        vErrors = [err191];
                                    }
                                    else {
                                        vErrors.push(err191);
                                    }
                                    errors++;
                                }
                                if (data48 <= 0 || isNaN(data48)) {
                                    const err192 = { instancePath: instancePath + "/review/duration/lognormal/median", schemaPath: "#/properties/review/properties/duration/oneOf/2/properties/lognormal/properties/median/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                                    if (vErrors === null) {
                                        vErrors = [err192];
                                    }
                                    else {
                                        vErrors.push(err192);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err193 = { instancePath: instancePath + "/review/duration/lognormal/median", schemaPath: "#/properties/review/properties/duration/oneOf/2/properties/lognormal/properties/median/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err193];
                                }
                                else {
                                    vErrors.push(err193);
                                }
                                errors++;
                            }
                        }
                        if (data47.p90 !== undefined) {
                            let data49 = data47.p90;
                            if (typeof data49 == "number") {
                                if (data49 > 43200 || isNaN(data49)) {
                                    const err194 = { instancePath: instancePath + "/review/duration/lognormal/p90", schemaPath: "#/properties/review/properties/duration/oneOf/2/properties/lognormal/properties/p90/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                                    if (vErrors === null) {
                                        vErrors = [err194];
                                    }
                                    else {
                                        vErrors.push(err194);
                                    }
                                    errors++;
                                }
                                if (data49 <= 0 || isNaN(data49)) {
                                    const err195 = { instancePath: instancePath + "/review/duration/lognormal/p90", schemaPath: "#/properties/review/properties/duration/oneOf/2/properties/lognormal/properties/p90/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                                    if (vErrors === null) {
                                        vErrors = [err195];
                                    }
                                    else {
                                        vErrors.push(err195);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err196 = { instancePath: instancePath + "/review/duration/lognormal/p90", schemaPath: "#/properties/review/properties/duration/oneOf/2/properties/lognormal/properties/p90/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err196];
                                }
                                else {
                                    vErrors.push(err196);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err197 = { instancePath: instancePath + "/review/duration/lognormal", schemaPath: "#/properties/review/properties/duration/oneOf/2/properties/lognormal/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err197];
                        }
                        else {
                            vErrors.push(err197);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err198 = { instancePath: instancePath + "/review/duration", schemaPath: "#/properties/review/properties/duration/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err198];
                }
                else {
                    vErrors.push(err198);
                }
                errors++;
            }
            var _valid6 = _errs159 === errors;
            if (_valid6 && valid41) {
                valid41 = false;
                passing6 = [passing6, 2];
            }
            else {
                if (_valid6) {
                    valid41 = true;
                    passing6 = 2;
                }
            }
        }
        if (!valid41) {
            const err199 = { instancePath: instancePath + "/review/duration", schemaPath: "#/properties/review/properties/duration/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
                vErrors = [err199];
            }
            else {
                vErrors.push(err199);
            }
            errors++;
        }
        else {
            errors = _errs149;
            if (vErrors !== null) {
                if (_errs149) {
                    vErrors.length = _errs149;
                }
                else {
                    vErrors = null;
                }
            }
        }
        let data50 = data43.pass_rate;
        if (typeof data50 == "number") {
            if (data50 > 1 || isNaN(data50)) {
                const err200 = { instancePath: instancePath + "/review/pass_rate", schemaPath: "#/properties/review/properties/pass_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                if (vErrors === null) {
                    vErrors = [err200];
                }
                else {
                    vErrors.push(err200);
                }
                errors++;
            }
            if (data50 < 0 || isNaN(data50)) {
                const err201 = { instancePath: instancePath + "/review/pass_rate", schemaPath: "#/properties/review/properties/pass_rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                    vErrors = [err201];
                }
                else {
                    vErrors.push(err201);
                }
                errors++;
            }
        }
        else {
            const err202 = { instancePath: instancePath + "/review/pass_rate", schemaPath: "#/properties/review/properties/pass_rate/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
                vErrors = [err202];
            }
            else {
                vErrors.push(err202);
            }
            errors++;
        }
    }
    else {
        const err203 = { instancePath: instancePath + "/review", schemaPath: "#/properties/review/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err203];
        }
        else {
            vErrors.push(err203);
        }
        errors++;
    }
    let data51 = data.merge;
    if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
        if (data51.delay === undefined) {
            data51.delay = { "lognormal": { "median": 45, "p90": 240 } };
        }
        for (const key26 in data51) {
            if (!(((key26 === "delay") || (key26 === "working_hours")) || (key26 === "reviewers"))) {
                const err204 = { instancePath: instancePath + "/merge", schemaPath: "#/properties/merge/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err204];
                }
                else {
                    vErrors.push(err204);
                }
                errors++;
            }
        }
        let data52 = data51.delay;
        const _errs175 = errors;
        let valid48 = false;
        let passing7 = null;
        const _errs176 = errors;
        if (typeof data52 == "number") {
            if (data52 > 43200 || isNaN(data52)) {
                const err205 = { instancePath: instancePath + "/merge/delay", schemaPath: "#/properties/merge/properties/delay/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                if (vErrors === null) {
                    vErrors = [err205];
                }
                else {
                    vErrors.push(err205);
                }
                errors++;
            }
            if (data52 < 0 || isNaN(data52)) {
                const err206 = { instancePath: instancePath + "/merge/delay", schemaPath: "#/properties/merge/properties/delay/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                    vErrors = [err206];
                }
                else {
                    vErrors.push(err206);
                }
                errors++;
            }
        }
        else {
            const err207 = { instancePath: instancePath + "/merge/delay", schemaPath: "#/properties/merge/properties/delay/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
                vErrors = [err207];
            }
            else {
                vErrors.push(err207);
            }
            errors++;
        }
        var _valid7 = _errs176 === errors;
        if (_valid7) {
            valid48 = true;
            passing7 = 0;
        }
        const _errs178 = errors;
        if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
            if (data52.uniform === undefined) {
                const err208 = { instancePath: instancePath + "/merge/delay", schemaPath: "#/properties/merge/properties/delay/oneOf/1/required", keyword: "required", params: { missingProperty: "uniform" }, message: "must have required property '" + "uniform" + "'" };
                if (vErrors === null) {
                    vErrors = [err208];
                }
                else {
                    vErrors.push(err208);
                }
                errors++;
            }
            for (const key27 in data52) {
                if (!(key27 === "uniform")) {
                    const err209 = { instancePath: instancePath + "/merge/delay", schemaPath: "#/properties/merge/properties/delay/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err209];
                    }
                    else {
                        vErrors.push(err209);
                    }
                    errors++;
                }
            }
            if (data52.uniform !== undefined) {
                let data53 = data52.uniform;
                if (Array.isArray(data53)) {
                    if (data53.length > 2) {
                        const err210 = { instancePath: instancePath + "/merge/delay/uniform", schemaPath: "#/properties/merge/properties/delay/oneOf/1/properties/uniform/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                        if (vErrors === null) {
                            vErrors = [err210];
                        }
                        else {
                            vErrors.push(err210);
                        }
                        errors++;
                    }
                    if (data53.length < 2) {
                        const err211 = { instancePath: instancePath + "/merge/delay/uniform", schemaPath: "#/properties/merge/properties/delay/oneOf/1/properties/uniform/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                        if (vErrors === null) {
                            vErrors = [err211];
                        }
                        else {
                            vErrors.push(err211);
                        }
                        errors++;
                    }
                    const len7 = data53.length;
                    for (let i7 = 0; i7 < len7; i7++) {
                        let data54 = data53[i7];
                        if (typeof data54 == "number") {
                            if (data54 > 43200 || isNaN(data54)) {
                                const err212 = { instancePath: instancePath + "/merge/delay/uniform/" + i7, schemaPath: "#/properties/merge/properties/delay/oneOf/1/properties/uniform/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                                if (vErrors === null) {
                                    vErrors = [err212];
                                }
                                else {
                                    vErrors.push(err212);
                                }
                                errors++;
                            }
                            if (data54 < 0 || isNaN(data54)) {
                                const err213 = { instancePath: instancePath + "/merge/delay/uniform/" + i7, schemaPath: "#/properties/merge/properties/delay/oneOf/1/properties/uniform/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                if (vErrors === null) {
                                    vErrors = [err213];
                                }
                                else {
                                    vErrors.push(err213);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err214 = { instancePath: instancePath + "/merge/delay/uniform/" + i7, schemaPath: "#/properties/merge/properties/delay/oneOf/1/properties/uniform/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                            if (vErrors === null) {
                                vErrors = [err214];
                            }
                            else {
                                vErrors.push(err214);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err215 = { instancePath: instancePath + "/merge/delay/uniform", schemaPath: "#/properties/merge/properties/delay/oneOf/1/properties/uniform/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                        vErrors = [err215];
                    }
                    else {
                        vErrors.push(err215);
                    }
                    errors++;
                }
            }
        }
        else {
            const err216 = { instancePath: instancePath + "/merge/delay", schemaPath: "#/properties/merge/properties/delay/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err216];
            }
            else {
                vErrors.push(err216);
            }
            errors++;
        }
        var _valid7 = _errs178 === errors;
        if (_valid7 && valid48) {
            valid48 = false;
            passing7 = [passing7, 1];
        }
        else {
            if (_valid7) {
                valid48 = true;
                passing7 = 1;
            }
            const _errs185 = errors;
            if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
                if (data52.lognormal === undefined) {
                    const err217 = { instancePath: instancePath + "/merge/delay", schemaPath: "#/properties/merge/properties/delay/oneOf/2/required", keyword: "required", params: { missingProperty: "lognormal" }, message: "must have required property '" + "lognormal" + "'" };
                    if (vErrors === null) {
                        vErrors = [err217];
                    }
                    else {
                        vErrors.push(err217);
                    }
                    errors++;
                }
                for (const key28 in data52) {
                    if (!(key28 === "lognormal")) {
                        const err218 = { instancePath: instancePath + "/merge/delay", schemaPath: "#/properties/merge/properties/delay/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key28 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err218];
                        }
                        else {
                            vErrors.push(err218);
                        }
                        errors++;
                    }
                }
                if (data52.lognormal !== undefined) {
                    let data55 = data52.lognormal;
                    if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
                        if (data55.median === undefined) {
                            const err219 = { instancePath: instancePath + "/merge/delay/lognormal", schemaPath: "#/properties/merge/properties/delay/oneOf/2/properties/lognormal/required", keyword: "required", params: { missingProperty: "median" }, message: "must have required property '" + "median" + "'" };
                            if (vErrors === null) {
                                vErrors = [err219];
                            }
                            else {
                                vErrors.push(err219);
                            }
                            errors++;
                        }
                        if (data55.p90 === undefined) {
                            const err220 = { instancePath: instancePath + "/merge/delay/lognormal", schemaPath: "#/properties/merge/properties/delay/oneOf/2/properties/lognormal/required", keyword: "required", params: { missingProperty: "p90" }, message: "must have required property '" + "p90" + "'" };
                            if (vErrors === null) {
                                vErrors = [err220];
                            }
                            else {
                                vErrors.push(err220);
                            }
                            errors++;
                        }
                        for (const key29 in data55) {
                            if (!((key29 === "median") || (key29 === "p90"))) {
                                const err221 = { instancePath: instancePath + "/merge/delay/lognormal", schemaPath: "#/properties/merge/properties/delay/oneOf/2/properties/lognormal/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key29 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err221];
                                }
                                else {
                                    vErrors.push(err221);
                                }
                                errors++;
                            }
                        }
                        if (data55.median !== undefined) {
                            let data56 = data55.median;
                            if (typeof data56 == "number") {
                                if (data56 > 43200 || isNaN(data56)) {
                                    const err222 = { instancePath: instancePath + "/merge/delay/lognormal/median", schemaPath: "#/properties/merge/properties/delay/oneOf/2/properties/lognormal/properties/median/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                                    if (vErrors === null) {
                                        vErrors = [err222];
                                    }
                                    else {
                                        vErrors.push(err222);
                                    }
                                    errors++;
                                }
                                if (data56 <= 0 || isNaN(data56)) {
                                    const err223 = { instancePath: instancePath + "/merge/delay/lognormal/median", schemaPath: "#/properties/merge/properties/delay/oneOf/2/properties/lognormal/properties/median/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                                    if (vErrors === null) {
                                        vErrors = [err223];
                                    }
                                    else {
                                        vErrors.push(err223);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err224 = { instancePath: instancePath + "/merge/delay/lognormal/median", schemaPath: "#/properties/merge/properties/delay/oneOf/2/properties/lognormal/properties/median/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err224];
                                }
                                else {
                                    vErrors.push(err224);
                                }
                                errors++;
                            }
                        }
                        if (data55.p90 !== undefined) {
                            let data57 = data55.p90;
                            if (typeof data57 == "number") {
                                if (data57 > 43200 || isNaN(data57)) {
                                    const err225 = { instancePath: instancePath + "/merge/delay/lognormal/p90", schemaPath: "#/properties/merge/properties/delay/oneOf/2/properties/lognormal/properties/p90/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                                    if (vErrors === null) {
                                        vErrors = [err225];
                                    }
                                    else {
                                        vErrors.push(err225);
                                    }
                                    errors++;
                                }
                                if (data57 <= 0 || isNaN(data57)) {
                                    const err226 = { instancePath: instancePath + "/merge/delay/lognormal/p90", schemaPath: "#/properties/merge/properties/delay/oneOf/2/properties/lognormal/properties/p90/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                                    if (vErrors === null) {
                                        vErrors = [err226];
                                    }
                                    else {
                                        vErrors.push(err226);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err227 = { instancePath: instancePath + "/merge/delay/lognormal/p90", schemaPath: "#/properties/merge/properties/delay/oneOf/2/properties/lognormal/properties/p90/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err227];
                                }
                                else {
                                    vErrors.push(err227);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err228 = { instancePath: instancePath + "/merge/delay/lognormal", schemaPath: "#/properties/merge/properties/delay/oneOf/2/properties/lognormal/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err228];
                        }
                        else {
                            vErrors.push(err228);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err229 = { instancePath: instancePath + "/merge/delay", schemaPath: "#/properties/merge/properties/delay/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err229];
                }
                else {
                    vErrors.push(err229);
                }
                errors++;
            }
            var _valid7 = _errs185 === errors;
            if (_valid7 && valid48) {
                valid48 = false;
                passing7 = [passing7, 2];
            }
            else {
                if (_valid7) {
                    valid48 = true;
                    passing7 = 2;
                }
            }
        }
        if (!valid48) {
            const err230 = { instancePath: instancePath + "/merge/delay", schemaPath: "#/properties/merge/properties/delay/oneOf", keyword: "oneOf", params: { passingSchemas: passing7 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
                vErrors = [err230];
            }
            else {
                vErrors.push(err230);
            }
            errors++;
        }
        else {
            errors = _errs175;
            if (vErrors !== null) {
                if (_errs175) {
                    vErrors.length = _errs175;
                }
                else {
                    vErrors = null;
                }
            }
        }
        if (data51.working_hours !== undefined) {
            let data58 = data51.working_hours;
            if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
                if (data58.start === undefined) {
                    const err231 = { instancePath: instancePath + "/merge/working_hours", schemaPath: "#/properties/merge/properties/working_hours/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property '" + "start" + "'" };
                    if (vErrors === null) {
                        vErrors = [err231];
                    }
                    else {
                        vErrors.push(err231);
                    }
                    errors++;
                }
                if (data58.end === undefined) {
                    const err232 = { instancePath: instancePath + "/merge/working_hours", schemaPath: "#/properties/merge/properties/working_hours/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property '" + "end" + "'" };
                    if (vErrors === null) {
                        vErrors = [err232];
                    }
                    else {
                        vErrors.push(err232);
                    }
                    errors++;
                }
                for (const key30 in data58) {
                    if (!((key30 === "start") || (key30 === "end"))) {
                        const err233 = { instancePath: instancePath + "/merge/working_hours", schemaPath: "#/properties/merge/properties/working_hours/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key30 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err233];
                        }
                        else {
                            vErrors.push(err233);
                        }
                        errors++;
                    }
                }
                if (data58.start !== undefined) {
                    let data59 = data58.start;
                    if (!((typeof data59 == "number") && (!(data59 % 1) && !isNaN(data59)))) {
                        const err234 = { instancePath: instancePath + "/merge/working_hours/start", schemaPath: "#/properties/merge/properties/working_hours/properties/start/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err234];
                        }
                        else {
                            vErrors.push(err234);
                        }
                        errors++;
                    }
                    if (typeof data59 == "number") {
                        if (data59 > 23 || isNaN(data59)) {
                            const err235 = { instancePath: instancePath + "/merge/working_hours/start", schemaPath: "#/properties/merge/properties/working_hours/properties/start/maximum", keyword: "maximum", params: { comparison: "<=", limit: 23 }, message: "must be <= 23" };
                            if (vErrors === null) {
                                vErrors = [err235];
                            }
                            else {
                                vErrors.push(err235);
                            }
                            errors++;
                        }
                        if (data59 < 0 || isNaN(data59)) {
                            const err236 = { instancePath: instancePath + "/merge/working_hours/start", schemaPath: "#/properties/merge/properties/working_hours/properties/start/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err236];
                            }
                            else {
                                vErrors.push(err236);
                            }
                            errors++;
                        }
                    }
                }
                if (data58.end !== undefined) {
                    let data60 = data58.end;
                    if (!((typeof data60 == "number") && (!(data60 % 1) && !isNaN(data60)))) {
                        const err237 = { instancePath: instancePath + "/merge/working_hours/end", schemaPath: "#/properties/merge/properties/working_hours/properties/end/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err237];
                        }
                        else {
                            vErrors.push(err237);
                        }
                        errors++;
                    }
                    if (typeof data60 == "number") {
                        if (data60 > 24 || isNaN(data60)) {
                            const err238 = { instancePath: instancePath + "/merge/working_hours/end", schemaPath: "#/properties/merge/properties/working_hours/properties/end/maximum", keyword: "maximum", params: { comparison: "<=", limit: 24 }, message: "must be <= 24" };
                            if (vErrors === null) {
                                vErrors = [err238];
                            }
                            else {
                                vErrors.push(err238);
                            }
                            errors++;
                        }
                        if (data60 < 1 || isNaN(data60)) {
                            const err239 = { instancePath: instancePath + "/merge/working_hours/end", schemaPath: "#/properties/merge/properties/working_hours/properties/end/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                            if (vErrors === null) {
                                vErrors = [err239];
                            }
                            else {
                                vErrors.push(err239);
                            }
                            errors++;
                        }
                    }
                }
            }
            else {
                const err240 = { instancePath: instancePath + "/merge/working_hours", schemaPath: "#/properties/merge/properties/working_hours/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err240];
                }
                else {
                    vErrors.push(err240);
                }
                errors++;
            }
        }
        if (data51.reviewers !== undefined) {
            let data61 = data51.reviewers;
            if (!((typeof data61 == "number") && (!(data61 % 1) && !isNaN(data61)))) {
                const err241 = { instancePath: instancePath + "/merge/reviewers", schemaPath: "#/properties/merge/properties/reviewers/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err241];
                }
                else {
                    vErrors.push(err241);
                }
                errors++;
            }
            if (typeof data61 == "number") {
                if (data61 > 1000 || isNaN(data61)) {
                    const err242 = { instancePath: instancePath + "/merge/reviewers", schemaPath: "#/properties/merge/properties/reviewers/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1000 }, message: "must be <= 1000" };
                    if (vErrors === null) {
                        vErrors = [err242];
                    }
                    else {
                        vErrors.push(err242);
                    }
                    errors++;
                }
                if (data61 < 1 || isNaN(data61)) {
                    const err243 = { instancePath: instancePath + "/merge/reviewers", schemaPath: "#/properties/merge/properties/reviewers/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    if (vErrors === null) {
                        vErrors = [err243];
                    }
                    else {
                        vErrors.push(err243);
                    }
                    errors++;
                }
            }
        }
    }
    else {
        const err244 = { instancePath: instancePath + "/merge", schemaPath: "#/properties/merge/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err244];
        }
        else {
            vErrors.push(err244);
        }
        errors++;
    }
    let data62 = data.people;
    if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
        if (data62.unfreeze_delay === undefined) {
            data62.unfreeze_delay = { "lognormal": { "median": 120, "p90": 600 } };
        }
        if (data62.approve_delay === undefined) {
            data62.approve_delay = { "lognormal": { "median": 60, "p90": 240 } };
        }
        for (const key31 in data62) {
            if (!((key31 === "unfreeze_delay") || (key31 === "approve_delay"))) {
                const err245 = { instancePath: instancePath + "/people", schemaPath: "#/properties/people/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key31 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err245];
                }
                else {
                    vErrors.push(err245);
                }
                errors++;
            }
        }
        let data63 = data62.unfreeze_delay;
        const _errs208 = errors;
        let valid56 = false;
        let passing8 = null;
        const _errs209 = errors;
        if (typeof data63 == "number") {
            if (data63 > 43200 || isNaN(data63)) {
                const err246 = { instancePath: instancePath + "/people/unfreeze_delay", schemaPath: "#/properties/people/properties/unfreeze_delay/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                if (vErrors === null) {
                    vErrors = [err246];
                }
                else {
                    vErrors.push(err246);
                }
                errors++;
            }
            if (data63 < 0 || isNaN(data63)) {
                const err247 = { instancePath: instancePath + "/people/unfreeze_delay", schemaPath: "#/properties/people/properties/unfreeze_delay/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                    vErrors = [err247];
                }
                else {
                    vErrors.push(err247);
                }
                errors++;
            }
        }
        else {
            const err248 = { instancePath: instancePath + "/people/unfreeze_delay", schemaPath: "#/properties/people/properties/unfreeze_delay/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
                vErrors = [err248];
            }
            else {
                vErrors.push(err248);
            }
            errors++;
        }
        var _valid8 = _errs209 === errors;
        if (_valid8) {
            valid56 = true;
            passing8 = 0;
        }
        const _errs211 = errors;
        if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
            if (data63.uniform === undefined) {
                const err249 = { instancePath: instancePath + "/people/unfreeze_delay", schemaPath: "#/properties/people/properties/unfreeze_delay/oneOf/1/required", keyword: "required", params: { missingProperty: "uniform" }, message: "must have required property '" + "uniform" + "'" };
                if (vErrors === null) {
                    vErrors = [err249];
                }
                else {
                    vErrors.push(err249);
                }
                errors++;
            }
            for (const key32 in data63) {
                if (!(key32 === "uniform")) {
                    const err250 = { instancePath: instancePath + "/people/unfreeze_delay", schemaPath: "#/properties/people/properties/unfreeze_delay/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key32 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err250];
                    }
                    else {
                        vErrors.push(err250);
                    }
                    errors++;
                }
            }
            if (data63.uniform !== undefined) {
                let data64 = data63.uniform;
                if (Array.isArray(data64)) {
                    if (data64.length > 2) {
                        const err251 = { instancePath: instancePath + "/people/unfreeze_delay/uniform", schemaPath: "#/properties/people/properties/unfreeze_delay/oneOf/1/properties/uniform/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                        if (vErrors === null) {
                            vErrors = [err251];
                        }
                        else {
                            vErrors.push(err251);
                        }
                        errors++;
                    }
                    if (data64.length < 2) {
                        const err252 = { instancePath: instancePath + "/people/unfreeze_delay/uniform", schemaPath: "#/properties/people/properties/unfreeze_delay/oneOf/1/properties/uniform/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                        if (vErrors === null) {
                            vErrors = [err252];
                        }
                        else {
                            vErrors.push(err252);
                        }
                        errors++;
                    }
                    const len8 = data64.length;
                    for (let i8 = 0; i8 < len8; i8++) {
                        let data65 = data64[i8];
                        if (typeof data65 == "number") {
                            if (data65 > 43200 || isNaN(data65)) {
                                const err253 = { instancePath: instancePath + "/people/unfreeze_delay/uniform/" + i8, schemaPath: "#/properties/people/properties/unfreeze_delay/oneOf/1/properties/uniform/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                                if (vErrors === null) {
                                    vErrors = [err253];
                                }
                                else {
                                    vErrors.push(err253);
                                }
                                errors++;
                            }
                            if (data65 < 0 || isNaN(data65)) {
                                const err254 = { instancePath: instancePath + "/people/unfreeze_delay/uniform/" + i8, schemaPath: "#/properties/people/properties/unfreeze_delay/oneOf/1/properties/uniform/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                if (vErrors === null) {
                                    vErrors = [err254];
                                }
                                else {
                                    vErrors.push(err254);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err255 = { instancePath: instancePath + "/people/unfreeze_delay/uniform/" + i8, schemaPath: "#/properties/people/properties/unfreeze_delay/oneOf/1/properties/uniform/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                            if (vErrors === null) {
                                vErrors = [err255];
                            }
                            else {
                                vErrors.push(err255);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err256 = { instancePath: instancePath + "/people/unfreeze_delay/uniform", schemaPath: "#/properties/people/properties/unfreeze_delay/oneOf/1/properties/uniform/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                        vErrors = [err256];
                    }
                    else {
                        vErrors.push(err256);
                    }
                    errors++;
                }
            }
        }
        else {
            const err257 = { instancePath: instancePath + "/people/unfreeze_delay", schemaPath: "#/properties/people/properties/unfreeze_delay/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err257];
            }
            else {
                vErrors.push(err257);
            }
            errors++;
        }
        var _valid8 = _errs211 === errors;
        if (_valid8 && valid56) {
            valid56 = false;
            passing8 = [passing8, 1];
        }
        else {
            if (_valid8) {
                valid56 = true;
                passing8 = 1;
            }
            const _errs218 = errors;
            if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
                if (data63.lognormal === undefined) {
                    const err258 = { instancePath: instancePath + "/people/unfreeze_delay", schemaPath: "#/properties/people/properties/unfreeze_delay/oneOf/2/required", keyword: "required", params: { missingProperty: "lognormal" }, message: "must have required property '" + "lognormal" + "'" };
                    if (vErrors === null) {
                        vErrors = [err258];
                    }
                    else {
                        vErrors.push(err258);
                    }
                    errors++;
                }
                for (const key33 in data63) {
                    if (!(key33 === "lognormal")) {
                        const err259 = { instancePath: instancePath + "/people/unfreeze_delay", schemaPath: "#/properties/people/properties/unfreeze_delay/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key33 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err259];
                        }
                        else {
                            vErrors.push(err259);
                        }
                        errors++;
                    }
                }
                if (data63.lognormal !== undefined) {
                    let data66 = data63.lognormal;
                    if (data66 && typeof data66 == "object" && !Array.isArray(data66)) {
                        if (data66.median === undefined) {
                            const err260 = { instancePath: instancePath + "/people/unfreeze_delay/lognormal", schemaPath: "#/properties/people/properties/unfreeze_delay/oneOf/2/properties/lognormal/required", keyword: "required", params: { missingProperty: "median" }, message: "must have required property '" + "median" + "'" };
                            if (vErrors === null) {
                                vErrors = [err260];
                            }
                            else {
                                vErrors.push(err260);
                            }
                            errors++;
                        }
                        if (data66.p90 === undefined) {
                            const err261 = { instancePath: instancePath + "/people/unfreeze_delay/lognormal", schemaPath: "#/properties/people/properties/unfreeze_delay/oneOf/2/properties/lognormal/required", keyword: "required", params: { missingProperty: "p90" }, message: "must have required property '" + "p90" + "'" };
                            if (vErrors === null) {
                                vErrors = [err261];
                            }
                            else {
                                vErrors.push(err261);
                            }
                            errors++;
                        }
                        for (const key34 in data66) {
                            if (!((key34 === "median") || (key34 === "p90"))) {
                                const err262 = { instancePath: instancePath + "/people/unfreeze_delay/lognormal", schemaPath: "#/properties/people/properties/unfreeze_delay/oneOf/2/properties/lognormal/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key34 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err262];
                                }
                                else {
                                    vErrors.push(err262);
                                }
                                errors++;
                            }
                        }
                        if (data66.median !== undefined) {
                            let data67 = data66.median;
                            if (typeof data67 == "number") {
                                if (data67 > 43200 || isNaN(data67)) {
                                    const err263 = { instancePath: instancePath + "/people/unfreeze_delay/lognormal/median", schemaPath: "#/properties/people/properties/unfreeze_delay/oneOf/2/properties/lognormal/properties/median/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                                    if (vErrors === null) {
                                        vErrors = [err263];
                                    }
                                    else {
                                        vErrors.push(err263);
                                    }
                                    errors++;
                                }
                                if (data67 <= 0 || isNaN(data67)) {
                                    const err264 = { instancePath: instancePath + "/people/unfreeze_delay/lognormal/median", schemaPath: "#/properties/people/properties/unfreeze_delay/oneOf/2/properties/lognormal/properties/median/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                                    if (vErrors === null) {
                                        vErrors = [err264];
                                    }
                                    else {
                                        vErrors.push(err264);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err265 = { instancePath: instancePath + "/people/unfreeze_delay/lognormal/median", schemaPath: "#/properties/people/properties/unfreeze_delay/oneOf/2/properties/lognormal/properties/median/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err265];
                                }
                                else {
                                    vErrors.push(err265);
                                }
                                errors++;
                            }
                        }
                        if (data66.p90 !== undefined) {
                            let data68 = data66.p90;
                            if (typeof data68 == "number") {
                                if (data68 > 43200 || isNaN(data68)) {
                                    const err266 = { instancePath: instancePath + "/people/unfreeze_delay/lognormal/p90", schemaPath: "#/properties/people/properties/unfreeze_delay/oneOf/2/properties/lognormal/properties/p90/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                                    if (vErrors === null) {
                                        vErrors = [err266];
                                    }
                                    else {
                                        vErrors.push(err266);
                                    }
                                    errors++;
                                }
                                if (data68 <= 0 || isNaN(data68)) {
                                    const err267 = { instancePath: instancePath + "/people/unfreeze_delay/lognormal/p90", schemaPath: "#/properties/people/properties/unfreeze_delay/oneOf/2/properties/lognormal/properties/p90/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                                    if (vErrors === null) {
                                        vErrors = [err267];
                                    }
                                    else {
                                        vErrors.push(err267);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err268 = { instancePath: instancePath + "/people/unfreeze_delay/lognormal/p90", schemaPath: "#/properties/people/properties/unfreeze_delay/oneOf/2/properties/lognormal/properties/p90/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err268];
                                }
                                else {
                                    vErrors.push(err268);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err269 = { instancePath: instancePath + "/people/unfreeze_delay/lognormal", schemaPath: "#/properties/people/properties/unfreeze_delay/oneOf/2/properties/lognormal/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err269];
                        }
                        else {
                            vErrors.push(err269);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err270 = { instancePath: instancePath + "/people/unfreeze_delay", schemaPath: "#/properties/people/properties/unfreeze_delay/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err270];
                }
                else {
                    vErrors.push(err270);
                }
                errors++;
            }
            var _valid8 = _errs218 === errors;
            if (_valid8 && valid56) {
                valid56 = false;
                passing8 = [passing8, 2];
            }
            else {
                if (_valid8) {
                    valid56 = true;
                    passing8 = 2;
                }
            }
        }
        if (!valid56) {
            const err271 = { instancePath: instancePath + "/people/unfreeze_delay", schemaPath: "#/properties/people/properties/unfreeze_delay/oneOf", keyword: "oneOf", params: { passingSchemas: passing8 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
                vErrors = [err271];
            }
            else {
                vErrors.push(err271);
            }
            errors++;
        }
        else {
            errors = _errs208;
            if (vErrors !== null) {
                if (_errs208) {
                    vErrors.length = _errs208;
                }
                else {
                    vErrors = null;
                }
            }
        }
        let data69 = data62.approve_delay;
        const _errs229 = errors;
        let valid62 = false;
        let passing9 = null;
        const _errs230 = errors;
        if (typeof data69 == "number") {
            if (data69 > 43200 || isNaN(data69)) {
                const err272 = { instancePath: instancePath + "/people/approve_delay", schemaPath: "#/properties/people/properties/approve_delay/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                if (vErrors === null) {
                    vErrors = [err272];
                }
                else {
                    vErrors.push(err272);
                }
                errors++;
            }
            if (data69 < 0 || isNaN(data69)) {
                const err273 = { instancePath: instancePath + "/people/approve_delay", schemaPath: "#/properties/people/properties/approve_delay/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                    vErrors = [err273];
                }
                else {
                    vErrors.push(err273);
                }
                errors++;
            }
        }
        else {
            const err274 = { instancePath: instancePath + "/people/approve_delay", schemaPath: "#/properties/people/properties/approve_delay/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
                vErrors = [err274];
            }
            else {
                vErrors.push(err274);
            }
            errors++;
        }
        var _valid9 = _errs230 === errors;
        if (_valid9) {
            valid62 = true;
            passing9 = 0;
        }
        const _errs232 = errors;
        if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
            if (data69.uniform === undefined) {
                const err275 = { instancePath: instancePath + "/people/approve_delay", schemaPath: "#/properties/people/properties/approve_delay/oneOf/1/required", keyword: "required", params: { missingProperty: "uniform" }, message: "must have required property '" + "uniform" + "'" };
                if (vErrors === null) {
                    vErrors = [err275];
                }
                else {
                    vErrors.push(err275);
                }
                errors++;
            }
            for (const key35 in data69) {
                if (!(key35 === "uniform")) {
                    const err276 = { instancePath: instancePath + "/people/approve_delay", schemaPath: "#/properties/people/properties/approve_delay/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key35 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err276];
                    }
                    else {
                        vErrors.push(err276);
                    }
                    errors++;
                }
            }
            if (data69.uniform !== undefined) {
                let data70 = data69.uniform;
                if (Array.isArray(data70)) {
                    if (data70.length > 2) {
                        const err277 = { instancePath: instancePath + "/people/approve_delay/uniform", schemaPath: "#/properties/people/properties/approve_delay/oneOf/1/properties/uniform/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                        if (vErrors === null) {
                            vErrors = [err277];
                        }
                        else {
                            vErrors.push(err277);
                        }
                        errors++;
                    }
                    if (data70.length < 2) {
                        const err278 = { instancePath: instancePath + "/people/approve_delay/uniform", schemaPath: "#/properties/people/properties/approve_delay/oneOf/1/properties/uniform/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                        if (vErrors === null) {
                            vErrors = [err278];
                        }
                        else {
                            vErrors.push(err278);
                        }
                        errors++;
                    }
                    const len9 = data70.length;
                    for (let i9 = 0; i9 < len9; i9++) {
                        let data71 = data70[i9];
                        if (typeof data71 == "number") {
                            if (data71 > 43200 || isNaN(data71)) {
                                const err279 = { instancePath: instancePath + "/people/approve_delay/uniform/" + i9, schemaPath: "#/properties/people/properties/approve_delay/oneOf/1/properties/uniform/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                                if (vErrors === null) {
                                    vErrors = [err279];
                                }
                                else {
                                    vErrors.push(err279);
                                }
                                errors++;
                            }
                            if (data71 < 0 || isNaN(data71)) {
                                const err280 = { instancePath: instancePath + "/people/approve_delay/uniform/" + i9, schemaPath: "#/properties/people/properties/approve_delay/oneOf/1/properties/uniform/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                if (vErrors === null) {
                                    vErrors = [err280];
                                }
                                else {
                                    vErrors.push(err280);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err281 = { instancePath: instancePath + "/people/approve_delay/uniform/" + i9, schemaPath: "#/properties/people/properties/approve_delay/oneOf/1/properties/uniform/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                            if (vErrors === null) {
                                vErrors = [err281];
                            }
                            else {
                                vErrors.push(err281);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err282 = { instancePath: instancePath + "/people/approve_delay/uniform", schemaPath: "#/properties/people/properties/approve_delay/oneOf/1/properties/uniform/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                        vErrors = [err282];
                    }
                    else {
                        vErrors.push(err282);
                    }
                    errors++;
                }
            }
        }
        else {
            const err283 = { instancePath: instancePath + "/people/approve_delay", schemaPath: "#/properties/people/properties/approve_delay/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err283];
            }
            else {
                vErrors.push(err283);
            }
            errors++;
        }
        var _valid9 = _errs232 === errors;
        if (_valid9 && valid62) {
            valid62 = false;
            passing9 = [passing9, 1];
        }
        else {
            if (_valid9) {
                valid62 = true;
                passing9 = 1;
            }
            const _errs239 = errors;
            if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
                if (data69.lognormal === undefined) {
                    const err284 = { instancePath: instancePath + "/people/approve_delay", schemaPath: "#/properties/people/properties/approve_delay/oneOf/2/required", keyword: "required", params: { missingProperty: "lognormal" }, message: "must have required property '" + "lognormal" + "'" };
                    if (vErrors === null) {
                        vErrors = [err284];
                    }
                    else {
                        vErrors.push(err284);
                    }
                    errors++;
                }
                for (const key36 in data69) {
                    if (!(key36 === "lognormal")) {
                        const err285 = { instancePath: instancePath + "/people/approve_delay", schemaPath: "#/properties/people/properties/approve_delay/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key36 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err285];
                        }
                        else {
                            vErrors.push(err285);
                        }
                        errors++;
                    }
                }
                if (data69.lognormal !== undefined) {
                    let data72 = data69.lognormal;
                    if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
                        if (data72.median === undefined) {
                            const err286 = { instancePath: instancePath + "/people/approve_delay/lognormal", schemaPath: "#/properties/people/properties/approve_delay/oneOf/2/properties/lognormal/required", keyword: "required", params: { missingProperty: "median" }, message: "must have required property '" + "median" + "'" };
                            if (vErrors === null) {
                                vErrors = [err286];
                            }
                            else {
                                vErrors.push(err286);
                            }
                            errors++;
                        }
                        if (data72.p90 === undefined) {
                            const err287 = { instancePath: instancePath + "/people/approve_delay/lognormal", schemaPath: "#/properties/people/properties/approve_delay/oneOf/2/properties/lognormal/required", keyword: "required", params: { missingProperty: "p90" }, message: "must have required property '" + "p90" + "'" };
                            if (vErrors === null) {
                                vErrors = [err287];
                            }
                            else {
                                vErrors.push(err287);
                            }
                            errors++;
                        }
                        for (const key37 in data72) {
                            if (!((key37 === "median") || (key37 === "p90"))) {
                                const err288 = { instancePath: instancePath + "/people/approve_delay/lognormal", schemaPath: "#/properties/people/properties/approve_delay/oneOf/2/properties/lognormal/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key37 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err288];
                                }
                                else {
                                    vErrors.push(err288);
                                }
                                errors++;
                            }
                        }
                        if (data72.median !== undefined) {
                            let data73 = data72.median;
                            if (typeof data73 == "number") {
                                if (data73 > 43200 || isNaN(data73)) {
                                    const err289 = { instancePath: instancePath + "/people/approve_delay/lognormal/median", schemaPath: "#/properties/people/properties/approve_delay/oneOf/2/properties/lognormal/properties/median/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                                    if (vErrors === null) {
                                        vErrors = [err289];
                                    }
                                    else {
                                        vErrors.push(err289);
                                    }
                                    errors++;
                                }
                                if (data73 <= 0 || isNaN(data73)) {
                                    const err290 = { instancePath: instancePath + "/people/approve_delay/lognormal/median", schemaPath: "#/properties/people/properties/approve_delay/oneOf/2/properties/lognormal/properties/median/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                                    if (vErrors === null) {
                                        vErrors = [err290];
                                    }
                                    else {
                                        vErrors.push(err290);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err291 = { instancePath: instancePath + "/people/approve_delay/lognormal/median", schemaPath: "#/properties/people/properties/approve_delay/oneOf/2/properties/lognormal/properties/median/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err291];
                                }
                                else {
                                    vErrors.push(err291);
                                }
                                errors++;
                            }
                        }
                        if (data72.p90 !== undefined) {
                            let data74 = data72.p90;
                            if (typeof data74 == "number") {
                                if (data74 > 43200 || isNaN(data74)) {
                                    const err292 = { instancePath: instancePath + "/people/approve_delay/lognormal/p90", schemaPath: "#/properties/people/properties/approve_delay/oneOf/2/properties/lognormal/properties/p90/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                                    if (vErrors === null) {
                                        vErrors = [err292];
                                    }
                                    else {
                                        vErrors.push(err292);
                                    }
                                    errors++;
                                }
                                if (data74 <= 0 || isNaN(data74)) {
                                    const err293 = { instancePath: instancePath + "/people/approve_delay/lognormal/p90", schemaPath: "#/properties/people/properties/approve_delay/oneOf/2/properties/lognormal/properties/p90/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                                    if (vErrors === null) {
                                        vErrors = [err293];
                                    }
                                    else {
                                        vErrors.push(err293);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err294 = { instancePath: instancePath + "/people/approve_delay/lognormal/p90", schemaPath: "#/properties/people/properties/approve_delay/oneOf/2/properties/lognormal/properties/p90/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err294];
                                }
                                else {
                                    vErrors.push(err294);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err295 = { instancePath: instancePath + "/people/approve_delay/lognormal", schemaPath: "#/properties/people/properties/approve_delay/oneOf/2/properties/lognormal/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err295];
                        }
                        else {
                            vErrors.push(err295);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err296 = { instancePath: instancePath + "/people/approve_delay", schemaPath: "#/properties/people/properties/approve_delay/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err296];
                }
                else {
                    vErrors.push(err296);
                }
                errors++;
            }
            var _valid9 = _errs239 === errors;
            if (_valid9 && valid62) {
                valid62 = false;
                passing9 = [passing9, 2];
            }
            else {
                if (_valid9) {
                    valid62 = true;
                    passing9 = 2;
                }
            }
        }
        if (!valid62) {
            const err297 = { instancePath: instancePath + "/people/approve_delay", schemaPath: "#/properties/people/properties/approve_delay/oneOf", keyword: "oneOf", params: { passingSchemas: passing9 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
                vErrors = [err297];
            }
            else {
                vErrors.push(err297);
            }
            errors++;
        }
        else {
            errors = _errs229;
            if (vErrors !== null) {
                if (_errs229) {
                    vErrors.length = _errs229;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    else {
        const err298 = { instancePath: instancePath + "/people", schemaPath: "#/properties/people/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err298];
        }
        else {
            vErrors.push(err298);
        }
        errors++;
    }
    let data75 = data.conflicts;
    if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
        if (data75.on_overlap === undefined) {
            data75.on_overlap = 0.5;
        }
        if (data75.unknown_paths === undefined) {
            data75.unknown_paths = 0.05;
        }
        for (const key38 in data75) {
            if (!((key38 === "on_overlap") || (key38 === "unknown_paths"))) {
                const err299 = { instancePath: instancePath + "/conflicts", schemaPath: "#/properties/conflicts/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key38 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err299];
                }
                else {
                    vErrors.push(err299);
                }
                errors++;
            }
        }
        let data76 = data75.on_overlap;
        if (typeof data76 == "number") {
            if (data76 > 1 || isNaN(data76)) {
                const err300 = { instancePath: instancePath + "/conflicts/on_overlap", schemaPath: "#/properties/conflicts/properties/on_overlap/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                if (vErrors === null) {
                    vErrors = [err300];
                }
                else {
                    vErrors.push(err300);
                }
                errors++;
            }
            if (data76 < 0 || isNaN(data76)) {
                const err301 = { instancePath: instancePath + "/conflicts/on_overlap", schemaPath: "#/properties/conflicts/properties/on_overlap/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                    vErrors = [err301];
                }
                else {
                    vErrors.push(err301);
                }
                errors++;
            }
        }
        else {
            const err302 = { instancePath: instancePath + "/conflicts/on_overlap", schemaPath: "#/properties/conflicts/properties/on_overlap/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
                vErrors = [err302];
            }
            else {
                vErrors.push(err302);
            }
            errors++;
        }
        let data77 = data75.unknown_paths;
        if (typeof data77 == "number") {
            if (data77 > 1 || isNaN(data77)) {
                const err303 = { instancePath: instancePath + "/conflicts/unknown_paths", schemaPath: "#/properties/conflicts/properties/unknown_paths/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                if (vErrors === null) {
                    vErrors = [err303];
                }
                else {
                    vErrors.push(err303);
                }
                errors++;
            }
            if (data77 < 0 || isNaN(data77)) {
                const err304 = { instancePath: instancePath + "/conflicts/unknown_paths", schemaPath: "#/properties/conflicts/properties/unknown_paths/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                    vErrors = [err304];
                }
                else {
                    vErrors.push(err304);
                }
                errors++;
            }
        }
        else {
            const err305 = { instancePath: instancePath + "/conflicts/unknown_paths", schemaPath: "#/properties/conflicts/properties/unknown_paths/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
                vErrors = [err305];
            }
            else {
                vErrors.push(err305);
            }
            errors++;
        }
    }
    else {
        const err306 = { instancePath: instancePath + "/conflicts", schemaPath: "#/properties/conflicts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err306];
        }
        else {
            vErrors.push(err306);
        }
        errors++;
    }
}
else {
    const err307 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err307];
    }
    else {
        vErrors.push(err307);
    }
    errors++;
} validate10.errors = vErrors; return errors === 0; }

// EXTERNAL MODULE: ./src/config/load.ts + 2 modules
var load = __webpack_require__(1030);
;// CONCATENATED MODULE: ./src/forecast/models.ts





/**
 * The longest step a model may describe: 30 days, in minutes (or dollars, for a run's cost). A
 * longer step is a typo (or `.inf`), and it would make a run wait out the whole horizon.
 */
const MAX_MODEL_VALUE = 43_200;
const bounded = { type: 'number', minimum: 0, maximum: MAX_MODEL_VALUE };
const positive = { type: 'number', exclusiveMinimum: 0, maximum: MAX_MODEL_VALUE };
const duration = (description, fallback) => ({
    description,
    default: fallback,
    oneOf: [
        bounded,
        {
            type: 'object',
            additionalProperties: false,
            required: ['uniform'],
            properties: {
                uniform: { type: 'array', items: bounded, minItems: 2, maxItems: 2 }
            }
        },
        {
            type: 'object',
            additionalProperties: false,
            required: ['lognormal'],
            properties: {
                lognormal: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['median', 'p90'],
                    properties: {
                        median: positive,
                        p90: positive
                    }
                }
            }
        }
    ]
});
const rate = (description, fallback) => ({
    type: 'number',
    minimum: 0,
    maximum: 1,
    default: fallback,
    description
});
const section = (properties) => ({
    type: 'object',
    additionalProperties: false,
    default: {},
    properties
});
const forecastModelsSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://delivery-loop.dev/schema/forecast.schema.json',
    title: 'Delivery Loop forecast models (minutes; durations are a number, {uniform: [a, b]} or {lognormal: {median, p90}})',
    type: 'object',
    additionalProperties: false,
    properties: {
        ticks: section({
            cron_minutes: {
                type: 'integer',
                minimum: 0,
                maximum: 1440,
                default: 30,
                description: 'Minutes between scheduled ticks; 0 for none.'
            },
            schedule_delay: duration("GitHub's delay of a scheduled run.", {
                lognormal: { median: 4, p90: 15 }
            }),
            events: {
                type: 'boolean',
                default: true,
                description: 'Ticks on merges, CI runs and verdicts (the shipped workflows do).'
            },
            event_delay: duration('From an event to its tick running.', {
                lognormal: { median: 0.5, p90: 2 }
            })
        }),
        worker: section({
            duration: duration('One agent run, start to pushed change.', {
                lognormal: { median: 25, p90: 60 }
            }),
            conflict_duration: duration('An agent run that resolves a conflict.', {
                lognormal: { median: 10, p90: 25 }
            }),
            failure_rate: rate('Chance an agent run ends without a change to publish.', 0.1),
            cost_usd: duration('What one agent run costs (USD).', {
                lognormal: { median: 0.6, p90: 1.5 }
            })
        }),
        ci: section({
            duration: duration('One CI run on a pushed head.', { lognormal: { median: 8, p90: 15 } }),
            failure_rate: rate('Chance a CI run fails (a fix task follows).', 0.15)
        }),
        review: section({
            duration: duration("The reviewer's run.", { lognormal: { median: 6, p90: 12 } }),
            pass_rate: rate('Chance the reviewer passes a head (else a review-fix follows).', 0.8)
        }),
        merge: section({
            delay: duration("From a pass verdict to a person's merge.", {
                lognormal: { median: 45, p90: 240 }
            }),
            working_hours: {
                type: 'object',
                additionalProperties: false,
                required: ['start', 'end'],
                description: 'Merges only on weekdays between these UTC hours.',
                properties: {
                    start: { type: 'integer', minimum: 0, maximum: 23 },
                    end: { type: 'integer', minimum: 1, maximum: 24 }
                }
            },
            reviewers: {
                type: 'integer',
                minimum: 1,
                maximum: 1000,
                description: "People who merge, one pull request at a time each: a passed pull request waits for a free one, and `delay` is each merge's own time. Unset: no queue."
            }
        }),
        people: section({
            unfreeze_delay: duration('From a freeze (needs-human) to a person removing the label after looking into it.', { lognormal: { median: 120, p90: 600 } }),
            approve_delay: duration('Supervised mode (dispatch.approval: wave): from a wave proposed on the dashboard to a person approving it.', { lognormal: { median: 60, p90: 240 } })
        }),
        conflicts: section({
            on_overlap: rate('On a merge, the chance an open pull request touching the same paths conflicts.', 0.5),
            unknown_paths: rate('…and the chance for one whose paths are unknown.', 0.05)
        })
    }
};
const validator = () => validate;
/** The defaults, every key filled in. */
function defaultModels() {
    return parseModels('{}', '(defaults)');
}
/** Ranges the schema cannot see are backwards: `uniform: [b, a]`, a p90 under its median, hours. */
function reversedRanges(models) {
    const out = [];
    for (const [section, values] of Object.entries(models))
        for (const [key, value] of Object.entries(values ?? {})) {
            const d = value;
            if (d?.uniform && d.uniform[0] > d.uniform[1])
                out.push({
                    path: [section, key, 'uniform'],
                    message: `[${d.uniform.join(', ')}] is backwards: the low end comes first`
                });
            if (d?.lognormal && d.lognormal.p90 < d.lognormal.median)
                out.push({
                    path: [section, key, 'lognormal', 'p90'],
                    message: `p90 ${d.lognormal.p90} is below the median ${d.lognormal.median}`
                });
        }
    const hours = models.merge?.working_hours;
    if (hours && hours.start >= hours.end)
        out.push({
            path: ['merge', 'working_hours'],
            message: `start ${hours.start} is not before end ${hours.end}`
        });
    return out;
}
function message(error) {
    if (error.keyword === 'additionalProperties') {
        const key = String(error.params.additionalProperty);
        const siblings = Object.keys(schemaAt((0,load/* pathOf */.XM)(error).slice(0, -1)).properties ?? {});
        return `unknown key ${key}${(0,suggest/* didYouMean */.a)(key, siblings)}`;
    }
    return error.message ?? 'is invalid';
}
/** The models schema's node at `path` (an object's keys, for "did you mean"). */
function schemaAt(path) {
    let node = forecastModelsSchema;
    for (const key of path)
        node = node.properties?.[key] ?? {};
    return node;
}
/** Models from YAML or JSON text; a ConfigError with the file, line and key of each problem. */
function parseModels(text, file) {
    const counter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text.replace(/^\uFEFF/, ''), {
        lineCounter: counter,
        prettyErrors: false
    });
    if (doc.errors.length)
        throw new errors/* ConfigError */.xL(`${file} is not valid YAML`, doc.errors.map(e => ({
            file,
            line: counter.linePos(e.pos[0]).line,
            message: e.message.split('\n')[0]
        })));
    const data = (doc.toJS({ maxAliasCount: 100 }) ?? {});
    const validate = validator();
    if (validate(data)) {
        const reversed = reversedRanges(data);
        if (!reversed.length)
            return data;
        const problems = reversed.map(r => ({
            file,
            line: (0,load/* lineOf */.cA)(doc, counter, r.path),
            path: (0,load/* dotted */.Bs)(r.path),
            message: r.message
        }));
        throw new errors/* ConfigError */.xL(`${file} has ${problems.length} error(s)`, problems);
    }
    // oneOf reports every branch; the first error per key says enough.
    const seen = new Set();
    const problems = [];
    for (const error of validate.errors ?? []) {
        const path = (0,load/* pathOf */.XM)(error);
        const key = (0,load/* dotted */.Bs)(path);
        if (seen.has(key))
            continue;
        seen.add(key);
        problems.push({ file, line: (0,load/* lineOf */.cA)(doc, counter, path), path: key, message: message(error) });
    }
    throw new errors/* ConfigError */.xL(`${file} has ${problems.length} error(s)`, problems);
}


/***/ }),

/***/ 2921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vw: () => (/* binding */ Phases),
/* harmony export */   ZG: () => (/* binding */ PHASES),
/* harmony export */   gC: () => (/* binding */ PHASE_WORDS)
/* harmony export */ });
/**
 * Where a slice's time goes, as the simulation sees it: each slice is in one phase at a time,
 * and the minutes between changes are added to that phase. A conflicting pull request's time is
 * all "conflict" until its worker has pushed the resolution.
 */
const PHASES = [
    'blocked',
    'tick',
    'hold',
    'approval',
    'agent',
    'ci',
    'review',
    'merge',
    'conflict',
    'human',
    'done'
];
/** What each phase means, for the report. */
const PHASE_WORDS = {
    blocked: 'blocked by unmerged slices',
    tick: 'waiting for a tick',
    hold: 'held by a guardrail',
    approval: 'waiting for approval (supervised)',
    agent: 'agent at work',
    ci: 'CI',
    review: 'review',
    merge: 'waiting for a human merge',
    conflict: 'conflicts',
    human: 'frozen, waiting for a person (needs-human)',
    done: 'merged'
};
class Phases {
    current = new Map();
    spent = new Map();
    /** Move a slice to `phase`; a conflict holds until `resolves` (its worker pushed). */
    enter(issue, phase, at, resolves = false) {
        const now = this.current.get(issue);
        if (now?.phase === 'done')
            return;
        if (now?.phase === 'conflict' && phase !== 'done' && !resolves)
            return;
        // A frozen slice waits for its person, whatever else happens meanwhile.
        if (now?.phase === 'human' && phase !== 'done' && phase !== 'tick')
            return;
        if (now)
            this.spent.set(now.phase, (this.spent.get(now.phase) ?? 0) + at - now.since);
        this.current.set(issue, { phase, since: at });
    }
    /** A tick skipped the slice (a guardrail, or a proposal awaiting approval): not the schedule's wait. */
    hold(issue, at, phase = 'hold') {
        if (this.current.get(issue)?.phase === 'tick')
            this.enter(issue, phase, at);
    }
    totals(at) {
        const out = Object.fromEntries(PHASES.map(p => [p, this.spent.get(p) ?? 0]));
        for (const { phase, since } of this.current.values())
            out[phase] += at - since;
        return out;
    }
}


/***/ }),

/***/ 578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dz: () => (/* binding */ chance),
/* harmony export */   JU: () => (/* binding */ seeded),
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   XM: () => (/* binding */ sample)
/* harmony export */ });
/**
 * The forecast's randomness, repeatable: one seeded generator per simulated run, and the
 * distributions its models are written in. Durations are minutes.
 */
function seeded(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** z of the 90th percentile of the standard normal. */
const Z90 = 1.2815515655446004;
function normal(rng) {
    // Box–Muller; 1 - u keeps the logarithm finite.
    const u = 1 - rng();
    const v = rng();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
function sample(d, rng) {
    if (typeof d === 'number')
        return d;
    if ('uniform' in d)
        return d.uniform[0] + (d.uniform[1] - d.uniform[0]) * rng();
    const { median, p90 } = d.lognormal;
    const sigma = p90 > median ? Math.log(p90 / median) / Z90 : 0;
    return median * Math.exp(sigma * normal(rng));
}
/** The median of a duration: what the lower bound assumes of every step. */
function median(d) {
    if (typeof d === 'number')
        return d;
    if ('uniform' in d)
        return (d.uniform[0] + d.uniform[1]) / 2;
    return d.lognormal.median;
}
/** True with probability `p`. */
function chance(p, rng) {
    return p > 0 && rng() < p;
}


/***/ }),

/***/ 3663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ forecastJson),
/* harmony export */   xn: () => (/* binding */ forecastText)
/* harmony export */ });
/* unused harmony export gantt */
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);
/* harmony import */ var _phases_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2921);
/** The forecast as text (a terminal, the job summary) and as a Mermaid Gantt chart of a typical run. */


/** Slices the chart shows at most (the first merged); a chart of hundreds is unreadable. */
const CHART_SLICES = 40;
const at = (start, minutes) => new Date(start.getTime() + minutes * 60_000).toISOString().slice(0, 16);
function gantt(f, start) {
    const slices = f.typical.slices
        .filter(s => s.readyAt !== undefined && s.mergedAt !== undefined)
        .sort((a, b) => a.mergedAt - b.mergedAt)
        .slice(0, CHART_SLICES);
    const name = (title) => title.replace(/[:#;]/g, ' ').replace(/\s+/g, ' ').slice(0, 50);
    return [
        '```mermaid',
        'gantt',
        `  title A typical run (seed ${f.typical.seed}): from ready to merged`,
        '  dateFormat YYYY-MM-DDTHH:mm',
        '  axisFormat %m-%d %H:%M',
        ...slices.map(s => `  ${name(`#${s.issue} ${s.title}`)} : s${s.issue}, ${at(start, s.readyAt)}, ${at(start, Math.max(s.mergedAt, s.readyAt + 1))}`),
        '```'
    ].join('\n');
}
function forecastText(f, start, label = '') {
    const money = (n) => `$${n.toFixed(2)}`;
    return [
        `## Delivery Loop · forecast${label ? ` · ${label}` : ''}`,
        '',
        `${f.slices} slices, ${f.runs} simulated runs (seeds ${f.seed}–${f.seed + f.runs - 1}); ${f.done}/${f.runs} delivered everything.`,
        '',
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['', 'value'], [
            [
                'calendar time, median',
                `${f.makespan.median} h (${(f.makespan.median / 24).toFixed(1)} days)`
            ],
            ['calendar time, 90th percentile', `${f.makespan.p90} h`],
            [
                'lower bound',
                `${f.bound.hours} h — ${f.bound.binding} binds (${f.bound.depth} slice(s) deep, ${(f.bound.perSlice / 60).toFixed(1)} h a slice at the medians)`
            ],
            ['median / bound', `${f.ratio}×`],
            ['attempts (median, p90)', `${f.attempts.median}, ${f.attempts.p90}`],
            ['agent spend (median, p90)', `${money(f.spendUsd.median)}, ${money(f.spendUsd.p90)}`],
            [
                'a passed pull request waits for its merge (median, p90)',
                `${f.mergeWait.median} h, ${f.mergeWait.p90} h`
            ],
            [
                'GitHub REST requests per hour (median, peak)',
                `${f.api.medianPerHour}, ${f.api.peakPerHour} — ${(f.api.quotaShare * 100).toFixed(1)}% of the 1,000/h GITHUB_TOKEN quota at the peak`
            ],
            [
                'GitHub GraphQL points per hour (median, peak)',
                `${f.api.points.medianPerHour}, ${f.api.points.peakPerHour} — ${(f.api.points.quotaShare * 100).toFixed(1)}% of the 1,000/h GITHUB_TOKEN points at the peak`
            ]
        ]),
        '',
        '### Where the time goes (slice-hours, mean per run)',
        '',
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['phase', 'hours', 'share'], f.phases
            .filter(p => p.hours > 0)
            .sort((a, b) => b.hours - a.hours)
            .map(p => [_phases_js__WEBPACK_IMPORTED_MODULE_1__/* .PHASE_WORDS */ .gC[p.phase], String(p.hours), `${(p.share * 100).toFixed(1)}%`])),
        '',
        gantt(f, start)
    ].join('\n');
}
/** The forecast as JSON: everything but the typical run's tick log, which is its own story. */
function forecastJson(f) {
    const { typical, ...rest } = f;
    return {
        ...rest,
        typical: {
            seed: typical.seed,
            makespan_hours: Math.round((typical.makespan / 60) * 10) / 10,
            ticks: typical.tickCount,
            slices: typical.slices
        }
    };
}


/***/ })

};
