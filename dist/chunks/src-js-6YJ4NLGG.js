import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  init_define_TESTOPS_UPLOT
} from "./chunk-X6UNEACE.js";

// node_modules/oxc-parser/src-js/index.js
init_define_TESTOPS_UPLOT();
import { createRequire as createRequire3 } from "node:module";

// node_modules/oxc-parser/src-js/bindings.js
init_define_TESTOPS_UPLOT();
import { createRequire } from "module";
var require2 = createRequire(import.meta.url);
var { readFileSync } = require2("fs");
var nativeBinding = null;
var __napiLoadedBindingTarget = "native";
var loadErrors = [];
var isMusl = () => {
  let musl = false;
  if (process.platform === "linux") {
    musl = isMuslFromFilesystem();
    if (musl === null) {
      musl = isMuslFromReport();
    }
    if (musl === null) {
      musl = isMuslFromChildProcess();
    }
  }
  return musl;
};
var isFileMusl = (f) => f.includes("libc.musl-") || f.includes("ld-musl-");
var isMuslFromFilesystem = () => {
  try {
    return readFileSync("/usr/bin/ldd", "utf-8").includes("musl");
  } catch {
    return null;
  }
};
var isMuslFromReport = () => {
  let report = null;
  if (process.report && typeof process.report.getReport === "function") {
    process.report.excludeNetwork = true;
    report = process.report.getReport();
  }
  if (!report) {
    return null;
  }
  if (report.header && report.header.glibcVersionRuntime) {
    return false;
  }
  if (Array.isArray(report.sharedObjects)) {
    if (report.sharedObjects.some(isFileMusl)) {
      return true;
    }
  }
  return false;
};
var isMuslFromChildProcess = () => {
  try {
    return require2("child_process").execSync("ldd --version", { encoding: "utf8" }).includes("musl");
  } catch (e) {
    return false;
  }
};
function requireNative() {
  if (process.env.NAPI_RS_NATIVE_LIBRARY_PATH) {
    try {
      const overrideBinding = require2(process.env.NAPI_RS_NATIVE_LIBRARY_PATH);
      __napiLoadedBindingTarget = overrideBinding && typeof overrideBinding.__napiBindingTarget === "string" ? overrideBinding.__napiBindingTarget : "native";
      return overrideBinding;
    } catch (err) {
      loadErrors.push(err);
    }
  } else if (process.platform === "android") {
    if (process.arch === "arm64") {
      try {
        return require2("./parser.android-arm64.node");
      } catch (e) {
        loadErrors.push(e);
      }
      try {
        const binding = require2("@oxc-parser/binding-android-arm64");
        const bindingPackageVersion = require2("@oxc-parser/binding-android-arm64/package.json").version;
        if (bindingPackageVersion !== "0.159.0" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
          throw new Error(`Native binding package version mismatch, expected 0.159.0 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
        }
        return binding;
      } catch (e) {
        loadErrors.push(e);
      }
    } else if (process.arch === "arm") {
      try {
        return require2("./parser.android-arm-eabi.node");
      } catch (e) {
        loadErrors.push(e);
      }
      try {
        const binding = require2("@oxc-parser/binding-android-arm-eabi");
        const bindingPackageVersion = require2("@oxc-parser/binding-android-arm-eabi/package.json").version;
        if (bindingPackageVersion !== "0.159.0" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
          throw new Error(`Native binding package version mismatch, expected 0.159.0 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
        }
        return binding;
      } catch (e) {
        loadErrors.push(e);
      }
    } else {
      loadErrors.push(new Error(`Unsupported architecture on Android ${process.arch}`));
    }
  } else if (process.platform === "win32") {
    if (process.arch === "x64") {
      if (process.config && process.config.variables && process.config.variables.shlib_suffix === "dll.a" || process.config && process.config.variables && process.config.variables.node_target_type === "shared_library") {
        try {
          return require2("./parser.win32-x64-gnu.node");
        } catch (e) {
          loadErrors.push(e);
        }
        try {
          const binding = require2("@oxc-parser/binding-win32-x64-gnu");
          const bindingPackageVersion = require2("@oxc-parser/binding-win32-x64-gnu/package.json").version;
          if (bindingPackageVersion !== "0.159.0" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
            throw new Error(`Native binding package version mismatch, expected 0.159.0 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
          }
          return binding;
        } catch (e) {
          loadErrors.push(e);
        }
      } else {
        try {
          return require2("./parser.win32-x64-msvc.node");
        } catch (e) {
          loadErrors.push(e);
        }
        try {
          const binding = require2("@oxc-parser/binding-win32-x64-msvc");
          const bindingPackageVersion = require2("@oxc-parser/binding-win32-x64-msvc/package.json").version;
          if (bindingPackageVersion !== "0.159.0" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
            throw new Error(`Native binding package version mismatch, expected 0.159.0 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
          }
          return binding;
        } catch (e) {
          loadErrors.push(e);
        }
      }
    } else if (process.arch === "ia32") {
      try {
        return require2("./parser.win32-ia32-msvc.node");
      } catch (e) {
        loadErrors.push(e);
      }
      try {
        const binding = require2("@oxc-parser/binding-win32-ia32-msvc");
        const bindingPackageVersion = require2("@oxc-parser/binding-win32-ia32-msvc/package.json").version;
        if (bindingPackageVersion !== "0.159.0" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
          throw new Error(`Native binding package version mismatch, expected 0.159.0 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
        }
        return binding;
      } catch (e) {
        loadErrors.push(e);
      }
    } else if (process.arch === "arm64") {
      try {
        return require2("./parser.win32-arm64-msvc.node");
      } catch (e) {
        loadErrors.push(e);
      }
      try {
        const binding = require2("@oxc-parser/binding-win32-arm64-msvc");
        const bindingPackageVersion = require2("@oxc-parser/binding-win32-arm64-msvc/package.json").version;
        if (bindingPackageVersion !== "0.159.0" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
          throw new Error(`Native binding package version mismatch, expected 0.159.0 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
        }
        return binding;
      } catch (e) {
        loadErrors.push(e);
      }
    } else {
      loadErrors.push(new Error(`Unsupported architecture on Windows: ${process.arch}`));
    }
  } else if (process.platform === "darwin") {
    try {
      return require2("./parser.darwin-universal.node");
    } catch (e) {
      loadErrors.push(e);
    }
    try {
      const binding = require2("@oxc-parser/binding-darwin-universal");
      const bindingPackageVersion = require2("@oxc-parser/binding-darwin-universal/package.json").version;
      if (bindingPackageVersion !== "0.159.0" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
        throw new Error(`Native binding package version mismatch, expected 0.159.0 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
      }
      return binding;
    } catch (e) {
      loadErrors.push(e);
    }
    if (process.arch === "x64") {
      try {
        return require2("./parser.darwin-x64.node");
      } catch (e) {
        loadErrors.push(e);
      }
      try {
        const binding = require2("@oxc-parser/binding-darwin-x64");
        const bindingPackageVersion = require2("@oxc-parser/binding-darwin-x64/package.json").version;
        if (bindingPackageVersion !== "0.159.0" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
          throw new Error(`Native binding package version mismatch, expected 0.159.0 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
        }
        return binding;
      } catch (e) {
        loadErrors.push(e);
      }
    } else if (process.arch === "arm64") {
      try {
        return require2("./parser.darwin-arm64.node");
      } catch (e) {
        loadErrors.push(e);
      }
      try {
        const binding = require2("@oxc-parser/binding-darwin-arm64");
        const bindingPackageVersion = require2("@oxc-parser/binding-darwin-arm64/package.json").version;
        if (bindingPackageVersion !== "0.159.0" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
          throw new Error(`Native binding package version mismatch, expected 0.159.0 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
        }
        return binding;
      } catch (e) {
        loadErrors.push(e);
      }
    } else {
      loadErrors.push(new Error(`Unsupported architecture on macOS: ${process.arch}`));
    }
  } else if (process.platform === "freebsd") {
    if (process.arch === "x64") {
      try {
        return require2("./parser.freebsd-x64.node");
      } catch (e) {
        loadErrors.push(e);
      }
      try {
        const binding = require2("@oxc-parser/binding-freebsd-x64");
        const bindingPackageVersion = require2("@oxc-parser/binding-freebsd-x64/package.json").version;
        if (bindingPackageVersion !== "0.159.0" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
          throw new Error(`Native binding package version mismatch, expected 0.159.0 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
        }
        return binding;
      } catch (e) {
        loadErrors.push(e);
      }
    } else if (process.arch === "arm64") {
      try {
        return require2("./parser.freebsd-arm64.node");
      } catch (e) {
        loadErrors.push(e);
      }
      try {
        const binding = require2("@oxc-parser/binding-freebsd-arm64");
        const bindingPackageVersion = require2("@oxc-parser/binding-freebsd-arm64/package.json").version;
        if (bindingPackageVersion !== "0.159.0" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
          throw new Error(`Native binding package version mismatch, expected 0.159.0 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
        }
        return binding;
      } catch (e) {
        loadErrors.push(e);
      }
    } else {
      loadErrors.push(new Error(`Unsupported architecture on FreeBSD: ${process.arch}`));
    }
  } else if (process.platform === "linux") {
    if (process.arch === "x64") {
      if (isMusl()) {
        try {
          return require2("./parser.linux-x64-musl.node");
        } catch (e) {
          loadErrors.push(e);
        }
        try {
          const binding = require2("@oxc-parser/binding-linux-x64-musl");
          const bindingPackageVersion = require2("@oxc-parser/binding-linux-x64-musl/package.json").version;
          if (bindingPackageVersion !== "0.159.0" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
            throw new Error(`Native binding package version mismatch, expected 0.159.0 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
          }
          return binding;
        } catch (e) {
          loadErrors.push(e);
        }
      } else {
        try {
          return require2("./parser.linux-x64-gnu.node");
        } catch (e) {
          loadErrors.push(e);
        }
        try {
          const binding = require2("@oxc-parser/binding-linux-x64-gnu");
          const bindingPackageVersion = require2("@oxc-parser/binding-linux-x64-gnu/package.json").version;
          if (bindingPackageVersion !== "0.159.0" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
            throw new Error(`Native binding package version mismatch, expected 0.159.0 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
          }
          return binding;
        } catch (e) {
          loadErrors.push(e);
        }
      }
    } else if (process.arch === "arm64") {
      if (isMusl()) {
        try {
          return require2("./parser.linux-arm64-musl.node");
        } catch (e) {
          loadErrors.push(e);
        }
        try {
          const binding = require2("@oxc-parser/binding-linux-arm64-musl");
          const bindingPackageVersion = require2("@oxc-parser/binding-linux-arm64-musl/package.json").version;
          if (bindingPackageVersion !== "0.159.0" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
            throw new Error(`Native binding package version mismatch, expected 0.159.0 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
          }
          return binding;
        } catch (e) {
          loadErrors.push(e);
        }
      } else {
        try {
          return require2("./parser.linux-arm64-gnu.node");
        } catch (e) {
          loadErrors.push(e);
        }
        try {
          const binding = require2("@oxc-parser/binding-linux-arm64-gnu");
          const bindingPackageVersion = require2("@oxc-parser/binding-linux-arm64-gnu/package.json").version;
          if (bindingPackageVersion !== "0.159.0" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
            throw new Error(`Native binding package version mismatch, expected 0.159.0 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
          }
          return binding;
        } catch (e) {
          loadErrors.push(e);
        }
      }
    } else if (process.arch === "arm") {
      if (isMusl()) {
        try {
          return require2("./parser.linux-arm-musleabihf.node");
        } catch (e) {
          loadErrors.push(e);
        }
        try {
          const binding = require2("@oxc-parser/binding-linux-arm-musleabihf");
          const bindingPackageVersion = require2("@oxc-parser/binding-linux-arm-musleabihf/package.json").version;
          if (bindingPackageVersion !== "0.159.0" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
            throw new Error(`Native binding package version mismatch, expected 0.159.0 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
          }
          return binding;
        } catch (e) {
          loadErrors.push(e);
        }
      } else {
        try {
          return require2("./parser.linux-arm-gnueabihf.node");
        } catch (e) {
          loadErrors.push(e);
        }
        try {
          const binding = require2("@oxc-parser/binding-linux-arm-gnueabihf");
          const bindingPackageVersion = require2("@oxc-parser/binding-linux-arm-gnueabihf/package.json").version;
          if (bindingPackageVersion !== "0.159.0" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
            throw new Error(`Native binding package version mismatch, expected 0.159.0 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
          }
          return binding;
        } catch (e) {
          loadErrors.push(e);
        }
      }
    } else if (process.arch === "loong64") {
      if (isMusl()) {
        try {
          return require2("./parser.linux-loong64-musl.node");
        } catch (e) {
          loadErrors.push(e);
        }
        try {
          const binding = require2("@oxc-parser/binding-linux-loong64-musl");
          const bindingPackageVersion = require2("@oxc-parser/binding-linux-loong64-musl/package.json").version;
          if (bindingPackageVersion !== "0.159.0" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
            throw new Error(`Native binding package version mismatch, expected 0.159.0 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
          }
          return binding;
        } catch (e) {
          loadErrors.push(e);
        }
      } else {
        try {
          return require2("./parser.linux-loong64-gnu.node");
        } catch (e) {
          loadErrors.push(e);
        }
        try {
          const binding = require2("@oxc-parser/binding-linux-loong64-gnu");
          const bindingPackageVersion = require2("@oxc-parser/binding-linux-loong64-gnu/package.json").version;
          if (bindingPackageVersion !== "0.159.0" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
            throw new Error(`Native binding package version mismatch, expected 0.159.0 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
          }
          return binding;
        } catch (e) {
          loadErrors.push(e);
        }
      }
    } else if (process.arch === "riscv64") {
      if (isMusl()) {
        try {
          return require2("./parser.linux-riscv64-musl.node");
        } catch (e) {
          loadErrors.push(e);
        }
        try {
          const binding = require2("@oxc-parser/binding-linux-riscv64-musl");
          const bindingPackageVersion = require2("@oxc-parser/binding-linux-riscv64-musl/package.json").version;
          if (bindingPackageVersion !== "0.159.0" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
            throw new Error(`Native binding package version mismatch, expected 0.159.0 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
          }
          return binding;
        } catch (e) {
          loadErrors.push(e);
        }
      } else {
        try {
          return require2("./parser.linux-riscv64-gnu.node");
        } catch (e) {
          loadErrors.push(e);
        }
        try {
          const binding = require2("@oxc-parser/binding-linux-riscv64-gnu");
          const bindingPackageVersion = require2("@oxc-parser/binding-linux-riscv64-gnu/package.json").version;
          if (bindingPackageVersion !== "0.159.0" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
            throw new Error(`Native binding package version mismatch, expected 0.159.0 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
          }
          return binding;
        } catch (e) {
          loadErrors.push(e);
        }
      }
    } else if (process.arch === "ppc64") {
      try {
        return require2("./parser.linux-ppc64-gnu.node");
      } catch (e) {
        loadErrors.push(e);
      }
      try {
        const binding = require2("@oxc-parser/binding-linux-ppc64-gnu");
        const bindingPackageVersion = require2("@oxc-parser/binding-linux-ppc64-gnu/package.json").version;
        if (bindingPackageVersion !== "0.159.0" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
          throw new Error(`Native binding package version mismatch, expected 0.159.0 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
        }
        return binding;
      } catch (e) {
        loadErrors.push(e);
      }
    } else if (process.arch === "s390x") {
      try {
        return require2("./parser.linux-s390x-gnu.node");
      } catch (e) {
        loadErrors.push(e);
      }
      try {
        const binding = require2("@oxc-parser/binding-linux-s390x-gnu");
        const bindingPackageVersion = require2("@oxc-parser/binding-linux-s390x-gnu/package.json").version;
        if (bindingPackageVersion !== "0.159.0" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
          throw new Error(`Native binding package version mismatch, expected 0.159.0 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
        }
        return binding;
      } catch (e) {
        loadErrors.push(e);
      }
    } else {
      loadErrors.push(new Error(`Unsupported architecture on Linux: ${process.arch}`));
    }
  } else if (process.platform === "openharmony") {
    if (process.arch === "arm64") {
      try {
        return require2("./parser.openharmony-arm64.node");
      } catch (e) {
        loadErrors.push(e);
      }
      try {
        const binding = require2("@oxc-parser/binding-openharmony-arm64");
        const bindingPackageVersion = require2("@oxc-parser/binding-openharmony-arm64/package.json").version;
        if (bindingPackageVersion !== "0.159.0" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
          throw new Error(`Native binding package version mismatch, expected 0.159.0 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
        }
        return binding;
      } catch (e) {
        loadErrors.push(e);
      }
    } else if (process.arch === "x64") {
      try {
        return require2("./parser.openharmony-x64.node");
      } catch (e) {
        loadErrors.push(e);
      }
      try {
        const binding = require2("@oxc-parser/binding-openharmony-x64");
        const bindingPackageVersion = require2("@oxc-parser/binding-openharmony-x64/package.json").version;
        if (bindingPackageVersion !== "0.159.0" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
          throw new Error(`Native binding package version mismatch, expected 0.159.0 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
        }
        return binding;
      } catch (e) {
        loadErrors.push(e);
      }
    } else if (process.arch === "arm") {
      try {
        return require2("./parser.openharmony-arm.node");
      } catch (e) {
        loadErrors.push(e);
      }
      try {
        const binding = require2("@oxc-parser/binding-openharmony-arm");
        const bindingPackageVersion = require2("@oxc-parser/binding-openharmony-arm/package.json").version;
        if (bindingPackageVersion !== "0.159.0" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
          throw new Error(`Native binding package version mismatch, expected 0.159.0 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
        }
        return binding;
      } catch (e) {
        loadErrors.push(e);
      }
    } else {
      loadErrors.push(new Error(`Unsupported architecture on OpenHarmony: ${process.arch}`));
    }
  } else {
    loadErrors.push(new Error(`Unsupported OS: ${process.platform}, architecture: ${process.arch}`));
  }
}
function createLoadErrorChain(errors) {
  return errors.reduce((previous, current) => {
    let message;
    try {
      message = current && typeof current.message === "string" ? current.message : String(current);
    } catch {
      message = "Unknown error";
    }
    const error = new Error(message);
    error.cause = previous;
    return error;
  }, null);
}
var __napiWasiFlavors = ["wasm32-wasi", "wasm32-wasip1"];
var __napiWasiFlavor = process.env.NAPI_RS_WASI_FLAVOR;
var __napiWasiFlavorRequested = typeof __napiWasiFlavor === "string" && __napiWasiFlavor.length > 0;
if (__napiWasiFlavorRequested && __napiWasiFlavors.indexOf(__napiWasiFlavor) === -1) {
  throw new Error(
    'Unsupported WASI flavor "' + __napiWasiFlavor + '". Available flavors: ' + __napiWasiFlavors.join(", ")
  );
}
var forceWasiError = process.env.NAPI_RS_FORCE_WASI === "error";
var forceWasi = process.env.NAPI_RS_FORCE_WASI === "true" || forceWasiError || __napiWasiFlavorRequested;
if (!forceWasi) {
  nativeBinding = requireNative();
}
if (!nativeBinding || forceWasi) {
  let wasiBinding = null;
  let wasiBindingLoaded = false;
  const wasiBindingErrors = [];
  const __napiWasiResolveCandidate = (specifier, isPackage, localArtifacts) => {
    try {
      require2.resolve(specifier);
    } catch (resolveError) {
      if (!resolveError || resolveError.code !== "MODULE_NOT_FOUND") {
        throw resolveError;
      }
      if (isPackage) {
        try {
          require2.resolve(specifier + "/package.json");
        } catch (packageError) {
          if (packageError && packageError.code === "MODULE_NOT_FOUND") {
            return resolveError;
          }
          throw resolveError;
        }
        throw resolveError;
      }
      return resolveError;
    }
    if (localArtifacts) {
      let artifactError = null;
      for (let i = 0; i < localArtifacts.length; i++) {
        try {
          require2.resolve(localArtifacts[i]);
          return null;
        } catch (resolveError) {
          if (!resolveError || resolveError.code !== "MODULE_NOT_FOUND") {
            throw resolveError;
          }
          artifactError = resolveError;
        }
      }
      return artifactError;
    }
    return null;
  };
  if (!wasiBindingLoaded && (!__napiWasiFlavorRequested || __napiWasiFlavor === "wasm32-wasi")) {
    let candidateError = null;
    let candidateFailed = false;
    try {
      candidateError = __napiWasiResolveCandidate("./parser.wasi.cjs", false, ["./parser.wasm32-wasi.debug.wasm", "./parser.wasm32-wasi.wasm"]);
      candidateFailed = candidateError !== null;
      if (!candidateFailed) {
        wasiBinding = require2("./parser.wasi.cjs");
        nativeBinding = wasiBinding;
        __napiLoadedBindingTarget = "wasm32-wasi";
        wasiBindingLoaded = true;
      }
    } catch (err) {
      candidateError = err;
      candidateFailed = true;
    }
    if (candidateFailed) {
      wasiBindingErrors.push(candidateError);
      loadErrors.push(candidateError);
    }
  }
  if (!wasiBindingLoaded && (!__napiWasiFlavorRequested || __napiWasiFlavor === "wasm32-wasip1")) {
    let candidateError = null;
    let candidateFailed = false;
    try {
      candidateError = __napiWasiResolveCandidate("./parser.wasip1.cjs", false, ["./parser.wasm32-wasip1.debug.wasm", "./parser.wasm32-wasip1.wasm"]);
      candidateFailed = candidateError !== null;
      if (!candidateFailed) {
        wasiBinding = require2("./parser.wasip1.cjs");
        nativeBinding = wasiBinding;
        __napiLoadedBindingTarget = "wasm32-wasip1";
        wasiBindingLoaded = true;
      }
    } catch (err) {
      candidateError = err;
      candidateFailed = true;
    }
    if (candidateFailed) {
      wasiBindingErrors.push(candidateError);
      loadErrors.push(candidateError);
    }
  }
  if (!wasiBindingLoaded && (!__napiWasiFlavorRequested || __napiWasiFlavor === "wasm32-wasi")) {
    let candidateError = null;
    let candidateFailed = false;
    try {
      candidateError = __napiWasiResolveCandidate("@oxc-parser/binding-wasm32-wasi", true, void 0);
      candidateFailed = candidateError !== null;
      if (!candidateFailed) {
        if (process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
          const bindingPackageVersion = require2("@oxc-parser/binding-wasm32-wasi/package.json").version;
          if (bindingPackageVersion !== "0.159.0") {
            throw new Error(`WASI binding package version mismatch, expected 0.159.0 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
          }
        }
        wasiBinding = require2("@oxc-parser/binding-wasm32-wasi");
        nativeBinding = wasiBinding;
        __napiLoadedBindingTarget = "wasm32-wasi";
        wasiBindingLoaded = true;
      }
    } catch (err) {
      candidateError = err;
      candidateFailed = true;
    }
    if (candidateFailed) {
      wasiBindingErrors.push(candidateError);
      loadErrors.push(candidateError);
    }
  }
  if (!wasiBindingLoaded && (!__napiWasiFlavorRequested || __napiWasiFlavor === "wasm32-wasip1")) {
    let candidateError = null;
    let candidateFailed = false;
    try {
      candidateError = __napiWasiResolveCandidate("@oxc-parser/binding-wasm32-wasip1", true, void 0);
      candidateFailed = candidateError !== null;
      if (!candidateFailed) {
        if (process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
          const bindingPackageVersion = require2("@oxc-parser/binding-wasm32-wasip1/package.json").version;
          if (bindingPackageVersion !== "0.159.0") {
            throw new Error(`WASI binding package version mismatch, expected 0.159.0 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
          }
        }
        wasiBinding = require2("@oxc-parser/binding-wasm32-wasip1");
        nativeBinding = wasiBinding;
        __napiLoadedBindingTarget = "wasm32-wasip1";
        wasiBindingLoaded = true;
      }
    } catch (err) {
      candidateError = err;
      candidateFailed = true;
    }
    if (candidateFailed) {
      wasiBindingErrors.push(candidateError);
      loadErrors.push(candidateError);
    }
  }
  if (!wasiBindingLoaded && forceWasi && !forceWasiError && !__napiWasiFlavorRequested) {
    nativeBinding = requireNative();
  }
  if ((forceWasiError || __napiWasiFlavorRequested) && !wasiBindingLoaded) {
    const error = new Error(
      __napiWasiFlavorRequested ? 'WASI binding for flavor "' + __napiWasiFlavor + '" not found' : "WASI binding not found and NAPI_RS_FORCE_WASI is set to error"
    );
    error.cause = createLoadErrorChain(wasiBindingErrors);
    throw error;
  }
}
if (!nativeBinding && globalThis.process?.versions?.["webcontainer"]) {
  try {
    nativeBinding = require2("./webcontainer-fallback.cjs");
  } catch (err) {
    loadErrors.push(err);
  }
}
if (!nativeBinding) {
  if (loadErrors.length > 0) {
    const error = new Error(
      `Cannot find native binding. npm has a bug related to optional dependencies (https://github.com/npm/cli/issues/4828). Please try \`npm i\` again after removing both package-lock.json and node_modules directory.`
    );
    error.cause = createLoadErrorChain(loadErrors);
    throw error;
  }
  throw new Error(`Failed to load native binding`);
}
var { Severity, ParseResult, ExportExportNameKind, ExportImportNameKind, ExportLocalNameKind, ImportNameKind, parse, parseSync, rawTransferSupported } = nativeBinding;
var { getBufferOffset, parseRaw, parseRawSync } = nativeBinding;

// node_modules/oxc-parser/src-js/wrap.js
init_define_TESTOPS_UPLOT();
function wrap(result) {
  const { module, comments, errors } = result;
  let programJson = result.program, program;
  return {
    get program() {
      if (!program) {
        program = jsonParseAst(programJson);
        programJson = null;
      }
      return program;
    },
    module,
    comments,
    errors
  };
}
function jsonParseAst(programJson) {
  const { node: program, fixes } = JSON.parse(programJson);
  for (const fixPath of fixes) {
    applyFix(program, fixPath);
  }
  return program;
}
function applyFix(program, fixPath) {
  let node = program;
  for (const key of fixPath) {
    node = node[key];
  }
  if (node.bigint) {
    node.value = BigInt(node.bigint);
  } else {
    try {
      node.value = RegExp(node.regex.pattern, node.regex.flags);
    } catch {
    }
  }
}

// node_modules/oxc-parser/src-js/generated/visit/keys.js
init_define_TESTOPS_UPLOT();
var { freeze } = Object;
var $EMPTY = freeze([]);
var DECORATORS__KEY__TYPE_ANNOTATION__VALUE = freeze([
  "decorators",
  "key",
  "typeAnnotation",
  "value"
]);
var LEFT__RIGHT = freeze(["left", "right"]);
var ARGUMENT = freeze(["argument"]);
var BODY = freeze(["body"]);
var LABEL = freeze(["label"]);
var CALLEE__TYPE_ARGUMENTS__ARGUMENTS = freeze(["callee", "typeArguments", "arguments"]);
var EXPRESSION = freeze(["expression"]);
var DECORATORS__ID__TYPE_PARAMETERS__SUPER_CLASS__SUPER_TYPE_ARGUMENTS__IMPLEMENTS__BODY = freeze([
  "decorators",
  "id",
  "typeParameters",
  "superClass",
  "superTypeArguments",
  "implements",
  "body"
]);
var TEST__CONSEQUENT__ALTERNATE = freeze(["test", "consequent", "alternate"]);
var LEFT__RIGHT__BODY = freeze(["left", "right", "body"]);
var ID__TYPE_PARAMETERS__PARAMS__RETURN_TYPE__BODY = freeze([
  "id",
  "typeParameters",
  "params",
  "returnType",
  "body"
]);
var KEY__VALUE = freeze(["key", "value"]);
var LOCAL = freeze(["local"]);
var OBJECT__PROPERTY = freeze(["object", "property"]);
var DECORATORS__KEY__TYPE_ANNOTATION = freeze(["decorators", "key", "typeAnnotation"]);
var EXPRESSION__TYPE_ANNOTATION = freeze(["expression", "typeAnnotation"]);
var TYPE_PARAMETERS__PARAMS__RETURN_TYPE = freeze(["typeParameters", "params", "returnType"]);
var EXPRESSION__TYPE_ARGUMENTS = freeze(["expression", "typeArguments"]);
var MEMBERS = freeze(["members"]);
var ID__BODY = freeze(["id", "body"]);
var TYPES = freeze(["types"]);
var TYPE_ANNOTATION = freeze(["typeAnnotation"]);
var PARAMS = freeze(["params"]);
var keys_default = freeze({
  // Leaf nodes
  DebuggerStatement: $EMPTY,
  EmptyStatement: $EMPTY,
  Literal: $EMPTY,
  PrivateIdentifier: $EMPTY,
  Super: $EMPTY,
  TemplateElement: $EMPTY,
  ThisExpression: $EMPTY,
  JSXClosingFragment: $EMPTY,
  JSXEmptyExpression: $EMPTY,
  JSXIdentifier: $EMPTY,
  JSXOpeningFragment: $EMPTY,
  JSXText: $EMPTY,
  TSAnyKeyword: $EMPTY,
  TSBigIntKeyword: $EMPTY,
  TSBooleanKeyword: $EMPTY,
  TSIntrinsicKeyword: $EMPTY,
  TSJSDocUnknownType: $EMPTY,
  TSNeverKeyword: $EMPTY,
  TSNullKeyword: $EMPTY,
  TSNumberKeyword: $EMPTY,
  TSObjectKeyword: $EMPTY,
  TSStringKeyword: $EMPTY,
  TSSymbolKeyword: $EMPTY,
  TSThisType: $EMPTY,
  TSUndefinedKeyword: $EMPTY,
  TSUnknownKeyword: $EMPTY,
  TSVoidKeyword: $EMPTY,
  // Non-leaf nodes
  AccessorProperty: DECORATORS__KEY__TYPE_ANNOTATION__VALUE,
  ArrayExpression: freeze(["elements"]),
  ArrayPattern: freeze(["decorators", "elements", "typeAnnotation"]),
  ArrowFunctionExpression: freeze(["typeParameters", "params", "returnType", "body"]),
  AssignmentExpression: LEFT__RIGHT,
  AssignmentPattern: freeze(["decorators", "left", "right", "typeAnnotation"]),
  AwaitExpression: ARGUMENT,
  BinaryExpression: LEFT__RIGHT,
  BlockStatement: BODY,
  BreakStatement: LABEL,
  CallExpression: CALLEE__TYPE_ARGUMENTS__ARGUMENTS,
  CatchClause: freeze(["param", "body"]),
  ChainExpression: EXPRESSION,
  ClassBody: BODY,
  ClassDeclaration: DECORATORS__ID__TYPE_PARAMETERS__SUPER_CLASS__SUPER_TYPE_ARGUMENTS__IMPLEMENTS__BODY,
  ClassExpression: DECORATORS__ID__TYPE_PARAMETERS__SUPER_CLASS__SUPER_TYPE_ARGUMENTS__IMPLEMENTS__BODY,
  ConditionalExpression: TEST__CONSEQUENT__ALTERNATE,
  ContinueStatement: LABEL,
  Decorator: EXPRESSION,
  DoWhileStatement: freeze(["body", "test"]),
  ExportAllDeclaration: freeze(["exported", "source", "attributes"]),
  ExportDefaultDeclaration: freeze(["declaration"]),
  ExportNamedDeclaration: freeze(["declaration", "specifiers", "source", "attributes"]),
  ExportSpecifier: freeze(["local", "exported"]),
  ExpressionStatement: EXPRESSION,
  ForInStatement: LEFT__RIGHT__BODY,
  ForOfStatement: LEFT__RIGHT__BODY,
  ForStatement: freeze(["init", "test", "update", "body"]),
  FunctionDeclaration: ID__TYPE_PARAMETERS__PARAMS__RETURN_TYPE__BODY,
  FunctionExpression: ID__TYPE_PARAMETERS__PARAMS__RETURN_TYPE__BODY,
  Identifier: freeze(["decorators", "typeAnnotation"]),
  IfStatement: TEST__CONSEQUENT__ALTERNATE,
  ImportAttribute: KEY__VALUE,
  ImportDeclaration: freeze(["specifiers", "source", "attributes"]),
  ImportDefaultSpecifier: LOCAL,
  ImportExpression: freeze(["source", "options"]),
  ImportNamespaceSpecifier: LOCAL,
  ImportSpecifier: freeze(["imported", "local"]),
  LabeledStatement: freeze(["label", "body"]),
  LogicalExpression: LEFT__RIGHT,
  MemberExpression: OBJECT__PROPERTY,
  MetaProperty: freeze(["meta", "property"]),
  MethodDefinition: freeze(["decorators", "key", "value"]),
  NewExpression: CALLEE__TYPE_ARGUMENTS__ARGUMENTS,
  ObjectExpression: freeze(["properties"]),
  ObjectPattern: freeze(["decorators", "properties", "typeAnnotation"]),
  ParenthesizedExpression: EXPRESSION,
  Program: BODY,
  Property: KEY__VALUE,
  PropertyDefinition: DECORATORS__KEY__TYPE_ANNOTATION__VALUE,
  RestElement: freeze(["decorators", "argument", "typeAnnotation"]),
  ReturnStatement: ARGUMENT,
  SequenceExpression: freeze(["expressions"]),
  SpreadElement: ARGUMENT,
  StaticBlock: BODY,
  SwitchCase: freeze(["test", "consequent"]),
  SwitchStatement: freeze(["discriminant", "cases"]),
  TaggedTemplateExpression: freeze(["tag", "typeArguments", "quasi"]),
  TemplateLiteral: freeze(["quasis", "expressions"]),
  ThrowStatement: ARGUMENT,
  TryStatement: freeze(["block", "handler", "finalizer"]),
  UnaryExpression: ARGUMENT,
  UpdateExpression: ARGUMENT,
  V8IntrinsicExpression: freeze(["name", "arguments"]),
  VariableDeclaration: freeze(["declarations"]),
  VariableDeclarator: freeze(["id", "init"]),
  WhileStatement: freeze(["test", "body"]),
  WithStatement: freeze(["object", "body"]),
  YieldExpression: ARGUMENT,
  JSXAttribute: freeze(["name", "value"]),
  JSXClosingElement: freeze(["name"]),
  JSXElement: freeze(["openingElement", "children", "closingElement"]),
  JSXExpressionContainer: EXPRESSION,
  JSXFragment: freeze(["openingFragment", "children", "closingFragment"]),
  JSXMemberExpression: OBJECT__PROPERTY,
  JSXNamespacedName: freeze(["namespace", "name"]),
  JSXOpeningElement: freeze(["name", "typeArguments", "attributes"]),
  JSXSpreadAttribute: ARGUMENT,
  JSXSpreadChild: EXPRESSION,
  TSAbstractAccessorProperty: DECORATORS__KEY__TYPE_ANNOTATION,
  TSAbstractMethodDefinition: KEY__VALUE,
  TSAbstractPropertyDefinition: DECORATORS__KEY__TYPE_ANNOTATION,
  TSArrayType: freeze(["elementType"]),
  TSAsExpression: EXPRESSION__TYPE_ANNOTATION,
  TSCallSignatureDeclaration: TYPE_PARAMETERS__PARAMS__RETURN_TYPE,
  TSClassImplements: EXPRESSION__TYPE_ARGUMENTS,
  TSConditionalType: freeze(["checkType", "extendsType", "trueType", "falseType"]),
  TSConstructSignatureDeclaration: TYPE_PARAMETERS__PARAMS__RETURN_TYPE,
  TSConstructorType: TYPE_PARAMETERS__PARAMS__RETURN_TYPE,
  TSDeclareFunction: ID__TYPE_PARAMETERS__PARAMS__RETURN_TYPE__BODY,
  TSEmptyBodyFunctionExpression: freeze(["id", "typeParameters", "params", "returnType"]),
  TSEnumBody: MEMBERS,
  TSEnumDeclaration: ID__BODY,
  TSEnumMember: freeze(["id", "initializer"]),
  TSExportAssignment: EXPRESSION,
  TSExternalModuleReference: EXPRESSION,
  TSFunctionType: TYPE_PARAMETERS__PARAMS__RETURN_TYPE,
  TSImportEqualsDeclaration: freeze(["id", "moduleReference"]),
  TSImportType: freeze(["source", "options", "qualifier", "typeArguments"]),
  TSIndexSignature: freeze(["parameters", "typeAnnotation"]),
  TSIndexedAccessType: freeze(["objectType", "indexType"]),
  TSInferType: freeze(["typeParameter"]),
  TSInstantiationExpression: EXPRESSION__TYPE_ARGUMENTS,
  TSInterfaceBody: BODY,
  TSInterfaceDeclaration: freeze(["id", "typeParameters", "extends", "body"]),
  TSInterfaceHeritage: EXPRESSION__TYPE_ARGUMENTS,
  TSIntersectionType: TYPES,
  TSJSDocNonNullableType: TYPE_ANNOTATION,
  TSJSDocNullableType: TYPE_ANNOTATION,
  TSLiteralType: freeze(["literal"]),
  TSMappedType: freeze(["key", "constraint", "nameType", "typeAnnotation"]),
  TSMethodSignature: freeze(["key", "typeParameters", "params", "returnType"]),
  TSModuleBlock: BODY,
  TSModuleDeclaration: ID__BODY,
  TSNamedTupleMember: freeze(["label", "elementType"]),
  TSNamespaceExportDeclaration: freeze(["id"]),
  TSNonNullExpression: EXPRESSION,
  TSOptionalType: TYPE_ANNOTATION,
  TSParameterProperty: freeze(["decorators", "parameter"]),
  TSParenthesizedType: TYPE_ANNOTATION,
  TSPropertySignature: freeze(["key", "typeAnnotation"]),
  TSQualifiedName: LEFT__RIGHT,
  TSRestType: TYPE_ANNOTATION,
  TSSatisfiesExpression: EXPRESSION__TYPE_ANNOTATION,
  TSTemplateLiteralType: freeze(["quasis", "types"]),
  TSTupleType: freeze(["elementTypes"]),
  TSTypeAliasDeclaration: freeze(["id", "typeParameters", "typeAnnotation"]),
  TSTypeAnnotation: TYPE_ANNOTATION,
  TSTypeAssertion: freeze(["typeAnnotation", "expression"]),
  TSTypeLiteral: MEMBERS,
  TSTypeOperator: TYPE_ANNOTATION,
  TSTypeParameter: freeze(["name", "constraint", "default"]),
  TSTypeParameterDeclaration: PARAMS,
  TSTypeParameterInstantiation: PARAMS,
  TSTypePredicate: freeze(["parameterName", "typeAnnotation"]),
  TSTypeQuery: freeze(["exprName", "typeArguments"]),
  TSTypeReference: freeze(["typeName", "typeArguments"]),
  TSUnionType: TYPES
});

// node_modules/oxc-parser/src-js/visit/index.js
init_define_TESTOPS_UPLOT();
import { createRequire as createRequire2 } from "node:module";
var walkProgram = null;
var addVisitorToCompiled;
var createCompiledVisitor;
var finalizeCompiledVisitor;
var Visitor = class {
  #compiledVisitor = null;
  constructor(visitor) {
    if (walkProgram === null) {
      const require4 = createRequire2(import.meta.url);
      ({ walkProgram } = require4("../generated/visit/walk.js"));
      ({
        addVisitorToCompiled,
        createCompiledVisitor,
        finalizeCompiledVisitor
      } = require4("./visitor.js"));
    }
    const compiledVisitor = createCompiledVisitor();
    addVisitorToCompiled(visitor);
    const needsVisit = finalizeCompiledVisitor();
    if (needsVisit) this.#compiledVisitor = compiledVisitor;
  }
  /**
   * Visit AST.
   * @param program - The AST to visit.
   * @returns {undefined}
   */
  visit(program) {
    const compiledVisitor = this.#compiledVisitor;
    if (compiledVisitor !== null) walkProgram(program, compiledVisitor);
  }
};

// node_modules/oxc-parser/src-js/raw-transfer/supported.js
init_define_TESTOPS_UPLOT();
var rawTransferIsSupported = null;
function rawTransferSupported2() {
  if (rawTransferIsSupported === null) {
    rawTransferIsSupported = rawTransferRuntimeSupported() && rawTransferSupported();
  }
  return rawTransferIsSupported;
}
function rawTransferRuntimeSupported() {
  let global;
  try {
    global = globalThis;
  } catch {
    return false;
  }
  const isBun = !!global.Bun || !!global.process?.versions?.bun;
  if (isBun) return false;
  const isDeno = !!global.Deno;
  if (isDeno) {
    const match2 = Deno.version?.deno?.match(/^(\d+)\./);
    return !!match2 && match2[1] * 1 >= 2;
  }
  const isNode = global.process?.release?.name === "node";
  if (!isNode) return false;
  const match = process.version?.match(/^v(\d+)\./);
  return !!match && match[1] * 1 >= 22;
}

// node_modules/oxc-parser/src-js/index.js
var require3 = createRequire3(import.meta.url);
var parseSyncRaw = null;
var parseRaw2;
var parseSyncLazy = null;
var parseLazy;
var LazyVisitor;
function loadRawTransfer() {
  if (parseSyncRaw === null) {
    ({ parseSyncRaw, parse: parseRaw2 } = require3("./raw-transfer/eager.js"));
  }
}
function loadRawTransferLazy() {
  if (parseSyncLazy === null) {
    ({ parseSyncLazy, parse: parseLazy, Visitor: LazyVisitor } = require3("./raw-transfer/lazy.js"));
  }
}
function parseSync2(filename, sourceText, options) {
  if (options?.experimentalRawTransfer) {
    loadRawTransfer();
    return parseSyncRaw(filename, sourceText, options);
  }
  if (options?.experimentalLazy) {
    loadRawTransferLazy();
    return parseSyncLazy(filename, sourceText, options);
  }
  return wrap(parseSync(filename, sourceText, options));
}
async function parse2(filename, sourceText, options) {
  if (options?.experimentalRawTransfer) {
    loadRawTransfer();
    return await parseRaw2(filename, sourceText, options);
  }
  if (options?.experimentalLazy) {
    loadRawTransferLazy();
    return await parseLazy(filename, sourceText, options);
  }
  return wrap(await parse(filename, sourceText, options));
}
function experimentalGetLazyVisitor() {
  loadRawTransferLazy();
  return LazyVisitor;
}
export {
  ExportExportNameKind,
  ExportImportNameKind,
  ExportLocalNameKind,
  ImportNameKind,
  ParseResult,
  Severity,
  Visitor,
  experimentalGetLazyVisitor,
  parse2 as parse,
  parseSync2 as parseSync,
  rawTransferSupported2 as rawTransferSupported,
  keys_default as visitorKeys
};
