import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  runStep,
  setOutputs,
  stepContext
} from "./chunks/chunk-YREGAU3L.js";
import "./chunks/chunk-XQLBYKOA.js";
import {
  runImpl
} from "./chunks/chunk-KIRXZO2N.js";
import "./chunks/chunk-7WHL3PWO.js";
import "./chunks/chunk-TV3B2YFR.js";
import "./chunks/chunk-LBJT7RZG.js";
import {
  init_define_TESTOPS_UPLOT
} from "./chunks/chunk-X6UNEACE.js";

// src/steps/run.ts
init_define_TESTOPS_UPLOT();
await runStep("run", () => runImpl(stepContext(), setOutputs));
