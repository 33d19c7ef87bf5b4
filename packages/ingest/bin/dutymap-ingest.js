#!/usr/bin/env node
// Committed launcher, so the bin is executable before the build has written dist/.
import '../dist/cli.js';
