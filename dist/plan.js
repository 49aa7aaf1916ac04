import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  runStep,
  setOutputs,
  stepContext
} from "./chunks/chunk-I33RBGC6.js";
import "./chunks/chunk-BDDRII6Q.js";
import {
  planImpl
} from "./chunks/chunk-BFKJSNDF.js";
import "./chunks/chunk-K7UHUZ5M.js";
import "./chunks/chunk-BZDMTUKL.js";
import "./chunks/chunk-7WHL3PWO.js";
import "./chunks/chunk-ZSLPRR32.js";
import "./chunks/chunk-6RML2HF4.js";
import "./chunks/chunk-HUNNWOYD.js";
import {
  init_define_TESTOPS_UPLOT
} from "./chunks/chunk-X6UNEACE.js";

// src/steps/plan.ts
init_define_TESTOPS_UPLOT();
await runStep("plan", () => planImpl(stepContext(), setOutputs));
