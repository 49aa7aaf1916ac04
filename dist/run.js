import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  runStep,
  setOutputs,
  stepContext
} from "./chunks/chunk-4WFWB6SY.js";
import "./chunks/chunk-DO7R6UMM.js";
import {
  runImpl
} from "./chunks/chunk-TQDAAM5U.js";
import "./chunks/chunk-7WHL3PWO.js";
import "./chunks/chunk-T34EB5W2.js";
import "./chunks/chunk-2MCPTRJO.js";
import {
  init_define_TESTOPS_UPLOT
} from "./chunks/chunk-X6UNEACE.js";

// src/steps/run.ts
init_define_TESTOPS_UPLOT();
await runStep("run", () => runImpl(stepContext(), setOutputs));
