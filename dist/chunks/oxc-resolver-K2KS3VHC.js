import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  __commonJS,
  __require,
  init_define_TESTOPS_UPLOT
} from "./chunk-X6UNEACE.js";

// node_modules/oxc-resolver/webcontainer-fallback.js
var require_webcontainer_fallback = __commonJS({
  "node_modules/oxc-resolver/webcontainer-fallback.js"(exports, module) {
    init_define_TESTOPS_UPLOT();
    var fs = __require("node:fs");
    var childProcess = __require("node:child_process");
    var pkg = JSON.parse(
      fs.readFileSync(__require.resolve("oxc-resolver/package.json"), "utf-8")
    );
    var version = pkg.version;
    var baseDir = `/tmp/oxc-resolver-${version}`;
    var bindingEntry = `${baseDir}/node_modules/@oxc-resolver/binding-wasm32-wasi/resolver.wasi.cjs`;
    if (!fs.existsSync(bindingEntry)) {
      fs.rmSync(baseDir, { recursive: true, force: true });
      fs.mkdirSync(baseDir, { recursive: true });
      const bindingPkg = `@oxc-resolver/binding-wasm32-wasi@${version}`;
      console.log(`[oxc-resolver] Downloading ${bindingPkg} on WebContainer...`);
      childProcess.execFileSync("pnpm", ["i", bindingPkg], {
        cwd: baseDir,
        stdio: "inherit"
      });
    }
    module.exports = __require(bindingEntry);
  }
});

// node_modules/oxc-resolver/index.js
var require_oxc_resolver = __commonJS({
  "node_modules/oxc-resolver/index.js"(exports, module) {
    init_define_TESTOPS_UPLOT();
    var { readFileSync } = __require("fs");
    var nativeBinding = null;
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
        return __require("child_process").execSync("ldd --version", { encoding: "utf8" }).includes("musl");
      } catch (e) {
        return false;
      }
    };
    function requireNative() {
      if (process.env.NAPI_RS_NATIVE_LIBRARY_PATH) {
        try {
          return __require(process.env.NAPI_RS_NATIVE_LIBRARY_PATH);
        } catch (err) {
          loadErrors.push(err);
        }
      } else if (process.platform === "android") {
        if (process.arch === "arm64") {
          try {
            return __require("./resolver.android-arm64.node");
          } catch (e) {
            loadErrors.push(e);
          }
          try {
            const binding = __require("@oxc-resolver/binding-android-arm64");
            const bindingPackageVersion = __require("@oxc-resolver/binding-android-arm64/package.json").version;
            if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
              throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
            }
            return binding;
          } catch (e) {
            loadErrors.push(e);
          }
        } else if (process.arch === "arm") {
          try {
            return __require("./resolver.android-arm-eabi.node");
          } catch (e) {
            loadErrors.push(e);
          }
          try {
            const binding = __require("@oxc-resolver/binding-android-arm-eabi");
            const bindingPackageVersion = __require("@oxc-resolver/binding-android-arm-eabi/package.json").version;
            if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
              throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
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
              return __require("./resolver.win32-x64-gnu.node");
            } catch (e) {
              loadErrors.push(e);
            }
            try {
              const binding = __require("@oxc-resolver/binding-win32-x64-gnu");
              const bindingPackageVersion = __require("@oxc-resolver/binding-win32-x64-gnu/package.json").version;
              if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
                throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
              }
              return binding;
            } catch (e) {
              loadErrors.push(e);
            }
          } else {
            try {
              return __require("./resolver.win32-x64-msvc.node");
            } catch (e) {
              loadErrors.push(e);
            }
            try {
              const binding = __require("@oxc-resolver/binding-win32-x64-msvc");
              const bindingPackageVersion = __require("@oxc-resolver/binding-win32-x64-msvc/package.json").version;
              if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
                throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
              }
              return binding;
            } catch (e) {
              loadErrors.push(e);
            }
          }
        } else if (process.arch === "ia32") {
          try {
            return __require("./resolver.win32-ia32-msvc.node");
          } catch (e) {
            loadErrors.push(e);
          }
          try {
            const binding = __require("@oxc-resolver/binding-win32-ia32-msvc");
            const bindingPackageVersion = __require("@oxc-resolver/binding-win32-ia32-msvc/package.json").version;
            if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
              throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
            }
            return binding;
          } catch (e) {
            loadErrors.push(e);
          }
        } else if (process.arch === "arm64") {
          try {
            return __require("./resolver.win32-arm64-msvc.node");
          } catch (e) {
            loadErrors.push(e);
          }
          try {
            const binding = __require("@oxc-resolver/binding-win32-arm64-msvc");
            const bindingPackageVersion = __require("@oxc-resolver/binding-win32-arm64-msvc/package.json").version;
            if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
              throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
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
          return __require("./resolver.darwin-universal.node");
        } catch (e) {
          loadErrors.push(e);
        }
        try {
          const binding = __require("@oxc-resolver/binding-darwin-universal");
          const bindingPackageVersion = __require("@oxc-resolver/binding-darwin-universal/package.json").version;
          if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
            throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
          }
          return binding;
        } catch (e) {
          loadErrors.push(e);
        }
        if (process.arch === "x64") {
          try {
            return __require("./resolver.darwin-x64.node");
          } catch (e) {
            loadErrors.push(e);
          }
          try {
            const binding = __require("@oxc-resolver/binding-darwin-x64");
            const bindingPackageVersion = __require("@oxc-resolver/binding-darwin-x64/package.json").version;
            if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
              throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
            }
            return binding;
          } catch (e) {
            loadErrors.push(e);
          }
        } else if (process.arch === "arm64") {
          try {
            return __require("./resolver.darwin-arm64.node");
          } catch (e) {
            loadErrors.push(e);
          }
          try {
            const binding = __require("@oxc-resolver/binding-darwin-arm64");
            const bindingPackageVersion = __require("@oxc-resolver/binding-darwin-arm64/package.json").version;
            if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
              throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
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
            return __require("./resolver.freebsd-x64.node");
          } catch (e) {
            loadErrors.push(e);
          }
          try {
            const binding = __require("@oxc-resolver/binding-freebsd-x64");
            const bindingPackageVersion = __require("@oxc-resolver/binding-freebsd-x64/package.json").version;
            if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
              throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
            }
            return binding;
          } catch (e) {
            loadErrors.push(e);
          }
        } else if (process.arch === "arm64") {
          try {
            return __require("./resolver.freebsd-arm64.node");
          } catch (e) {
            loadErrors.push(e);
          }
          try {
            const binding = __require("@oxc-resolver/binding-freebsd-arm64");
            const bindingPackageVersion = __require("@oxc-resolver/binding-freebsd-arm64/package.json").version;
            if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
              throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
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
              return __require("./resolver.linux-x64-musl.node");
            } catch (e) {
              loadErrors.push(e);
            }
            try {
              const binding = __require("@oxc-resolver/binding-linux-x64-musl");
              const bindingPackageVersion = __require("@oxc-resolver/binding-linux-x64-musl/package.json").version;
              if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
                throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
              }
              return binding;
            } catch (e) {
              loadErrors.push(e);
            }
          } else {
            try {
              return __require("./resolver.linux-x64-gnu.node");
            } catch (e) {
              loadErrors.push(e);
            }
            try {
              const binding = __require("@oxc-resolver/binding-linux-x64-gnu");
              const bindingPackageVersion = __require("@oxc-resolver/binding-linux-x64-gnu/package.json").version;
              if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
                throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
              }
              return binding;
            } catch (e) {
              loadErrors.push(e);
            }
          }
        } else if (process.arch === "arm64") {
          if (isMusl()) {
            try {
              return __require("./resolver.linux-arm64-musl.node");
            } catch (e) {
              loadErrors.push(e);
            }
            try {
              const binding = __require("@oxc-resolver/binding-linux-arm64-musl");
              const bindingPackageVersion = __require("@oxc-resolver/binding-linux-arm64-musl/package.json").version;
              if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
                throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
              }
              return binding;
            } catch (e) {
              loadErrors.push(e);
            }
          } else {
            try {
              return __require("./resolver.linux-arm64-gnu.node");
            } catch (e) {
              loadErrors.push(e);
            }
            try {
              const binding = __require("@oxc-resolver/binding-linux-arm64-gnu");
              const bindingPackageVersion = __require("@oxc-resolver/binding-linux-arm64-gnu/package.json").version;
              if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
                throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
              }
              return binding;
            } catch (e) {
              loadErrors.push(e);
            }
          }
        } else if (process.arch === "arm") {
          if (isMusl()) {
            try {
              return __require("./resolver.linux-arm-musleabihf.node");
            } catch (e) {
              loadErrors.push(e);
            }
            try {
              const binding = __require("@oxc-resolver/binding-linux-arm-musleabihf");
              const bindingPackageVersion = __require("@oxc-resolver/binding-linux-arm-musleabihf/package.json").version;
              if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
                throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
              }
              return binding;
            } catch (e) {
              loadErrors.push(e);
            }
          } else {
            try {
              return __require("./resolver.linux-arm-gnueabihf.node");
            } catch (e) {
              loadErrors.push(e);
            }
            try {
              const binding = __require("@oxc-resolver/binding-linux-arm-gnueabihf");
              const bindingPackageVersion = __require("@oxc-resolver/binding-linux-arm-gnueabihf/package.json").version;
              if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
                throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
              }
              return binding;
            } catch (e) {
              loadErrors.push(e);
            }
          }
        } else if (process.arch === "loong64") {
          if (isMusl()) {
            try {
              return __require("./resolver.linux-loong64-musl.node");
            } catch (e) {
              loadErrors.push(e);
            }
            try {
              const binding = __require("@oxc-resolver/binding-linux-loong64-musl");
              const bindingPackageVersion = __require("@oxc-resolver/binding-linux-loong64-musl/package.json").version;
              if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
                throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
              }
              return binding;
            } catch (e) {
              loadErrors.push(e);
            }
          } else {
            try {
              return __require("./resolver.linux-loong64-gnu.node");
            } catch (e) {
              loadErrors.push(e);
            }
            try {
              const binding = __require("@oxc-resolver/binding-linux-loong64-gnu");
              const bindingPackageVersion = __require("@oxc-resolver/binding-linux-loong64-gnu/package.json").version;
              if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
                throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
              }
              return binding;
            } catch (e) {
              loadErrors.push(e);
            }
          }
        } else if (process.arch === "riscv64") {
          if (isMusl()) {
            try {
              return __require("./resolver.linux-riscv64-musl.node");
            } catch (e) {
              loadErrors.push(e);
            }
            try {
              const binding = __require("@oxc-resolver/binding-linux-riscv64-musl");
              const bindingPackageVersion = __require("@oxc-resolver/binding-linux-riscv64-musl/package.json").version;
              if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
                throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
              }
              return binding;
            } catch (e) {
              loadErrors.push(e);
            }
          } else {
            try {
              return __require("./resolver.linux-riscv64-gnu.node");
            } catch (e) {
              loadErrors.push(e);
            }
            try {
              const binding = __require("@oxc-resolver/binding-linux-riscv64-gnu");
              const bindingPackageVersion = __require("@oxc-resolver/binding-linux-riscv64-gnu/package.json").version;
              if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
                throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
              }
              return binding;
            } catch (e) {
              loadErrors.push(e);
            }
          }
        } else if (process.arch === "ppc64") {
          try {
            return __require("./resolver.linux-ppc64-gnu.node");
          } catch (e) {
            loadErrors.push(e);
          }
          try {
            const binding = __require("@oxc-resolver/binding-linux-ppc64-gnu");
            const bindingPackageVersion = __require("@oxc-resolver/binding-linux-ppc64-gnu/package.json").version;
            if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
              throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
            }
            return binding;
          } catch (e) {
            loadErrors.push(e);
          }
        } else if (process.arch === "s390x") {
          try {
            return __require("./resolver.linux-s390x-gnu.node");
          } catch (e) {
            loadErrors.push(e);
          }
          try {
            const binding = __require("@oxc-resolver/binding-linux-s390x-gnu");
            const bindingPackageVersion = __require("@oxc-resolver/binding-linux-s390x-gnu/package.json").version;
            if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
              throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
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
            return __require("./resolver.openharmony-arm64.node");
          } catch (e) {
            loadErrors.push(e);
          }
          try {
            const binding = __require("@oxc-resolver/binding-openharmony-arm64");
            const bindingPackageVersion = __require("@oxc-resolver/binding-openharmony-arm64/package.json").version;
            if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
              throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
            }
            return binding;
          } catch (e) {
            loadErrors.push(e);
          }
        } else if (process.arch === "x64") {
          try {
            return __require("./resolver.openharmony-x64.node");
          } catch (e) {
            loadErrors.push(e);
          }
          try {
            const binding = __require("@oxc-resolver/binding-openharmony-x64");
            const bindingPackageVersion = __require("@oxc-resolver/binding-openharmony-x64/package.json").version;
            if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
              throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
            }
            return binding;
          } catch (e) {
            loadErrors.push(e);
          }
        } else if (process.arch === "arm") {
          try {
            return __require("./resolver.openharmony-arm.node");
          } catch (e) {
            loadErrors.push(e);
          }
          try {
            const binding = __require("@oxc-resolver/binding-openharmony-arm");
            const bindingPackageVersion = __require("@oxc-resolver/binding-openharmony-arm/package.json").version;
            if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
              throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
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
    nativeBinding = requireNative();
    var forceWasi = process.env.NAPI_RS_FORCE_WASI === "true" || process.env.NAPI_RS_FORCE_WASI === "error";
    if (!nativeBinding || forceWasi) {
      let wasiBinding = null;
      let wasiBindingError = null;
      try {
        wasiBinding = __require("./resolver.wasi.cjs");
        nativeBinding = wasiBinding;
      } catch (err) {
        if (forceWasi) {
          wasiBindingError = err;
        }
      }
      if (!nativeBinding || forceWasi) {
        try {
          wasiBinding = __require("@oxc-resolver/binding-wasm32-wasi");
          nativeBinding = wasiBinding;
        } catch (err) {
          if (forceWasi) {
            if (!wasiBindingError) {
              wasiBindingError = err;
            } else {
              wasiBindingError.cause = err;
            }
            loadErrors.push(err);
          }
        }
      }
      if (process.env.NAPI_RS_FORCE_WASI === "error" && !wasiBinding) {
        const error = new Error("WASI binding not found and NAPI_RS_FORCE_WASI is set to error");
        error.cause = wasiBindingError;
        throw error;
      }
    }
    if (!nativeBinding && globalThis.process?.versions?.["webcontainer"]) {
      try {
        nativeBinding = require_webcontainer_fallback();
      } catch (err) {
        loadErrors.push(err);
      }
    }
    if (!nativeBinding) {
      if (loadErrors.length > 0) {
        const error = new Error(
          `Cannot find native binding. npm has a bug related to optional dependencies (https://github.com/npm/cli/issues/4828). Please try \`npm i\` again after removing both package-lock.json and node_modules directory.`
        );
        error.cause = loadErrors.reduce((err, cur) => {
          cur.cause = err;
          return cur;
        });
        throw error;
      }
      throw new Error(`Failed to load native binding`);
    }
    module.exports = nativeBinding;
    module.exports.ResolverFactory = nativeBinding.ResolverFactory;
    module.exports.EnforceExtension = nativeBinding.EnforceExtension;
    module.exports.ModuleType = nativeBinding.ModuleType;
    module.exports.sync = nativeBinding.sync;
    if (process.versions.pnp) {
      process.env.OXC_RESOLVER_YARN_PNP = "1";
    }
  }
});
export default require_oxc_resolver();
