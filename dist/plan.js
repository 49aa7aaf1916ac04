import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  runStep,
  setOutputs,
  stepContext
} from "./chunks/chunk-ZJGVBTRD.js";
import "./chunks/chunk-OGE2JREG.js";
import {
  planImpl
} from "./chunks/chunk-EDE3XYXV.js";
import "./chunks/chunk-K7UHUZ5M.js";
import "./chunks/chunk-ZCD4M6LE.js";
import "./chunks/chunk-7WHL3PWO.js";
import "./chunks/chunk-HCYBYVBY.js";
import "./chunks/chunk-B6TM3GRA.js";
import "./chunks/chunk-33F46ELG.js";
import {
  init_define_TESTOPS_UPLOT
} from "./chunks/chunk-X6UNEACE.js";

// src/steps/plan.ts
init_define_TESTOPS_UPLOT();
await runStep("plan", () => planImpl(stepContext(), setOutputs));
