import { createRequire as __dlRequire } from 'node:module';import { fileURLToPath as __dlPath } from 'node:url';const require = __dlRequire(import.meta.url);const __filename = __dlPath(import.meta.url);const __dirname = __dlPath(new URL('.', import.meta.url));
import{o as r,p as s,q as a,r as g,s as u,t as d}from"./chunk-FWW3R6OX.js";import{P as l}from"./chunk-NTAI4H7M.js";function t(n){if(n)return{file:n.file,startLine:n.line,startColumn:n.column,title:n.title}}var m=class{info(i){u(i)}debug(i){r(i)}notice(i,o){g(i,t(o))}warning(i,o){a(i,t(o))}error(i,o){s(i,t(o))}group(i,o){return d(i,o)}};function e(n){return n?.file?`${n.file}${n.line?`:${n.line}`:""}: `:""}var c=class{constructor(i=!1,o=process.stderr){this.verbose=i;this.out=o}verbose;out;info(i){this.out.write(`${i}
`)}debug(i){this.verbose&&this.out.write(`debug: ${i}
`)}notice(i,o){this.out.write(`${e(o)}notice: ${i}
`)}warning(i,o){this.out.write(`${e(o)}warning: ${i}
`)}error(i,o){this.out.write(`${e(o)}error: ${i}
`)}async group(i,o){return this.out.write(`\u25B8 ${i}
`),o()}},p=class{lines=[];info(i){this.lines.push({level:"info",message:i})}debug(i){this.lines.push({level:"debug",message:i})}notice(i,o){this.lines.push({level:"notice",message:i,at:o})}warning(i,o){this.lines.push({level:"warning",message:i,at:o})}error(i,o){this.lines.push({level:"error",message:i,at:o})}async group(i,o){return o()}};var v=100,A=`
  comments(last: ${v}) {
    nodes { databaseId body createdAt author { login } authorAssociation }
  }
`;function b(n){return{id:n.databaseId,body:l(n.body),author:n.author?.login??null,createdAt:n.createdAt,authorAssociation:n.authorAssociation}}export{m as a,c as b,p as c,v as d,A as e,b as f};
