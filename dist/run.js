import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  runStep,
  setOutputs,
  stepContext
} from "./chunks/chunk-VYGN4ZKA.js";
import "./chunks/chunk-TL64LC7V.js";
import {
  runImpl
} from "./chunks/chunk-6VCPROXD.js";
import "./chunks/chunk-7WHL3PWO.js";
import "./chunks/chunk-72ED3JYU.js";
import "./chunks/chunk-R63XGIWA.js";
import {
  init_define_TESTOPS_UPLOT
} from "./chunks/chunk-X6UNEACE.js";

// src/steps/run.ts
init_define_TESTOPS_UPLOT();
await runStep("run", () => runImpl(stepContext(), setOutputs));
