export const id = 119;
export const ids = [119];
export const modules = {

/***/ 8695:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



module.exports = cliWidth;

function normalizeOpts(options) {
  const defaultOpts = {
    defaultWidth: 0,
    output: process.stdout,
    tty: __webpack_require__(2018),
  };

  if (!options) {
    return defaultOpts;
  }

  Object.keys(defaultOpts).forEach(function (key) {
    if (!options[key]) {
      options[key] = defaultOpts[key];
    }
  });

  return options;
}

function cliWidth(options) {
  const opts = normalizeOpts(options);

  if (opts.output.getWindowSize) {
    return opts.output.getWindowSize()[0] || opts.defaultWidth;
  }

  if (opts.tty.getWindowSize) {
    return opts.tty.getWindowSize()[1] || opts.defaultWidth;
  }

  if (opts.output.columns) {
    return opts.output.columns;
  }

  if (process.env.CLI_WIDTH) {
    const width = parseInt(process.env.CLI_WIDTH, 10);

    if (!isNaN(width) && width !== 0) {
      return width;
    }
  }

  return opts.defaultWidth;
}


/***/ }),

/***/ 8428:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const Stream = __webpack_require__(2203)

class MuteStream extends Stream {
  #isTTY = null

  constructor (opts = {}) {
    super(opts)
    this.writable = this.readable = true
    this.muted = false
    this.on('pipe', this._onpipe)
    this.replace = opts.replace

    // For readline-type situations
    // This much at the start of a line being redrawn after a ctrl char
    // is seen (such as backspace) won't be redrawn as the replacement
    this._prompt = opts.prompt || null
    this._hadControl = false
  }

  #destSrc (key, def) {
    if (this._dest) {
      return this._dest[key]
    }
    if (this._src) {
      return this._src[key]
    }
    return def
  }

  #proxy (method, ...args) {
    if (typeof this._dest?.[method] === 'function') {
      this._dest[method](...args)
    }
    if (typeof this._src?.[method] === 'function') {
      this._src[method](...args)
    }
  }

  get isTTY () {
    if (this.#isTTY !== null) {
      return this.#isTTY
    }
    return this.#destSrc('isTTY', false)
  }

  // basically just get replace the getter/setter with a regular value
  set isTTY (val) {
    this.#isTTY = val
  }

  get rows () {
    return this.#destSrc('rows')
  }

  get columns () {
    return this.#destSrc('columns')
  }

  mute () {
    this.muted = true
  }

  unmute () {
    this.muted = false
  }

  _onpipe (src) {
    this._src = src
  }

  pipe (dest, options) {
    this._dest = dest
    return super.pipe(dest, options)
  }

  pause () {
    if (this._src) {
      return this._src.pause()
    }
  }

  resume () {
    if (this._src) {
      return this._src.resume()
    }
  }

  write (c) {
    if (this.muted) {
      if (!this.replace) {
        return true
      }
      // eslint-disable-next-line no-control-regex
      if (c.match(/^\u001b/)) {
        if (c.indexOf(this._prompt) === 0) {
          c = c.slice(this._prompt.length)
          c = c.replace(/./g, this.replace)
          c = this._prompt + c
        }
        this._hadControl = true
        return this.emit('data', c)
      } else {
        if (this._prompt && this._hadControl &&
          c.indexOf(this._prompt) === 0) {
          this._hadControl = false
          this.emit('data', this._prompt)
          c = c.slice(this._prompt.length)
        }
        c = c.toString().replace(/./g, this.replace)
      }
    }
    this.emit('data', c)
  }

  end (c) {
    if (this.muted) {
      if (c && this.replace) {
        c = c.toString().replace(/./g, this.replace)
      } else {
        c = null
      }
    }
    if (c) {
      this.emit('data', c)
    }
    this.emit('end')
  }

  destroy (...args) {
    return this.#proxy('destroy', ...args)
  }

  destroySoon (...args) {
    return this.#proxy('destroySoon', ...args)
  }

  close (...args) {
    return this.#proxy('close', ...args)
  }
}

module.exports = MuteStream


/***/ }),

/***/ 9375:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ cursorHide),
/* harmony export */   CR: () => (/* binding */ cursorTo),
/* harmony export */   Vd: () => (/* binding */ cursorDown),
/* harmony export */   _W: () => (/* binding */ eraseLines),
/* harmony export */   eD: () => (/* binding */ cursorLeft),
/* harmony export */   eh: () => (/* binding */ cursorUp),
/* harmony export */   y9: () => (/* binding */ cursorShow)
/* harmony export */ });
const ESC = '\u001B[';
/** Move cursor to first column */
const cursorLeft = ESC + 'G';
/** Hide the cursor */
const cursorHide = ESC + '?25l';
/** Show the cursor */
const cursorShow = ESC + '?25h';
/** Move cursor up by count rows */
const cursorUp = (rows = 1) => (rows > 0 ? `${ESC}${rows}A` : '');
/** Move cursor down by count rows */
const cursorDown = (rows = 1) => rows > 0 ? `${ESC}${rows}B` : '';
/** Move cursor to position (x, y) */
const cursorTo = (x, y) => {
    if (typeof y === 'number' && !Number.isNaN(y)) {
        return `${ESC}${y + 1};${x + 1}H`;
    }
    return `${ESC}${x + 1}G`;
};
const eraseLine = ESC + '2K';
/** Erase the specified number of lines above the cursor */
const eraseLines = (lines) => lines > 0 ? (eraseLine + cursorUp(1)).repeat(lines - 1) + eraseLine + cursorLeft : '';


/***/ }),

/***/ 8069:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5159);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3382);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3625);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1348);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(129);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8975);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5836);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3767);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(348);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(3172);
/* harmony import */ var _inquirer_ansi__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(9375);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var _inquirer_figures__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7395);




const checkboxTheme = {
    icon: {
        checked: (0,node_util__WEBPACK_IMPORTED_MODULE_0__.styleText)('green', _inquirer_figures__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .Ay.circleFilled),
        unchecked: _inquirer_figures__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .Ay.circle,
        cursor: _inquirer_figures__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .Ay.pointer,
        disabledChecked: (0,node_util__WEBPACK_IMPORTED_MODULE_0__.styleText)('green', _inquirer_figures__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .Ay.circleDouble),
        disabledUnchecked: '-',
    },
    style: {
        disabled: (text) => (0,node_util__WEBPACK_IMPORTED_MODULE_0__.styleText)('dim', text),
        renderSelectedChoices: (selectedChoices) => selectedChoices.map((choice) => choice.short).join(', '),
        description: (text) => (0,node_util__WEBPACK_IMPORTED_MODULE_0__.styleText)('cyan', text),
        keysHelpTip: (keys) => keys
            .map(([key, action]) => `${(0,node_util__WEBPACK_IMPORTED_MODULE_0__.styleText)('bold', key)} ${(0,node_util__WEBPACK_IMPORTED_MODULE_0__.styleText)('dim', action)}`)
            .join((0,node_util__WEBPACK_IMPORTED_MODULE_0__.styleText)('dim', ' • ')),
    },
    i18n: { disabledError: 'This option is disabled and cannot be toggled.' },
};
function isSelectable(item) {
    return !_inquirer_core__WEBPACK_IMPORTED_MODULE_2__/* .Separator */ .w.isSeparator(item) && !item.disabled;
}
function isNavigable(item) {
    return !_inquirer_core__WEBPACK_IMPORTED_MODULE_2__/* .Separator */ .w.isSeparator(item);
}
function isChecked(item) {
    return !_inquirer_core__WEBPACK_IMPORTED_MODULE_2__/* .Separator */ .w.isSeparator(item) && item.checked;
}
function toggle(item) {
    return isSelectable(item) ? { ...item, checked: !item.checked } : item;
}
function check(checked) {
    return function (item) {
        return isSelectable(item) ? { ...item, checked } : item;
    };
}
function normalizeChoices(choices) {
    return choices.map((choice) => {
        if (_inquirer_core__WEBPACK_IMPORTED_MODULE_2__/* .Separator */ .w.isSeparator(choice))
            return choice;
        if (typeof choice !== 'object' || choice === null || !('value' in choice)) {
            const name = String(choice);
            return {
                value: choice,
                name,
                short: name,
                checkedName: name,
                disabled: false,
                checked: false,
            };
        }
        const name = choice.name ?? String(choice.value);
        const normalizedChoice = {
            value: choice.value,
            name,
            short: choice.short ?? name,
            checkedName: choice.checkedName ?? name,
            disabled: choice.disabled ?? false,
            checked: choice.checked ?? false,
        };
        if (choice.description) {
            normalizedChoice.description = choice.description;
        }
        return normalizedChoice;
    });
}
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_inquirer_core__WEBPACK_IMPORTED_MODULE_3__/* .createPrompt */ .H)((config, done) => {
    const { pageSize = 7, loop = true, required, validate = () => true } = config;
    const shortcuts = { all: 'a', invert: 'i', ...config.shortcuts };
    const theme = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_4__/* .makeTheme */ .k)(checkboxTheme, config.theme);
    const { keybindings } = theme;
    const [status, setStatus] = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_5__/* .useState */ .J)('idle');
    const prefix = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_6__/* .usePrefix */ .M)({ status, theme });
    const [items, setItems] = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_5__/* .useState */ .J)(normalizeChoices(config.choices));
    const bounds = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_7__/* .useMemo */ .K)(() => {
        const first = items.findIndex(isNavigable);
        const last = items.findLastIndex(isNavigable);
        if (first === -1) {
            throw new _inquirer_core__WEBPACK_IMPORTED_MODULE_8__/* .ValidationError */ .yI('[checkbox prompt] No selectable choices. All choices are disabled.');
        }
        return { first, last };
    }, [items]);
    const [active, setActive] = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_5__/* .useState */ .J)(bounds.first);
    const [errorMsg, setError] = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_5__/* .useState */ .J)();
    (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_9__/* .useKeypress */ .o)(async (key) => {
        if (status !== 'idle')
            return;
        if ((0,_inquirer_core__WEBPACK_IMPORTED_MODULE_10__/* .isEnterKey */ .Ci)(key)) {
            setStatus('loading');
            const selection = items.filter(isChecked);
            const isValid = await validate([...selection]);
            setStatus('idle');
            if (required && !selection.length) {
                setError('At least one choice must be selected');
            }
            else if (isValid === true) {
                setStatus('done');
                done(selection.map((choice) => choice.value));
            }
            else {
                setError(isValid || 'You must select a valid value');
            }
        }
        else if ((0,_inquirer_core__WEBPACK_IMPORTED_MODULE_10__/* .isUpKey */ .$u)(key, keybindings) || (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_10__/* .isDownKey */ .gf)(key, keybindings)) {
            if (errorMsg) {
                setError(undefined);
            }
            if (loop ||
                ((0,_inquirer_core__WEBPACK_IMPORTED_MODULE_10__/* .isUpKey */ .$u)(key, keybindings) && active !== bounds.first) ||
                ((0,_inquirer_core__WEBPACK_IMPORTED_MODULE_10__/* .isDownKey */ .gf)(key, keybindings) && active !== bounds.last)) {
                const offset = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_10__/* .isUpKey */ .$u)(key, keybindings) ? -1 : 1;
                let next = active;
                do {
                    next = (next + offset + items.length) % items.length;
                } while (!isNavigable(items[next]));
                setActive(next);
            }
        }
        else if ((0,_inquirer_core__WEBPACK_IMPORTED_MODULE_10__/* .isSpaceKey */ .C8)(key)) {
            const activeItem = items[active];
            if (activeItem && !_inquirer_core__WEBPACK_IMPORTED_MODULE_2__/* .Separator */ .w.isSeparator(activeItem)) {
                if (activeItem.disabled) {
                    setError(theme.i18n.disabledError);
                }
                else {
                    setError(undefined);
                    setItems(items.map((choice, i) => (i === active ? toggle(choice) : choice)));
                }
            }
        }
        else if (key.name === shortcuts.all) {
            const selectAll = items.some((choice) => isSelectable(choice) && !choice.checked);
            setError(undefined);
            setItems(items.map(check(selectAll)));
        }
        else if (key.name === shortcuts.invert) {
            setError(undefined);
            setItems(items.map(toggle));
        }
        else if ((0,_inquirer_core__WEBPACK_IMPORTED_MODULE_10__/* .isNumberKey */ .$0)(key)) {
            const selectedIndex = Number(key.name) - 1;
            // Find the nth choice; separators are skipped, but disabled choices count.
            let selectableIndex = -1;
            const position = items.findIndex((item) => {
                if (_inquirer_core__WEBPACK_IMPORTED_MODULE_2__/* .Separator */ .w.isSeparator(item))
                    return false;
                selectableIndex++;
                return selectableIndex === selectedIndex;
            });
            const selectedItem = items[position];
            if (selectedItem && !_inquirer_core__WEBPACK_IMPORTED_MODULE_2__/* .Separator */ .w.isSeparator(selectedItem)) {
                if (selectedItem.disabled) {
                    // The digit landed on a disabled choice; show the same error the
                    // space key shows instead of silently ignoring the keypress.
                    setError(theme.i18n.disabledError);
                }
                else {
                    setError(undefined);
                    setActive(position);
                    setItems(items.map((choice, i) => (i === position ? toggle(choice) : choice)));
                }
            }
        }
    });
    const message = theme.style.message(config.message, status);
    let description;
    const page = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_11__/* .usePagination */ .W)({
        items,
        active,
        renderItem({ item, isActive }) {
            if (_inquirer_core__WEBPACK_IMPORTED_MODULE_2__/* .Separator */ .w.isSeparator(item)) {
                return ` ${item.separator}`;
            }
            const cursor = isActive ? theme.icon.cursor : ' ';
            if (item.disabled) {
                const disabledLabel = typeof item.disabled === 'string' ? item.disabled : '(disabled)';
                const checkbox = item.checked
                    ? theme.icon.disabledChecked
                    : theme.icon.disabledUnchecked;
                return theme.style.disabled(`${cursor}${checkbox} ${item.name} ${disabledLabel}`);
            }
            if (isActive) {
                description = item.description;
            }
            const checkbox = item.checked ? theme.icon.checked : theme.icon.unchecked;
            const name = item.checked ? item.checkedName : item.name;
            const color = isActive ? theme.style.highlight : (x) => x;
            return color(`${cursor}${checkbox} ${name}`);
        },
        pageSize,
        loop,
    });
    if (status === 'done') {
        const selection = items.filter(isChecked);
        const answer = theme.style.answer(theme.style.renderSelectedChoices(selection, items));
        return [prefix, message, answer].filter(Boolean).join(' ');
    }
    const keys = [
        ['↑↓', 'navigate'],
        ['space', 'select'],
    ];
    if (shortcuts.all)
        keys.push([shortcuts.all, 'all']);
    if (shortcuts.invert)
        keys.push([shortcuts.invert, 'invert']);
    keys.push(['⏎', 'submit']);
    const helpLine = theme.style.keysHelpTip(keys);
    const lines = [
        [prefix, message].filter(Boolean).join(' '),
        page,
        ' ',
        description ? theme.style.description(description) : '',
        errorMsg ? theme.style.error(errorMsg) : '',
        helpLine,
    ]
        .filter(Boolean)
        .join('\n')
        .trimEnd();
    return `${lines}${_inquirer_ansi__WEBPACK_IMPORTED_MODULE_12__/* .cursorHide */ .$m}`;
}));



/***/ }),

/***/ 5159:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ Separator)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var _inquirer_figures__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7395);


/**
 * Separator object
 * Used to space/separate choices group
 */
class Separator {
    separator = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.styleText)('dim', Array.from({ length: 15 }).join(_inquirer_figures__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .Ay.line));
    type = 'separator';
    constructor(separator) {
        if (separator) {
            this.separator = separator;
        }
    }
    static isSeparator(choice) {
        return Boolean(choice &&
            typeof choice === 'object' &&
            'type' in choice &&
            choice.type === 'separator');
    }
}


/***/ }),

/***/ 3382:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ createPrompt)
});

// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(6698);
;// CONCATENATED MODULE: ./node_modules/@inquirer/type/dist/utils.js
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Create a promise and get access to its `resolve` and `reject` functions.
 *
 * Mirrors `Promise.withResolvers()`, available starting from Node 22.
 * TODO: Remove once Node 22 becomes the minimum supported version.
 */
function withResolver() {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
        resolve = res;
        reject = rej;
    });
    return { promise, resolve: resolve, reject: reject };
}

// EXTERNAL MODULE: ./node_modules/mute-stream/lib/index.js
var lib = __webpack_require__(8428);
;// CONCATENATED MODULE: ./node_modules/@inquirer/core/node_modules/signal-exit/dist/mjs/signals.js
/**
 * This is not the set of all possible signals.
 *
 * It IS, however, the set of all signals that trigger
 * an exit on either Linux or BSD systems.  Linux is a
 * superset of the signal names supported on BSD, and
 * the unknown signals just fail to register, so we can
 * catch that easily enough.
 *
 * Windows signals are a different set, since there are
 * signals that terminate Windows processes, but don't
 * terminate (or don't even exist) on Posix systems.
 *
 * Don't bother with SIGKILL.  It's uncatchable, which
 * means that we can't fire any callbacks anyway.
 *
 * If a user does happen to register a handler on a non-
 * fatal signal like SIGWINCH or something, and then
 * exit, it'll end up firing `process.emit('exit')`, so
 * the handler will be fired anyway.
 *
 * SIGBUS, SIGFPE, SIGSEGV and SIGILL, when not raised
 * artificially, inherently leave the process in a
 * state from which it is not safe to try and enter JS
 * listeners.
 */
const signals = [];
signals.push('SIGHUP', 'SIGINT', 'SIGTERM');
if (process.platform !== 'win32') {
    signals.push('SIGALRM', 'SIGABRT', 'SIGVTALRM', 'SIGXCPU', 'SIGXFSZ', 'SIGUSR2', 'SIGTRAP', 'SIGSYS', 'SIGQUIT', 'SIGIOT'
    // should detect profiler and enable/disable accordingly.
    // see #21
    // 'SIGPROF'
    );
}
if (process.platform === 'linux') {
    signals.push('SIGIO', 'SIGPOLL', 'SIGPWR', 'SIGSTKFLT');
}
//# sourceMappingURL=signals.js.map
;// CONCATENATED MODULE: ./node_modules/@inquirer/core/node_modules/signal-exit/dist/mjs/index.js
// Note: since nyc uses this module to output coverage, any lines
// that are in the direct sync flow of nyc's outputCoverage are
// ignored, since we can never get coverage for them.
// grab a reference to node's real process object right away


const processOk = (process) => !!process &&
    typeof process === 'object' &&
    typeof process.removeListener === 'function' &&
    typeof process.emit === 'function' &&
    typeof process.reallyExit === 'function' &&
    typeof process.listeners === 'function' &&
    typeof process.kill === 'function' &&
    typeof process.pid === 'number' &&
    typeof process.on === 'function';
const kExitEmitter = Symbol.for('signal-exit emitter');
const global = globalThis;
const ObjectDefineProperty = Object.defineProperty.bind(Object);
// teeny special purpose ee
class Emitter {
    emitted = {
        afterExit: false,
        exit: false,
    };
    listeners = {
        afterExit: [],
        exit: [],
    };
    count = 0;
    id = Math.random();
    constructor() {
        if (global[kExitEmitter]) {
            return global[kExitEmitter];
        }
        ObjectDefineProperty(global, kExitEmitter, {
            value: this,
            writable: false,
            enumerable: false,
            configurable: false,
        });
    }
    on(ev, fn) {
        this.listeners[ev].push(fn);
    }
    removeListener(ev, fn) {
        const list = this.listeners[ev];
        const i = list.indexOf(fn);
        /* c8 ignore start */
        if (i === -1) {
            return;
        }
        /* c8 ignore stop */
        if (i === 0 && list.length === 1) {
            list.length = 0;
        }
        else {
            list.splice(i, 1);
        }
    }
    emit(ev, code, signal) {
        if (this.emitted[ev]) {
            return false;
        }
        this.emitted[ev] = true;
        let ret = false;
        for (const fn of this.listeners[ev]) {
            ret = fn(code, signal) === true || ret;
        }
        if (ev === 'exit') {
            ret = this.emit('afterExit', code, signal) || ret;
        }
        return ret;
    }
}
class SignalExitBase {
}
const signalExitWrap = (handler) => {
    return {
        onExit(cb, opts) {
            return handler.onExit(cb, opts);
        },
        load() {
            return handler.load();
        },
        unload() {
            return handler.unload();
        },
    };
};
class SignalExitFallback extends SignalExitBase {
    onExit() {
        return () => { };
    }
    load() { }
    unload() { }
}
class SignalExit extends SignalExitBase {
    // "SIGHUP" throws an `ENOSYS` error on Windows,
    // so use a supported signal instead
    /* c8 ignore start */
    #hupSig = mjs_process.platform === 'win32' ? 'SIGINT' : 'SIGHUP';
    /* c8 ignore stop */
    #emitter = new Emitter();
    #process;
    #originalProcessEmit;
    #originalProcessReallyExit;
    #sigListeners = {};
    #loaded = false;
    constructor(process) {
        super();
        this.#process = process;
        // { <signal>: <listener fn>, ... }
        this.#sigListeners = {};
        for (const sig of signals) {
            this.#sigListeners[sig] = () => {
                // If there are no other listeners, an exit is coming!
                // Simplest way: remove us and then re-send the signal.
                // We know that this will kill the process, so we can
                // safely emit now.
                const listeners = this.#process.listeners(sig);
                let { count } = this.#emitter;
                // This is a workaround for the fact that signal-exit v3 and signal
                // exit v4 are not aware of each other, and each will attempt to let
                // the other handle it, so neither of them do. To correct this, we
                // detect if we're the only handler *except* for previous versions
                // of signal-exit, and increment by the count of listeners it has
                // created.
                /* c8 ignore start */
                const p = process;
                if (typeof p.__signal_exit_emitter__ === 'object' &&
                    typeof p.__signal_exit_emitter__.count === 'number') {
                    count += p.__signal_exit_emitter__.count;
                }
                /* c8 ignore stop */
                if (listeners.length === count) {
                    this.unload();
                    const ret = this.#emitter.emit('exit', null, sig);
                    /* c8 ignore start */
                    const s = sig === 'SIGHUP' ? this.#hupSig : sig;
                    if (!ret)
                        process.kill(process.pid, s);
                    /* c8 ignore stop */
                }
            };
        }
        this.#originalProcessReallyExit = process.reallyExit;
        this.#originalProcessEmit = process.emit;
    }
    onExit(cb, opts) {
        /* c8 ignore start */
        if (!processOk(this.#process)) {
            return () => { };
        }
        /* c8 ignore stop */
        if (this.#loaded === false) {
            this.load();
        }
        const ev = opts?.alwaysLast ? 'afterExit' : 'exit';
        this.#emitter.on(ev, cb);
        return () => {
            this.#emitter.removeListener(ev, cb);
            if (this.#emitter.listeners['exit'].length === 0 &&
                this.#emitter.listeners['afterExit'].length === 0) {
                this.unload();
            }
        };
    }
    load() {
        if (this.#loaded) {
            return;
        }
        this.#loaded = true;
        // This is the number of onSignalExit's that are in play.
        // It's important so that we can count the correct number of
        // listeners on signals, and don't wait for the other one to
        // handle it instead of us.
        this.#emitter.count += 1;
        for (const sig of signals) {
            try {
                const fn = this.#sigListeners[sig];
                if (fn)
                    this.#process.on(sig, fn);
            }
            catch (_) { }
        }
        this.#process.emit = (ev, ...a) => {
            return this.#processEmit(ev, ...a);
        };
        this.#process.reallyExit = (code) => {
            return this.#processReallyExit(code);
        };
    }
    unload() {
        if (!this.#loaded) {
            return;
        }
        this.#loaded = false;
        signals.forEach(sig => {
            const listener = this.#sigListeners[sig];
            /* c8 ignore start */
            if (!listener) {
                throw new Error('Listener not defined for signal: ' + sig);
            }
            /* c8 ignore stop */
            try {
                this.#process.removeListener(sig, listener);
                /* c8 ignore start */
            }
            catch (_) { }
            /* c8 ignore stop */
        });
        this.#process.emit = this.#originalProcessEmit;
        this.#process.reallyExit = this.#originalProcessReallyExit;
        this.#emitter.count -= 1;
    }
    #processReallyExit(code) {
        /* c8 ignore start */
        if (!processOk(this.#process)) {
            return 0;
        }
        this.#process.exitCode = code || 0;
        /* c8 ignore stop */
        this.#emitter.emit('exit', this.#process.exitCode, null);
        return this.#originalProcessReallyExit.call(this.#process, this.#process.exitCode);
    }
    #processEmit(ev, ...args) {
        const og = this.#originalProcessEmit;
        if (ev === 'exit' && processOk(this.#process)) {
            if (typeof args[0] === 'number') {
                this.#process.exitCode = args[0];
                /* c8 ignore start */
            }
            /* c8 ignore start */
            const ret = og.call(this.#process, ev, ...args);
            /* c8 ignore start */
            this.#emitter.emit('exit', this.#process.exitCode, null);
            /* c8 ignore stop */
            return ret;
        }
        else {
            return og.call(this.#process, ev, ...args);
        }
    }
}
const mjs_process = globalThis.process;
// wrap so that we call the method on the actual handler, without
// exporting it directly.
const { 
/**
 * Called when the process is exiting, whether via signal, explicit
 * exit, or running out of stuff to do.
 *
 * If the global process object is not suitable for instrumentation,
 * then this will be a no-op.
 *
 * Returns a function that may be used to unload signal-exit.
 */
onExit, 
/**
 * Load the listeners.  Likely you never need to call this, unless
 * doing a rather deep integration with signal-exit functionality.
 * Mostly exposed for the benefit of testing.
 *
 * @internal
 */
load, 
/**
 * Unload the listeners.  Likely you never need to call this, unless
 * doing a rather deep integration with signal-exit functionality.
 * Mostly exposed for the benefit of testing.
 *
 * @internal
 */
unload, } = signalExitWrap(processOk(mjs_process) ? new SignalExit(mjs_process) : new SignalExitFallback());
//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/fast-string-width/dist/index.js + 2 modules
var dist = __webpack_require__(3223);
// EXTERNAL MODULE: ./node_modules/@inquirer/core/dist/lib/utils.js + 1 modules
var utils = __webpack_require__(4774);
// EXTERNAL MODULE: ./node_modules/@inquirer/ansi/dist/index.js
var ansi_dist = __webpack_require__(9375);
;// CONCATENATED MODULE: ./node_modules/@inquirer/core/dist/lib/screen-manager.js

// Measures wide characters for the right-edge check below; it is the same
// package fast-wrap-ansi measures with internally, and both must stay on the
// same major so a wrapped row is never judged one column off by one side.



const height = (content) => content.split('\n').length;
const lastLine = (content) => content.split('\n').pop() ?? '';
class ScreenManager {
    // These variables are keeping information to allow correct prompt re-rendering
    height = 0;
    extraLinesUnderPrompt = 0;
    cursorPos;
    rl;
    constructor(rl) {
        this.rl = rl;
        this.cursorPos = rl.getCursorPos();
    }
    write(content) {
        this.rl.output.unmute();
        this.rl.output.write(content);
        this.rl.output.mute();
    }
    render(content, bottomContent = '') {
        // Write message to screen and setPrompt to control backspace
        const promptLine = lastLine(content);
        const rawPromptLine = (0,external_node_util_.stripVTControlCharacters)(promptLine);
        // Remove the rl.line from our prompt. We can't rely on the content of
        // rl.line (mainly because of the password prompt), so just rely on it's
        // length.
        let prompt = rawPromptLine;
        if (this.rl.line.length > 0) {
            prompt = prompt.slice(0, -this.rl.line.length);
        }
        this.rl.setPrompt(prompt);
        // SetPrompt will change cursor position, now we can get correct value
        this.cursorPos = this.rl.getCursorPos();
        const width = (0,utils/* readlineWidth */.LH)();
        const wrapped = (0,utils/* wrapContent */.Ak)(content, width);
        content = wrapped.text;
        bottomContent = (0,utils/* breakLines */.bC)(bottomContent, width);
        const lastRowWidth = (0,dist/* default */.A)((0,external_node_util_.stripVTControlCharacters)(wrapped.lastRow));
        // `>=` rather than `===` so a degenerate 1-column terminal (where every
        // row is the full width) still inserts the extra line.
        const atRightEdge = lastRowWidth >= width;
        // Manually insert an extra line if we're at the end of the line.
        // This prevent the cursor from appearing at the beginning of the
        // current line. The `rawPromptLine.length === 0` half keeps the old
        // `0 % width === 0` behavior for an empty or ANSI-only prompt line,
        // where `atRightEdge` alone would be false but a line break is still
        // needed before the bottom content.
        if (atRightEdge || rawPromptLine.length === 0) {
            content += '\n';
        }
        let output = content + (bottomContent ? '\n' + bottomContent : '');
        /**
         * Re-adjust the cursor at the correct position.
         */
        // We need to consider parts of the prompt under the cursor as part of the bottom
        // content in order to correctly cleanup and re-render.
        const promptLineUpDiff = wrapped.finalLineRows - 1 + Number(atRightEdge) - this.cursorPos.rows;
        const bottomContentHeight = promptLineUpDiff + (bottomContent ? height(bottomContent) : 0);
        // Return cursor to the input position (on top of the bottomContent)
        if (bottomContentHeight > 0)
            output += (0,ansi_dist/* cursorUp */.eh)(bottomContentHeight);
        // Return cursor to the initial left offset.
        output += (0,ansi_dist/* cursorTo */.CR)(this.cursorPos.cols);
        /**
         * Render and store state for future re-rendering
         */
        this.write((0,ansi_dist/* cursorDown */.Vd)(this.extraLinesUnderPrompt) + (0,ansi_dist/* eraseLines */._W)(this.height) + output);
        this.extraLinesUnderPrompt = bottomContentHeight;
        this.height = height(output);
    }
    checkCursorPos() {
        const cursorPos = this.rl.getCursorPos();
        if (cursorPos.cols !== this.cursorPos.cols) {
            this.write((0,ansi_dist/* cursorTo */.CR)(cursorPos.cols));
            this.cursorPos = cursorPos;
        }
    }
    done({ clearContent }) {
        this.rl.setPrompt('');
        let output = (0,ansi_dist/* cursorDown */.Vd)(this.extraLinesUnderPrompt);
        output += clearContent ? (0,ansi_dist/* eraseLines */._W)(this.height) : '\n';
        // Reset cursor to column 0. On Windows terminals, \n moves the cursor
        // down without resetting the column when the rendered prompt+answer
        // wraps past the terminal width. Without this, all subsequent output
        // starts at the wrong horizontal offset.
        output += ansi_dist/* cursorLeft */.eD;
        output += ansi_dist/* cursorShow */.y9;
        this.write(output);
        this.rl.close();
    }
}

// EXTERNAL MODULE: ./node_modules/@inquirer/core/dist/lib/hook-engine.js
var hook_engine = __webpack_require__(7827);
// EXTERNAL MODULE: ./node_modules/@inquirer/core/dist/lib/errors.js
var errors = __webpack_require__(5836);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./node_modules/@inquirer/core/dist/lib/create-prompt.js









// Capture the real setImmediate at module load time so it works even when test
// frameworks mock timers with vi.useFakeTimers() or similar.
const nativeSetImmediate = globalThis.setImmediate;
const nativeClearImmediate = globalThis.clearImmediate;
/**
 * Register an event listener and return its disposer, so registrations collapse
 * into a single statement: `cleanups.add(listenTo(rl, 'close', handler))`.
 */
function listenTo(target, event, listener) {
    if ('on' in target) {
        target.on(event, listener);
        return () => target.removeListener(event, listener);
    }
    target.addEventListener(event, listener);
    return () => target.removeEventListener(event, listener);
}
function getCallSites() {
    // oxlint-disable-next-line typescript/unbound-method
    const savedPrepareStackTrace = Error.prepareStackTrace;
    let result = [];
    try {
        Error.prepareStackTrace = (_, callSites) => {
            const callSitesWithoutCurrent = callSites.slice(1);
            result = callSitesWithoutCurrent;
            return callSitesWithoutCurrent;
        };
        // oxlint-disable-next-line no-unused-expressions
        new Error().stack;
    }
    catch {
        // An error will occur if the Node flag --frozen-intrinsics is used.
        // https://nodejs.org/api/cli.html#--frozen-intrinsics
        return result;
    }
    Error.prepareStackTrace = savedPrepareStackTrace;
    return result;
}
function createPrompt(view) {
    const callSites = getCallSites();
    const prompt = (config, context = {}) => {
        // Default `input` to stdin
        const { input = process.stdin, signal } = context;
        const cleanups = new Set();
        // Add mute capabilities to the output
        const output = new lib();
        output.pipe(context.output ?? process.stdout);
        /* oxlint-disable typescript/no-unsafe-type-assertion */
        const rl = external_node_readline_.createInterface({
            terminal: true,
            input,
            output,
        });
        /* oxlint-enable typescript/no-unsafe-type-assertion */
        // Mute the output after readline has initialized so readline can perform
        // any terminal setup writes (e.g. Windows Console API initialization)
        // before suppressing output. ScreenManager will unmute/mute around each
        // render call as needed.
        output.mute();
        const screen = new ScreenManager(rl);
        const { promise, resolve, reject } = withResolver();
        return (0,hook_engine/* withHooks */.TK)(rl, (cycle) => {
            // Clear hook effects synchronously before the prompt settles: readline
            // emits keypresses synchronously within a single data event, so a
            // microtask-deferred cleanup would let same-tick input keep driving a
            // settled prompt.
            const clearEffects = external_node_async_hooks_.AsyncResource.bind(() => hook_engine/* effectScheduler */.bl.clearAll());
            // The promise resolvers and effectScheduler.clearAll() are both idempotent,
            // so repeated settlement attempts are harmless no-ops. If a hook cleanup
            // throws, the cleanup error supersedes the settlement: the answer (or
            // settlement error, e.g. AbortPromptError) is dropped in favor of
            // rejecting with the cleanup error.
            const settlePrompt = (settle) => {
                try {
                    clearEffects();
                    settle();
                }
                catch (error) {
                    reject(error);
                }
            };
            const resolvePrompt = (value) => settlePrompt(() => resolve(value));
            const rejectPrompt = (error) => settlePrompt(() => reject(error));
            const promptPromise = Object.assign(promise
                .finally(() => {
                cleanups.forEach((cleanup) => cleanup());
                screen.done({ clearContent: Boolean(context.clearPromptOnDone) });
                output.end();
            })
                .then(() => promise), { cancel: () => rejectPrompt(new errors/* CancelPromptError */.LR()) });
            if (signal) {
                const abort = () => rejectPrompt(new errors/* AbortPromptError */.XU({ cause: signal.reason }));
                if (signal.aborted) {
                    abort();
                    return promptPromise;
                }
                cleanups.add(listenTo(signal, 'abort', abort));
            }
            cleanups.add(onExit((code, signal) => {
                rejectPrompt(new errors/* ExitPromptError */.hJ(`User force closed the prompt with ${code} ${signal}`));
            }));
            // SIGINT must be explicitly handled by the prompt so the ExitPromptError can be handled.
            // Otherwise, the prompt will stop and in some scenarios never resolve.
            // Ref issue #1741
            cleanups.add(listenTo(rl, 'SIGINT', () => rejectPrompt(new errors/* ExitPromptError */.hJ(`User force closed the prompt with SIGINT`))));
            // A TTY closes its readline on Ctrl+D (EOF on an empty line) while the
            // prompt is pending: reject now, like SIGINT, so the caller can handle
            // it while the process is still alive — including while a submitted
            // answer is validating, which cancels that answer. Piped stdin closes
            // as soon as the pipe drains, possibly mid-validation too, so there
            // only clear the effect timers and let the prompt settle on its own.
            // Settlement removes this listener before screen.done() closes
            // readline.
            const isTTY = 'isTTY' in input && input.isTTY;
            const onReadlineClose = isTTY
                ? () => rejectPrompt(new errors/* ExitPromptError */.hJ('User force closed the prompt with EOF'))
                : clearEffects;
            cleanups.add(listenTo(rl, 'close', onReadlineClose));
            const startCycle = () => {
                // Re-renders only happen when the state change; but the readline cursor could
                // change position and that also requires a re-render (and a manual one because
                // we mute the streams). We set the listener after the initial workLoop to avoid
                // a double render if render triggered by a state change sets the cursor to the
                // right position.
                cleanups.add(listenTo(rl.input, 'keypress', () => screen.checkCursorPos()));
                let pendingDone = null;
                cycle(() => {
                    let effectsSettled = false;
                    try {
                        const nextView = view(config, (value) => {
                            if (effectsSettled) {
                                // After the cycle completes (async validation path), the "done"
                                // render already flushed via setStatus → handleChange, so resolve
                                // immediately.
                                resolvePrompt(value);
                            }
                            else {
                                pendingDone = { value };
                            }
                        });
                        // Typescript won't allow this, but not all users rely on typescript.
                        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
                        if (nextView === undefined) {
                            let callerFilename = callSites[1]?.getFileName();
                            if (callerFilename && !callerFilename.startsWith('file://')) {
                                callerFilename = external_node_path_.resolve(callerFilename);
                            }
                            throw new Error(`Prompt functions must return a string.\n    at ${callerFilename}`);
                        }
                        const [content, bottomContent] = typeof nextView === 'string' ? [nextView] : nextView;
                        screen.render(content, bottomContent);
                        hook_engine/* effectScheduler */.bl.run();
                    }
                    catch (error) {
                        rejectPrompt(error);
                    }
                    effectsSettled = true;
                    if (pendingDone !== null) {
                        const { value } = pendingDone;
                        pendingDone = null;
                        resolvePrompt(value);
                    }
                });
            };
            // Proper Readable streams (like process.stdin) may have OS-level buffered
            // data that arrives in the poll phase when readline resumes the stream.
            // Deferring the first render by one setImmediate tick (check phase, after
            // poll) lets that stale data flow through readline harmlessly—no keypress
            // handlers are registered yet and the output is muted, so the stale
            // keystrokes are silently discarded.
            // This only applies to TTY inputs, where early data is stale keystrokes
            // the user typed before the prompt started. Piped input (stdin from a
            // script or test harness) is intentional: deferring there risks dropping
            // the answer itself, since data already waiting on the pipe flows
            // through readline during the deferral tick and is then discarded,
            // leaving the prompt waiting forever (seen as intermittent 30s timeouts
            // in the Deno integration suite).
            // Old-style streams (like MuteStream) have no such buffering, so the
            // render cycle starts immediately.
            //
            // @see https://github.com/SBoudrias/Inquirer.js/issues/1303
            if ('readableFlowing' in input && isTTY) {
                const immediate = nativeSetImmediate(startCycle);
                cleanups.add(() => nativeClearImmediate(immediate));
            }
            else {
                startCycle();
            }
            return promptPromise;
        });
    };
    return prompt;
}


/***/ }),

/***/ 5836:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G_: () => (/* binding */ HookError),
/* harmony export */   LR: () => (/* binding */ CancelPromptError),
/* harmony export */   XU: () => (/* binding */ AbortPromptError),
/* harmony export */   hJ: () => (/* binding */ ExitPromptError),
/* harmony export */   yI: () => (/* binding */ ValidationError)
/* harmony export */ });
class AbortPromptError extends Error {
    name = 'AbortPromptError';
    message = 'Prompt was aborted';
    constructor(options) {
        super();
        this.cause = options?.cause;
    }
}
class CancelPromptError extends Error {
    name = 'CancelPromptError';
    message = 'Prompt was canceled';
}
class ExitPromptError extends Error {
    name = 'ExitPromptError';
}
class HookError extends Error {
    name = 'HookError';
}
class ValidationError extends Error {
    name = 'ValidationError';
}


/***/ }),

/***/ 7827:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ withUpdates),
/* harmony export */   TK: () => (/* binding */ withHooks),
/* harmony export */   Uw: () => (/* binding */ withPointer),
/* harmony export */   ZB: () => (/* binding */ handleChange),
/* harmony export */   bl: () => (/* binding */ effectScheduler),
/* harmony export */   h1: () => (/* binding */ readline)
/* harmony export */ });
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6698);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5836);
/* eslint @typescript-eslint/no-explicit-any: ["off"] */


// Capture the real queueMicrotask at module load time so it keeps working
// when test frameworks mock timers (vi.useFakeTimers()) — a deferred paint
// must never be held hostage by a mocked clock.
const nativeQueueMicrotask = globalThis.queueMicrotask;
const hookStorage = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
function createStore(rl) {
    const store = {
        rl,
        hooks: [],
        hooksCleanup: [],
        hooksEffect: [],
        index: 0,
        handleChange() { },
        deferredPaint: null,
    };
    return store;
}
// Run callback in with the hook engine setup.
function withHooks(rl, cb) {
    const store = createStore(rl);
    function cycle(render) {
        store.handleChange = () => {
            store.index = 0;
            render();
        };
        store.handleChange();
    }
    return hookStorage.run(store, () => cb(cycle));
}
// Safe getStore utility that'll return the store or throw if undefined.
function getStore() {
    const store = hookStorage.getStore();
    if (!store) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .HookError */ .G_('[Inquirer] Hook functions can only be called from within a prompt');
    }
    return store;
}
function readline() {
    return getStore().rl;
}
// Merge state updates happening within the callback function to avoid multiple renders.
function withUpdates(fn) {
    const wrapped = (...args) => {
        const store = getStore();
        let shouldUpdate = false;
        const oldHandleChange = store.handleChange;
        const recordChange = () => {
            shouldUpdate = true;
        };
        store.handleChange = recordChange;
        const returnValue = fn(...args);
        if (shouldUpdate) {
            // Flush the merged render, recording any change made while it flushes
            // into a fresh flag. A `withUpdates` wrapper started by the render
            // itself (the effect runner a re-render triggers) captures the current
            // recorder as its own `oldHandleChange`, so its flush records into
            // `flushedUpdate` instead of rendering inside ours — nested renders
            // never re-enter this flush.
            let flushedUpdate = false;
            store.handleChange = () => {
                flushedUpdate = true;
            };
            oldHandleChange();
            store.handleChange = oldHandleChange;
            if (flushedUpdate) {
                // State changed while the render was flushing: effects triggered by
                // the render set state (e.g. a search prompt flipping to `loading`
                // when its term changes), and those updates were recorded after the
                // single flush above already ran — nothing painted them. The
                // canonical symptom is a spinner-less "idle" screen while an async
                // fetch started by the last keystroke is still pending.
                //
                // The paint cannot run here either. Restoring `handleChange` early
                // and letting the nested flush render synchronously paints
                // effect-set state before the current synchronous batch of input
                // events is done: a same-tick keypress then reads it (e.g. the
                // `loading` status right after Tab autocompletes) and behaves as if
                // the batch had been interleaved — search's tab autocomplete stops
                // submitting. Defer one paint to a microtask instead: it runs after
                // the current synchronous batch of updates (same-tick keypresses
                // keep reading their pre-paint state) but before any next input
                // event, timer or I/O. A newer render supersedes the pending paint,
                // and settlement cancels it (see `effectScheduler.clearAll`).
                scheduleDeferredPaint(store, oldHandleChange);
            }
        }
        else {
            store.handleChange = oldHandleChange;
        }
        return returnValue;
    };
    return node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncResource.bind(wrapped);
}
// Schedule the single pending deferred paint of a store. Only one is ever
// needed: the paint renders the current state, so a newer request never has
// to queue a second one — keeping the slot filled is enough.
function scheduleDeferredPaint(store, paint) {
    if (store.deferredPaint !== null)
        return;
    store.deferredPaint = node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncResource.bind(paint);
    nativeQueueMicrotask(() => {
        const pending = store.deferredPaint;
        if (pending === null)
            return;
        store.deferredPaint = null;
        pending();
    });
}
function withPointer(cb) {
    const store = getStore();
    const { index } = store;
    const pointer = {
        get() {
            // oxlint-disable-next-line typescript/no-unsafe-type-assertion
            return store.hooks[index];
        },
        set(value) {
            store.hooks[index] = value;
        },
        initialized: index in store.hooks,
    };
    const returnValue = cb(pointer);
    store.index++;
    return returnValue;
}
function handleChange() {
    getStore().handleChange();
}
const effectScheduler = {
    queue(cb) {
        const store = getStore();
        const { index } = store;
        store.hooksEffect.push(() => {
            store.hooksCleanup[index]?.();
            const cleanFn = cb(readline());
            if (cleanFn != null && typeof cleanFn !== 'function') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ValidationError */ .yI('useEffect return value must be a cleanup function or nothing.');
            }
            store.hooksCleanup[index] = cleanFn;
        });
    },
    run() {
        const store = getStore();
        withUpdates(() => {
            store.hooksEffect.forEach((effect) => {
                effect();
            });
            // Warning: Clean the hooks before exiting the `withUpdates` block.
            // Failure to do so means an updates would hit the same effects again.
            store.hooksEffect.length = 0;
        })();
    },
    clearAll() {
        const store = getStore();
        store.hooksCleanup.forEach((cleanFn) => {
            cleanFn?.();
        });
        store.hooksEffect.length = 0;
        store.hooksCleanup.length = 0;
        // The prompt is settling: any deferred paint scheduled by `withUpdates`
        // must not run anymore, or the settled prompt would render once more
        // after its screen was torn down.
        store.deferredPaint = null;
    },
};


/***/ }),

/***/ 348:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $0: () => (/* binding */ isNumberKey),
/* harmony export */   $u: () => (/* binding */ isUpKey),
/* harmony export */   C8: () => (/* binding */ isSpaceKey),
/* harmony export */   Ci: () => (/* binding */ isEnterKey),
/* harmony export */   fQ: () => (/* binding */ isBackspaceKey),
/* harmony export */   gf: () => (/* binding */ isDownKey),
/* harmony export */   te: () => (/* binding */ getDefaultKeybindings),
/* harmony export */   vY: () => (/* binding */ isTabKey)
/* harmony export */ });
/* unused harmony export isShiftKey */
const keybindings = ['emacs', 'vim'];
const keybindingLookup = new Set(keybindings);
function isKeybinding(value) {
    return keybindingLookup.has(value);
}
function getDefaultKeybindings() {
    const env = process.env['INQUIRER_KEYBINDINGS'];
    if (!env)
        return [];
    return Array.from(new Set(env
        .toLowerCase()
        .split(/[\s,]+/)
        .filter(isKeybinding)));
}
const isUpKey = (key, keybindings = []) => 
// The up key
key.name === 'up' ||
    // Vim keybinding: hjkl keys map to left/down/up/right
    (keybindings.includes('vim') && key.name === 'k') ||
    // Emacs keybinding: Ctrl+P means "previous" in Emacs navigation conventions
    (keybindings.includes('emacs') && key.ctrl && key.name === 'p');
const isDownKey = (key, keybindings = []) => 
// The down key
key.name === 'down' ||
    // Vim keybinding: hjkl keys map to left/down/up/right
    (keybindings.includes('vim') && key.name === 'j') ||
    // Emacs keybinding: Ctrl+N means "next" in Emacs navigation conventions
    (keybindings.includes('emacs') && key.ctrl && key.name === 'n');
const isSpaceKey = (key) => key.name === 'space';
const isBackspaceKey = (key) => key.name === 'backspace';
const isTabKey = (key) => key.name === 'tab';
const isNumberKey = (key) => '1234567890'.includes(key.name);
const isEnterKey = (key) => key.name === 'enter' || key.name === 'return';
const isShiftKey = (key) => key.shift;


/***/ }),

/***/ 3625:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ makeTheme)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/@inquirer/figures/dist/index.js
var dist = __webpack_require__(7395);
// EXTERNAL MODULE: ./node_modules/@inquirer/core/dist/lib/key.js
var key = __webpack_require__(348);
;// CONCATENATED MODULE: ./node_modules/@inquirer/core/dist/lib/theme.js



const defaultTheme = {
    prefix: {
        idle: (0,external_node_util_.styleText)('blue', '?'),
        done: (0,external_node_util_.styleText)('green', dist/* default */.Ay.tick),
    },
    spinner: {
        interval: 80,
        frames: ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'].map((frame) => (0,external_node_util_.styleText)('yellow', frame)),
    },
    keybindings: [],
    style: {
        answer: (text) => (0,external_node_util_.styleText)('cyan', text),
        message: (text) => (0,external_node_util_.styleText)('bold', text),
        error: (text) => (0,external_node_util_.styleText)('red', `> ${text}`),
        defaultAnswer: (text) => (0,external_node_util_.styleText)('dim', `(${text})`),
        help: (text) => (0,external_node_util_.styleText)('dim', text),
        highlight: (text) => (0,external_node_util_.styleText)('cyan', text),
        key: (text) => (0,external_node_util_.styleText)('cyan', (0,external_node_util_.styleText)('bold', `<${text}>`)),
    },
};
function getDefaultTheme() {
    return {
        ...defaultTheme,
        keybindings: (0,key/* getDefaultKeybindings */.te)(),
    };
}

;// CONCATENATED MODULE: ./node_modules/@inquirer/core/dist/lib/make-theme.js

function isPlainObject(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    let proto = value;
    while (Object.getPrototypeOf(proto) !== null) {
        proto = Object.getPrototypeOf(proto);
    }
    return Object.getPrototypeOf(value) === proto;
}
function deepMerge(...objects) {
    const output = {};
    for (const obj of objects) {
        for (const [key, value] of Object.entries(obj)) {
            // A key explicitly set to `undefined` keeps the value from the previous theme.
            if (value === undefined)
                continue;
            const prevValue = output[key];
            output[key] =
                isPlainObject(prevValue) && isPlainObject(value)
                    ? deepMerge(prevValue, value)
                    : value;
        }
    }
    // oxlint-disable-next-line typescript/no-unsafe-type-assertion
    return output;
}
function makeTheme(...themes) {
    /* oxlint-disable typescript/no-unsafe-type-assertion */
    const themesToMerge = [
        getDefaultTheme(),
        ...themes.filter((theme) => theme != null),
    ];
    return deepMerge(...themesToMerge);
    /* oxlint-enable typescript/no-unsafe-type-assertion */
}


/***/ }),

/***/ 3172:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ usePagination)
/* harmony export */ });
/* harmony import */ var _use_ref_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9480);
/* harmony import */ var _utils_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4774);


function usePointerPosition({ active, renderedItems, pageSize, loop, }) {
    const state = (0,_use_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .useRef */ .l)({
        lastPointer: active,
        lastActive: undefined,
    });
    const { lastPointer, lastActive } = state.current;
    const middle = Math.floor(pageSize / 2);
    const renderedLength = renderedItems.reduce((acc, item) => acc + item.length, 0);
    const defaultPointerPosition = renderedItems
        .slice(0, active)
        .reduce((acc, item) => acc + item.length, 0);
    let pointer = defaultPointerPosition;
    if (renderedLength > pageSize) {
        if (loop) {
            /**
             * Creates the next position for the pointer considering an infinitely
             * looping list of items to be rendered on the page.
             *
             * The goal is to progressively move the cursor to the middle position as the user move down, and then keep
             * the cursor there. When the user move up, maintain the cursor position.
             */
            // By default, keep the cursor position as-is.
            pointer = lastPointer;
            if (
            // First render, skip this logic.
            lastActive != null &&
                // Only move the pointer down when the user moves down.
                lastActive < active &&
                // Check user didn't move up across page boundary.
                active - lastActive < pageSize) {
                pointer = Math.min(
                // Furthest allowed position for the pointer is the middle of the list
                middle, Math.abs(active - lastActive) === 1
                    ? Math.min(
                    // Move the pointer at most the height of the last active item.
                    lastPointer + (renderedItems[lastActive]?.length ?? 0), 
                    // If the user moved by one item, move the pointer to the natural position of the active item as
                    // long as it doesn't move the cursor up.
                    Math.max(defaultPointerPosition, lastPointer))
                    : // Otherwise, move the pointer down by the difference between the active and last active item.
                        lastPointer + active - lastActive);
            }
        }
        else {
            /**
             * Creates the next position for the pointer considering a finite list of
             * items to be rendered on a page.
             *
             * The goal is to keep the pointer in the middle of the page whenever possible, until
             * we reach the bounds of the list (top or bottom). In which case, the cursor moves progressively
             * to the bottom or top of the list.
             */
            const spaceUnderActive = renderedItems
                .slice(active)
                .reduce((acc, item) => acc + item.length, 0);
            pointer =
                spaceUnderActive < pageSize - middle
                    ? // If the active item is near the end of the list, progressively move the cursor towards the end.
                        pageSize - spaceUnderActive
                    : // Otherwise, progressively move the pointer to the middle of the list.
                        Math.min(defaultPointerPosition, middle);
        }
    }
    // Save state for the next render
    state.current.lastPointer = pointer;
    state.current.lastActive = active;
    return pointer;
}
function usePagination({ items, active, renderItem, pageSize, loop = true, }) {
    const width = (0,_utils_js__WEBPACK_IMPORTED_MODULE_1__/* .readlineWidth */ .LH)();
    const bound = (num) => ((num % items.length) + items.length) % items.length;
    const renderedItems = items.map((item, index) => {
        if (item == null)
            return [];
        return (0,_utils_js__WEBPACK_IMPORTED_MODULE_1__/* .breakLines */ .bC)(renderItem({ item, index, isActive: index === active }), width).split('\n');
    });
    const renderedLength = renderedItems.reduce((acc, item) => acc + item.length, 0);
    const renderItemAtIndex = (index) => renderedItems[index] ?? [];
    const pointer = usePointerPosition({ active, renderedItems, pageSize, loop });
    // Render the active item to decide the position.
    // If the active item fits under the pointer, we render it there.
    // Otherwise, we need to render it to fit at the bottom of the page; moving the pointer up.
    const activeItem = renderItemAtIndex(active).slice(0, pageSize);
    const activeItemPosition = pointer + activeItem.length <= pageSize ? pointer : pageSize - activeItem.length;
    // Create an array of lines for the page, and add the lines of the active item into the page
    const pageBuffer = Array.from({ length: pageSize });
    pageBuffer.splice(activeItemPosition, activeItem.length, ...activeItem);
    // Store to prevent rendering the same item twice
    const itemVisited = new Set([active]);
    // Fill the page under the active item
    let bufferPointer = activeItemPosition + activeItem.length;
    let itemPointer = bound(active + 1);
    while (bufferPointer < pageSize &&
        !itemVisited.has(itemPointer) &&
        (loop && renderedLength > pageSize ? itemPointer !== active : itemPointer > active)) {
        const lines = renderItemAtIndex(itemPointer);
        const linesToAdd = lines.slice(0, pageSize - bufferPointer);
        pageBuffer.splice(bufferPointer, linesToAdd.length, ...linesToAdd);
        // Move pointers for next iteration
        itemVisited.add(itemPointer);
        bufferPointer += linesToAdd.length;
        itemPointer = bound(itemPointer + 1);
    }
    // Fill the page over the active item
    bufferPointer = activeItemPosition - 1;
    itemPointer = bound(active - 1);
    while (bufferPointer >= 0 &&
        !itemVisited.has(itemPointer) &&
        (loop && renderedLength > pageSize ? itemPointer !== active : itemPointer < active)) {
        const lines = renderItemAtIndex(itemPointer);
        const linesToAdd = lines.slice(Math.max(0, lines.length - bufferPointer - 1));
        pageBuffer.splice(bufferPointer - linesToAdd.length + 1, linesToAdd.length, ...linesToAdd);
        // Move pointers for next iteration
        itemVisited.add(itemPointer);
        bufferPointer -= linesToAdd.length;
        itemPointer = bound(itemPointer - 1);
    }
    return pageBuffer.filter((line) => typeof line === 'string').join('\n');
}


/***/ }),

/***/ 2068:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ useEffect)
/* harmony export */ });
/* harmony import */ var _hook_engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7827);

function useEffect(cb, depArray) {
    (0,_hook_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .withPointer */ .Uw)((pointer) => {
        const oldDeps = pointer.get();
        const hasChanged = !Array.isArray(oldDeps) || depArray.some((dep, i) => !Object.is(dep, oldDeps[i]));
        if (hasChanged) {
            _hook_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .effectScheduler */ .bl.queue(cb);
        }
        pointer.set(depArray);
    });
}


/***/ }),

/***/ 3767:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ useKeypress)
/* harmony export */ });
/* harmony import */ var _use_ref_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9480);
/* harmony import */ var _use_effect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2068);
/* harmony import */ var _hook_engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7827);



function useKeypress(userHandler) {
    const signal = (0,_use_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .useRef */ .l)(userHandler);
    signal.current = userHandler;
    (0,_use_effect_js__WEBPACK_IMPORTED_MODULE_1__/* .useEffect */ .v)((rl) => {
        let ignore = false;
        const handler = (0,_hook_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .withUpdates */ .BC)((_input, event) => {
            if (ignore)
                return;
            void signal.current(event, rl);
        });
        rl.input.on('keypress', handler);
        return () => {
            ignore = true;
            rl.input.removeListener('keypress', handler);
        };
    }, []);
}


/***/ }),

/***/ 8975:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ useMemo)
/* harmony export */ });
/* harmony import */ var _hook_engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7827);

function useMemo(fn, dependencies) {
    return (0,_hook_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .withPointer */ .Uw)((pointer) => {
        const prev = pointer.get();
        if (!pointer.initialized ||
            prev.dependencies.length !== dependencies.length ||
            prev.dependencies.some((dep, i) => dep !== dependencies[i])) {
            const value = fn();
            pointer.set({ value, dependencies });
            return value;
        }
        return prev.value;
    });
}


/***/ }),

/***/ 129:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ usePrefix)
/* harmony export */ });
/* harmony import */ var _use_state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1348);
/* harmony import */ var _use_effect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2068);
/* harmony import */ var _make_theme_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3625);



function usePrefix({ status = 'idle', theme, }) {
    const [showLoader, setShowLoader] = (0,_use_state_js__WEBPACK_IMPORTED_MODULE_0__/* .useState */ .J)(false);
    const [tick, setTick] = (0,_use_state_js__WEBPACK_IMPORTED_MODULE_0__/* .useState */ .J)(0);
    const { prefix, spinner } = (0,_make_theme_js__WEBPACK_IMPORTED_MODULE_1__/* .makeTheme */ .k)(theme);
    (0,_use_effect_js__WEBPACK_IMPORTED_MODULE_2__/* .useEffect */ .v)(() => {
        if (status === 'loading') {
            let tickInterval;
            let inc = -1;
            // Delay displaying spinner by 300ms, to avoid flickering
            const delayTimeout = setTimeout(() => {
                setShowLoader(true);
                tickInterval = setInterval(() => {
                    inc = inc + 1;
                    setTick(inc % spinner.frames.length);
                }, spinner.interval);
            }, 300);
            return () => {
                clearTimeout(delayTimeout);
                clearInterval(tickInterval);
            };
        }
        else {
            setShowLoader(false);
        }
    }, [status]);
    if (showLoader) {
        return spinner.frames[tick];
    }
    // There's a delay before we show the loader. So we want to ignore `loading` here, and pass idle instead.
    const iconName = status === 'loading' ? 'idle' : status;
    return typeof prefix === 'string' ? prefix : (prefix[iconName] ?? prefix['idle']);
}


/***/ }),

/***/ 9480:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ useRef)
/* harmony export */ });
/* harmony import */ var _use_state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1348);

function useRef(val) {
    return (0,_use_state_js__WEBPACK_IMPORTED_MODULE_0__/* .useState */ .J)({ current: val })[0];
}


/***/ }),

/***/ 1348:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ useState)
/* harmony export */ });
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6698);
/* harmony import */ var _hook_engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7827);


function isFactory(value) {
    return typeof value === 'function';
}
function isReducer(value) {
    return typeof value === 'function';
}
function useState(defaultValue) {
    return (0,_hook_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .withPointer */ .Uw)((pointer) => {
        const setState = node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncResource.bind(function setState(newValue) {
            const currentValue = pointer.get();
            const nextValue = isReducer(newValue) ? newValue(currentValue) : newValue;
            // Noop if the value is still the same.
            if (!Object.is(currentValue, nextValue)) {
                pointer.set(nextValue);
                // Trigger re-render
                (0,_hook_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .handleChange */ .ZB)();
            }
        });
        if (pointer.initialized) {
            return [pointer.get(), setState];
        }
        const value = isFactory(defaultValue) ? defaultValue() : defaultValue;
        pointer.set(value);
        return [value, setState];
    });
}


/***/ }),

/***/ 4774:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bC: () => (/* binding */ breakLines),
  LH: () => (/* binding */ readlineWidth),
  Ak: () => (/* binding */ wrapContent)
});

// EXTERNAL MODULE: ./node_modules/cli-width/index.js
var cli_width = __webpack_require__(8695);
// EXTERNAL MODULE: ./node_modules/fast-string-width/dist/index.js + 2 modules
var dist = __webpack_require__(3223);
;// CONCATENATED MODULE: ./node_modules/fast-wrap-ansi/lib/main.js

const ESC = '\x1B';
const CSI = '\x9B';
const END_CODE = 39;
const ANSI_ESCAPE_BELL = '\u0007';
const ANSI_CSI = '[';
const ANSI_OSC = ']';
const ANSI_SGR_TERMINATOR = 'm';
const ANSI_ESCAPE_LINK = `${ANSI_OSC}8;;`;
const GROUP_REGEX = new RegExp(`(?:\\${ANSI_CSI}(?<code>\\d+)m|\\${ANSI_ESCAPE_LINK}(?<uri>.*)${ANSI_ESCAPE_BELL})`, 'y');
const getClosingCode = (openingCode) => {
    if (openingCode >= 30 && openingCode <= 37)
        return 39;
    if (openingCode >= 90 && openingCode <= 97)
        return 39;
    if (openingCode >= 40 && openingCode <= 47)
        return 49;
    if (openingCode >= 100 && openingCode <= 107)
        return 49;
    if (openingCode === 1 || openingCode === 2)
        return 22;
    if (openingCode === 3)
        return 23;
    if (openingCode === 4)
        return 24;
    if (openingCode === 7)
        return 27;
    if (openingCode === 8)
        return 28;
    if (openingCode === 9)
        return 29;
    if (openingCode === 0)
        return 0;
    return undefined;
};
const wrapAnsiCode = (code) => `${ESC}${ANSI_CSI}${code}${ANSI_SGR_TERMINATOR}`;
const wrapAnsiHyperlink = (url) => `${ESC}${ANSI_ESCAPE_LINK}${url}${ANSI_ESCAPE_BELL}`;
const wrapWord = (rows, word, columns) => {
    const characters = word[Symbol.iterator]();
    let isInsideEscape = false;
    let isInsideLinkEscape = false;
    let lastRow = rows.at(-1);
    let visible = lastRow === undefined ? 0 : (0,dist/* default */.A)(lastRow);
    let currentCharacter = characters.next();
    let nextCharacter = characters.next();
    let rawCharacterIndex = 0;
    while (!currentCharacter.done) {
        const character = currentCharacter.value;
        const characterLength = (0,dist/* default */.A)(character);
        if (visible + characterLength <= columns) {
            rows[rows.length - 1] += character;
        }
        else {
            rows.push(character);
            visible = 0;
        }
        if (character === ESC || character === CSI) {
            isInsideEscape = true;
            isInsideLinkEscape = word.startsWith(ANSI_ESCAPE_LINK, rawCharacterIndex + 1);
        }
        if (isInsideEscape) {
            if (isInsideLinkEscape) {
                if (character === ANSI_ESCAPE_BELL) {
                    isInsideEscape = false;
                    isInsideLinkEscape = false;
                }
            }
            else if (character === ANSI_SGR_TERMINATOR) {
                isInsideEscape = false;
            }
        }
        else {
            visible += characterLength;
            if (visible === columns && !nextCharacter.done) {
                rows.push('');
                visible = 0;
            }
        }
        currentCharacter = nextCharacter;
        nextCharacter = characters.next();
        rawCharacterIndex += character.length;
    }
    lastRow = rows.at(-1);
    if (!visible && lastRow !== undefined && lastRow.length && rows.length > 1) {
        rows[rows.length - 2] += rows.pop();
    }
};
const stringVisibleTrimSpacesRight = (string) => {
    const words = string.split(' ');
    let last = words.length;
    while (last) {
        if ((0,dist/* default */.A)(words[last - 1])) {
            break;
        }
        last--;
    }
    if (last === words.length) {
        return string;
    }
    return words.slice(0, last).join(' ') + words.slice(last).join('');
};
const exec = (string, columns, options = {}) => {
    if (options.trim !== false && string.trim() === '') {
        return '';
    }
    let returnValue = '';
    let escapeCode;
    let escapeUrl;
    const words = string.split(' ');
    let rows = [''];
    let rowLength = 0;
    for (let index = 0; index < words.length; index++) {
        const word = words[index];
        if (options.trim !== false) {
            const row = rows.at(-1) ?? '';
            const trimmed = row.trimStart();
            if (row.length !== trimmed.length) {
                rows[rows.length - 1] = trimmed;
                rowLength = (0,dist/* default */.A)(trimmed);
            }
        }
        if (index !== 0) {
            if (rowLength >= columns &&
                (options.wordWrap === false || options.trim === false)) {
                rows.push('');
                rowLength = 0;
            }
            if (rowLength || options.trim === false) {
                rows[rows.length - 1] += ' ';
                rowLength++;
            }
        }
        const wordLength = (0,dist/* default */.A)(word);
        if (options.hard && wordLength > columns) {
            const remainingColumns = columns - rowLength;
            const breaksStartingThisLine = 1 + Math.floor((wordLength - remainingColumns - 1) / columns);
            const breaksStartingNextLine = Math.floor((wordLength - 1) / columns);
            if (breaksStartingNextLine < breaksStartingThisLine) {
                rows.push('');
            }
            wrapWord(rows, word, columns);
            rowLength = (0,dist/* default */.A)(rows.at(-1) ?? '');
            continue;
        }
        if (rowLength + wordLength > columns && rowLength && wordLength) {
            if (options.wordWrap === false && rowLength < columns) {
                wrapWord(rows, word, columns);
                rowLength = (0,dist/* default */.A)(rows.at(-1) ?? '');
                continue;
            }
            rows.push('');
            rowLength = 0;
        }
        if (rowLength + wordLength > columns && options.wordWrap === false) {
            wrapWord(rows, word, columns);
            rowLength = (0,dist/* default */.A)(rows.at(-1) ?? '');
            continue;
        }
        rows[rows.length - 1] += word;
        rowLength += wordLength;
    }
    if (options.trim !== false) {
        rows = rows.map((row) => stringVisibleTrimSpacesRight(row));
    }
    const preString = rows.join('\n');
    let inSurrogate = false;
    for (let i = 0; i < preString.length; i++) {
        const character = preString[i];
        returnValue += character;
        if (!inSurrogate) {
            inSurrogate = character >= '\ud800' && character <= '\udbff';
            if (inSurrogate) {
                continue;
            }
        }
        else {
            inSurrogate = false;
        }
        if (character === ESC || character === CSI) {
            GROUP_REGEX.lastIndex = i + 1;
            const groupsResult = GROUP_REGEX.exec(preString);
            const groups = groupsResult?.groups;
            if (groups?.code !== undefined) {
                const code = Number.parseFloat(groups.code);
                escapeCode = code === END_CODE ? undefined : code;
            }
            else if (groups?.uri !== undefined) {
                escapeUrl = groups.uri.length === 0 ? undefined : groups.uri;
            }
        }
        if (preString[i + 1] === '\n') {
            if (escapeUrl) {
                returnValue += wrapAnsiHyperlink('');
            }
            const closingCode = escapeCode ? getClosingCode(escapeCode) : undefined;
            if (escapeCode && closingCode) {
                returnValue += wrapAnsiCode(closingCode);
            }
        }
        else if (character === '\n') {
            if (escapeCode && getClosingCode(escapeCode)) {
                returnValue += wrapAnsiCode(escapeCode);
            }
            if (escapeUrl) {
                returnValue += wrapAnsiHyperlink(escapeUrl);
            }
        }
    }
    return returnValue;
};
const CRLF_OR_LF = /\r?\n/;
function wrapAnsi(string, columns, options) {
    return String(string)
        .normalize()
        .split(CRLF_OR_LF)
        .map((line) => exec(line, columns, options))
        .join('\n');
}

// EXTERNAL MODULE: ./node_modules/@inquirer/core/dist/lib/hook-engine.js
var hook_engine = __webpack_require__(7827);
;// CONCATENATED MODULE: ./node_modules/@inquirer/core/dist/lib/utils.js



/**
 * Force line returns at specific width. This function is ANSI code friendly and it'll
 * ignore invisible codes during width calculation.
 * @param {string} content
 * @param {number} width
 * @return {string}
 */
function breakLines(content, width) {
    return wrapContent(content, width).text;
}
// Wraps `content` and reports the geometry of its final logical line:
// `lastRow` is the last physical row of that line and `finalLineRows` is how
// many rows it spans (used by the screen manager to place the cursor back on
// the prompt line). `lastRow` is deliberately left untrimmed: readline counts
// trailing spaces when reporting the cursor position, so trimming here would
// make a line that ends exactly at the terminal edge look one column short.
function wrapContent(content, width) {
    const wrappedLines = content
        .split('\n')
        .map((line) => wrapAnsi(line, width, { trim: false, wordWrap: false }).split('\n'));
    const finalLine = wrappedLines.at(-1) ?? [];
    return {
        text: wrappedLines
            .flat()
            .map((line) => line.trimEnd())
            .join('\n'),
        lastRow: finalLine.at(-1) ?? '',
        finalLineRows: finalLine.length,
    };
}
/**
 * Returns the width of the active readline, or 80 as default value.
 * @returns {number}
 */
function readlineWidth() {
    return cli_width({ defaultWidth: 80, output: (0,hook_engine/* readline */.h1)().output });
}


/***/ }),

/***/ 7395:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* unused harmony exports mainSymbols, fallbackSymbols, replaceSymbols */
/* harmony import */ var node_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1708);
// process.env dot-notation access prints:
// Property 'TERM' comes from an index signature, so it must be accessed with ['TERM'].ts(4111)
/* eslint dot-notation: ["off"] */

// Ported from is-unicode-supported
function isUnicodeSupported() {
    if (!node_process__WEBPACK_IMPORTED_MODULE_0__.platform.startsWith('win')) {
        return node_process__WEBPACK_IMPORTED_MODULE_0__.env['TERM'] !== 'linux'; // Linux console (kernel)
    }
    return (Boolean(node_process__WEBPACK_IMPORTED_MODULE_0__.env['CI']) || // CI environments generally support unicode
        Boolean(node_process__WEBPACK_IMPORTED_MODULE_0__.env['WT_SESSION']) || // Windows Terminal
        Boolean(node_process__WEBPACK_IMPORTED_MODULE_0__.env['TERMINUS_SUBLIME']) || // Terminus (<0.2.27)
        node_process__WEBPACK_IMPORTED_MODULE_0__.env['ConEmuTask'] === '{cmd::Cmder}' || // ConEmu and cmder
        node_process__WEBPACK_IMPORTED_MODULE_0__.env['TERM_PROGRAM'] === 'Terminus-Sublime' ||
        node_process__WEBPACK_IMPORTED_MODULE_0__.env['TERM_PROGRAM'] === 'vscode' ||
        node_process__WEBPACK_IMPORTED_MODULE_0__.env['TERM'] === 'xterm-256color' ||
        node_process__WEBPACK_IMPORTED_MODULE_0__.env['TERM'] === 'alacritty' ||
        node_process__WEBPACK_IMPORTED_MODULE_0__.env['TERMINAL_EMULATOR'] === 'JetBrains-JediTerm');
}
// Ported from figures
const common = {
    circleQuestionMark: '(?)',
    questionMarkPrefix: '(?)',
    square: '█',
    squareDarkShade: '▓',
    squareMediumShade: '▒',
    squareLightShade: '░',
    squareTop: '▀',
    squareBottom: '▄',
    squareLeft: '▌',
    squareRight: '▐',
    squareCenter: '■',
    bullet: '●',
    dot: '․',
    ellipsis: '…',
    pointerSmall: '›',
    triangleUp: '▲',
    triangleUpSmall: '▴',
    triangleDown: '▼',
    triangleDownSmall: '▾',
    triangleLeftSmall: '◂',
    triangleRightSmall: '▸',
    home: '⌂',
    heart: '♥',
    musicNote: '♪',
    musicNoteBeamed: '♫',
    arrowUp: '↑',
    arrowDown: '↓',
    arrowLeft: '←',
    arrowRight: '→',
    arrowLeftRight: '↔',
    arrowUpDown: '↕',
    almostEqual: '≈',
    notEqual: '≠',
    lessOrEqual: '≤',
    greaterOrEqual: '≥',
    identical: '≡',
    infinity: '∞',
    subscriptZero: '₀',
    subscriptOne: '₁',
    subscriptTwo: '₂',
    subscriptThree: '₃',
    subscriptFour: '₄',
    subscriptFive: '₅',
    subscriptSix: '₆',
    subscriptSeven: '₇',
    subscriptEight: '₈',
    subscriptNine: '₉',
    oneHalf: '½',
    oneThird: '⅓',
    oneQuarter: '¼',
    oneFifth: '⅕',
    oneSixth: '⅙',
    oneEighth: '⅛',
    twoThirds: '⅔',
    twoFifths: '⅖',
    threeQuarters: '¾',
    threeFifths: '⅗',
    threeEighths: '⅜',
    fourFifths: '⅘',
    fiveSixths: '⅚',
    fiveEighths: '⅝',
    sevenEighths: '⅞',
    line: '─',
    lineBold: '━',
    lineDouble: '═',
    lineDashed0: '┄',
    lineDashed1: '┅',
    lineDashed2: '┈',
    lineDashed3: '┉',
    lineDashed4: '╌',
    lineDashed5: '╍',
    lineDashed6: '╴',
    lineDashed7: '╶',
    lineDashed8: '╸',
    lineDashed9: '╺',
    lineDashed10: '╼',
    lineDashed11: '╾',
    lineDashed12: '−',
    lineDashed13: '–',
    lineDashed14: '‐',
    lineDashed15: '⁃',
    lineVertical: '│',
    lineVerticalBold: '┃',
    lineVerticalDouble: '║',
    lineVerticalDashed0: '┆',
    lineVerticalDashed1: '┇',
    lineVerticalDashed2: '┊',
    lineVerticalDashed3: '┋',
    lineVerticalDashed4: '╎',
    lineVerticalDashed5: '╏',
    lineVerticalDashed6: '╵',
    lineVerticalDashed7: '╷',
    lineVerticalDashed8: '╹',
    lineVerticalDashed9: '╻',
    lineVerticalDashed10: '╽',
    lineVerticalDashed11: '╿',
    lineDownLeft: '┐',
    lineDownLeftArc: '╮',
    lineDownBoldLeftBold: '┓',
    lineDownBoldLeft: '┒',
    lineDownLeftBold: '┑',
    lineDownDoubleLeftDouble: '╗',
    lineDownDoubleLeft: '╖',
    lineDownLeftDouble: '╕',
    lineDownRight: '┌',
    lineDownRightArc: '╭',
    lineDownBoldRightBold: '┏',
    lineDownBoldRight: '┎',
    lineDownRightBold: '┍',
    lineDownDoubleRightDouble: '╔',
    lineDownDoubleRight: '╓',
    lineDownRightDouble: '╒',
    lineUpLeft: '┘',
    lineUpLeftArc: '╯',
    lineUpBoldLeftBold: '┛',
    lineUpBoldLeft: '┚',
    lineUpLeftBold: '┙',
    lineUpDoubleLeftDouble: '╝',
    lineUpDoubleLeft: '╜',
    lineUpLeftDouble: '╛',
    lineUpRight: '└',
    lineUpRightArc: '╰',
    lineUpBoldRightBold: '┗',
    lineUpBoldRight: '┖',
    lineUpRightBold: '┕',
    lineUpDoubleRightDouble: '╚',
    lineUpDoubleRight: '╙',
    lineUpRightDouble: '╘',
    lineUpDownLeft: '┤',
    lineUpBoldDownBoldLeftBold: '┫',
    lineUpBoldDownBoldLeft: '┨',
    lineUpDownLeftBold: '┥',
    lineUpBoldDownLeftBold: '┩',
    lineUpDownBoldLeftBold: '┪',
    lineUpDownBoldLeft: '┧',
    lineUpBoldDownLeft: '┦',
    lineUpDoubleDownDoubleLeftDouble: '╣',
    lineUpDoubleDownDoubleLeft: '╢',
    lineUpDownLeftDouble: '╡',
    lineUpDownRight: '├',
    lineUpBoldDownBoldRightBold: '┣',
    lineUpBoldDownBoldRight: '┠',
    lineUpDownRightBold: '┝',
    lineUpBoldDownRightBold: '┡',
    lineUpDownBoldRightBold: '┢',
    lineUpDownBoldRight: '┟',
    lineUpBoldDownRight: '┞',
    lineUpDoubleDownDoubleRightDouble: '╠',
    lineUpDoubleDownDoubleRight: '╟',
    lineUpDownRightDouble: '╞',
    lineDownLeftRight: '┬',
    lineDownBoldLeftBoldRightBold: '┳',
    lineDownLeftBoldRightBold: '┯',
    lineDownBoldLeftRight: '┰',
    lineDownBoldLeftBoldRight: '┱',
    lineDownBoldLeftRightBold: '┲',
    lineDownLeftRightBold: '┮',
    lineDownLeftBoldRight: '┭',
    lineDownDoubleLeftDoubleRightDouble: '╦',
    lineDownDoubleLeftRight: '╥',
    lineDownLeftDoubleRightDouble: '╤',
    lineUpLeftRight: '┴',
    lineUpBoldLeftBoldRightBold: '┻',
    lineUpLeftBoldRightBold: '┷',
    lineUpBoldLeftRight: '┸',
    lineUpBoldLeftBoldRight: '┹',
    lineUpBoldLeftRightBold: '┺',
    lineUpLeftRightBold: '┶',
    lineUpLeftBoldRight: '┵',
    lineUpDoubleLeftDoubleRightDouble: '╩',
    lineUpDoubleLeftRight: '╨',
    lineUpLeftDoubleRightDouble: '╧',
    lineUpDownLeftRight: '┼',
    lineUpBoldDownBoldLeftBoldRightBold: '╋',
    lineUpDownBoldLeftBoldRightBold: '╈',
    lineUpBoldDownLeftBoldRightBold: '╇',
    lineUpBoldDownBoldLeftRightBold: '╊',
    lineUpBoldDownBoldLeftBoldRight: '╉',
    lineUpBoldDownLeftRight: '╀',
    lineUpDownBoldLeftRight: '╁',
    lineUpDownLeftBoldRight: '┽',
    lineUpDownLeftRightBold: '┾',
    lineUpBoldDownBoldLeftRight: '╂',
    lineUpDownLeftBoldRightBold: '┿',
    lineUpBoldDownLeftBoldRight: '╃',
    lineUpBoldDownLeftRightBold: '╄',
    lineUpDownBoldLeftBoldRight: '╅',
    lineUpDownBoldLeftRightBold: '╆',
    lineUpDoubleDownDoubleLeftDoubleRightDouble: '╬',
    lineUpDoubleDownDoubleLeftRight: '╫',
    lineUpDownLeftDoubleRightDouble: '╪',
    lineCross: '╳',
    lineBackslash: '╲',
    lineSlash: '╱',
};
const specialMainSymbols = {
    tick: '✔',
    info: 'ℹ',
    warning: '⚠',
    cross: '✘',
    squareSmall: '◻',
    squareSmallFilled: '◼',
    circle: '◯',
    circleFilled: '◉',
    circleDotted: '◌',
    circleDouble: '◎',
    circleCircle: 'ⓞ',
    circleCross: 'ⓧ',
    circlePipe: 'Ⓘ',
    radioOn: '◉',
    radioOff: '◯',
    checkboxOn: '☒',
    checkboxOff: '☐',
    checkboxCircleOn: 'ⓧ',
    checkboxCircleOff: 'Ⓘ',
    pointer: '❯',
    triangleUpOutline: '△',
    triangleLeft: '◀',
    triangleRight: '▶',
    lozenge: '◆',
    lozengeOutline: '◇',
    hamburger: '☰',
    smiley: '㋡',
    mustache: '෴',
    star: '★',
    play: '▶',
    nodejs: '⬢',
    oneSeventh: '⅐',
    oneNinth: '⅑',
    oneTenth: '⅒',
};
const specialFallbackSymbols = {
    tick: '√',
    info: 'i',
    warning: '‼',
    cross: '×',
    squareSmall: '□',
    squareSmallFilled: '■',
    circle: '( )',
    circleFilled: '(*)',
    circleDotted: '( )',
    circleDouble: '( )',
    circleCircle: '(○)',
    circleCross: '(×)',
    circlePipe: '(│)',
    radioOn: '(*)',
    radioOff: '( )',
    checkboxOn: '[×]',
    checkboxOff: '[ ]',
    checkboxCircleOn: '(×)',
    checkboxCircleOff: '( )',
    pointer: '>',
    triangleUpOutline: '∆',
    triangleLeft: '◄',
    triangleRight: '►',
    lozenge: '♦',
    lozengeOutline: '◊',
    hamburger: '≡',
    smiley: '☺',
    mustache: '┌─┐',
    star: '✶',
    play: '►',
    nodejs: '♦',
    oneSeventh: '1/7',
    oneNinth: '1/9',
    oneTenth: '1/10',
};
const mainSymbols = {
    ...common,
    ...specialMainSymbols,
};
const fallbackSymbols = {
    ...common,
    ...specialFallbackSymbols,
};
const shouldUseMain = isUnicodeSupported();
const figures = shouldUseMain
    ? mainSymbols
    : fallbackSymbols;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (figures);
const replacements = Object.entries(specialMainSymbols);
// On terminals which do not support Unicode symbols, substitute them to other symbols
const replaceSymbols = (string, { useFallback = !shouldUseMain } = {}) => {
    if (useFallback) {
        for (const [key, mainSymbol] of replacements) {
            const fallbackSymbol = fallbackSymbols[key];
            if (!fallbackSymbol) {
                throw new Error(`Unable to find fallback for ${key}`);
            }
            string = string.replaceAll(mainSymbol, fallbackSymbol);
        }
    }
    return string;
};


/***/ }),

/***/ 8992:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3382);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3625);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1348);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(129);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3767);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(348);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2068);

const inputTheme = {
    validationFailureMode: 'keep',
};
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_inquirer_core__WEBPACK_IMPORTED_MODULE_0__/* .createPrompt */ .H)((config, done) => {
    const { prefill = 'tab' } = config;
    const theme = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_1__/* .makeTheme */ .k)(inputTheme, config.theme);
    const [status, setStatus] = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_2__/* .useState */ .J)('idle');
    // Coerce to string to handle runtime values that may be numbers despite TypeScript types
    // oxlint-disable-next-line typescript/no-unnecessary-type-conversion
    const [defaultValue, setDefaultValue] = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_2__/* .useState */ .J)(String(config.default ?? ''));
    const [errorMsg, setError] = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_2__/* .useState */ .J)();
    const [value, setValue] = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_2__/* .useState */ .J)('');
    const prefix = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_3__/* .usePrefix */ .M)({ status, theme });
    async function validate(value) {
        const { required, pattern, patternError = 'Invalid input' } = config;
        if (required && !value) {
            return 'You must provide a value';
        }
        if (pattern && value.search(pattern) === -1) {
            return patternError;
        }
        if (typeof config.validate === 'function') {
            return (await config.validate(value)) || 'You must provide a valid value';
        }
        return true;
    }
    (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_4__/* .useKeypress */ .o)(async (key, rl) => {
        // Ignore keypress while our prompt is doing other processing.
        if (status !== 'idle') {
            return;
        }
        if ((0,_inquirer_core__WEBPACK_IMPORTED_MODULE_5__/* .isEnterKey */ .Ci)(key)) {
            const answer = value || defaultValue;
            setStatus('loading');
            const isValid = await validate(answer);
            if (isValid === true) {
                setError(undefined);
                setValue(answer);
                setStatus('done');
                done(answer);
            }
            else {
                // Keys pressed while validating were ignored, but readline still added them to its line.
                rl.clearLine(0);
                if (theme.validationFailureMode === 'clear') {
                    setValue('');
                }
                else {
                    // Reset the readline line value to the previous value. On line event, the value
                    // get cleared, forcing the user to re-enter the value instead of fixing it.
                    rl.write(value);
                }
                setError(isValid);
                setStatus('idle');
            }
        }
        else if ((0,_inquirer_core__WEBPACK_IMPORTED_MODULE_5__/* .isBackspaceKey */ .fQ)(key) && !value) {
            setDefaultValue('');
        }
        else if ((0,_inquirer_core__WEBPACK_IMPORTED_MODULE_5__/* .isTabKey */ .vY)(key) && !value) {
            setDefaultValue('');
            rl.clearLine(0); // Remove the tab character.
            rl.write(defaultValue);
            setValue(defaultValue);
        }
        else {
            setValue(rl.line);
            setError(undefined);
        }
    });
    // If prefill is set to 'editable' cut out the default value and paste into current state and the user's cli buffer
    // They can edit the value immediately instead of needing to press 'tab'
    (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_6__/* .useEffect */ .v)((rl) => {
        if (prefill === 'editable' && defaultValue) {
            rl.write(defaultValue);
            setValue(defaultValue);
        }
    }, []);
    const message = theme.style.message(config.message, status);
    let formattedValue = value;
    if (typeof config.transformer === 'function') {
        formattedValue = config.transformer(value, { isFinal: status === 'done' });
    }
    else if (status === 'done') {
        formattedValue = theme.style.answer(value);
    }
    let defaultStr;
    if (defaultValue && status !== 'done' && !value) {
        defaultStr = theme.style.defaultAnswer(defaultValue);
    }
    let error = '';
    if (errorMsg) {
        error = theme.style.error(errorMsg);
    }
    return [
        [prefix, message, defaultStr, formattedValue]
            .filter((v) => v !== undefined)
            .join(' '),
        error,
    ];
}));


/***/ }),

/***/ 6666:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5159);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3382);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3625);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1348);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(129);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9480);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8975);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5836);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3767);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(348);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(2068);
/* harmony import */ var _inquirer_core__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(3172);
/* harmony import */ var _inquirer_ansi__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(9375);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var _inquirer_figures__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7395);




// Only treat the typed line as a numeric index when it's plain digits from
// start to finish, so JS-numeric forms like `2e1` or `0x2` don't jump the
// cursor to a bogus index.
const numberLineRegex = /^\d+$/;
const selectTheme = {
    icon: { cursor: _inquirer_figures__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .Ay.pointer },
    style: {
        disabled: (text) => (0,node_util__WEBPACK_IMPORTED_MODULE_0__.styleText)('dim', text),
        description: (text) => (0,node_util__WEBPACK_IMPORTED_MODULE_0__.styleText)('cyan', text),
        keysHelpTip: (keys) => keys
            .map(([key, action]) => `${(0,node_util__WEBPACK_IMPORTED_MODULE_0__.styleText)('bold', key)} ${(0,node_util__WEBPACK_IMPORTED_MODULE_0__.styleText)('dim', action)}`)
            .join((0,node_util__WEBPACK_IMPORTED_MODULE_0__.styleText)('dim', ' • ')),
    },
    i18n: { disabledError: 'This option is disabled and cannot be selected.' },
    indexMode: 'hidden',
};
function isSelectable(item) {
    return !_inquirer_core__WEBPACK_IMPORTED_MODULE_2__/* .Separator */ .w.isSeparator(item) && !item.disabled;
}
function isNavigable(item) {
    return !_inquirer_core__WEBPACK_IMPORTED_MODULE_2__/* .Separator */ .w.isSeparator(item);
}
function normalizeChoices(choices) {
    return choices.map((choice) => {
        if (_inquirer_core__WEBPACK_IMPORTED_MODULE_2__/* .Separator */ .w.isSeparator(choice))
            return choice;
        if (typeof choice !== 'object' || choice === null || !('value' in choice)) {
            // It's a raw value (string, number, etc.)
            const name = String(choice);
            return {
                value: choice,
                name,
                short: name,
                disabled: false,
            };
        }
        const name = choice.name ?? String(choice.value);
        const normalizedChoice = {
            value: choice.value,
            name,
            short: choice.short ?? name,
            disabled: choice.disabled ?? false,
        };
        if (choice.description) {
            normalizedChoice.description = choice.description;
        }
        return normalizedChoice;
    });
}
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_inquirer_core__WEBPACK_IMPORTED_MODULE_3__/* .createPrompt */ .H)((config, done) => {
    const { loop = true, pageSize = 7 } = config;
    const theme = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_4__/* .makeTheme */ .k)(selectTheme, config.theme);
    const { keybindings } = theme;
    const [status, setStatus] = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_5__/* .useState */ .J)('idle');
    const prefix = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_6__/* .usePrefix */ .M)({ status, theme });
    const searchTimeoutRef = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_7__/* .useRef */ .l)();
    // Vim keybindings (j/k) conflict with typing those letters in search.
    const searchEnabled = !keybindings.includes('vim');
    const items = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_8__/* .useMemo */ .K)(() => normalizeChoices(config.choices), [config.choices]);
    const bounds = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_8__/* .useMemo */ .K)(() => {
        const first = items.findIndex(isNavigable);
        const last = items.findLastIndex(isNavigable);
        if (first === -1) {
            throw new _inquirer_core__WEBPACK_IMPORTED_MODULE_9__/* .ValidationError */ .yI('[select prompt] No selectable choices. All choices are disabled.');
        }
        return { first, last };
    }, [items]);
    const defaultItemIndex = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_8__/* .useMemo */ .K)(() => {
        if (!('default' in config))
            return -1;
        return items.findIndex((item) => isSelectable(item) && item.value === config.default);
    }, [config.default, items]);
    const [active, setActive] = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_5__/* .useState */ .J)(defaultItemIndex === -1 ? bounds.first : defaultItemIndex);
    const selectedChoice = items[active];
    if (selectedChoice == null || _inquirer_core__WEBPACK_IMPORTED_MODULE_2__/* .Separator */ .w.isSeparator(selectedChoice)) {
        throw new Error('Active index does not point to a choice');
    }
    const [errorMsg, setError] = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_5__/* .useState */ .J)();
    (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_10__/* .useKeypress */ .o)((key, rl) => {
        clearTimeout(searchTimeoutRef.current);
        if (errorMsg) {
            setError(undefined);
        }
        if ((0,_inquirer_core__WEBPACK_IMPORTED_MODULE_11__/* .isEnterKey */ .Ci)(key)) {
            if (selectedChoice.disabled) {
                setError(theme.i18n.disabledError);
            }
            else {
                setStatus('done');
                done(selectedChoice.value);
            }
        }
        else if ((0,_inquirer_core__WEBPACK_IMPORTED_MODULE_11__/* .isUpKey */ .$u)(key, keybindings) || (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_11__/* .isDownKey */ .gf)(key, keybindings)) {
            rl.clearLine(0);
            if (loop ||
                ((0,_inquirer_core__WEBPACK_IMPORTED_MODULE_11__/* .isUpKey */ .$u)(key, keybindings) && active !== bounds.first) ||
                ((0,_inquirer_core__WEBPACK_IMPORTED_MODULE_11__/* .isDownKey */ .gf)(key, keybindings) && active !== bounds.last)) {
                const offset = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_11__/* .isUpKey */ .$u)(key, keybindings) ? -1 : 1;
                let next = active;
                do {
                    next = (next + offset + items.length) % items.length;
                } while (!isNavigable(items[next]));
                setActive(next);
            }
        }
        else if ((0,_inquirer_core__WEBPACK_IMPORTED_MODULE_11__/* .isNumberKey */ .$0)(key) && numberLineRegex.test(rl.line)) {
            const selectedIndex = Number(rl.line) - 1;
            // Find the nth item (ignoring separators)
            let selectableIndex = -1;
            const position = items.findIndex((item) => {
                if (_inquirer_core__WEBPACK_IMPORTED_MODULE_2__/* .Separator */ .w.isSeparator(item))
                    return false;
                selectableIndex++;
                return selectableIndex === selectedIndex;
            });
            const item = items[position];
            if (item != null && isSelectable(item)) {
                setActive(position);
            }
            searchTimeoutRef.current = setTimeout(() => {
                rl.clearLine(0);
            }, 700);
        }
        else if ((0,_inquirer_core__WEBPACK_IMPORTED_MODULE_11__/* .isBackspaceKey */ .fQ)(key)) {
            rl.clearLine(0);
        }
        else if (searchEnabled) {
            const searchTerm = rl.line.toLowerCase();
            const matchIndex = items.findIndex((item) => {
                if (_inquirer_core__WEBPACK_IMPORTED_MODULE_2__/* .Separator */ .w.isSeparator(item) || !isSelectable(item))
                    return false;
                return item.name.toLowerCase().startsWith(searchTerm);
            });
            if (matchIndex !== -1) {
                setActive(matchIndex);
            }
            searchTimeoutRef.current = setTimeout(() => {
                rl.clearLine(0);
            }, 700);
        }
    });
    (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_12__/* .useEffect */ .v)(() => () => {
        clearTimeout(searchTimeoutRef.current);
    }, []);
    const message = theme.style.message(config.message, status);
    const helpLine = theme.style.keysHelpTip([
        ['↑↓', 'navigate'],
        ['⏎', 'select'],
    ]);
    let separatorCount = 0;
    const page = (0,_inquirer_core__WEBPACK_IMPORTED_MODULE_13__/* .usePagination */ .W)({
        items,
        active,
        renderItem({ item, isActive, index }) {
            if (_inquirer_core__WEBPACK_IMPORTED_MODULE_2__/* .Separator */ .w.isSeparator(item)) {
                separatorCount++;
                return ` ${item.separator}`;
            }
            const cursor = isActive ? theme.icon.cursor : ' ';
            const indexLabel = theme.indexMode === 'number' ? `${index + 1 - separatorCount}. ` : '';
            if (item.disabled) {
                const disabledLabel = typeof item.disabled === 'string' ? item.disabled : '(disabled)';
                const disabledCursor = isActive ? theme.icon.cursor : '-';
                return theme.style.disabled(`${disabledCursor} ${indexLabel}${item.name} ${disabledLabel}`);
            }
            const color = isActive ? theme.style.highlight : (x) => x;
            return color(`${cursor} ${indexLabel}${item.name}`);
        },
        pageSize,
        loop,
    });
    if (status === 'done') {
        return [prefix, message, theme.style.answer(selectedChoice.short)]
            .filter(Boolean)
            .join(' ');
    }
    const { description } = selectedChoice;
    const lines = [
        [prefix, message].filter(Boolean).join(' '),
        page,
        ' ',
        description ? theme.style.description(description) : '',
        errorMsg ? theme.style.error(errorMsg) : '',
        helpLine,
    ]
        .filter(Boolean)
        .join('\n')
        .trimEnd();
    return `${lines}${_inquirer_ansi__WEBPACK_IMPORTED_MODULE_14__/* .cursorHide */ .$m}`;
}));



/***/ }),

/***/ 3223:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ fast_string_width_dist)
});

;// CONCATENATED MODULE: ./node_modules/fast-string-truncated-width/dist/utils.js
/* MAIN */
const getCodePointsLength = (() => {
    const SURROGATE_PAIR_RE = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
    return (input) => {
        let surrogatePairsNr = 0;
        SURROGATE_PAIR_RE.lastIndex = 0;
        while (SURROGATE_PAIR_RE.test(input)) {
            surrogatePairsNr += 1;
        }
        return input.length - surrogatePairsNr;
    };
})();
const isFullWidth = (x) => {
    return x === 0x3000 || x >= 0xFF01 && x <= 0xFF60 || x >= 0xFFE0 && x <= 0xFFE6;
};
const isWideNotCJKTNotEmoji = (x) => {
    return x === 0x231B || x === 0x2329 || x >= 0x2FF0 && x <= 0x2FFF || x >= 0x3001 && x <= 0x303E || x >= 0x3099 && x <= 0x30FF || x >= 0x3105 && x <= 0x312F || x >= 0x3131 && x <= 0x318E || x >= 0x3190 && x <= 0x31E3 || x >= 0x31EF && x <= 0x321E || x >= 0x3220 && x <= 0x3247 || x >= 0x3250 && x <= 0x4DBF || x >= 0xFE10 && x <= 0xFE19 || x >= 0xFE30 && x <= 0xFE52 || x >= 0xFE54 && x <= 0xFE66 || x >= 0xFE68 && x <= 0xFE6B || x >= 0x1F200 && x <= 0x1F202 || x >= 0x1F210 && x <= 0x1F23B || x >= 0x1F240 && x <= 0x1F248 || x >= 0x20000 && x <= 0x2FFFD || x >= 0x30000 && x <= 0x3FFFD;
};
/* EXPORT */


;// CONCATENATED MODULE: ./node_modules/fast-string-truncated-width/dist/index.js
/* IMPORT */

/* HELPERS */
const ANSI_RE = /[\u001b\u009b][[()#;?]*(?:[0-9]{1,4}(?:;[0-9]{0,4})*)?[0-9A-ORZcf-nqry=><]|\u001b\]8;[^;]*;.*?(?:\u0007|\u001b\u005c)/y;
const CONTROL_RE = /[\x00-\x08\x0A-\x1F\x7F-\x9F]{1,1000}/y;
const CJKT_WIDE_RE = /(?:(?![\uFF61-\uFF9F\uFF00-\uFFEF])[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Tangut}]){1,1000}/yu;
const TAB_RE = /\t{1,1000}/y;
const EMOJI_RE = /[\u{1F1E6}-\u{1F1FF}]{2}|\u{1F3F4}[\u{E0061}-\u{E007A}]{2}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{1,3}\u{E007F}|(?:\p{Emoji}\uFE0F\u20E3?|\p{Emoji_Modifier_Base}\p{Emoji_Modifier}?|\p{Emoji_Presentation})(?:\u200D(?:\p{Emoji_Modifier_Base}\p{Emoji_Modifier}?|\p{Emoji_Presentation}|\p{Emoji}\uFE0F\u20E3?))*/yu;
const LATIN_RE = /(?:[\x20-\x7E\xA0-\xFF](?!\uFE0F)){1,1000}/y;
const MODIFIER_RE = /\p{M}+/gu;
const NO_TRUNCATION = { limit: Infinity, ellipsis: '' };
/* MAIN */
const getStringTruncatedWidth = (input, truncationOptions = {}, widthOptions = {}) => {
    /* CONSTANTS */
    const LIMIT = truncationOptions.limit ?? Infinity;
    const ELLIPSIS = truncationOptions.ellipsis ?? '';
    const ELLIPSIS_WIDTH = truncationOptions?.ellipsisWidth ?? (ELLIPSIS ? getStringTruncatedWidth(ELLIPSIS, NO_TRUNCATION, widthOptions).width : 0);
    const ANSI_WIDTH = 0;
    const CONTROL_WIDTH = widthOptions.controlWidth ?? 0;
    const TAB_WIDTH = widthOptions.tabWidth ?? 8;
    const EMOJI_WIDTH = widthOptions.emojiWidth ?? 2;
    const FULL_WIDTH_WIDTH = 2;
    const REGULAR_WIDTH = widthOptions.regularWidth ?? 1;
    const WIDE_WIDTH = widthOptions.wideWidth ?? FULL_WIDTH_WIDTH;
    const PARSE_BLOCKS = [
        [LATIN_RE, REGULAR_WIDTH],
        [ANSI_RE, ANSI_WIDTH],
        [CONTROL_RE, CONTROL_WIDTH],
        [TAB_RE, TAB_WIDTH],
        [EMOJI_RE, EMOJI_WIDTH],
        [CJKT_WIDE_RE, WIDE_WIDTH],
    ];
    /* STATE */
    let indexPrev = 0;
    let index = 0;
    let length = input.length;
    let lengthExtra = 0;
    let truncationEnabled = false;
    let truncationIndex = length;
    let truncationLimit = Math.max(0, LIMIT - ELLIPSIS_WIDTH);
    let unmatchedStart = 0;
    let unmatchedEnd = 0;
    let width = 0;
    let widthExtra = 0;
    /* PARSE LOOP */
    outer: while (true) {
        /* UNMATCHED */
        if ((unmatchedEnd > unmatchedStart) || (index >= length && index > indexPrev)) {
            const unmatched = input.slice(unmatchedStart, unmatchedEnd) || input.slice(indexPrev, index);
            lengthExtra = 0;
            for (const char of unmatched.replaceAll(MODIFIER_RE, '')) {
                const codePoint = char.codePointAt(0) || 0;
                if (isFullWidth(codePoint)) {
                    widthExtra = FULL_WIDTH_WIDTH;
                }
                else if (isWideNotCJKTNotEmoji(codePoint)) {
                    widthExtra = WIDE_WIDTH;
                }
                else {
                    widthExtra = REGULAR_WIDTH;
                }
                if ((width + widthExtra) > truncationLimit) {
                    truncationIndex = Math.min(truncationIndex, Math.max(unmatchedStart, indexPrev) + lengthExtra);
                }
                if ((width + widthExtra) > LIMIT) {
                    truncationEnabled = true;
                    break outer;
                }
                lengthExtra += char.length;
                width += widthExtra;
            }
            unmatchedStart = unmatchedEnd = 0;
        }
        /* EXITING */
        if (index >= length) {
            break outer;
        }
        /* PARSE BLOCKS */
        for (let i = 0, l = PARSE_BLOCKS.length; i < l; i++) {
            const [BLOCK_RE, BLOCK_WIDTH] = PARSE_BLOCKS[i];
            BLOCK_RE.lastIndex = index;
            if (BLOCK_RE.test(input)) {
                lengthExtra = BLOCK_RE === CJKT_WIDE_RE ? getCodePointsLength(input.slice(index, BLOCK_RE.lastIndex)) : BLOCK_RE === EMOJI_RE ? 1 : BLOCK_RE.lastIndex - index;
                widthExtra = lengthExtra * BLOCK_WIDTH;
                if ((width + widthExtra) > truncationLimit) {
                    truncationIndex = Math.min(truncationIndex, index + Math.floor((truncationLimit - width) / BLOCK_WIDTH));
                }
                if ((width + widthExtra) > LIMIT) {
                    truncationEnabled = true;
                    break outer;
                }
                width += widthExtra;
                unmatchedStart = indexPrev;
                unmatchedEnd = index;
                index = indexPrev = BLOCK_RE.lastIndex;
                continue outer;
            }
        }
        /* UNMATCHED INDEX */
        index += 1;
    }
    /* RETURN */
    return {
        width: truncationEnabled ? truncationLimit : width,
        index: truncationEnabled ? truncationIndex : length,
        truncated: truncationEnabled,
        ellipsed: truncationEnabled && LIMIT >= ELLIPSIS_WIDTH
    };
};
/* EXPORT */
/* harmony default export */ const dist = (getStringTruncatedWidth);

;// CONCATENATED MODULE: ./node_modules/fast-string-width/dist/index.js
/* IMPORT */

/* HELPERS */
const dist_NO_TRUNCATION = {
    limit: Infinity,
    ellipsis: '',
    ellipsisWidth: 0,
};
/* MAIN */
const fastStringWidth = (input, options = {}) => {
    return dist(input, dist_NO_TRUNCATION, options).width;
};
/* EXPORT */
/* harmony default export */ const fast_string_width_dist = (fastStringWidth);


/***/ })

};
