import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  runStep,
  setOutputs,
  stepContext
} from "./chunks/chunk-I33RBGC6.js";
import "./chunks/chunk-BDDRII6Q.js";
import {
  runImpl
} from "./chunks/chunk-BZDMTUKL.js";
import "./chunks/chunk-7WHL3PWO.js";
import "./chunks/chunk-6RML2HF4.js";
import "./chunks/chunk-HUNNWOYD.js";
import {
  init_define_TESTOPS_UPLOT
} from "./chunks/chunk-X6UNEACE.js";

// src/steps/run.ts
init_define_TESTOPS_UPLOT();
await runStep("run", () => runImpl(stepContext(), setOutputs));
