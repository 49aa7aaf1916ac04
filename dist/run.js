import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  runStep,
  setOutputs,
  stepContext
} from "./chunks/chunk-CPZHTXUK.js";
import "./chunks/chunk-5WYXPTXN.js";
import {
  runImpl
} from "./chunks/chunk-SRI5FEMO.js";
import "./chunks/chunk-7WHL3PWO.js";
import "./chunks/chunk-EZYGR3DZ.js";
import "./chunks/chunk-ADSUGKLJ.js";
import {
  init_define_TESTOPS_UPLOT
} from "./chunks/chunk-X6UNEACE.js";

// src/steps/run.ts
init_define_TESTOPS_UPLOT();
await runStep("run", () => runImpl(stepContext(), setOutputs));
