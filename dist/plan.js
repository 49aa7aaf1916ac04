import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  runStep,
  setOutputs,
  stepContext
} from "./chunks/chunk-CPZHTXUK.js";
import "./chunks/chunk-5WYXPTXN.js";
import {
  planImpl
} from "./chunks/chunk-LCINRBPW.js";
import "./chunks/chunk-K7UHUZ5M.js";
import "./chunks/chunk-SRI5FEMO.js";
import "./chunks/chunk-7WHL3PWO.js";
import "./chunks/chunk-VDJJAQFU.js";
import "./chunks/chunk-EZYGR3DZ.js";
import "./chunks/chunk-ADSUGKLJ.js";
import {
  init_define_TESTOPS_UPLOT
} from "./chunks/chunk-X6UNEACE.js";

// src/steps/plan.ts
init_define_TESTOPS_UPLOT();
await runStep("plan", () => planImpl(stepContext(), setOutputs));
