import { createRequire as __dlRequire } from 'node:module';import { fileURLToPath as __dlPath } from 'node:url';const require = __dlRequire(import.meta.url);const __filename = __dlPath(import.meta.url);const __dirname = __dlPath(new URL('.', import.meta.url));
import{e as f,f as g}from"./chunk-2FRSJF4L.js";import{g as d}from"./chunk-JUTYQNHZ.js";import{d as b,f as i,i as p}from"./chunk-4KDEBBIZ.js";import{d as m}from"./chunk-MPM6BPBV.js";import{k as u,o as h}from"./chunk-NTAI4H7M.js";function y(e){let t=e.slice(0,50).map(s=>`- ${i(s.path)} (${s.status})`);return[`${e.length} file(s) changed:`,...t,...e.length>50?[`- \u2026 ${e.length-50} more`]:[]].join(`
`)}function k(e){let{task:t}=e,s=[h(t.attempt),`Delivery Loop refused the change of attempt ${t.attempt} (branch \`${t.branch}\`): nothing was pushed. The next attempt must keep to these rules:`,"",...e.refusals.map(r=>`- **${r.rule}**: ${g(f(r.detail))}`),"","This attempt counts as one without progress.",...e.attestation?["",e.attestation]:[]].join(`
`);return[{op:"comment",issue:t.issue,body:s},...e.claim?[{op:"release-claim",commentId:e.claim.commentId,body:`${u({...e.claim.marker,phase:"released"})}
Released: the change was refused.`}]:[],{op:"remove-claim-label",issue:t.issue}]}function $(e,t){if(!e.stack)return"";let s=e.stack.issue?`#${e.stack.issue}'s pull request`:"its blocker";return`> [!NOTE]
> Stacked on ${i(e.stack.base)} (${s}): it builds on that change and merges after it. Merge ${s} first; Delivery Loop then re-bases this onto ${i(t)}.

`}function I(e){let{task:t}=e;if(e.refusals.length)return{outcome:"refused",refusals:e.refusals,operations:k(e)};let s=e.attestation?`

${e.attestation}`:"",r={op:"commit",branch:t.branch,base:e.baseSha,parents:t.kind==="conflict"&&e.headSha?[e.headSha,e.baseSha]:[e.baseSha],create:!e.branchExists,message:`${t.title} (#${t.issue})

Attempt ${t.attempt} (${t.kind}), published by Delivery Loop.`,changes:e.changes},o=`**Attempt ${t.attempt}** (${t.kind}):`,a=e.reverted?.length?`

> [!WARNING]
> This resolution undoes what \`${e.defaultBranch}\` changed since the branch forked in ${e.reverted.map(i).join(", ")}: check that this is meant before merging.`:"",n=`${o} ${y(e.changes)}${a}`,l=t.pull?.body.includes(o)===!0,c=t.pull?l&&e.alreadyApplied?void 0:{op:"update-pull",number:t.pull.number,body:p(t.pull.body.trimEnd(),`

---

${n}${s}`)}:{op:"open-pull",branch:t.branch,base:t.stack?.base??e.defaultBranch,title:b(t.title),body:`Closes #${t.issue}

${$(t,e.defaultBranch)}${n}${s}

_Published by Delivery Loop after its checks; a human merges._`},P=[...e.alreadyApplied?[]:[r],...c?[c]:[]];return{outcome:"published",refusals:[],operations:P}}async function w(e,t,s){let r=[];for(let n of t.changes){if(n.from&&r.push({path:n.from,mode:"100644",sha:null}),n.status==="deleted"){r.push({path:n.path,mode:"100644",sha:null});continue}let l=await e.createBlob(s.get(n.path)??Buffer.alloc(0));r.push({path:n.path,mode:n.mode==="100755"?"100755":"100644",sha:l})}let o=await e.createTree(await e.commitTree(t.base),r),a=await e.createCommit({message:t.message,tree:o,parents:t.parents});if(t.create)await e.createBranch(t.branch,a);else if(await e.moveBranch(t.branch,a)==="non-fast-forward")throw new m(`${t.branch} moved while this change was being published (someone pushed to it); nothing was forced \u2014 run publish again on the new head`);return a}async function M(e,t,s,r){let o={};for(let a of s.operations)switch(a.op){case"commit":o.commit=await w(t,a,r);break;case"open-pull":o.pull=await t.findOpenPull(a.branch,a.base)??await t.createPull({head:a.branch,base:a.base,title:a.title,body:a.body});break;case"update-pull":await t.updatePull(a.number,{body:a.body}),o.pull=a.number;break;case"comment":await e.createComment(a.issue,a.body);break;case"release-claim":await e.updateComment(a.commentId,a.body);break;case"remove-claim-label":await e.removeLabel(a.issue,d);break}return o}export{I as a,M as b};
