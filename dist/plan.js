import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  runStep,
  setOutputs,
  stepContext
} from "./chunks/chunk-4WFWB6SY.js";
import "./chunks/chunk-DO7R6UMM.js";
import {
  planImpl
} from "./chunks/chunk-D63D66LY.js";
import "./chunks/chunk-K7UHUZ5M.js";
import "./chunks/chunk-TQDAAM5U.js";
import "./chunks/chunk-7WHL3PWO.js";
import "./chunks/chunk-FQPGL2XA.js";
import "./chunks/chunk-T34EB5W2.js";
import "./chunks/chunk-2MCPTRJO.js";
import {
  init_define_TESTOPS_UPLOT
} from "./chunks/chunk-X6UNEACE.js";

// src/steps/plan.ts
init_define_TESTOPS_UPLOT();
await runStep("plan", () => planImpl(stepContext(), setOutputs));
