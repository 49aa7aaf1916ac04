import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  runStep,
  setOutputs,
  stepContext
} from "./chunks/chunk-UZIS4JVM.js";
import "./chunks/chunk-OGE2JREG.js";
import {
  planImpl
} from "./chunks/chunk-4YISKQW5.js";
import "./chunks/chunk-K7UHUZ5M.js";
import "./chunks/chunk-EDLSGIAH.js";
import "./chunks/chunk-7WHL3PWO.js";
import "./chunks/chunk-I7EOXH63.js";
import "./chunks/chunk-2DIQLR3T.js";
import "./chunks/chunk-33F46ELG.js";
import {
  init_define_TESTOPS_UPLOT
} from "./chunks/chunk-X6UNEACE.js";

// src/steps/plan.ts
init_define_TESTOPS_UPLOT();
await runStep("plan", () => planImpl(stepContext(), setOutputs));
