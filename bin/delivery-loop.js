#!/usr/bin/env node
// The CLI runs the committed bundle, so it needs no build step after `npm ci`.
process.env.DELIVERY_LOOP_CLI = '1'
await import('../dist/index.js')
