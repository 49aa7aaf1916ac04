import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  runStep,
  setOutputs,
  stepContext
} from "./chunks/chunk-KYCXFWNZ.js";
import "./chunks/chunk-ZRD4AJZ7.js";
import {
  planImpl
} from "./chunks/chunk-5OT6VTA7.js";
import "./chunks/chunk-K7UHUZ5M.js";
import "./chunks/chunk-XGRG7IRO.js";
import "./chunks/chunk-7WHL3PWO.js";
import "./chunks/chunk-HS47XJMH.js";
import "./chunks/chunk-XZFTPXLP.js";
import "./chunks/chunk-CUEN373J.js";
import {
  init_define_TESTOPS_UPLOT
} from "./chunks/chunk-X6UNEACE.js";

// src/steps/plan.ts
init_define_TESTOPS_UPLOT();
await runStep("plan", () => planImpl(stepContext(), setOutputs));
