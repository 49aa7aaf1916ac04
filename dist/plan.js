import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  runStep,
  setOutputs,
  stepContext
} from "./chunks/chunk-YREGAU3L.js";
import "./chunks/chunk-XQLBYKOA.js";
import {
  planImpl
} from "./chunks/chunk-X4OMFQPQ.js";
import "./chunks/chunk-K7UHUZ5M.js";
import "./chunks/chunk-KIRXZO2N.js";
import "./chunks/chunk-7WHL3PWO.js";
import "./chunks/chunk-NFF4M2Y4.js";
import "./chunks/chunk-TV3B2YFR.js";
import "./chunks/chunk-LBJT7RZG.js";
import {
  init_define_TESTOPS_UPLOT
} from "./chunks/chunk-X6UNEACE.js";

// src/steps/plan.ts
init_define_TESTOPS_UPLOT();
await runStep("plan", () => planImpl(stepContext(), setOutputs));
