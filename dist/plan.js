import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  runStep,
  setOutputs,
  stepContext
} from "./chunks/chunk-PH2YX5T5.js";
import "./chunks/chunk-KUJRTD67.js";
import {
  planImpl
} from "./chunks/chunk-X22XMVF7.js";
import "./chunks/chunk-K7UHUZ5M.js";
import "./chunks/chunk-I37ZD2DS.js";
import "./chunks/chunk-7WHL3PWO.js";
import "./chunks/chunk-C4XXNBSU.js";
import "./chunks/chunk-KA5FZS4X.js";
import "./chunks/chunk-63UZFB53.js";
import {
  init_define_TESTOPS_UPLOT
} from "./chunks/chunk-X6UNEACE.js";

// src/steps/plan.ts
init_define_TESTOPS_UPLOT();
await runStep("plan", () => planImpl(stepContext(), setOutputs));
