import { createRequire as __dlRequire } from 'node:module';import { fileURLToPath as __dlPath } from 'node:url';const require = __dlRequire(import.meta.url);const __filename = __dlPath(import.meta.url);const __dirname = __dlPath(new URL('.', import.meta.url));
import{G as s}from"./chunk-NTAI4H7M.js";async function u(t,o,r,i,a){let e=(await t.listComments(o)).find(m=>s(m.body,r)&&a(m.author)),n=`${r}
${i}`;return e?e.body===n?"unchanged":(await t.updateComment(e.id,n),"updated"):(await t.createComment(o,n),"created")}export{u as a};
