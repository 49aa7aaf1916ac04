import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  runStep,
  setOutputs,
  stepContext
} from "./chunks/chunk-5F2TG6LD.js";
import "./chunks/chunk-5WYXPTXN.js";
import {
  runImpl
} from "./chunks/chunk-MKHL4DAB.js";
import "./chunks/chunk-7WHL3PWO.js";
import "./chunks/chunk-N5VVTPI5.js";
import "./chunks/chunk-ADSUGKLJ.js";
import {
  init_define_TESTOPS_UPLOT
} from "./chunks/chunk-X6UNEACE.js";

// src/steps/run.ts
init_define_TESTOPS_UPLOT();
await runStep("run", () => runImpl(stepContext(), setOutputs));
