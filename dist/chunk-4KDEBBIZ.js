import { createRequire as __dlRequire } from 'node:module';import { fileURLToPath as __dlPath } from 'node:url';const require = __dlRequire(import.meta.url);const __filename = __dlPath(import.meta.url);const __dirname = __dlPath(new URL('.', import.meta.url));
import{a as _,b as T}from"./chunk-ZAASIUI3.js";import{M as p}from"./chunk-NTAI4H7M.js";var f=65536,h=256,M=1024*1024,$=f-p,m=f-536,x=f-5536;function E(t){return t.length<=h?t:`${_(t,h-1)}\u2026`}function a(t,n=120){let e=t.replace(/\r?\n/g," ").replace(/\|/g,"\\|");if(e.length<=n)return e;let r=Array.from(e);return r.length>n?`${r.slice(0,n-1).join("")}\u2026`:e}function y(t){return/^[\w./@+,=~ -]+$/.test(t)&&!t.startsWith(" ")&&!t.endsWith(" ")?`\`${t}\``:`\`${JSON.stringify(t).slice(1,-1).replace(/</g,"\\u003c").replace(/>/g,"\\u003e").replace(/`/g,"\\u0060")}\``}function O(t,n){if(!n.length)return"";let e=r=>`| ${r.join(" | ")} |`;return[e(t),e(t.map(()=>"---")),...n.map(e)].join(`
`)}function C(t,n,e,r){let o=O(t,n);if(o.length<=e)return o;let i=c=>`| ${c.join(" | ")} |`,s=[i(t),i(t.map(()=>"---"))],l=s.join(`
`).length+r(n.length).length+2,u=0;for(let c of n){let g=i(c);if(l+g.length+1>e)break;s.push(g),l+=g.length+1,u++}return`${u?s.join(`
`):""}

${r(n.length-u)}`.trim()}function B(t,n,e=$){if(t.length+n.length<=e)return`${t}${n}`;let r=`

[\u2026 cut here to stay under GitHub's body limit]`,o=Math.max(0,e-n.length-r.length),i=t.slice(0,o);return/[\uD800-\uDBFF]$/.test(i)&&(i=i.slice(0,-1)),`${i}${r}${n}`.slice(0,e)}function H(t,n=M){if(Buffer.byteLength(t)<=n)return t;let e=`

_[TRUNCATED summary: it is over GitHub\u2019s 1 MiB limit; the \`report\` output has everything]_
`,r=T(t,n-Buffer.byteLength(e));return`${r.slice(0,r.lastIndexOf(`
`))}${e}`}function L(t){return t===void 0?"\u2014":`#${t}`}export{$ as a,m as b,x as c,E as d,a as e,y as f,O as g,C as h,B as i,H as j,L as k};
