import { createRequire as __dlRequire } from 'node:module';import { fileURLToPath as __dlPath } from 'node:url';const require = __dlRequire(import.meta.url);const __filename = __dlPath(import.meta.url);const __dirname = __dlPath(new URL('.', import.meta.url));
function c(r,t){if(r.length<=t)return r;let n=Math.max(t,0);return n>0&&/[\uD800-\uDBFF]/.test(r[n-1])&&n--,r.slice(0,n)}function g(r,t){let n=Buffer.from(r,"utf8");if(n.length<=t)return r;let e=Math.max(t,0);for(;e>0&&(n[e]&192)===128;)e--;return n.subarray(0,e).toString("utf8")}function s(r,t,n){return`[TRUNCATED ${r}: omitted ${t} ${n}]`}function o(r,t,n){let e=Buffer.byteLength(r,"utf8");if(e<=t)return r;let u=f=>`
${s(n,f,"bytes")}`,i=g(r,t-Buffer.byteLength(u(e)));return`${i}${u(e-Buffer.byteLength(i,"utf8"))}`}function a(r,t,n){let e=c(r,t);return e===r?r:`${e}

${s(n,r.length-e.length,"characters")}`}export{c as a,g as b,s as c,o as d,a as e};
