export const id = 611;
export const ids = [611];
export const modules = {

/***/ 2781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NQ: () => (/* binding */ patternsOverlap),
/* harmony export */   Qe: () => (/* binding */ declaredOverlap),
/* harmony export */   cW: () => (/* binding */ MAX_DECLARED_PATTERNS),
/* harmony export */   kG: () => (/* binding */ changedOverlap)
/* harmony export */ });
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3581);
/**
 * Which work would collide on the same files (pure), once for tick and `plan`: a slice declares
 * the paths it will touch with `(files: src/api/**, docs/api.md)`; an in-flight pull request
 * shows the paths it changed. Two declared patterns overlap when one could name a file the other
 * names — judged conservatively by their literal prefixes, since waiting costs a tick and a
 * collision costs a rebase.
 */

/** The part of a pattern before its first glob character. */
function literalPrefix(pattern) {
    const at = pattern.search(/[*?[{]/);
    return at === -1 ? pattern : pattern.slice(0, at);
}
function isGlob(pattern) {
    return /[*?[{]/.test(pattern);
}
/** Two declared patterns could name the same file. */
function patternsOverlap(a, b) {
    if (a === b)
        return true;
    if (!isGlob(a) && !isGlob(b))
        return a === b;
    if (!isGlob(a))
        return (0,minimatch__WEBPACK_IMPORTED_MODULE_0__/* .minimatch */ .xF)(a, b, { dot: true });
    if (!isGlob(b))
        return (0,minimatch__WEBPACK_IMPORTED_MODULE_0__/* .minimatch */ .xF)(b, a, { dot: true });
    const pa = literalPrefix(a);
    const pb = literalPrefix(b);
    return pa.startsWith(pb) || pb.startsWith(pa);
}
/**
 * More declared patterns than this on one slice is not a plan of the files it touches: such a
 * slice is judged as touching anything (compile warns), which also keeps every check here
 * bounded — a pair of lists costs at most this many × the other list.
 */
const MAX_DECLARED_PATTERNS = 64;
/** The first declared pattern of `mine` that overlaps one of `theirs`, or undefined. */
function declaredOverlap(mine, theirs) {
    if (!mine.length || !theirs.length)
        return undefined;
    if (mine.length > MAX_DECLARED_PATTERNS || theirs.length > MAX_DECLARED_PATTERNS)
        return mine[0];
    const literals = new Set(theirs.filter(t => !isGlob(t)));
    const globs = theirs.filter(isGlob);
    return mine.find(m => isGlob(m)
        ? theirs.some(t => patternsOverlap(m, t))
        : literals.has(m) || globs.some(t => patternsOverlap(m, t)));
}
/**
 * The first declared pattern of `mine` a pull request's changed paths fall under. A pull request
 * that changes more paths than GitHub listed may touch anything: the first pattern, then. Each
 * pattern is compiled once; a literal one is a set look-up.
 */
function changedOverlap(mine, changed) {
    if (!mine.length)
        return undefined;
    if (!changed.complete || mine.length > MAX_DECLARED_PATTERNS)
        return mine[0];
    const paths = new Set(changed.paths);
    return mine.find(m => {
        if (paths.has(m))
            return true;
        if (!isGlob(m))
            return false;
        const matcher = new minimatch__WEBPACK_IMPORTED_MODULE_0__/* .Minimatch */ .VR(m, { dot: true });
        const prefix = literalPrefix(m);
        return changed.paths.some(p => p.startsWith(prefix) && matcher.match(p));
    });
}


/***/ }),

/***/ 2615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ compileRoadmap)
});

;// CONCATENATED MODULE: ./src/graph/dag.ts
/**
 * The dependency graph: a stable topological order (blockers first, otherwise document order)
 * and cycle paths for error messages. Pure; nodes are strings, edges point blocker → dependent.
 */
/**
 * Kahn's algorithm with a min-heap on document position, so independent nodes keep the order
 * they were written in. `blockersOf(n)` lists the nodes n depends on (unknown ones are ignored).
 */
function topologicalOrder(nodes, blockersOf) {
    const position = new Map(nodes.map((n, i) => [n, i]));
    const indegree = new Map();
    const dependents = new Map();
    for (const n of nodes) {
        const blockers = [...new Set(blockersOf(n))].filter(b => position.has(b));
        indegree.set(n, blockers.length);
        for (const b of blockers) {
            let list = dependents.get(b);
            if (!list)
                dependents.set(b, (list = []));
            list.push(n);
        }
    }
    const heap = new MinHeap((a, b) => position.get(a) - position.get(b));
    for (const n of nodes)
        if (indegree.get(n) === 0)
            heap.push(n);
    const order = [];
    while (heap.size) {
        const n = heap.pop();
        order.push(n);
        for (const d of dependents.get(n) ?? []) {
            const left = indegree.get(d) - 1;
            indegree.set(d, left);
            if (left === 0)
                heap.push(d);
        }
    }
    if (order.length === nodes.length)
        return { order };
    const remaining = new Set(nodes.filter(n => indegree.get(n) > 0));
    return {
        order,
        cycle: findCycle(nodes.filter(n => remaining.has(n)), blockersOf, remaining)
    };
}
/** A cycle among `candidates`, as dependent → blocker → … → the first node again. */
function findCycle(candidates, blockersOf, within) {
    const state = new Map();
    const stack = [];
    const visit = (n) => {
        state.set(n, 'open');
        stack.push(n);
        for (const b of blockersOf(n)) {
            if (!within.has(b))
                continue;
            if (state.get(b) === 'open')
                return [...stack.slice(stack.indexOf(b)), b];
            if (!state.has(b)) {
                const found = visit(b);
                if (found)
                    return found;
            }
        }
        stack.pop();
        state.set(n, 'done');
        return undefined;
    };
    for (const n of candidates) {
        if (state.has(n))
            continue;
        const found = visit(n);
        if (found)
            return found;
    }
    return undefined;
}
class MinHeap {
    less;
    items = [];
    constructor(less) {
        this.less = less;
    }
    get size() {
        return this.items.length;
    }
    push(item) {
        const a = this.items;
        a.push(item);
        let i = a.length - 1;
        while (i > 0) {
            const p = (i - 1) >> 1;
            if (this.less(a[i], a[p]) >= 0)
                break;
            [a[i], a[p]] = [a[p], a[i]];
            i = p;
        }
    }
    pop() {
        const a = this.items;
        if (!a.length)
            return undefined;
        const top = a[0];
        const last = a.pop();
        if (a.length) {
            a[0] = last;
            let i = 0;
            for (;;) {
                const l = 2 * i + 1;
                const r = l + 1;
                let m = i;
                if (l < a.length && this.less(a[l], a[m]) < 0)
                    m = l;
                if (r < a.length && this.less(a[r], a[m]) < 0)
                    m = r;
                if (m === i)
                    break;
                [a[i], a[m]] = [a[m], a[i]];
                i = m;
            }
        }
        return top;
    }
}

// EXTERNAL MODULE: ./src/suggest.ts
var suggest = __webpack_require__(2969);
;// CONCATENATED MODULE: ./src/roadmap/heading-warnings.ts
const headingText = (text, node) => text.slice(node.position.start.offset, node.position.end.offset).trim().slice(0, 120);
/** Each level-3+ heading in a unit's body that has slices under it (before the next heading). */
function sectionHeadingWarnings(text, file, unitTitle, body, sliceLines) {
    const headings = body.filter((n) => n.type === 'heading' && n.depth >= 3);
    return headings.flatMap((h, k) => {
        const from = h.position.start.line;
        const to = k + 1 < headings.length ? headings[k + 1].position.start.line : Infinity;
        const under = sliceLines.filter(l => l > from && l < to).length;
        if (!under)
            return [];
        return [
            {
                file,
                line: from,
                message: `"${headingText(text, h)}" is not a unit (units are \`## \` headings): its ${under} slice(s) belong to unit "${unitTitle.slice(0, 120)}" (its code slices wait for that unit's doc slices); write \`## ${headingText(text, h)
                    .replace(/^#+\s*/, '')
                    .replace(/\s*#+$/, '')}\` to make it a unit of its own, or leave it as a section of "${unitTitle.slice(0, 120)}"`
            }
        ];
    });
}
/** The roadmap has no unit: say so, and point at a heading that was probably meant as one. */
function noUnitWarning(text, file, top) {
    // A level-1 heading is usually the document's title; a deeper one, a unit written too deep.
    const near = top.find((n) => n.type === 'heading' && n.depth >= 3);
    return {
        file,
        line: near?.position?.start.line ?? 1,
        message: `no \`## \` unit heading: the roadmap defines no work and compile creates no issue (units are level-2 headings)${near ? `; "${headingText(text, near)}" is a level-${near.depth} heading — write it as \`## …\` if it is a unit` : ''}`
    };
}

// EXTERNAL MODULE: ./node_modules/mdast-util-to-string/lib/index.js
var lib = __webpack_require__(1869);
// EXTERNAL MODULE: ./node_modules/remark-parse/lib/index.js + 52 modules
var remark_parse_lib = __webpack_require__(3029);
;// CONCATENATED MODULE: ./src/roadmap/bounds.ts
/** Bytes of roadmap text (a 50,000-slice roadmap is about 4 MiB). */
const MAX_ROADMAP_BYTES = 8 * 1024 * 1024;
/** Container levels one line may open: list markers and `>` on it, plus its indentation / 2. */
const MAX_NESTING = 32;
const LEADING_CONTAINERS = /^(?:[ \t]*(?:[-*+]|\d{1,9}[.)]|>)(?=[ \t]|$)[ \t]*)+/;
const CONTAINER = /(?:[-*+]|\d{1,9}[.)]|>)(?=[ \t]|$)/g;
/** Columns of leading whitespace (a tab advances to the next multiple of 4, as in CommonMark). */
function indentOf(line) {
    let col = 0;
    for (const ch of line) {
        if (ch === ' ')
            col++;
        else if (ch === '\t')
            col += 4 - (col % 4);
        else
            break;
    }
    return col;
}
/** How many container levels a line opens or sits in, as far as its own text shows. */
function nestingOf(line) {
    const lead = LEADING_CONTAINERS.exec(line)?.[0] ?? '';
    return (lead.match(CONTAINER)?.length ?? 0) + Math.floor(indentOf(line) / 2);
}
/** The bounds a roadmap breaks, each with its line; empty when it may be parsed. */
function roadmapBounds(text, file) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_ROADMAP_BYTES)
        return [
            {
                file,
                line: 1,
                message: `the roadmap is ${bytes} bytes, over the limit of ${MAX_ROADMAP_BYTES}: split it or move detail into linked documents`
            }
        ];
    let line = 0;
    for (let at = 0; at <= text.length; line++) {
        const end = text.indexOf('\n', at);
        const stop = end === -1 ? text.length : end;
        // Only the line's start matters: look at no more of it than the deepest allowed prefix.
        const depth = nestingOf(text.slice(at, Math.min(stop, at + 8 * MAX_NESTING + 64)));
        if (depth > MAX_NESTING)
            return [
                {
                    file,
                    line: line + 1,
                    message: `this line nests more than ${MAX_NESTING} levels deep (lists, quotes and indentation): flatten it`
                }
            ];
        if (end === -1)
            break;
        at = end + 1;
    }
    return [];
}

// EXTERNAL MODULE: ./node_modules/unified/lib/index.js + 8 modules
var unified_lib = __webpack_require__(9337);
// EXTERNAL MODULE: ./src/loop/markers.ts
var markers = __webpack_require__(725);
// EXTERNAL MODULE: ./src/loop/collisions.ts
var collisions = __webpack_require__(2781);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/roadmap/ids.ts
/**
 * Hidden unit-id markers: `<!-- lc:u=<id> -->`. Ids are loopcoder's, byte for byte, so a
 * repository managed by loopcoder keeps its issues when it switches to this action.
 */

/** One-shot `hash` (Node ≥ 20.12): a third of `createHash`'s cost, 10,000 times per big roadmap. */
function sha1Id(seed) {
    return `lc-${(0,external_node_crypto_.hash)('sha1', seed, 'hex').slice(0, 12)}`;
}
/**
 * The id for `seed`, retried with `:2`, `:3`, … while it collides with an id in use.
 * Adds the chosen id to `inUse`.
 */
function allocateId(seed, inUse) {
    let id = sha1Id(seed);
    for (let n = 2; inUse.has(id); n++)
        id = sha1Id(`${seed}:${n}`);
    inUse.add(id);
    return id;
}
function unitSeed(order, title) {
    return `unit:${order}:${title}`;
}
function sliceSeed(unitId, order, kind, text) {
    return `slice:${unitId}:${order}:${kind}:${text}`;
}
/** Unit slug: lower-cased, every run outside [a-z0-9] collapsed to `-`, trimmed; `unit` if empty. */
function unitSlug(title) {
    const slug = title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    return slug || 'unit';
}

;// CONCATENATED MODULE: ./src/roadmap/allocate.ts

/** The slice an epic without slices gets (loopcoder's words). */
const EPIC_FALLBACK = (title) => `Decompose ${title} into implementable, testable slices`;
/** Every marker written in the file, in use before any id is generated; duplicates refused. */
function markersInUse(raws, file, diagnostics) {
    const inUse = new Set();
    const seenMarker = new Map();
    const noteMarker = (id, line) => {
        const first = seenMarker.get(id);
        if (first !== undefined) {
            diagnostics.push({
                file,
                line,
                message: `duplicate marker lc:u=${id} (first used on line ${first})`
            });
        }
        else {
            seenMarker.set(id, line);
        }
        inUse.add(id);
    };
    for (const u of raws) {
        if (u.marker)
            noteMarker(u.marker, u.line);
        for (const s of u.slices)
            if (s.marker)
                noteMarker(s.marker, s.line);
    }
    return inUse;
}
/** Ids and refs across the whole roadmap, in one pass (a ref seen twice is an error). */
class Allocation {
    file;
    units = [];
    slices = [];
    diagnostics = [];
    refs = new Map();
    inUse;
    order = 0;
    constructor(raws, file) {
        this.file = file;
        this.inUse = markersInUse(raws, file, this.diagnostics);
        for (const raw of raws)
            this.unit(raw);
    }
    unit(raw) {
        this.order++;
        const unitId = raw.marker ?? allocateId(unitSeed(this.order, raw.title), this.inUse);
        const unit = {
            id: unitId,
            marked: raw.marker !== undefined,
            title: raw.title,
            plainTitle: raw.plainTitle,
            slug: unitSlug(raw.title),
            epic: raw.epic,
            line: raw.line,
            markerOffset: raw.markerOffset,
            intent: raw.intent,
            slices: []
        };
        const counters = { doc: 0, code: 0 };
        for (const s of raw.slices) {
            this.order++;
            const id = s.marker ?? allocateId(sliceSeed(unitId, this.order, s.kind, s.text), this.inUse);
            this.slice(unit, counters, s, id, false);
        }
        if (raw.epic && raw.slices.length === 0) {
            // Beyond loopcoder: seeded by the unit id alone (order 0), so the fallback keeps its id
            // when units are added above it — it has no line of its own to carry a marker.
            const text = EPIC_FALLBACK(raw.title);
            const id = allocateId(sliceSeed(unitId, 0, 'doc', text), this.inUse);
            const fallback = {
                kind: 'doc',
                text,
                plain: EPIC_FALLBACK(raw.plainTitle),
                line: raw.line,
                markerOffset: -1
            };
            this.slice(unit, counters, fallback, id, true);
        }
        this.units.push(unit);
    }
    slice(unit, counters, s, id, synthetic) {
        counters[s.kind]++;
        const ref = `${unit.slug}/${s.kind}-${counters[s.kind]}`;
        const first = this.refs.get(ref);
        if (first !== undefined) {
            this.diagnostics.push({
                file: this.file,
                line: s.line,
                message: `duplicate ref ${ref} (first on line ${first}); rename one of the units`
            });
        }
        else {
            this.refs.set(ref, s.line);
        }
        const slice = {
            id,
            marked: s.marker !== undefined,
            kind: s.kind,
            text: s.text,
            plain: s.plain,
            ref,
            unitId: unit.id,
            line: s.line,
            markerOffset: s.markerOffset,
            ...(s.needs ? { needs: s.needs } : {}),
            ...(s.files ? { files: s.files } : {}),
            synthetic,
            index: this.slices.length
        };
        unit.slices.push(slice);
        this.slices.push(slice);
    }
}
/** Assign ids (markers kept verbatim, missing ones derived), refs and the epic fallback. */
function allocate(raws, file) {
    const { units, slices, diagnostics } = new Allocation(raws, file);
    return { units, slices, diagnostics };
}

;// CONCATENATED MODULE: ./src/roadmap/parse.ts
/**
 * ROADMAP.md → units and slices (docs/specs/0000-product.md §2), with exact lines and the offsets where missing markers
 * go. remark finds the structure (headings, list items, fenced code); the texts that feed ids are
 * taken from the source lines themselves, so inline Markdown stays exactly as written.
 */








/**
 * Structure only needs CommonMark: GFM adds inline marks and tables, which never change which
 * lines are unit headings or slices (task-list checkboxes are stripped by a regex below), and
 * parsing without it is a third faster on big roadmaps.
 */
const processor = (0,unified_lib/* unified */.l)().use(remark_parse_lib/* default */.A);
/**
 * Split the text before every column-0 `## ` line outside fenced code and HTML comment or raw
 * blocks. Such a line is a root-level heading in the whole document too, so parsing the chunks
 * one by one gives the same tree — and keeps parse time linear: remark slows down
 * super-linearly on one huge document (7 s instead of 0.8 s for 10,000 slices).
 */
function chunkStarts(text, starts) {
    const chunks = [0];
    let fence;
    let rawEnd;
    for (let l = 0; l < starts.length; l++) {
        const lineEnd = l + 1 < starts.length ? starts[l + 1] - 1 : text.length;
        const line = text.slice(starts[l], lineEnd);
        if (fence) {
            const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
            if (close && close[1][0] === fence.char && close[1].length >= fence.length)
                fence = undefined;
            continue;
        }
        if (rawEnd) {
            if (rawEnd.test(line))
                rawEnd = undefined;
            continue;
        }
        const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
        if (open) {
            fence = { char: open[1][0], length: open[1].length };
            continue;
        }
        if (/^ {0,3}<!--/.test(line)) {
            if (!/-->/.test(line.slice(line.indexOf('<!--') + 4)))
                rawEnd = /-->/;
            continue;
        }
        const raw = /^ {0,3}<(script|pre|style|textarea)(?:\s|>|$)/i.exec(line);
        if (raw) {
            const end = new RegExp(`</${raw[1]}>`, 'i');
            if (!end.test(line))
                rawEnd = end;
            continue;
        }
        // A column-0 bullet item with text starts a new top-level item in the whole document too
        // (it interrupts a paragraph and ends any item above it): parsing one long list item by item
        // keeps time linear (one unit of 2,500 items with sub-bullets took 6.6 s parsed whole).
        if (l > 0 && (/^##(?:[ \t]|\r?$)/.test(line) || /^[-*+][ \t]+\S/.test(line)))
            chunks.push(l);
    }
    return chunks;
}
/** Shift every position in a chunk's tree to document coordinates. */
function shift(node, lines, offset) {
    const p = node.position;
    if (p) {
        p.start.line += lines;
        p.end.line += lines;
        if (p.start.offset !== undefined)
            p.start.offset += offset;
        if (p.end.offset !== undefined)
            p.end.offset += offset;
    }
    if ('children' in node)
        for (const child of node.children)
            shift(child, lines, offset);
}
function parseTopLevel(text, starts) {
    const lines = chunkStarts(text, starts);
    const top = [];
    for (let i = 0; i < lines.length; i++) {
        const from = starts[lines[i]];
        const to = i + 1 < lines.length ? starts[lines[i + 1]] : text.length;
        const tree = processor.parse(text.slice(from, to));
        shift(tree, lines[i], from);
        top.push(...tree.children);
    }
    return top;
}
/**
 * Plain text of the inline nodes on one line (for titles: GitHub shows titles raw), from the
 * parsed tree so that no second parse is needed. HTML (the marker) is dropped.
 */
function plainLine(children, line) {
    let out = '';
    for (const child of children) {
        if (!child.position || child.position.start.line !== line)
            continue;
        if (child.type === 'html')
            continue;
        out += (0,lib/* toString */.d)(child).split('\n')[0];
    }
    return out;
}
const SLICE_PREFIX = /^(doc|code):/;
/** A list item that looks like a slice but is not one: `docs:`, `Code:`, `code :`, `fix:`… */
const NEAR_SLICE = /^(docs?|code|fix|feat|feature|test|tests|chore|task|spec)\s*:/i;
/** What is left of a marker the trailing-marker rule did not take: malformed, or mid-line. */
function nearMissHint(word) {
    return /^docs?$/i.test(word) || /^spec$/i.test(word) ? 'doc:' : 'code:';
}
/**
 * A trailing `(<keyword>: …)` clause — `(needs: a, b)`, or `(files: src/api/**, docs/api.md)`,
 * the paths a slice will touch (waves stay file-disjoint) — found from the line's end in one
 * pass: the clause holds no `)` but its last, so it starts at the first `(<keyword>:` after the
 * line's previous `)`. What is before it is returned without its trailing whitespace.
 */
function trailingClause(text, keyword) {
    const trimmed = text.trimEnd();
    if (!trimmed.endsWith(')'))
        return undefined;
    const from = trimmed.lastIndexOf(')', trimmed.length - 2) + 1;
    const at = trimmed.slice(from, -1).toLowerCase().indexOf(`(${keyword}:`);
    if (at < 0)
        return undefined;
    const start = from + at;
    return {
        inner: trimmed.slice(start + keyword.length + 2, -1).trim(),
        before: trimmed.slice(0, start).trimEnd()
    };
}
/**
 * The paths of a `(files: …)` clause: split on the commas outside braces, so a brace glob
 * (`src/{api,cli}/**`) stays one pattern. One pass.
 */
function splitPaths(inner) {
    const out = [];
    let depth = 0;
    let from = 0;
    for (let i = 0; i <= inner.length; i++) {
        const c = inner[i];
        if (c === '{')
            depth++;
        else if (c === '}')
            depth = Math.max(0, depth - 1);
        else if (i === inner.length || (c === ',' && depth === 0)) {
            out.push(inner.slice(from, i));
            from = i + 1;
        }
    }
    return out.map(p => p.trim().replace(/^\.\//, '')).filter(Boolean);
}
/** An ATX heading's optional closing sequence (` ##`) cut, as `\s+#+\s*$` would, in one pass. */
function withoutClosingHashes(text) {
    const trimmed = text.trimEnd();
    let i = trimmed.length;
    while (i > 0 && trimmed[i - 1] === '#')
        i--;
    if (i === trimmed.length || i === 0 || trimmed[i - 1].trim() !== '')
        return text;
    return trimmed.slice(0, i).trimEnd();
}
/** The trailing `(needs: …)` and `(files: …)` clauses of a slice, in either order, taken off. */
function trailingClauses(content) {
    let rest = content;
    let needs;
    let files;
    for (;;) {
        const n = needs === undefined ? trailingClause(rest, 'needs') : undefined;
        if (n) {
            needs = parseNeeds(n.inner);
            rest = n.before;
            continue;
        }
        const f = files === undefined ? trailingClause(rest, 'files') : undefined;
        if (f) {
            files = splitPaths(f.inner);
            rest = f.before;
            continue;
        }
        return { content: rest, ...(needs ? { needs } : {}), ...(files ? { files } : {}) };
    }
}
const EPIC = /^\[epic\]\s*/i;
/** Start offset of every line, for line ↔ offset arithmetic without re-scanning. */
function lineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
function lineAt(text, starts, line) {
    const start = starts[line - 1];
    let end = line < starts.length ? starts[line] - 1 : text.length;
    if (end > start && text[end - 1] === '\r')
        end--;
    return { text: text.slice(start, end), start, end };
}
/** Where a missing marker goes: after the line's content, before trailing whitespace. */
function markerInsertOffset(line) {
    return line.start + line.text.trimEnd().length;
}
function isAtxLevel2(node, text) {
    if (node.type !== 'heading' || node.depth !== 2)
        return false;
    return /^ {0,3}##(?:\s|$)/.test(text.slice(node.position.start.offset, node.position.end.offset));
}
/** Every list item under `node`, in document order (nested lists included). */
function* listItems(node) {
    if (node.type === 'code')
        return;
    if (node.type === 'listItem')
        yield node;
    if ('children' in node)
        for (const child of node.children)
            yield* listItems(child);
}
function codeLines(node, into) {
    if (node.type === 'code' && node.position) {
        for (let l = node.position.start.line; l <= node.position.end.line; l++)
            into.add(l);
        return;
    }
    if ('children' in node)
        for (const child of node.children)
            codeLines(child, into);
}
function parseNeeds(value) {
    const parts = value
        .split(/[,;]/)
        .map(s => s.trim())
        .filter(Boolean);
    if (parts.length === 1 && (parts[0].toLowerCase() === 'none' || parts[0] === '[]'))
        return [];
    return parts;
}
function strayMarker(w, rest, line, what) {
    if (markers/* STRAY_UNIT_MARKER */.Kg.test(rest))
        w.errors.push({
            file: w.file,
            line,
            message: `malformed or misplaced lc:u marker in ${what}: a marker is \`<!-- lc:u=<id> -->\` at the end of the line, and ids use only letters, digits and . _ : -`
        });
}
/** A list item as a slice (its first line), a near miss as a warning, anything else nothing. */
function sliceOf(w, item, skip) {
    const { text, starts, file } = w;
    const first = item.children[0];
    if (!first || first.type !== 'paragraph' || !first.position)
        return undefined;
    const line = lineAt(text, starts, first.position.start.line);
    let content = text.slice(first.position.start.offset, line.end).replace(/^\[[ xX]\]\s+/, '');
    const prefix = SLICE_PREFIX.exec(content);
    if (!prefix) {
        const near = NEAR_SLICE.exec(content);
        if (near)
            w.warnings.push({
                file,
                line: first.position.start.line,
                message: `"${content.slice(0, near[0].length)}" looks like a slice but is not one (slices start with \`doc:\` or \`code:\`, lower case, no space before the colon): did you mean \`${nearMissHint(near[1])}\`?`
            });
        return undefined;
    }
    content = content.slice(prefix[0].length);
    const m = (0,markers/* trailingUnitMarker */.hK)(content);
    if (m)
        content = content.slice(0, m.index);
    strayMarker(w, content, first.position.start.line, 'this slice');
    continuation(text, starts, first, w.warnings, file);
    const clauses = trailingClauses(content);
    if (clauses.files && clauses.files.length > collisions/* MAX_DECLARED_PATTERNS */.cW)
        w.warnings.push({
            file,
            line: first.position.start.line,
            message: `this slice declares ${clauses.files.length} paths in (files: …): more than ${collisions/* MAX_DECLARED_PATTERNS */.cW} are judged as touching any file, so it never shares a wave; declare the folders instead (src/api/**)`
        });
    skip.add(first.position.start.line);
    const plainText = trailingClauses(plainLine(first.children, first.position.start.line)
        .replace(/^\[[ xX]\]\s+/, '')
        .replace(SLICE_PREFIX, ''))
        .content.replace(/\s+/g, ' ')
        .trim();
    return {
        kind: prefix[1],
        text: clauses.content.trim(),
        plain: plainText,
        ...(clauses.needs ? { needs: clauses.needs } : {}),
        ...(clauses.files ? { files: clauses.files } : {}),
        ...(m ? { marker: m.id } : {}),
        line: first.position.start.line,
        markerOffset: markerInsertOffset(line)
    };
}
/** A unit's heading: its title (the marker and closing hashes cut), plain title, epic flag. */
function headingOf(w, node) {
    const headingLine = lineAt(w.text, w.starts, node.position.start.line);
    let raw = headingLine.text.replace(/^ {0,3}##\s*/, '');
    const marker = (0,markers/* trailingUnitMarker */.hK)(raw);
    if (marker)
        raw = raw.slice(0, marker.index);
    raw = withoutClosingHashes(raw).trim();
    strayMarker(w, raw, node.position.start.line, 'this unit heading');
    const epic = EPIC.test(raw);
    const title = epic ? raw.replace(EPIC, '').trim() : raw;
    let plain = withoutClosingHashes(plainLine(node.children, node.position.start.line))
        .replace(/\s+/g, ' ')
        .trim();
    if (epic)
        plain = plain.replace(EPIC, '').trim();
    return { headingLine, marker, epic, title, plain };
}
/** The unit whose heading is `top[i]`: it runs to the next level-2 heading. */
function unitAt(w, top, i) {
    const { text, starts } = w;
    const node = top[i];
    const heading = headingOf(w, node);
    let j = i + 1;
    while (j < top.length && !isAtxLevel2(top[j], text))
        j++;
    const lastLine = j < top.length ? top[j].position.start.line - 1 : starts.length;
    const body = top.slice(i + 1, j);
    const skip = new Set();
    for (const child of body)
        codeLines(child, skip);
    const slices = body.flatMap(child => [...listItems(child)].flatMap(item => sliceOf(w, item, skip) ?? []));
    // The intent: every line of the unit that is not a slice or code, markers removed.
    const intentLines = [];
    for (let l = node.position.start.line + 1; l <= lastLine; l++) {
        if (skip.has(l))
            continue;
        intentLines.push(lineAt(text, starts, l).text.replace(markers/* ANY_UNIT_MARKER */.Z$, '').trimEnd());
    }
    w.warnings.push(...sectionHeadingWarnings(text, w.file, heading.title, body, slices.map(s => s.line)));
    if (!slices.length && !heading.epic)
        w.warnings.push({
            file: w.file,
            line: node.position.start.line,
            message: `unit "${heading.title.slice(0, 200)}" has no slices, so compile creates nothing for it: add \`- doc:\` or \`- code:\` items, or mark it \`[epic]\``
        });
    return {
        title: heading.title,
        plainTitle: heading.plain || heading.title,
        epic: heading.epic,
        ...(heading.marker ? { marker: heading.marker.id } : {}),
        line: node.position.start.line,
        markerOffset: markerInsertOffset(heading.headingLine),
        intent: intentLines.join('\n').replace(/^\n+|\n+$/g, ''),
        slices
    };
}
/** Parse roadmap text. Structural problems become diagnostics; ids are allocated here. */
function parseRoadmap(text, file = 'ROADMAP.md') {
    const bounds = roadmapBounds(text, file);
    if (bounds.length)
        return { units: [], slices: [], diagnostics: bounds, warnings: [] };
    const w = { text, starts: lineStarts(text), file, errors: [], warnings: [] };
    const top = parseTopLevel(text, w.starts);
    const raws = top.flatMap((node, i) => (isAtxLevel2(node, text) ? [unitAt(w, top, i)] : []));
    if (!raws.length && text.trim())
        w.warnings.push(noUnitWarning(text, file, top));
    const allocated = allocate(raws, file);
    return {
        ...allocated,
        diagnostics: [...w.errors, ...allocated.diagnostics],
        warnings: w.warnings
    };
}
/**
 * A slice is its first line (loopcoder's rule); a paragraph that wraps onto more lines is a
 * likely mistake, and a `(needs: …)` on a continuation line is silently not a dependency.
 */
function continuation(text, starts, first, warnings, file) {
    const { start, end } = first.position;
    if (end.line <= start.line)
        return;
    warnings.push({
        file,
        line: start.line,
        message: `this slice continues on line ${start.line + 1}: only its first line is the slice (the rest goes to the unit's intent); join the lines if they belong together`
    });
    for (let l = start.line + 1; l <= end.line; l++)
        if (/\(needs:/i.test(lineAt(text, starts, l).text))
            warnings.push({
                file,
                line: l,
                message: `a (needs: …) on line ${l}, a continuation of the slice on line ${start.line}, is ignored: put it at the end of the slice's first line`
            });
}

;// CONCATENATED MODULE: ./src/roadmap/compile-roadmap.ts



function compileRoadmap(text, file = 'ROADMAP.md') {
    const parsed = parseRoadmap(text, file);
    const diagnostics = [...parsed.diagnostics];
    const warnings = [...parsed.warnings];
    const byId = new Map(parsed.slices.map(s => [s.id, s]));
    const unitSlices = new Map(parsed.units.map(u => [u.id, u.slices]));
    const byRef = new Map();
    for (const s of parsed.slices)
        if (!byRef.has(s.ref))
            byRef.set(s.ref, s);
    // What a `(needs: …)` may name, for "did you mean" on an unknown one.
    const knownReferences = [...byRef.keys(), ...unitSlices.keys()];
    const unitOf = new Map(parsed.units.map(u => [u.id, u]));
    const blockers = new Map();
    for (const slice of parsed.slices) {
        const unit = unitOf.get(slice.unitId);
        const found = [];
        const add = (b) => {
            const same = found.some(f => f.type === 'slice' && b.type === 'slice'
                ? f.id === b.id
                : f.type === 'issue' && b.type === 'issue' && f.number === b.number);
            if (!same)
                found.push(b);
        };
        if (slice.needs === undefined) {
            // Loopcoder's default: a code slice waits for every doc slice of its unit.
            if (slice.kind === 'code')
                for (const d of unit.slices)
                    if (d.kind === 'doc')
                        add({ type: 'slice', id: d.id });
        }
        else {
            for (const reference of slice.needs) {
                const resolved = resolve(reference);
                if (!resolved.length) {
                    diagnostics.push({
                        file,
                        line: slice.line,
                        message: `unknown reference "${reference}" in ${slice.ref}${(0,suggest/* didYouMean */.a)(reference, knownReferences)}`
                    });
                }
                for (const b of resolved) {
                    if (b.type === 'slice' && b.id === slice.id) {
                        diagnostics.push({
                            file,
                            line: slice.line,
                            message: `${slice.ref} depends on itself ("${reference}")`
                        });
                    }
                    else {
                        add(b);
                    }
                }
            }
        }
        blockers.set(slice.id, found);
        warnings.push(...droppedDefault(slice, unit.slices, found, file));
        function resolve(reference) {
            if (byId.has(reference))
                return [{ type: 'slice', id: reference }];
            const unitMembers = unitSlices.get(reference);
            if (unitMembers)
                return unitMembers.map(s => ({ type: 'slice', id: s.id }));
            const lower = reference.toLowerCase();
            const full = byRef.get(lower);
            if (full)
                return [{ type: 'slice', id: full.id }];
            const short = /^(doc|code)-\d+$/.test(lower) ? byRef.get(`${unit.slug}/${lower}`) : undefined;
            if (short)
                return [{ type: 'slice', id: short.id }];
            const issue = /^#(\d+)$/.exec(reference);
            if (issue && Number(issue[1]) > 0)
                return [{ type: 'issue', number: Number(issue[1]) }];
            return [];
        }
    }
    const ids = parsed.slices.map(s => s.id);
    const sliceBlockers = (id) => (blockers.get(id) ?? []).flatMap(b => (b.type === 'slice' ? [b.id] : []));
    const { order, cycle } = topologicalOrder(ids, sliceBlockers);
    if (cycle) {
        const path = cycle.map(id => byId.get(id).ref).join(' → ');
        diagnostics.push({ file, line: byId.get(cycle[0]).line, message: `dependency cycle: ${path}` });
    }
    diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return {
        roadmap: { file, units: parsed.units, slices: parsed.slices, blockers },
        order: cycle ? ids : order,
        diagnostics,
        warnings: warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
    };
}
/**
 * A code slice whose `(needs: …)` names only other work no longer waits for its own unit's doc
 * slices (the list replaces the default, as in loopcoder). Usually meant as "these too": say so,
 * with the references to add. An explicit `none` is a choice and says nothing.
 */
function droppedDefault(slice, unitSlices, found, file) {
    if (slice.kind !== 'code' || !slice.needs?.length)
        return [];
    const docs = unitSlices.filter(s => s.kind === 'doc');
    const kept = (d) => found.some(b => b.type === 'slice' && b.id === d.id);
    const missing = docs.filter(d => !kept(d));
    if (!docs.length || missing.length < docs.length)
        return [];
    const refs = missing.map(d => d.ref.split('/').pop());
    const message = `${slice.ref}: (needs: ${slice.needs.join(', ')}) replaces the default dependency on its unit's doc slice(s) ${refs.join(', ')}, so it may start before they are done; to wait for them too, write (needs: ${[...slice.needs, ...refs].join(', ')})`;
    return [{ file, line: slice.line, message }];
}


/***/ }),

/***/ 7757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ roadmapText)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * A roadmap file's bytes as text, before anything parses it: a UTF-8 byte-order mark is dropped
 * (editors on Windows add one; the first heading must still be a heading), and a file that is not
 * UTF-8 text — binary junk, NUL bytes, another encoding — is refused with a clear error, so a broken
 * file can never read as "an empty roadmap" whose plan closes every issue.
 */

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
function roadmapText(bytes, file) {
    const body = bytes.subarray(0, 3).equals(BOM) ? bytes.subarray(3) : bytes;
    const refuse = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${file} is not a Markdown roadmap: ${why}`, [
        { file, message: `${why}; nothing was written` }
    ]);
    const nul = body.indexOf(0);
    if (nul !== -1)
        throw refuse(`it contains a NUL byte at offset ${nul} (binary data)`);
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(body);
    }
    catch {
        throw refuse('it is not valid UTF-8 text');
    }
}


/***/ })

};
