export const id = 956;
export const ids = [956];
export const modules = {

/***/ 5990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ji: () => (/* binding */ charge),
  f$: () => (/* binding */ findUsage),
  KP: () => (/* binding */ trustedRecords),
  $M: () => (/* binding */ usageTotals)
});

// EXTERNAL MODULE: ./src/guardrails/attestation.ts + 1 modules
var attestation = __webpack_require__(739);
// EXTERNAL MODULE: ./src/clock.ts
var clock = __webpack_require__(9373);
;// CONCATENATED MODULE: ./src/guardrails/usage-binding.ts
/**
 * Which attempt a usage record belongs to, and when it is charged (pure). A record's own dates
 * are the worker's word: a record dated 2020 would fall outside every window and never reach the
 * cost cap, one dated next year would stay in the window for a year. So a record is bound to an
 * attempt the loop dispatched on the issue it was found on, and charged at its end time clamped
 * to [that attempt's dispatch, the moment the loop first saw it]. A record that cannot belong to
 * any such attempt is refused — and, with a cap set, an attempt whose only records were refused
 * has no evidence, so dispatch stops (fail closed).
 */

/** The attempt a record belongs to: the one it names, else the newest dispatched before it ended. */
function attemptOf(record, dispatches, ended) {
    if (record.attempt !== undefined) {
        const named = dispatches.find(d => d.attempt === record.attempt);
        return named ?? `names attempt ${record.attempt}, which the loop never dispatched on this issue`;
    }
    const before = dispatches.filter(d => Date.parse(d.at) <= ended + clock/* CLOCK_SKEW_MS */.rn);
    return before.length
        ? before.reduce((a, b) => (Date.parse(b.at) > Date.parse(a.at) ? b : a))
        : `ended ${record.ended_at}, before attempt ${Math.min(...dispatches.map(d => d.attempt))} was dispatched`;
}
/**
 * Bind `record`, found on `issue` at `now`, to one of the issue's dispatched attempts.
 * Without any known attempt (an issue the loop never dispatched, or whose claims are gone) it is
 * charged now, when the loop first sees it (the ledger keeps that first charge).
 */
function bindRecord(record, issue, dispatches, now, 
/** When the loop could first have seen the record (a closed pull request's close), or now. */
firstSeen = now) {
    const ended = Date.parse(record.ended_at);
    if (record.issue !== undefined && record.issue !== issue)
        return { refused: `names issue #${record.issue}, but was found on #${issue}` };
    if (ended > now.getTime() + clock/* CLOCK_SKEW_MS */.rn)
        return { refused: `ended_at ${record.ended_at} is in the future` };
    const seen = Math.min(ended, now.getTime());
    // No attempt to bind to (the state and the claims are gone): charged when the loop first sees
    // it, never at a date of the worker's choosing — one back-dated to 2020 would never be charged.
    if (!dispatches.length)
        return { at: firstSeen.toISOString() };
    const attempt = attemptOf(record, dispatches, ended);
    if (typeof attempt === 'string')
        return { refused: attempt };
    const dispatched = Date.parse(attempt.at);
    if (ended + clock/* CLOCK_SKEW_MS */.rn < dispatched)
        return {
            refused: `ended ${record.ended_at}, before attempt ${attempt.attempt} was dispatched (${attempt.at})`
        };
    return { at: new Date(Math.max(seen, dispatched)).toISOString(), attempt: attempt.attempt };
}

;// CONCATENATED MODULE: ./src/guardrails/usage.ts


/** Every record in trusted bodies and comments of unit issues and their pull requests. */
function trustedRecords(sources, trust) {
    const records = [];
    const invalid = [];
    let seenBy;
    const take = (text, where, issue, pull) => {
        const read = (0,attestation/* readAttestations */.aF)(text, where);
        invalid.push(...read.invalid);
        for (const r of read.records)
            records.push({
                ...r,
                where,
                issue,
                ...(pull !== undefined ? { pull } : {}),
                ...(seenBy ? { seenBy } : {})
            });
    };
    const trusted = (c) => trust.isTrustedAuthor(c.author, c.authorAssociation);
    for (const s of sources) {
        seenBy = s.seenBy;
        for (const c of s.comments.filter(trusted))
            take(c.body, `comment ${c.id} on #${s.issue}`, s.issue);
        if (s.pull && trusted(s.pull))
            take(s.pull.body, `pull request #${s.pull.number}`, s.issue, s.pull.number);
        for (const c of (s.pull?.comments ?? []).filter(trusted))
            take(c.body, `comment ${c.id} on #${s.pull.number}`, s.issue, s.pull.number);
    }
    return { records, invalid };
}
/**
 * The usage to charge: trusted records, each bound to an attempt the loop dispatched on its
 * issue (usage-binding.ts); the ones that cannot belong to one are refused and reported with
 * the invalid ones.
 */
function findUsage(sources, trust, now, dispatchesOf) {
    const { records, invalid } = trustedRecords(sources, trust);
    const found = new Map();
    for (const { id, record, where, issue, pull, seenBy } of records) {
        const firstSeen = seenBy ? new Date(Math.min(Date.parse(seenBy), now.getTime())) : now;
        const bound = bindRecord(record, issue, dispatchesOf(issue), now, firstSeen);
        if ('refused' in bound) {
            invalid.push({ where, reason: `refused: ${bound.refused}` });
            continue;
        }
        found.set(id, {
            at: bound.at,
            issue,
            ...(pull !== undefined ? { pull } : {}),
            role: record.role,
            provider: record.provider,
            model: record.model,
            tokens: record.tokens.input + record.tokens.output,
            cost_usd: record.cost_usd
        });
    }
    return { found, invalid };
}
/** The ledger with the records not charged yet; returns the ids charged now. */
function charge(ledger, found) {
    const next = { ...ledger };
    const charged = [];
    for (const [id, record] of found) {
        if (next[id])
            continue;
        next[id] = record;
        charged.push(id);
    }
    return { ledger: next, charged };
}
function usageTotals(ledger, windowHours, now) {
    const since = now.getTime() - windowHours * 3600_000;
    const records = Object.values(ledger);
    const recent = records.filter(r => Date.parse(r.at) >= since);
    const workers = records.filter(r => r.role === 'worker');
    const sum = (rs, key) => rs.reduce((t, r) => t + r[key], 0);
    return {
        window_hours: windowHours,
        tokens: sum(recent, 'tokens'),
        cost_usd: Math.round(sum(recent, 'cost_usd') * 1e6) / 1e6,
        ...(workers.length
            ? {
                per_attempt: {
                    tokens: sum(workers, 'tokens') / workers.length,
                    cost_usd: sum(workers, 'cost_usd') / workers.length
                }
            }
            : {})
    };
}


/***/ }),

/***/ 6886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FY: () => (/* binding */ mergedAfterReview),
/* harmony export */   L3: () => (/* binding */ pullFor),
/* harmony export */   Lr: () => (/* binding */ issueOfBranch),
/* harmony export */   PJ: () => (/* binding */ isConflicting),
/* harmony export */   RE: () => (/* binding */ pullFacts),
/* harmony export */   o: () => (/* binding */ REVIEW_CHECK),
/* harmony export */   yC: () => (/* binding */ branchFor)
/* harmony export */ });
/* unused harmony exports checkState, verdictOf */
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(725);

const REVIEW_CHECK = 'loopreview';
const PASSING = ['SUCCESS', 'NEUTRAL', 'SKIPPED'];
function checkState(entry) {
    if (entry.type === 'check-run') {
        if (entry.status !== 'COMPLETED')
            return 'pending';
        return PASSING.includes(entry.conclusion ?? '') ? 'success' : 'failure';
    }
    if (entry.state === 'SUCCESS')
        return 'success';
    return entry.state === 'PENDING' || entry.state === 'EXPECTED' ? 'pending' : 'failure';
}
/** The verdict a completed `loopreview` check run stands for. */
function verdictOf(entry) {
    if (entry?.type !== 'check-run' || entry.status !== 'COMPLETED')
        return undefined;
    if (entry.conclusion === 'SUCCESS')
        return 'pass';
    return entry.conclusion === 'ACTION_REQUIRED' ? 'needs-human' : 'fail';
}
const isReview = (e) => e.type === 'check-run' && e.name === REVIEW_CHECK;
/**
 * The loop's verdict among the `loopreview` checks of a head: the newest whose external id binds
 * it to that head. A check run's name proves nothing — any workflow job can take it.
 */
function boundVerdict(node) {
    const bound = (0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .verdictCheckId */ .PK)(node.headSha);
    return node.rollup
        .filter(e => isReview(e) && e.type === 'check-run' && e.externalId === bound)
        .at(-1);
}
function pullFacts(node) {
    const { rollup, ...facts } = node;
    const review = boundVerdict(node);
    const foreign = rollup.filter(e => isReview(e) && e !== review).length;
    const verdict = verdictOf(review);
    const about = review?.type === 'check-run' ? review : undefined;
    return {
        ...(foreign ? { foreignVerdicts: foreign } : {}),
        ...facts,
        checks: rollup
            .filter(e => !isReview(e))
            .map(e => ({
            name: e.type === 'check-run' ? e.name : e.context,
            state: checkState(e),
            ...(e.type === 'check-run' && e.id ? { id: e.id } : {})
        })),
        ...(verdict ? { verdict } : {}),
        ...(verdict && about?.app ? { verdictApp: about.app } : {}),
        ...(verdict && about?.id ? { verdictCheckId: about.id } : {}),
        ...(verdict && about?.completedAt ? { verdictAt: about.completedAt } : {})
    };
}
/**
 * When a merged pull request became ready for a person — the pass the loop published for the
 * commit it was merged at — and when it was merged, by whom; undefined for one merged without
 * the loop's pass (a person's own call) or closed unmerged.
 */
function mergedAfterReview(pull) {
    if (!pull.mergedAt || !pull.headSha || !pull.rollup)
        return undefined;
    const review = boundVerdict({ headSha: pull.headSha, rollup: pull.rollup });
    if (verdictOf(review) !== 'pass' || review?.type !== 'check-run' || !review.completedAt)
        return undefined;
    return { readyAt: review.completedAt, mergedAt: pull.mergedAt, mergedBy: pull.mergedBy ?? null };
}
/**
 * The open pull request working on an issue, among those `loopWork` accepted: the loop's own
 * first, then a trusted human's. A pull request no rule accepted works on nothing.
 */
function pullFor(issue, pulls) {
    let index = pullIndexes.get(pulls);
    if (!index)
        pullIndexes.set(pulls, (index = indexPulls(pulls)));
    return index.get(issue);
}
/**
 * Each list's index, built once: a tick asks for every issue's pull request, and filtering the
 * whole list per issue made a 20,000-issue tick quadratic. Lists of facts are never changed
 * after they are made, so an index stays true for its list.
 */
const pullIndexes = new WeakMap();
function indexPulls(pulls) {
    const index = new Map();
    // The loop's own first, then a trusted human's; the first in the list within each.
    for (const owner of ['loop', 'human'])
        for (const p of pulls)
            if (p.owner === owner)
                for (const n of p.works ?? [])
                    if (!index.has(n))
                        index.set(n, p);
    return index;
}
/** The issue a branch is the loop's branch for: `loop/issue-N`, `loop/issue-N-retry-K`. */
function issueOfBranch(ref) {
    const m = /^loop\/issue-([1-9]\d*)(?:-retry-[1-9]\d*)?$/.exec(ref);
    return m ? Number(m[1]) : undefined;
}
/** The worker's branch for an attempt: `loop/issue-N`, retries `loop/issue-N-retry-K`. */
function branchFor(number, attempt) {
    return attempt <= 1 ? `loop/issue-${number}` : `loop/issue-${number}-retry-${attempt - 1}`;
}
/**
 * The pull request cannot merge as it is: GitHub found a conflict with its base. `UNKNOWN`
 * means "not computed yet", not "fine" — and not a conflict either.
 */
function isConflicting(pull) {
    return pull.mergeable === 'CONFLICTING' || pull.mergeStateStatus === 'DIRTY';
}


/***/ }),

/***/ 6956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verdictMode: () => (/* binding */ verdictMode)
});

// EXTERNAL MODULE: ./src/context.ts
var src_context = __webpack_require__(788);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/guardrails/usage.ts + 1 modules
var usage = __webpack_require__(5990);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/review/verdict-apply.ts
async function applyVerdict(github, plan) {
    const applied = {};
    for (const o of plan.operations) {
        if (o.op === 'check')
            applied.checkRunId = await github.createCheckRun(o.fields);
        else if (o.op === 'create-review')
            applied.reviewId = await github.createCommentReview(o.pull, o.commitSha, o.body);
        else {
            await github.updateReview(o.pull, o.reviewId, o.body);
            applied.reviewId = o.reviewId;
        }
    }
    return applied;
}

// EXTERNAL MODULE: ./src/schema/formats.ts
var formats = __webpack_require__(4603);
;// CONCATENATED MODULE: ./src/generated/verdict-validator.ts
// Generated by `npm run schema` from the schema in the source (scripts/validators.ts); do not edit.
// @ts-nocheck
/* eslint-disable */

"use strict";
const validate = validate10;
/* harmony default export */ const verdict_validator = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://delivery-loop.dev/schema/verdict.schema.json", "title": "Delivery Loop review verdict (mode: verdict)", "type": "object", "additionalProperties": false, "required": ["verdict", "findings", "evidence", "spec_conformance", "reviewer"], "properties": { "verdict": { "enum": ["pass", "fail", "needs-human"], "description": "pass: ready for a human to merge; fail: the worker must change it; needs-human: the reviewer cannot decide." }, "findings": { "type": "array", "maxItems": 200, "items": { "type": "object", "additionalProperties": false, "required": ["severity", "note"], "properties": { "severity": { "enum": ["blocker", "major", "minor", "info"] }, "file": { "type": "string", "minLength": 1, "maxLength": 1000, "description": "Path in the repository." }, "line": { "type": "integer", "minimum": 1, "description": "Line in the head version of file." }, "note": { "type": "string", "minLength": 1, "maxLength": 4000 } } } }, "evidence": { "type": "string", "minLength": 1, "maxLength": 20000, "description": "What the reviewer checked and how: tests run, files read, spec sections compared." }, "spec_conformance": { "enum": ["pass", "fail", "not-applicable"] }, "reviewer": { "type": "object", "additionalProperties": false, "required": ["provider", "model"], "properties": { "provider": { "type": "string", "minLength": 1, "maxLength": 100, "description": "e.g. openai." }, "model": { "type": "string", "minLength": 1, "maxLength": 200 } } }, "head_sha": { "type": "string", "pattern": "^[0-9a-fA-F]{7,40}$", "description": "The head commit reviewed (the review packet names it); another head is refused." } } };
const func2 = formats/* codePoints */.BH;
const pattern0 = new RegExp("^[0-9a-fA-F]{7,40}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://delivery-loop.dev/schema/verdict.schema.json" */ ; let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.verdict === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verdict" }, message: "must have required property '" + "verdict" + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.findings === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "findings" }, message: "must have required property '" + "findings" + "'" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.evidence === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "evidence" }, message: "must have required property '" + "evidence" + "'" };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.spec_conformance === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec_conformance" }, message: "must have required property '" + "spec_conformance" + "'" };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    if (data.reviewer === undefined) {
        const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reviewer" }, message: "must have required property '" + "reviewer" + "'" };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((((((key0 === "verdict") || (key0 === "findings")) || (key0 === "evidence")) || (key0 === "spec_conformance")) || (key0 === "reviewer")) || (key0 === "head_sha"))) {
            const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.verdict !== undefined) {
        let data0 = data.verdict;
        if (!(((data0 === "pass") || (data0 === "fail")) || (data0 === "needs-human"))) {
            const err6 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema11.properties.verdict.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.findings !== undefined) {
        let data1 = data.findings;
        if (Array.isArray(data1)) {
            if (data1.length > 200) {
                const err7 = { instancePath: instancePath + "/findings", schemaPath: "#/properties/findings/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data2 = data1[i0];
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                    if (data2.severity === undefined) {
                        const err8 = { instancePath: instancePath + "/findings/" + i0, schemaPath: "#/properties/findings/items/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property '" + "severity" + "'" };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                    if (data2.note === undefined) {
                        const err9 = { instancePath: instancePath + "/findings/" + i0, schemaPath: "#/properties/findings/items/required", keyword: "required", params: { missingProperty: "note" }, message: "must have required property '" + "note" + "'" };
                        if (vErrors === null) {
                            vErrors = [err9];
                        }
                        else {
                            vErrors.push(err9);
                        }
                        errors++;
                    }
                    for (const key1 in data2) {
                        if (!((((key1 === "severity") || (key1 === "file")) || (key1 === "line")) || (key1 === "note"))) {
                            const err10 = { instancePath: instancePath + "/findings/" + i0, schemaPath: "#/properties/findings/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                                vErrors = [err10];
                            }
                            else {
                                vErrors.push(err10);
                            }
                            errors++;
                        }
                    }
                    if (data2.severity !== undefined) {
                        let data3 = data2.severity;
                        if (!((((data3 === "blocker") || (data3 === "major")) || (data3 === "minor")) || (data3 === "info"))) {
                            const err11 = { instancePath: instancePath + "/findings/" + i0 + "/severity", schemaPath: "#/properties/findings/items/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.findings.items.properties.severity.enum }, message: "must be equal to one of the allowed values" };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                    }
                    if (data2.file !== undefined) {
                        let data4 = data2.file;
                        if (typeof data4 === "string") {
                            if (func2(data4) > 1000) {
                                const err12 = { instancePath: instancePath + "/findings/" + i0 + "/file", schemaPath: "#/properties/findings/items/properties/file/maxLength", keyword: "maxLength", params: { limit: 1000 }, message: "must NOT have more than 1000 characters" };
                                if (vErrors === null) {
                                    vErrors = [err12];
                                }
                                else {
                                    vErrors.push(err12);
                                }
                                errors++;
                            }
                            if (func2(data4) < 1) {
                                const err13 = { instancePath: instancePath + "/findings/" + i0 + "/file", schemaPath: "#/properties/findings/items/properties/file/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
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
                            const err14 = { instancePath: instancePath + "/findings/" + i0 + "/file", schemaPath: "#/properties/findings/items/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                    }
                    if (data2.line !== undefined) {
                        let data5 = data2.line;
                        if (!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))) {
                            const err15 = { instancePath: instancePath + "/findings/" + i0 + "/line", schemaPath: "#/properties/findings/items/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                                vErrors = [err15];
                            }
                            else {
                                vErrors.push(err15);
                            }
                            errors++;
                        }
                        if (typeof data5 == "number") {
                            if (data5 < 1 || isNaN(data5)) {
                                const err16 = { instancePath: instancePath + "/findings/" + i0 + "/line", schemaPath: "#/properties/findings/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                                if (vErrors === null) {
                                    vErrors = [err16];
                                }
                                else {
                                    vErrors.push(err16);
                                }
                                errors++;
                            }
                        }
                    }
                    if (data2.note !== undefined) {
                        let data6 = data2.note;
                        if (typeof data6 === "string") {
                            if (func2(data6) > 4000) {
                                const err17 = { instancePath: instancePath + "/findings/" + i0 + "/note", schemaPath: "#/properties/findings/items/properties/note/maxLength", keyword: "maxLength", params: { limit: 4000 }, message: "must NOT have more than 4000 characters" };
                                if (vErrors === null) {
                                    vErrors = [err17];
                                }
                                else {
                                    vErrors.push(err17);
                                }
                                errors++;
                            }
                            if (func2(data6) < 1) {
                                const err18 = { instancePath: instancePath + "/findings/" + i0 + "/note", schemaPath: "#/properties/findings/items/properties/note/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err18];
                                }
                                else {
                                    vErrors.push(err18);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err19 = { instancePath: instancePath + "/findings/" + i0 + "/note", schemaPath: "#/properties/findings/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err19];
                            }
                            else {
                                vErrors.push(err19);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err20 = { instancePath: instancePath + "/findings/" + i0, schemaPath: "#/properties/findings/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
            }
        }
        else {
            const err21 = { instancePath: instancePath + "/findings", schemaPath: "#/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err21];
            }
            else {
                vErrors.push(err21);
            }
            errors++;
        }
    }
    if (data.evidence !== undefined) {
        let data7 = data.evidence;
        if (typeof data7 === "string") {
            if (func2(data7) > 20000) {
                const err22 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/maxLength", keyword: "maxLength", params: { limit: 20000 }, message: "must NOT have more than 20000 characters" };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
            if (func2(data7) < 1) {
                const err23 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
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
            const err24 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err24];
            }
            else {
                vErrors.push(err24);
            }
            errors++;
        }
    }
    if (data.spec_conformance !== undefined) {
        let data8 = data.spec_conformance;
        if (!(((data8 === "pass") || (data8 === "fail")) || (data8 === "not-applicable"))) {
            const err25 = { instancePath: instancePath + "/spec_conformance", schemaPath: "#/properties/spec_conformance/enum", keyword: "enum", params: { allowedValues: schema11.properties.spec_conformance.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err25];
            }
            else {
                vErrors.push(err25);
            }
            errors++;
        }
    }
    if (data.reviewer !== undefined) {
        let data9 = data.reviewer;
        if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.provider === undefined) {
                const err26 = { instancePath: instancePath + "/reviewer", schemaPath: "#/properties/reviewer/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property '" + "provider" + "'" };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
            if (data9.model === undefined) {
                const err27 = { instancePath: instancePath + "/reviewer", schemaPath: "#/properties/reviewer/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property '" + "model" + "'" };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
            for (const key2 in data9) {
                if (!((key2 === "provider") || (key2 === "model"))) {
                    const err28 = { instancePath: instancePath + "/reviewer", schemaPath: "#/properties/reviewer/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err28];
                    }
                    else {
                        vErrors.push(err28);
                    }
                    errors++;
                }
            }
            if (data9.provider !== undefined) {
                let data10 = data9.provider;
                if (typeof data10 === "string") {
                    if (func2(data10) > 100) {
                        const err29 = { instancePath: instancePath + "/reviewer/provider", schemaPath: "#/properties/reviewer/properties/provider/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
                        if (vErrors === null) {
                            vErrors = [err29];
                        }
                        else {
                            vErrors.push(err29);
                        }
                        errors++;
                    }
                    if (func2(data10) < 1) {
                        const err30 = { instancePath: instancePath + "/reviewer/provider", schemaPath: "#/properties/reviewer/properties/provider/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err30];
                        }
                        else {
                            vErrors.push(err30);
                        }
                        errors++;
                    }
                }
                else {
                    const err31 = { instancePath: instancePath + "/reviewer/provider", schemaPath: "#/properties/reviewer/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err31];
                    }
                    else {
                        vErrors.push(err31);
                    }
                    errors++;
                }
            }
            if (data9.model !== undefined) {
                let data11 = data9.model;
                if (typeof data11 === "string") {
                    if (func2(data11) > 200) {
                        const err32 = { instancePath: instancePath + "/reviewer/model", schemaPath: "#/properties/reviewer/properties/model/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                        if (vErrors === null) {
                            vErrors = [err32];
                        }
                        else {
                            vErrors.push(err32);
                        }
                        errors++;
                    }
                    if (func2(data11) < 1) {
                        const err33 = { instancePath: instancePath + "/reviewer/model", schemaPath: "#/properties/reviewer/properties/model/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
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
                    const err34 = { instancePath: instancePath + "/reviewer/model", schemaPath: "#/properties/reviewer/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err34];
                    }
                    else {
                        vErrors.push(err34);
                    }
                    errors++;
                }
            }
        }
        else {
            const err35 = { instancePath: instancePath + "/reviewer", schemaPath: "#/properties/reviewer/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err35];
            }
            else {
                vErrors.push(err35);
            }
            errors++;
        }
    }
    if (data.head_sha !== undefined) {
        let data12 = data.head_sha;
        if (typeof data12 === "string") {
            if (!pattern0.test(data12)) {
                const err36 = { instancePath: instancePath + "/head_sha", schemaPath: "#/properties/head_sha/pattern", keyword: "pattern", params: { pattern: "^[0-9a-fA-F]{7,40}$" }, message: "must match pattern \"" + "^[0-9a-fA-F]{7,40}$" + "\"" };
                if (vErrors === null) {
                    vErrors = [err36];
                }
                else {
                    vErrors.push(err36);
                }
                errors++;
            }
        }
        else {
            const err37 = { instancePath: instancePath + "/head_sha", schemaPath: "#/properties/head_sha/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err37];
            }
            else {
                vErrors.push(err37);
            }
            errors++;
        }
    }
}
else {
    const err38 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err38];
    }
    else {
        vErrors.push(err38);
    }
    errors++;
} validate10.errors = vErrors; return errors === 0; }

;// CONCATENATED MODULE: ./src/review/verdict-check.ts

/** Precompiled from `verdictSchema` by `npm run schema`. */
const verdictValidator = () => validate;
const verdict_check_short = (sha) => sha.slice(0, 7);
function parse(file) {
    if (file.kind === 'missing')
        return { problem: `the reviewer wrote no verdict file at ${file.path}` };
    if (file.kind === 'too-big')
        return {
            problem: `the verdict file is ${file.bytes} bytes, over verification.max_verdict_bytes (${file.limit}); it was not read`
        };
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes).replace(/^\uFEFF/, '');
    }
    catch {
        return { problem: 'the verdict file is not UTF-8 text' };
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        return { problem: `the verdict is not valid JSON: ${error.message}` };
    }
    const validate = verdictValidator();
    if (!validate(data)) {
        const why = (validate.errors ?? [])
            .slice(0, 5)
            .map(e => {
            const allowed = e.params.allowedValues;
            return `${e.instancePath || '(root)'} ${e.message}${allowed ? ` (${allowed.join(', ')})` : ''}`;
        })
            .join('; ');
        return { problem: `the verdict does not match the verdict schema: ${why}` };
    }
    return { verdict: data };
}
/** Reasons a well-formed verdict still cannot stand as the reviewer wrote it. */
function contradictions(v, ctx) {
    const reasons = [];
    if (!v.evidence.trim())
        reasons.push('the evidence is empty: a verdict must say what the reviewer checked');
    const blocker = v.findings.findIndex(f => f.severity === 'blocker');
    if (v.verdict === 'pass' && blocker >= 0)
        reasons.push(`the verdict is pass, but finding ${blocker + 1} is a blocker`);
    for (const sha of [v.head_sha, ctx.reviewedSha]) {
        if (sha && !ctx.headSha.toLowerCase().startsWith(sha.toLowerCase())) {
            reasons.push(`the verdict is for ${verdict_check_short(sha)}, but the head of the pull request is now ${verdict_check_short(ctx.headSha)}: review the new head`);
            break;
        }
    }
    if (ctx.requireDistinctReviewer) {
        if (!ctx.worker)
            reasons.push("verification.require_distinct_reviewer is on, but the worker's provider is unknown: the pull request has no worker attestation and adapters.worker is not set");
        else if (ctx.worker.provider.trim().toLowerCase() === v.reviewer.provider.trim().toLowerCase())
            reasons.push(`the reviewer's provider ${v.reviewer.provider} is the worker's (${ctx.worker.from}); verification.require_distinct_reviewer asks for another provider`);
    }
    return reasons;
}
function judgeVerdict(file, ctx) {
    const { verdict, problem } = parse(file);
    if (!verdict)
        return { outcome: 'needs-human', reasons: [problem] };
    const reasons = contradictions(verdict, ctx);
    if (reasons.length)
        return { outcome: 'needs-human', reasons, verdict };
    if (verdict.verdict === 'needs-human')
        return { outcome: 'needs-human', reasons: ['the reviewer asked for a human'], verdict };
    return { outcome: verdict.verdict, reasons: [], verdict };
}

// EXTERNAL MODULE: ./src/loop/markers.ts
var markers = __webpack_require__(725);
// EXTERNAL MODULE: ./src/loop/pulls.ts
var pulls = __webpack_require__(6886);
// EXTERNAL MODULE: ./src/github/limits.ts
var limits = __webpack_require__(1679);
// EXTERNAL MODULE: ./src/prompt/sanitize.ts
var sanitize = __webpack_require__(5331);
;// CONCATENATED MODULE: ./src/review/verdict-render.ts
/**
 * What a verdict looks like on GitHub (pure): the `loopreview` check's title, summary and
 * annotations, and the body of the loop's COMMENT review. Findings are the reviewer's words —
 * untrusted text: hidden comments are dropped and @mentions neutralised before they are shown.
 */




/** Reviewer text as the loop shows it: visible, bounded, notifying no one. */
function shown(text, bytes) {
    return (0,markdown/* neutralizeMentions */.tI)((0,sanitize/* sanitizeUntrusted */._2)(text, bytes).text);
}
const LEVEL = {
    blocker: 'failure',
    major: 'failure',
    minor: 'warning',
    info: 'notice'
};
function annotationsOf(findings) {
    return findings.flatMap(f => f.file && f.line
        ? [
            {
                path: f.file,
                line: f.line,
                level: LEVEL[f.severity],
                title: `loopreview: ${f.severity}`,
                message: shown(f.note, 4000)
            }
        ]
        : []);
}
function checkTitle(outcome, verdict) {
    if (outcome === 'needs-human')
        return 'A human must look at this pull request';
    if (outcome === 'pass')
        return 'The independent review passed';
    const count = (s) => verdict?.findings.filter(f => f.severity === s).length;
    return `Changes requested: ${count('blocker')} blocker, ${count('major')} major, ${count('minor')} minor`;
}
function findingsTable(findings) {
    return ((0,markdown/* table */.tp)(['#', 'Severity', 'Where', 'Finding'], findings.map((f, i) => [
        String(i + 1),
        f.severity,
        f.file ? (0,markdown/* cell */.Hn)(`\`${f.file}${f.line ? `:${f.line}` : ''}\``, 200) : '—',
        (0,markdown/* cell */.Hn)(shown(f.note, 4000), 1000)
    ])) || '_No findings._');
}
/** The check summary: the outcome, why, and the findings (GitHub caps a summary at 65,535). */
function checkSummary(v) {
    const r = v.verdict;
    const lines = [
        `**Verdict: ${v.outcome}** on ${v.headSha.slice(0, 7)}${r ? ` · reviewer ${(0,markdown/* cell */.Hn)(shown(r.reviewer.provider, 100))} / ${(0,markdown/* cell */.Hn)(shown(r.reviewer.model, 200))} · spec conformance: ${r.spec_conformance}` : ''}`,
        ''
    ];
    if (v.reasons.length)
        lines.push('Why a human must look:', '', ...v.reasons.map(x => `- ${x}`), '');
    if (r) {
        lines.push('### Findings', '', findingsTable(r.findings), '', '### Evidence', '');
        lines.push(shown(r.evidence, 8192), '');
    }
    lines.push('_Published by Delivery Loop (`mode: verdict`). The loop never approves or merges: a human does._');
    return cutSummary(lines.join('\n'));
}
function cutSummary(text) {
    const cut = (0,limits/* cutChars */.oN)(text, limits/* REVIEW_TEXT_ROOM_CHARS */.zg);
    return cut === text
        ? text
        : `${cut}\n\n[TRUNCATED summary: omitted ${text.length - cut.length} characters]`;
}
/** The loop's one review on the pull request (type COMMENT), updated in place on re-review. */
function reviewBody(v, checkUrl) {
    const head = {
        pass: '✅ The independent review **passed**. A human decides whether to merge.',
        fail: '❌ The independent review **asks for changes**; the loop sends the findings back to the worker.',
        'needs-human': '⚠️ The independent review **needs a human**.'
    }[v.outcome];
    return (0,limits/* cutChars */.oN)([(0,markers/* verdictMarker */.eG)(v.headSha), head, '', checkSummary(v), ...(checkUrl ? ['', checkUrl] : [])].join('\n'), limits/* REVIEW_TEXT_ROOM_CHARS */.zg);
}

;// CONCATENATED MODULE: ./src/review/verdict-plan.ts



const CONCLUSION = { pass: 'success', fail: 'failure', 'needs-human': 'action_required' };
/** The loop's own earlier verdict review on this pull request, if any. */
function ourReview(reviews, trust) {
    return reviews.filter(r => trust.isLoop(r.author) && (0,markers/* verdictMarkerOf */.Rc)(r.body)).at(-1);
}
function planVerdict(input) {
    const { pull, judgement } = input;
    const base = { pull: pull.number, headSha: pull.headSha, judgement };
    if (pull.state !== 'OPEN')
        return {
            ...base,
            skipped: `pull request #${pull.number} is ${pull.state.toLowerCase()}: nothing to publish`,
            operations: []
        };
    const view = { pull: pull.number, headSha: pull.headSha, ...judgement };
    const body = reviewBody(view);
    const existing = ourReview(input.reviews, input.trust);
    return {
        ...base,
        operations: [
            {
                op: 'check',
                fields: {
                    name: pulls/* REVIEW_CHECK */.o,
                    headSha: pull.headSha,
                    conclusion: CONCLUSION[judgement.outcome],
                    title: checkTitle(judgement.outcome, judgement.verdict),
                    summary: checkSummary(view),
                    annotations: annotationsOf(judgement.verdict?.findings ?? []),
                    externalId: (0,markers/* verdictCheckId */.PK)(pull.headSha),
                    ...(input.runUrl ? { detailsUrl: input.runUrl } : {})
                }
            },
            existing
                ? { op: 'update-review', pull: pull.number, reviewId: existing.id, body }
                : { op: 'create-review', pull: pull.number, commitSha: pull.headSha, body }
        ]
    };
}

;// CONCATENATED MODULE: ./src/modes/verdict.ts
/**
 * mode: verdict — publish an independent reviewer's verdict on a pull request (docs/specs/0000-product.md §9): gather
 * (the pull request, the verdict file, the loop's earlier review, the worker's provider) → judge
 * and plan (pure) → apply (one `loopreview` check, one COMMENT review). Every verdict, malformed
 * ones included, is a normal outcome: the step succeeds and the check says what happened.
 */









async function readVerdictFile(file, limit) {
    const stat = await external_node_fs_.promises.stat(file).catch(() => undefined);
    if (!stat?.isFile())
        return { kind: 'missing', path: file };
    if (stat.size > limit)
        return { kind: 'too-big', path: file, bytes: stat.size, limit };
    return { kind: 'bytes', path: file, bytes: await external_node_fs_.promises.readFile(file) };
}
/** The worker's provider: its newest trusted attestation on the pull request, else the config. */
function workerProvider(pull, trust, config) {
    // Which provider did the work: any trusted record says so, whatever its dates.
    const { records } = (0,usage/* trustedRecords */.KP)([{ issue: pull.closes[0] ?? pull.number, pull, comments: [] }], trust);
    const newest = records
        .map(r => r.record)
        .filter(r => r.role === 'worker')
        .sort((a, b) => Date.parse(a.ended_at) - Date.parse(b.ended_at))
        .at(-1);
    if (newest)
        return { provider: newest.provider, from: 'the worker attestation on the pull request' };
    const configured = config.adapters.worker;
    return configured ? { provider: configured, from: 'adapters.worker' } : undefined;
}
function summaryOf(plan, dryRun) {
    const j = plan.judgement;
    return [
        '## Delivery Loop · verdict',
        '',
        plan.skipped
            ? `Nothing published: ${plan.skipped}.`
            : `Verdict on #${plan.pull} at ${plan.headSha.slice(0, 7)}: **${j.outcome}**${dryRun ? ' (dry run: nothing was published)' : ''}.`,
        ...(j.reasons.length ? ['', ...j.reasons.map(r => `- ${r}`)] : []),
        '',
        (0,markdown/* table */.tp)(['Severity', 'Where', 'Finding'], (j.verdict?.findings ?? []).map(f => [
            f.severity,
            f.file ? `\`${(0,markdown/* cell */.Hn)(f.file)}${f.line ? `:${f.line}` : ''}\`` : '—',
            (0,markdown/* cell */.Hn)(f.note)
        ]))
    ].join('\n');
}
async function verdictMode(env) {
    const { inputs, github, context, config } = env;
    if (inputs.pullRequest === undefined)
        throw new errors/* InputError */.dz('pull-request', 'is required for mode verdict (the reviewed pull request)');
    if (!inputs.verdictFile)
        throw new errors/* InputError */.dz('verdict-file', "is required for mode verdict (the reviewer's JSON)");
    const pull = await github.getPull(inputs.pullRequest);
    if (!pull)
        throw new errors/* InputError */.dz('pull-request', `#${inputs.pullRequest} is not a pull request in ${context.repo.owner}/${context.repo.repo}`);
    const trust = await env.trust();
    const file = external_node_path_default().resolve(context.workspace, inputs.verdictFile);
    const judgement = judgeVerdict(await readVerdictFile(file, config.verification.max_verdict_bytes), {
        headSha: pull.headSha,
        ...(inputs.headSha ? { reviewedSha: inputs.headSha } : {}),
        requireDistinctReviewer: config.verification.require_distinct_reviewer,
        ...withWorker(workerProvider(pull, trust, config))
    });
    const plan = planVerdict({
        pull,
        judgement,
        reviews: pull.state === 'OPEN' ? await github.listReviews(pull.number) : [],
        trust,
        runUrl: (0,src_context/* runUrl */.Vp)(context)
    });
    const applied = inputs.dryRun ? {} : await applyVerdict(github, plan);
    const status = plan.skipped ? 'skipped' : inputs.dryRun ? 'planned' : 'published';
    return {
        status,
        outputs: {
            verdict: judgement.outcome,
            reason: judgement.reasons.join('; '),
            'check-run-id': applied.checkRunId ? String(applied.checkRunId) : ''
        },
        report: {
            pull_request: pull.number,
            head_sha: pull.headSha,
            verdict: judgement.outcome,
            reasons: judgement.reasons,
            reviewer: judgement.verdict?.reviewer ?? null,
            findings: judgement.verdict?.findings.length ?? 0,
            skipped: plan.skipped ?? null,
            operations: plan.operations.map(o => o.op),
            check_run_id: applied.checkRunId ?? null,
            review_id: applied.reviewId ?? null
        },
        summary: summaryOf(plan, inputs.dryRun)
    };
}
function withWorker(worker) {
    return worker ? { worker } : {};
}


/***/ }),

/***/ 5331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C9: () => (/* binding */ untrustedBlock),
/* harmony export */   Yd: () => (/* binding */ newNonce),
/* harmony export */   _0: () => (/* binding */ stripInvisible),
/* harmony export */   _2: () => (/* binding */ sanitizeUntrusted),
/* harmony export */   zs: () => (/* binding */ cutMarked)
/* harmony export */ });
/* unused harmony exports UNTRUSTED_LIMIT_BYTES, visibleText */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _github_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1679);
/**
 * Untrusted text (issue and PR text, CI logs, review findings) on its way to an agent: strip what
 * a human reviewer cannot see (HTML comments, zero-width, bidirectional and other format
 * characters, Unicode tag characters, variation selectors), normalise line ends, cap the size
 * (cut on a UTF-8 boundary, with a visible marker), and delimit it with fences the text cannot
 * forge (a fresh random nonce per block).
 */

/**
 * Invisible characters: zero-width and bidi controls (the "Trojan Source" set), the Arabic letter
 * mark U+061C, the BOM, the soft hyphen, Unicode tag characters (U+E0000–E007F, "ASCII smuggling")
 * and variation selectors (U+FE00–FE0F, U+E0100–E01EF).
 */
const INVISIBLE = new RegExp(
// eslint-disable-next-line no-misleading-character-class -- the selectors are listed to strip them
'[\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uFEFF\\u00AD\\u061C\\u180E' +
    '\\u{FE00}-\\u{FE0F}\\u{E0000}-\\u{E007F}\\u{E0100}-\\u{E01EF}]', 'gu');

const UNTRUSTED_LIMIT_BYTES = 16 * 1024;
/** `text` cut to `bytes` with a visible `[TRUNCATED what: omitted N bytes]` line when cut. */
function cutMarked(text, bytes, what) {
    const size = Buffer.byteLength(text, 'utf8');
    if (size <= bytes)
        return text;
    const marker = (n) => `\n[TRUNCATED ${what}: omitted ${n} bytes]`;
    const cut = (0,_github_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .cutUtf8 */ .Ok)(text, bytes - Buffer.byteLength(marker(size)));
    return `${cut}${marker(size - Buffer.byteLength(cut, 'utf8'))}`;
}
/** Invisible characters removed (nothing else). */
function stripInvisible(text) {
    return text.replace(INVISIBLE, '');
}
/**
 * Invisible characters and hidden HTML comments removed, line ends normalised. Invisible
 * characters go first, so none can split a `<!--` that re-forms after the comments are gone.
 */
function visibleText(text) {
    return stripInvisible(text.replace(/\r\n?/g, '\n')).replace(/<!--[\s\S]*?(?:-->|$)/g, '');
}
function sanitizeUntrusted(text, limit = UNTRUSTED_LIMIT_BYTES, what = 'untrusted issue text') {
    const clean = visibleText(text).trim();
    const size = Buffer.byteLength(clean, 'utf8');
    if (size <= limit)
        return { text: clean, omittedBytes: 0 };
    const cut = (0,_github_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .cutUtf8 */ .Ok)(clean, limit);
    const omitted = size - Buffer.byteLength(cut, 'utf8');
    return { text: `${cut}\n[TRUNCATED ${what}: omitted ${omitted} bytes]`, omittedBytes: omitted };
}
/**
 * Untrusted text between BEGIN and END lines that carry a random nonce, so text that contains an
 * END line of its own cannot close the block early: only the line with this nonce does.
 */
function untrustedBlock(kind, text, nonce = newNonce()) {
    // Look-alike delimiters inside are defused too, so none can even seem to close the block.
    const defused = text.replace(/<<<(\s*(?:BEGIN|END) UNTRUSTED)/gi, '<<‹$1');
    return [
        `<<<BEGIN UNTRUSTED ${kind} ${nonce}>>>`,
        defused,
        `<<<END UNTRUSTED ${kind} ${nonce}>>>`
    ].join('\n');
}
function newNonce() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex');
}


/***/ })

};
