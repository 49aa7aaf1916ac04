import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  ConfigError,
  DEFAULT_RUN_ALL,
  GlobIndex,
  __commonJS,
  __require,
  __toESM,
  deriveSeed,
  external_exports,
  loadConfig,
  mergeCoverage,
  testTotals
} from "./chunk-5XV2LU3C.js";

// node_modules/seedrandom/lib/alea.js
var require_alea = __commonJS({
  "node_modules/seedrandom/lib/alea.js"(exports, module) {
    (function(global, module2, define2) {
      function Alea(seed) {
        var me = this, mash = Mash();
        me.next = function() {
          var t = 2091639 * me.s0 + me.c * 23283064365386963e-26;
          me.s0 = me.s1;
          me.s1 = me.s2;
          return me.s2 = t - (me.c = t | 0);
        };
        me.c = 1;
        me.s0 = mash(" ");
        me.s1 = mash(" ");
        me.s2 = mash(" ");
        me.s0 -= mash(seed);
        if (me.s0 < 0) {
          me.s0 += 1;
        }
        me.s1 -= mash(seed);
        if (me.s1 < 0) {
          me.s1 += 1;
        }
        me.s2 -= mash(seed);
        if (me.s2 < 0) {
          me.s2 += 1;
        }
        mash = null;
      }
      function copy(f, t) {
        t.c = f.c;
        t.s0 = f.s0;
        t.s1 = f.s1;
        t.s2 = f.s2;
        return t;
      }
      function impl(seed, opts) {
        var xg = new Alea(seed), state = opts && opts.state, prng = xg.next;
        prng.int32 = function() {
          return xg.next() * 4294967296 | 0;
        };
        prng.double = function() {
          return prng() + (prng() * 2097152 | 0) * 11102230246251565e-32;
        };
        prng.quick = prng;
        if (state) {
          if (typeof state == "object") copy(state, xg);
          prng.state = function() {
            return copy(xg, {});
          };
        }
        return prng;
      }
      function Mash() {
        var n = 4022871197;
        var mash = function(data) {
          data = String(data);
          for (var i = 0; i < data.length; i++) {
            n += data.charCodeAt(i);
            var h = 0.02519603282416938 * n;
            n = h >>> 0;
            h -= n;
            h *= n;
            n = h >>> 0;
            h -= n;
            n += h * 4294967296;
          }
          return (n >>> 0) * 23283064365386963e-26;
        };
        return mash;
      }
      if (module2 && module2.exports) {
        module2.exports = impl;
      } else if (define2 && define2.amd) {
        define2(function() {
          return impl;
        });
      } else {
        this.alea = impl;
      }
    })(
      exports,
      typeof module == "object" && module,
      // present in node.js
      typeof define == "function" && define
      // present with an AMD loader
    );
  }
});

// node_modules/seedrandom/lib/xor128.js
var require_xor128 = __commonJS({
  "node_modules/seedrandom/lib/xor128.js"(exports, module) {
    (function(global, module2, define2) {
      function XorGen(seed) {
        var me = this, strseed = "";
        me.x = 0;
        me.y = 0;
        me.z = 0;
        me.w = 0;
        me.next = function() {
          var t = me.x ^ me.x << 11;
          me.x = me.y;
          me.y = me.z;
          me.z = me.w;
          return me.w ^= me.w >>> 19 ^ t ^ t >>> 8;
        };
        if (seed === (seed | 0)) {
          me.x = seed;
        } else {
          strseed += seed;
        }
        for (var k = 0; k < strseed.length + 64; k++) {
          me.x ^= strseed.charCodeAt(k) | 0;
          me.next();
        }
      }
      function copy(f, t) {
        t.x = f.x;
        t.y = f.y;
        t.z = f.z;
        t.w = f.w;
        return t;
      }
      function impl(seed, opts) {
        var xg = new XorGen(seed), state = opts && opts.state, prng = function() {
          return (xg.next() >>> 0) / 4294967296;
        };
        prng.double = function() {
          do {
            var top = xg.next() >>> 11, bot = (xg.next() >>> 0) / 4294967296, result = (top + bot) / (1 << 21);
          } while (result === 0);
          return result;
        };
        prng.int32 = xg.next;
        prng.quick = prng;
        if (state) {
          if (typeof state == "object") copy(state, xg);
          prng.state = function() {
            return copy(xg, {});
          };
        }
        return prng;
      }
      if (module2 && module2.exports) {
        module2.exports = impl;
      } else if (define2 && define2.amd) {
        define2(function() {
          return impl;
        });
      } else {
        this.xor128 = impl;
      }
    })(
      exports,
      typeof module == "object" && module,
      // present in node.js
      typeof define == "function" && define
      // present with an AMD loader
    );
  }
});

// node_modules/seedrandom/lib/xorwow.js
var require_xorwow = __commonJS({
  "node_modules/seedrandom/lib/xorwow.js"(exports, module) {
    (function(global, module2, define2) {
      function XorGen(seed) {
        var me = this, strseed = "";
        me.next = function() {
          var t = me.x ^ me.x >>> 2;
          me.x = me.y;
          me.y = me.z;
          me.z = me.w;
          me.w = me.v;
          return (me.d = me.d + 362437 | 0) + (me.v = me.v ^ me.v << 4 ^ (t ^ t << 1)) | 0;
        };
        me.x = 0;
        me.y = 0;
        me.z = 0;
        me.w = 0;
        me.v = 0;
        if (seed === (seed | 0)) {
          me.x = seed;
        } else {
          strseed += seed;
        }
        for (var k = 0; k < strseed.length + 64; k++) {
          me.x ^= strseed.charCodeAt(k) | 0;
          if (k == strseed.length) {
            me.d = me.x << 10 ^ me.x >>> 4;
          }
          me.next();
        }
      }
      function copy(f, t) {
        t.x = f.x;
        t.y = f.y;
        t.z = f.z;
        t.w = f.w;
        t.v = f.v;
        t.d = f.d;
        return t;
      }
      function impl(seed, opts) {
        var xg = new XorGen(seed), state = opts && opts.state, prng = function() {
          return (xg.next() >>> 0) / 4294967296;
        };
        prng.double = function() {
          do {
            var top = xg.next() >>> 11, bot = (xg.next() >>> 0) / 4294967296, result = (top + bot) / (1 << 21);
          } while (result === 0);
          return result;
        };
        prng.int32 = xg.next;
        prng.quick = prng;
        if (state) {
          if (typeof state == "object") copy(state, xg);
          prng.state = function() {
            return copy(xg, {});
          };
        }
        return prng;
      }
      if (module2 && module2.exports) {
        module2.exports = impl;
      } else if (define2 && define2.amd) {
        define2(function() {
          return impl;
        });
      } else {
        this.xorwow = impl;
      }
    })(
      exports,
      typeof module == "object" && module,
      // present in node.js
      typeof define == "function" && define
      // present with an AMD loader
    );
  }
});

// node_modules/seedrandom/lib/xorshift7.js
var require_xorshift7 = __commonJS({
  "node_modules/seedrandom/lib/xorshift7.js"(exports, module) {
    (function(global, module2, define2) {
      function XorGen(seed) {
        var me = this;
        me.next = function() {
          var X = me.x, i = me.i, t, v, w;
          t = X[i];
          t ^= t >>> 7;
          v = t ^ t << 24;
          t = X[i + 1 & 7];
          v ^= t ^ t >>> 10;
          t = X[i + 3 & 7];
          v ^= t ^ t >>> 3;
          t = X[i + 4 & 7];
          v ^= t ^ t << 7;
          t = X[i + 7 & 7];
          t = t ^ t << 13;
          v ^= t ^ t << 9;
          X[i] = v;
          me.i = i + 1 & 7;
          return v;
        };
        function init(me2, seed2) {
          var j, w, X = [];
          if (seed2 === (seed2 | 0)) {
            w = X[0] = seed2;
          } else {
            seed2 = "" + seed2;
            for (j = 0; j < seed2.length; ++j) {
              X[j & 7] = X[j & 7] << 15 ^ seed2.charCodeAt(j) + X[j + 1 & 7] << 13;
            }
          }
          while (X.length < 8) X.push(0);
          for (j = 0; j < 8 && X[j] === 0; ++j) ;
          if (j == 8) w = X[7] = -1;
          else w = X[j];
          me2.x = X;
          me2.i = 0;
          for (j = 256; j > 0; --j) {
            me2.next();
          }
        }
        init(me, seed);
      }
      function copy(f, t) {
        t.x = f.x.slice();
        t.i = f.i;
        return t;
      }
      function impl(seed, opts) {
        if (seed == null) seed = +/* @__PURE__ */ new Date();
        var xg = new XorGen(seed), state = opts && opts.state, prng = function() {
          return (xg.next() >>> 0) / 4294967296;
        };
        prng.double = function() {
          do {
            var top = xg.next() >>> 11, bot = (xg.next() >>> 0) / 4294967296, result = (top + bot) / (1 << 21);
          } while (result === 0);
          return result;
        };
        prng.int32 = xg.next;
        prng.quick = prng;
        if (state) {
          if (state.x) copy(state, xg);
          prng.state = function() {
            return copy(xg, {});
          };
        }
        return prng;
      }
      if (module2 && module2.exports) {
        module2.exports = impl;
      } else if (define2 && define2.amd) {
        define2(function() {
          return impl;
        });
      } else {
        this.xorshift7 = impl;
      }
    })(
      exports,
      typeof module == "object" && module,
      // present in node.js
      typeof define == "function" && define
      // present with an AMD loader
    );
  }
});

// node_modules/seedrandom/lib/xor4096.js
var require_xor4096 = __commonJS({
  "node_modules/seedrandom/lib/xor4096.js"(exports, module) {
    (function(global, module2, define2) {
      function XorGen(seed) {
        var me = this;
        me.next = function() {
          var w = me.w, X = me.X, i = me.i, t, v;
          me.w = w = w + 1640531527 | 0;
          v = X[i + 34 & 127];
          t = X[i = i + 1 & 127];
          v ^= v << 13;
          t ^= t << 17;
          v ^= v >>> 15;
          t ^= t >>> 12;
          v = X[i] = v ^ t;
          me.i = i;
          return v + (w ^ w >>> 16) | 0;
        };
        function init(me2, seed2) {
          var t, v, i, j, w, X = [], limit = 128;
          if (seed2 === (seed2 | 0)) {
            v = seed2;
            seed2 = null;
          } else {
            seed2 = seed2 + "\0";
            v = 0;
            limit = Math.max(limit, seed2.length);
          }
          for (i = 0, j = -32; j < limit; ++j) {
            if (seed2) v ^= seed2.charCodeAt((j + 32) % seed2.length);
            if (j === 0) w = v;
            v ^= v << 10;
            v ^= v >>> 15;
            v ^= v << 4;
            v ^= v >>> 13;
            if (j >= 0) {
              w = w + 1640531527 | 0;
              t = X[j & 127] ^= v + w;
              i = 0 == t ? i + 1 : 0;
            }
          }
          if (i >= 128) {
            X[(seed2 && seed2.length || 0) & 127] = -1;
          }
          i = 127;
          for (j = 4 * 128; j > 0; --j) {
            v = X[i + 34 & 127];
            t = X[i = i + 1 & 127];
            v ^= v << 13;
            t ^= t << 17;
            v ^= v >>> 15;
            t ^= t >>> 12;
            X[i] = v ^ t;
          }
          me2.w = w;
          me2.X = X;
          me2.i = i;
        }
        init(me, seed);
      }
      function copy(f, t) {
        t.i = f.i;
        t.w = f.w;
        t.X = f.X.slice();
        return t;
      }
      ;
      function impl(seed, opts) {
        if (seed == null) seed = +/* @__PURE__ */ new Date();
        var xg = new XorGen(seed), state = opts && opts.state, prng = function() {
          return (xg.next() >>> 0) / 4294967296;
        };
        prng.double = function() {
          do {
            var top = xg.next() >>> 11, bot = (xg.next() >>> 0) / 4294967296, result = (top + bot) / (1 << 21);
          } while (result === 0);
          return result;
        };
        prng.int32 = xg.next;
        prng.quick = prng;
        if (state) {
          if (state.X) copy(state, xg);
          prng.state = function() {
            return copy(xg, {});
          };
        }
        return prng;
      }
      if (module2 && module2.exports) {
        module2.exports = impl;
      } else if (define2 && define2.amd) {
        define2(function() {
          return impl;
        });
      } else {
        this.xor4096 = impl;
      }
    })(
      exports,
      // window object or global
      typeof module == "object" && module,
      // present in node.js
      typeof define == "function" && define
      // present with an AMD loader
    );
  }
});

// node_modules/seedrandom/lib/tychei.js
var require_tychei = __commonJS({
  "node_modules/seedrandom/lib/tychei.js"(exports, module) {
    (function(global, module2, define2) {
      function XorGen(seed) {
        var me = this, strseed = "";
        me.next = function() {
          var b = me.b, c = me.c, d = me.d, a = me.a;
          b = b << 25 ^ b >>> 7 ^ c;
          c = c - d | 0;
          d = d << 24 ^ d >>> 8 ^ a;
          a = a - b | 0;
          me.b = b = b << 20 ^ b >>> 12 ^ c;
          me.c = c = c - d | 0;
          me.d = d << 16 ^ c >>> 16 ^ a;
          return me.a = a - b | 0;
        };
        me.a = 0;
        me.b = 0;
        me.c = 2654435769 | 0;
        me.d = 1367130551;
        if (seed === Math.floor(seed)) {
          me.a = seed / 4294967296 | 0;
          me.b = seed | 0;
        } else {
          strseed += seed;
        }
        for (var k = 0; k < strseed.length + 20; k++) {
          me.b ^= strseed.charCodeAt(k) | 0;
          me.next();
        }
      }
      function copy(f, t) {
        t.a = f.a;
        t.b = f.b;
        t.c = f.c;
        t.d = f.d;
        return t;
      }
      ;
      function impl(seed, opts) {
        var xg = new XorGen(seed), state = opts && opts.state, prng = function() {
          return (xg.next() >>> 0) / 4294967296;
        };
        prng.double = function() {
          do {
            var top = xg.next() >>> 11, bot = (xg.next() >>> 0) / 4294967296, result = (top + bot) / (1 << 21);
          } while (result === 0);
          return result;
        };
        prng.int32 = xg.next;
        prng.quick = prng;
        if (state) {
          if (typeof state == "object") copy(state, xg);
          prng.state = function() {
            return copy(xg, {});
          };
        }
        return prng;
      }
      if (module2 && module2.exports) {
        module2.exports = impl;
      } else if (define2 && define2.amd) {
        define2(function() {
          return impl;
        });
      } else {
        this.tychei = impl;
      }
    })(
      exports,
      typeof module == "object" && module,
      // present in node.js
      typeof define == "function" && define
      // present with an AMD loader
    );
  }
});

// node_modules/seedrandom/seedrandom.js
var require_seedrandom = __commonJS({
  "node_modules/seedrandom/seedrandom.js"(exports, module) {
    (function(global, pool, math) {
      var width = 256, chunks = 6, digits = 52, rngname = "random", startdenom = math.pow(width, chunks), significance = math.pow(2, digits), overflow = significance * 2, mask = width - 1, nodecrypto;
      function seedrandom2(seed, options, callback) {
        var key = [];
        options = options == true ? { entropy: true } : options || {};
        var shortseed = mixkey(flatten(
          options.entropy ? [seed, tostring(pool)] : seed == null ? autoseed() : seed,
          3
        ), key);
        var arc4 = new ARC4(key);
        var prng = function() {
          var n = arc4.g(chunks), d = startdenom, x = 0;
          while (n < significance) {
            n = (n + x) * width;
            d *= width;
            x = arc4.g(1);
          }
          while (n >= overflow) {
            n /= 2;
            d /= 2;
            x >>>= 1;
          }
          return (n + x) / d;
        };
        prng.int32 = function() {
          return arc4.g(4) | 0;
        };
        prng.quick = function() {
          return arc4.g(4) / 4294967296;
        };
        prng.double = prng;
        mixkey(tostring(arc4.S), pool);
        return (options.pass || callback || function(prng2, seed2, is_math_call, state) {
          if (state) {
            if (state.S) {
              copy(state, arc4);
            }
            prng2.state = function() {
              return copy(arc4, {});
            };
          }
          if (is_math_call) {
            math[rngname] = prng2;
            return seed2;
          } else return prng2;
        })(
          prng,
          shortseed,
          "global" in options ? options.global : this == math,
          options.state
        );
      }
      function ARC4(key) {
        var t, keylen = key.length, me = this, i = 0, j = me.i = me.j = 0, s = me.S = [];
        if (!keylen) {
          key = [keylen++];
        }
        while (i < width) {
          s[i] = i++;
        }
        for (i = 0; i < width; i++) {
          s[i] = s[j = mask & j + key[i % keylen] + (t = s[i])];
          s[j] = t;
        }
        (me.g = function(count) {
          var t2, r = 0, i2 = me.i, j2 = me.j, s2 = me.S;
          while (count--) {
            t2 = s2[i2 = mask & i2 + 1];
            r = r * width + s2[mask & (s2[i2] = s2[j2 = mask & j2 + t2]) + (s2[j2] = t2)];
          }
          me.i = i2;
          me.j = j2;
          return r;
        })(width);
      }
      function copy(f, t) {
        t.i = f.i;
        t.j = f.j;
        t.S = f.S.slice();
        return t;
      }
      ;
      function flatten(obj, depth) {
        var result = [], typ = typeof obj, prop;
        if (depth && typ == "object") {
          for (prop in obj) {
            try {
              result.push(flatten(obj[prop], depth - 1));
            } catch (e) {
            }
          }
        }
        return result.length ? result : typ == "string" ? obj : obj + "\0";
      }
      function mixkey(seed, key) {
        var stringseed = seed + "", smear, j = 0;
        while (j < stringseed.length) {
          key[mask & j] = mask & (smear ^= key[mask & j] * 19) + stringseed.charCodeAt(j++);
        }
        return tostring(key);
      }
      function autoseed() {
        try {
          var out;
          if (nodecrypto && (out = nodecrypto.randomBytes)) {
            out = out(width);
          } else {
            out = new Uint8Array(width);
            (global.crypto || global.msCrypto).getRandomValues(out);
          }
          return tostring(out);
        } catch (e) {
          var browser = global.navigator, plugins = browser && browser.plugins;
          return [+/* @__PURE__ */ new Date(), global, plugins, global.screen, tostring(pool)];
        }
      }
      function tostring(a) {
        return String.fromCharCode.apply(0, a);
      }
      mixkey(math.random(), pool);
      if (typeof module == "object" && module.exports) {
        module.exports = seedrandom2;
        try {
          nodecrypto = __require("crypto");
        } catch (ex) {
        }
      } else if (typeof define == "function" && define.amd) {
        define(function() {
          return seedrandom2;
        });
      } else {
        math["seed" + rngname] = seedrandom2;
      }
    })(
      // global: `self` in browsers (including strict mode and web workers),
      // otherwise `this` in Node and other environments
      typeof self !== "undefined" ? self : exports,
      [],
      // pool: entropy pool starts empty
      Math
      // math: package containing random, pow, and seedrandom
    );
  }
});

// node_modules/seedrandom/index.js
var require_seedrandom2 = __commonJS({
  "node_modules/seedrandom/index.js"(exports, module) {
    var alea = require_alea();
    var xor128 = require_xor128();
    var xorwow = require_xorwow();
    var xorshift7 = require_xorshift7();
    var xor4096 = require_xor4096();
    var tychei = require_tychei();
    var sr = require_seedrandom();
    sr.alea = alea;
    sr.xor128 = xor128;
    sr.xorwow = xorwow;
    sr.xorshift7 = xorshift7;
    sr.xor4096 = xor4096;
    sr.tychei = tychei;
    module.exports = sr;
  }
});

// src/impact/github.ts
var STATUS = {
  added: "added",
  removed: "deleted",
  modified: "modified",
  renamed: "renamed",
  copied: "copied",
  changed: "changed",
  unchanged: "changed"
};
function fromApiFile(file) {
  const changed = { path: file.filename, status: STATUS[file.status] ?? "changed" };
  if (file.previous_filename) changed.previousPath = file.previous_filename;
  return changed;
}
function pullFilesApi(octokit) {
  return {
    async listFiles(owner, repo, pull) {
      const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pull, per_page: 100 });
      return files.map(fromApiFile);
    }
  };
}

// src/util/git.ts
import { execFile } from "node:child_process";
var GitError = class extends Error {
  constructor(message, args, stderr, exitCode) {
    super(message);
    this.args = args;
    this.stderr = stderr;
    this.exitCode = exitCode;
    this.name = "GitError";
  }
  args;
  stderr;
  exitCode;
};
function createGit(cwd) {
  return {
    cwd,
    run(args, options) {
      return new Promise((resolve, reject) => {
        execFile(
          "git",
          args,
          { cwd, maxBuffer: 1024 * 1024 * 512, encoding: "utf8", env: { ...process.env, GIT_TERMINAL_PROMPT: "0" } },
          (error, stdout, stderr) => {
            if (error && !options?.allowFailure) {
              const code = typeof error.code === "number" ? error.code : null;
              reject(new GitError(`git ${args.join(" ")} failed: ${(stderr || error.message).trim().split("\n")[0]}`, args, stderr, code));
            } else resolve(stdout);
          }
        );
      });
    }
  };
}

// src/impact/merge.ts
var STATUS_ORDER = ["failed", "timeout", "errored", "cancelled", "passed", "skipped"];
function mergeCoverage2(reports) {
  if (reports.length === 0) return void 0;
  return reports.length === 1 ? reports[0] : mergeCoverage(reports);
}
function mergeSuite(runs) {
  const ran = runs.filter((run) => run.selected);
  if (ran.length === 0) return runs[0];
  if (ran.length === 1) return ran[0];
  const first = ran[0];
  const tests = ran.flatMap((run) => run.tests);
  const status = STATUS_ORDER.find((candidate) => ran.some((run) => run.status === candidate)) ?? first.status;
  const findings = /* @__PURE__ */ new Map();
  for (const finding of ran.flatMap((run) => run.security))
    if (!findings.has(finding.fingerprint)) findings.set(finding.fingerprint, finding);
  const startedAt = ran.map((run) => run.startedAt).filter((value) => Boolean(value)).sort()[0];
  const budgets = ran.map((run) => run.budget).filter((value) => value !== void 0);
  const merged = {
    ...first,
    reasons: [...new Set(ran.flatMap((run) => run.reasons))],
    shard: ran.map((run) => run.shard).filter(Boolean).join(", ") || void 0,
    status,
    exitCode: ran.find((run) => run.exitCode !== 0)?.exitCode ?? first.exitCode,
    duration: ran.reduce((sum, run) => sum + run.duration, 0),
    attempts: ran.flatMap((run) => run.attempts),
    services: ran.flatMap((run) => run.services),
    tests,
    totals: testTotals(tests),
    perf: ran.flatMap((run) => run.perf),
    security: [...findings.values()],
    problems: ran.flatMap((run) => run.problems)
  };
  if (startedAt) merged.startedAt = startedAt;
  if (budgets.length > 0) merged.budget = budgets[0];
  const coverage = mergeCoverage2(ran.flatMap((run) => run.coverage ? [run.coverage] : []));
  if (coverage) merged.coverage = coverage;
  else delete merged.coverage;
  const determinism = ran.flatMap((run) => run.determinism ? [run.determinism] : []);
  if (determinism.length > 0) {
    const identical = determinism.reduce((sum, value) => sum + value.identical, 0);
    const total = determinism.reduce((sum, value) => sum + value.total, 0);
    merged.determinism = { repeats: determinism[0].repeats, identical, total, ratio: total === 0 ? 1 : identical / total };
  }
  return merged;
}
function mergeRuns(runs) {
  if (runs.length === 0)
    throw new Error("no runs.json to merge: expected the shard results (download them with actions/download-artifact)");
  for (const [index, run] of runs.entries())
    if (run?.version !== 1 || !Array.isArray(run.suites))
      throw new Error(`runs file ${index + 1}: expected a runs.json with "version": 1 and "suites", got ${JSON.stringify(run?.version)}`);
  const sorted = [...runs].sort((a, b) => (a.shard?.index ?? 0) - (b.shard?.index ?? 0));
  const byName = /* @__PURE__ */ new Map();
  for (const run of sorted) {
    for (const suite of run.suites) {
      const list = byName.get(suite.name) ?? [];
      list.push(suite);
      byName.set(suite.name, list);
    }
  }
  return {
    version: 1,
    startedAt: sorted.map((run) => run.startedAt).sort()[0],
    finishedAt: sorted.map((run) => run.finishedAt).sort().at(-1),
    cancelled: sorted.some((run) => run.cancelled),
    seed: sorted[0].seed,
    suites: [...byName.values()].map(mergeSuite)
  };
}

// src/impact/replay.ts
import { readFile as readFile2 } from "node:fs/promises";
import { parseArgs } from "node:util";

// src/impact/changes.ts
var API_FILE_LIMIT = 3e3;
var NULL_SHA = /^0+$/;
var FULL_RUN_EVENTS = {
  workflow_dispatch: "workflow_dispatch event: manual runs test everything",
  schedule: "schedule event: scheduled runs test everything"
};
async function detectChanges(input) {
  const { event, git } = input;
  const problems = [];
  if (FULL_RUN_EVENTS[event.name] && !input.baseRef) return { files: null, source: "none", full: FULL_RUN_EVENTS[event.name], problems };
  const head = input.headRef ?? (event.headSha || "HEAD");
  if (event.name === "pull_request" || event.name === "pull_request_target") {
    if (input.api && event.repo && event.prNumber !== void 0 && !input.baseRef) {
      try {
        const files = await input.api.listFiles(event.repo.owner, event.repo.repo, event.prNumber);
        if (files.length < API_FILE_LIMIT) {
          const base3 = event.baseSha ? await mergeBaseOrUndefined(git, event.baseSha, head) : void 0;
          return { files, source: "api", mergeBase: base3, problems };
        }
        problems.push({
          kind: "github",
          message: `the PR files API lists at most ${API_FILE_LIMIT} files and this PR reached that limit; used git diff instead`
        });
      } catch (error) {
        problems.push({ kind: "github", message: `the PR files API failed (${errorText(error)}); used git diff instead` });
      }
    }
    const base2 = input.baseRef ?? event.baseSha ?? (event.baseRef ? `origin/${event.baseRef}` : void 0);
    if (!base2) return { files: null, source: "none", full: "pull request without a base to compare with", problems };
    return { ...await diffWithGit(git, base2, head, event.baseRef, input.log), problems };
  }
  if (event.name === "push") {
    if (input.baseRef) return { ...await diffWithGit(git, input.baseRef, head, void 0, input.log), problems };
    const before = event.baseSha;
    if (before && !NULL_SHA.test(before)) await ensureHistory(git, before, void 0, input.log);
    const usable = before && !NULL_SHA.test(before) && await isAncestor(git, before, head);
    if (usable) return { ...await diffWithGit(git, before, head, void 0, input.log), problems };
    const why = !before || NULL_SHA.test(before) ? "a new branch" : "a force-push";
    if (!event.defaultBranch || event.isDefaultBranch && why === "a new branch")
      return { files: null, source: "none", full: `push of ${why} with no default branch to compare with`, problems };
    problems.push({ kind: "other", message: `push of ${why}: compared with the default branch ${event.defaultBranch}` });
    return { ...await diffWithGit(git, `origin/${event.defaultBranch}`, head, event.defaultBranch, input.log), problems };
  }
  const base = input.baseRef ?? event.baseSha ?? (event.baseRef ? event.baseRef : void 0);
  if (!base) return { files: null, source: "none", full: `${event.name} event with no base to compare with`, problems };
  return { ...await diffWithGit(git, base, head, void 0, input.log), problems };
}
function errorText(error) {
  const status = error?.status;
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return status ? `HTTP ${status}: ${message}` : message;
}
async function isAncestor(git, ancestor, descendant) {
  const resolved = (await git.run(["rev-parse", "--verify", "--quiet", `${ancestor}^{commit}`], { allowFailure: true })).trim();
  if (!resolved) return false;
  const base = (await git.run(["merge-base", resolved, descendant], { allowFailure: true })).trim();
  return base === resolved;
}
async function commitExists(git, rev) {
  const out = await git.run(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], { allowFailure: true });
  return out.trim() !== "";
}
async function mergeBaseOrUndefined(git, base, head) {
  if (!await commitExists(git, base) || !await commitExists(git, head)) return void 0;
  const out = await git.run(["merge-base", base, head], { allowFailure: true });
  return out.trim() || void 0;
}
function missingBaseMessage(base, detail) {
  return `the base "${base}" is not in this checkout${detail ? ` (${detail})` : ""}: set "fetch-depth: 0" on actions/checkout so the history is there, or pass a base ref/commit that exists`;
}
async function diffWithGit(git, base, head, baseBranch, log) {
  await ensureHistory(git, base, baseBranch, log);
  if (!await commitExists(git, base)) throw new Error(missingBaseMessage(base));
  if (!await commitExists(git, head)) throw new Error(missingBaseMessage(head, "head commit"));
  const mergeBase = (await git.run(["merge-base", base, head], { allowFailure: true })).trim();
  if (!mergeBase) throw new Error(missingBaseMessage(base, `no common history with ${head}`));
  const output = await git.run(["diff", "--name-status", "-z", "--find-renames", "--no-color", mergeBase, head]);
  return { files: parseNameStatus(output), source: "git", mergeBase };
}
async function ensureHistory(git, base, baseBranch, log) {
  const shallow = (await git.run(["rev-parse", "--is-shallow-repository"], { allowFailure: true })).trim() === "true";
  if (!shallow && await commitExists(git, base)) return;
  const refspecs = baseBranch ? [`+refs/heads/${baseBranch}:refs/remotes/origin/${baseBranch}`] : [];
  if (/^[0-9a-f]{7,40}$/i.test(base)) refspecs.push(base);
  log?.info(`fetching ${shallow ? "the history" : "the base"} from origin to find the merge-base with ${base}`);
  await git.run(["fetch", "--no-tags", "--quiet", ...shallow ? ["--unshallow"] : [], "origin", ...refspecs], { allowFailure: true });
}
var STATUS2 = {
  A: "added",
  M: "modified",
  D: "deleted",
  R: "renamed",
  C: "copied",
  T: "changed",
  U: "changed",
  X: "changed"
};
function parseNameStatus(output) {
  const fields = output.split("\0");
  const files = [];
  for (let i = 0; i < fields.length; ) {
    const code = fields[i++];
    if (!code) continue;
    const status = STATUS2[code[0]] ?? "changed";
    if (status === "renamed" || status === "copied") {
      const previousPath = fields[i++];
      const path = fields[i++];
      files.push({ path, status, previousPath });
    } else files.push({ path: fields[i++], status });
  }
  return files;
}
function touchedPaths(files) {
  const paths = [];
  for (const file of files) {
    paths.push(file.path);
    if (file.previousPath && file.previousPath !== file.path) paths.push(file.previousPath);
  }
  return paths;
}

// src/impact/imports.ts
import { readFile } from "node:fs/promises";
import { join, posix } from "node:path";
var CODE_EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];
var RESOLVE_EXTENSIONS = [...CODE_EXTENSIONS, ".json"];
var isCode = (path) => CODE_EXTENSIONS.some((ext) => path.endsWith(ext)) && !path.endsWith(".d.ts");
async function buildImportGraph(repoRoot, options = {}) {
  const read = options.read ?? ((path) => readFile(join(repoRoot, path), "utf8"));
  const files = options.files ?? await listFiles(repoRoot);
  const known = new Set(files);
  const resolver = await createResolver(files, known, read);
  const imports = /* @__PURE__ */ new Map();
  const dynamic = /* @__PURE__ */ new Set();
  const code = files.filter((file) => isCode(file) && !file.includes("node_modules/"));
  let next = 0;
  const worker = async () => {
    while (next < code.length) {
      const file = code[next++];
      let text;
      try {
        text = await read(file);
      } catch {
        continue;
      }
      const found = scanImports(text);
      if (found.dynamic) dynamic.add(file);
      const targets = /* @__PURE__ */ new Set();
      for (const specifier of found.specifiers) {
        const target = resolver(file, specifier);
        if (target && target !== file) targets.add(target);
      }
      imports.set(file, [...targets]);
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return { files, imports, dynamic };
}
async function listFiles(repoRoot) {
  const out = await createGit(repoRoot).run(["ls-files", "-z", "--cached", "--others", "--exclude-standard"]);
  return out.split("\0").filter(Boolean);
}
function stripComments(text) {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    const nextChar = text[i + 1];
    if (char === "/" && nextChar === "/") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (char === "/" && nextChar === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 2;
      out += " ";
    } else if (char === '"' || char === "'" || char === "`") {
      let j = i + 1;
      while (j < text.length && text[j] !== char) {
        if (text[j] === "\\") j++;
        else if (char !== "`" && text[j] === "\n") break;
        j++;
      }
      out += text.slice(i, j + 1);
      i = j + 1;
    } else {
      out += char;
      i++;
    }
  }
  return out;
}
var STATIC_FROM = /\b(?:import|export)\s+(?:type\s+)?[\w$*{}\s,]*?\bfrom\s*(['"])([^'"\n]+)\1/g;
var BARE_IMPORT = /\bimport\s*(['"])([^'"\n]+)\1/g;
var CALL = /\b(require|import)\s*\(\s*/g;
var LITERAL_ARG = /^(?:(['"])([^'"\n]+)\1|`([^`$]*)`)\s*[,)]/;
function scanImports(source) {
  const text = stripComments(source);
  const specifiers = /* @__PURE__ */ new Set();
  for (const match of text.matchAll(STATIC_FROM)) specifiers.add(match[2]);
  for (const match of text.matchAll(BARE_IMPORT)) specifiers.add(match[2]);
  let dynamic = false;
  for (const match of text.matchAll(CALL)) {
    const before = text[(match.index ?? 0) - 1];
    if (before === ".") continue;
    const rest = text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 300);
    const literal = LITERAL_ARG.exec(rest);
    if (literal) specifiers.add(literal[2] ?? literal[3]);
    else if (!rest.startsWith(")")) dynamic = true;
  }
  return { specifiers: [...specifiers], dynamic };
}
function parseJsonc(text) {
  const withoutComments = stripComments(text);
  return JSON.parse(withoutComments.replace(/,(\s*[}\]])/g, "$1"));
}
async function readJson(read, path) {
  try {
    const value = parseJsonc(await read(path));
    return value && typeof value === "object" ? value : void 0;
  } catch {
    return void 0;
  }
}
async function readAliases(known, read) {
  let file = known.has("tsconfig.json") ? "tsconfig.json" : known.has("tsconfig.base.json") ? "tsconfig.base.json" : void 0;
  const seen = /* @__PURE__ */ new Set();
  while (file && !seen.has(file)) {
    seen.add(file);
    const config = await readJson(read, file);
    if (!config) return [];
    const options = config.compilerOptions ?? {};
    if (options.paths) {
      const base = posix.normalize(posix.join(posix.dirname(file), options.baseUrl ?? "."));
      return Object.entries(options.paths).map(([key, targets]) => {
        const star = key.indexOf("*");
        return {
          prefix: star < 0 ? key : key.slice(0, star),
          suffix: star < 0 ? "" : key.slice(star + 1),
          wildcard: star >= 0,
          targets: targets.map((target) => posix.normalize(posix.join(base, target)))
        };
      });
    }
    const parent = typeof config.extends === "string" && config.extends.startsWith(".") ? config.extends : void 0;
    file = parent ? posix.normalize(posix.join(posix.dirname(file), parent.endsWith(".json") ? parent : `${parent}.json`)) : void 0;
  }
  return [];
}
var CONDITIONS = ["source", "types", "import", "module", "require", "node", "default"];
function exportTarget(exports, subpath) {
  if (typeof exports === "string") return subpath === "." ? exports : void 0;
  if (!exports || typeof exports !== "object" || Array.isArray(exports)) return void 0;
  const entries = exports;
  const isSubpathMap = Object.keys(entries).some((key) => key.startsWith("."));
  if (!isSubpathMap) return subpath === "." ? pickCondition(entries) : void 0;
  if (subpath in entries) return pickCondition(entries[subpath]);
  for (const [key, value] of Object.entries(entries)) {
    const star = key.indexOf("*");
    if (star < 0) continue;
    const prefix = key.slice(0, star);
    const suffix = key.slice(star + 1);
    if (subpath.startsWith(prefix) && subpath.endsWith(suffix) && subpath.length >= prefix.length + suffix.length) {
      const target = pickCondition(value);
      return target?.replaceAll("*", subpath.slice(prefix.length, subpath.length - suffix.length));
    }
  }
  return void 0;
}
function pickCondition(value) {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(pickCondition).find(Boolean);
  if (!value || typeof value !== "object") return void 0;
  const entries = value;
  for (const condition of CONDITIONS) if (condition in entries) return pickCondition(entries[condition]);
  return void 0;
}
async function createResolver(files, known, read) {
  const aliases = await readAliases(known, read);
  const packages = /* @__PURE__ */ new Map();
  for (const file of files) {
    if (!file.endsWith("package.json") || file.includes("node_modules/")) continue;
    if (file !== "package.json" && !file.endsWith("/package.json")) continue;
    const manifest = await readJson(read, file);
    if (manifest && typeof manifest.name === "string")
      packages.set(manifest.name, { name: manifest.name, dir: posix.dirname(file), manifest });
  }
  const asFile = (path) => {
    const normalized = posix.normalize(path);
    if (normalized.startsWith("..")) return void 0;
    if (known.has(normalized) && !normalized.endsWith("/")) return normalized;
    const jsLike = /\.(m|c)?jsx?$/.exec(normalized);
    if (jsLike) {
      const stem = normalized.slice(0, -jsLike[0].length);
      for (const ext of [".ts", ".tsx", ".mts", ".cts"]) if (known.has(stem + ext)) return stem + ext;
    }
    for (const ext of RESOLVE_EXTENSIONS) if (known.has(normalized + ext)) return normalized + ext;
    for (const ext of RESOLVE_EXTENSIONS) if (known.has(`${normalized}/index${ext}`)) return `${normalized}/index${ext}`;
    return void 0;
  };
  const fromPackage = (pkg, subpath) => {
    const join4 = (target) => asFile(posix.join(pkg.dir, target));
    const exported = pkg.manifest.exports !== void 0 ? exportTarget(pkg.manifest.exports, subpath) : void 0;
    if (exported) {
      const found = join4(exported);
      if (found) return found;
      const source = exported.replace(/^\.?\/?(dist|build|lib|out)\//, "src/");
      return join4(source);
    }
    if (subpath !== ".") return join4(subpath);
    for (const field of ["source", "types", "module", "main"]) {
      const value = pkg.manifest[field];
      if (typeof value === "string") {
        const found = join4(value) ?? join4(value.replace(/^\.?\/?(dist|build|lib|out)\//, "src/"));
        if (found) return found;
      }
    }
    return join4("index") ?? join4("src/index");
  };
  return (from, specifier) => {
    if (specifier.startsWith("./") || specifier.startsWith("../") || specifier === "." || specifier === "..")
      return asFile(posix.join(posix.dirname(from), specifier));
    if (specifier.startsWith("/") || specifier.startsWith("node:")) return void 0;
    for (const alias of aliases) {
      const matches = alias.wildcard ? specifier.startsWith(alias.prefix) && specifier.endsWith(alias.suffix) : specifier === alias.prefix;
      if (!matches) continue;
      const middle = alias.wildcard ? specifier.slice(alias.prefix.length, specifier.length - alias.suffix.length) : "";
      for (const target of alias.targets) {
        const found = asFile(target.replace("*", middle));
        if (found) return found;
      }
    }
    const parts = specifier.split("/");
    const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
    const pkg = packages.get(name);
    if (!pkg) return void 0;
    const rest = specifier.slice(name.length);
    return fromPackage(pkg, rest ? `.${rest}` : ".");
  };
}
function testsReaching(graph, changed, isTest) {
  const importers = reverse(graph);
  const reachedBy = /* @__PURE__ */ new Map();
  const queue = [];
  for (const path of changed) {
    if (!reachedBy.has(path)) {
      reachedBy.set(path, path);
      queue.push(path);
    }
  }
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i];
    for (const importer of importers.get(file) ?? []) {
      if (reachedBy.has(importer)) continue;
      reachedBy.set(importer, reachedBy.get(file));
      queue.push(importer);
    }
  }
  const tests = /* @__PURE__ */ new Map();
  for (const [file, cause] of reachedBy) if (isTest(file)) tests.set(file, cause);
  return tests;
}
function reachingDynamic(graph) {
  const importers = reverse(graph);
  const reached = /* @__PURE__ */ new Map();
  const queue = [...graph.dynamic];
  for (const file of queue) reached.set(file, file);
  for (let i = 0; i < queue.length; i++) {
    for (const importer of importers.get(queue[i]) ?? []) {
      if (reached.has(importer)) continue;
      reached.set(importer, reached.get(queue[i]));
      queue.push(importer);
    }
  }
  return reached;
}
var reverseCache = /* @__PURE__ */ new WeakMap();
function reverse(graph) {
  const cached = reverseCache.get(graph);
  if (cached) return cached;
  const importers = /* @__PURE__ */ new Map();
  for (const [file, targets] of graph.imports) {
    for (const target of targets) {
      const list = importers.get(target) ?? [];
      list.push(file);
      importers.set(target, list);
    }
  }
  reverseCache.set(graph, importers);
  return importers;
}

// src/impact/select.ts
var MAX_REASONS = 5;
function fullRunReason(config, event) {
  const fullRun = config["full-run"];
  if (fullRun["default-branch"] && event.isDefaultBranch && event.name === "push")
    return `push to the default branch${event.branch ? ` ${event.branch}` : ""}`;
  if (fullRun.label && event.prLabels?.includes(fullRun.label)) return `the pull request has the label ${fullRun.label}`;
  return null;
}
function selectSuites(input) {
  const { config } = input;
  const names = Object.keys(config.suites);
  const everything = (reason) => names.map((name) => ({ name, selected: true, reasons: [reason] }));
  const full = input.full ?? fullRunReason(config, input.event) ?? (input.changed === null ? "no list of changed files" : null);
  if (full) return everything(`full run: ${full}`);
  const paths = touchedPaths(input.changed ?? []);
  const runAll = new GlobIndex();
  runAll.add(0, [...config["run-all"] ?? DEFAULT_RUN_ALL, input.configPath.replace(/^\.\//, "")]);
  for (const path of paths) if (runAll.owners(path).length > 0) return everything(`run-all: ${path} changed`);
  const byPaths = new GlobIndex();
  const byTests = new GlobIndex();
  names.forEach((name, index) => {
    const suite = config.suites[name];
    if (suite.paths) byPaths.add(index, suite.paths);
    if (suite.impact === "imports" && suite.tests) byTests.add(index, suite.tests);
  });
  const picks = names.map(() => ({ selected: false, reasons: [], more: 0, whole: false }));
  const note = (index, line) => {
    const pick = picks[index];
    pick.selected = true;
    if (pick.reasons.length < MAX_REASONS) pick.reasons.push(line);
    else pick.more++;
  };
  const claimed = /* @__PURE__ */ new Set();
  for (const path of paths) {
    byPaths.match(path, (index, pattern) => {
      claimed.add(path);
      picks[index].whole = true;
      note(index, `${path} \u2192 matched ${pattern}`);
    });
  }
  const importSuites = names.map((_, index) => index).filter((index) => byTests.has(index));
  if (importSuites.length > 0) {
    if (!input.importGraph) throw new Error('suites with "impact: imports" need the import graph: call buildImportGraph first');
    const graph = input.importGraph;
    const testOwners = /* @__PURE__ */ new Map();
    for (const file of graph.files) {
      const owners = byTests.owners(file);
      if (owners.length > 0) testOwners.set(file, owners);
    }
    for (const path of paths) {
      const owners = byTests.owners(path);
      if (owners.length > 0 && !testOwners.has(path)) testOwners.set(path, owners);
    }
    const addFile = (index, file, line) => {
      const pick = picks[index];
      pick.files ??= /* @__PURE__ */ new Set();
      if (pick.files.has(file)) return;
      pick.files.add(file);
      note(index, line);
    };
    const reached = testsReaching(graph, paths, (file) => testOwners.has(file));
    for (const [test, cause] of reached) {
      claimed.add(cause);
      for (const index of testOwners.get(test) ?? [])
        addFile(index, test, cause === test ? `${test} changed (test file)` : `${cause} \u2192 imported by ${test}`);
    }
    const changedCode = paths.filter((path) => /\.(m|c)?[jt]sx?$/.test(path));
    if (changedCode.length > 0) {
      for (const [file, dynamicIn] of reachingDynamic(graph)) {
        const owners = testOwners.get(file);
        if (!owners) continue;
        for (const path of changedCode) claimed.add(path);
        for (const index of owners)
          addFile(index, file, `${changedCode[0]} \u2192 may be loaded by ${file} (non-literal dynamic import in ${dynamicIn})`);
      }
    }
  }
  const unmatched = paths.filter((path) => !claimed.has(path));
  if (unmatched.length > 0 && config.unmatched === "run-all") {
    const more = unmatched.length > 1 ? ` (and ${unmatched.length - 1} more)` : "";
    return everything(`run-all: ${unmatched[0]}${more} matches no suite (unmatched: run-all)`);
  }
  names.forEach((name, index) => {
    if (config.suites[name].always) {
      picks[index].reasons.unshift("always");
      picks[index].selected = true;
      picks[index].whole = true;
    }
  });
  const queue = names.map((_, index) => index).filter((index) => picks[index].selected);
  for (let i = 0; i < queue.length; i++) {
    const name = names[queue[i]];
    for (const need of config.suites[name].needs) {
      const index = names.indexOf(need);
      if (index < 0) continue;
      const pick = picks[index];
      pick.reasons.push(`needed by ${name}`);
      pick.whole = true;
      if (!pick.selected) {
        pick.selected = true;
        queue.push(index);
      }
    }
  }
  return names.map((name, index) => {
    const pick = picks[index];
    const suite = config.suites[name];
    if (!pick.selected) return { name, selected: false, reasons: [skipReason(suite, paths.length)] };
    const reasons = pick.more > 0 ? [...pick.reasons, `\u2026 and ${pick.more} more`] : pick.reasons;
    const plan = { name, selected: true, reasons };
    if (!pick.whole && pick.files && suite["files-arg"]) plan.files = [...pick.files].sort();
    return plan;
  });
}
function skipReason(suite, changedCount) {
  if (changedCount === 0) return "no files changed";
  const parts = [];
  if (suite.paths) parts.push(`no changed file matches ${suite.paths.join(", ")}`);
  if (suite.impact === "imports" && suite.tests) parts.push(`no changed file is imported by ${suite.tests.join(", ")}`);
  return parts.length > 0 ? parts.join("; ") : "no paths declared: runs only on full runs, run-all or needs";
}

// src/impact/replay.ts
var USAGE = "usage: testops replay-impact --from REV --to REV [--config FILE] [--baseline FILE] [--json]";
var EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
var median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
async function replayImpactCommand(argv, io) {
  let options;
  try {
    options = parseArgs({
      args: argv,
      options: {
        from: { type: "string" },
        to: { type: "string" },
        config: { type: "string" },
        baseline: { type: "string" },
        json: { type: "boolean" }
      },
      strict: true
    }).values;
  } catch (error) {
    io.stderr(`replay-impact: ${error.message}
${USAGE}
`);
    return 2;
  }
  if (!options.from || !options.to) {
    io.stderr(`replay-impact: --from and --to are required
${USAGE}
`);
    return 2;
  }
  try {
    const git = createGit(io.cwd);
    const repoRoot = (await git.run(["rev-parse", "--show-toplevel"])).trim();
    const root = createGit(repoRoot);
    const { config, path: configPath } = loadConfig(repoRoot, options.config);
    for (const rev of [options.from, options.to]) {
      const found = (await root.run(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], { allowFailure: true })).trim();
      if (!found) throw new ReplayError(`replay-impact: ${rev} is not a commit in ${repoRoot} (fetch the history: git fetch --unshallow)`);
    }
    const weights = await suiteWeights(Object.keys(config.suites), options.baseline);
    const needsGraph = Object.values(config.suites).some((suite) => suite.impact === "imports");
    const graph = needsGraph ? await buildImportGraph(repoRoot) : void 0;
    const log = await root.run(["log", "--first-parent", "--reverse", "--format=%H%x09%P%x09%s", `${options.from}..${options.to}`]);
    const rows = [];
    for (const line of log.split("\n").filter(Boolean)) {
      const [commit, parents, subject] = line.split("	");
      const parent = parents.split(" ")[0] || EMPTY_TREE;
      const changed = parseNameStatus(await root.run(["diff", "--name-status", "-z", "--find-renames", parent, commit]));
      const event = { name: "replay", headSha: commit, isDefaultBranch: false, isFork: false };
      const plan = selectSuites({ config, configPath, changed, event, repoRoot, importGraph: graph });
      const totalTime = plan.reduce((sum, suite) => sum + weights.get(suite.name), 0);
      const skippedTime = plan.filter((suite) => !suite.selected).reduce((sum, suite) => sum + weights.get(suite.name), 0);
      const selected = plan.filter((suite) => suite.selected).length;
      const fullReason = selected === plan.length ? plan[0]?.reasons.find((reason) => reason.startsWith("run-all") || reason.startsWith("full run")) : void 0;
      rows.push({ commit, subject, selected, total: plan.length, skipped: totalTime > 0 ? skippedTime / totalTime : 0, note: fullReason });
    }
    if (options.json) io.stdout(`${JSON.stringify({ commits: rows, median: summary(rows) }, null, 2)}
`);
    else io.stdout(renderReplay(rows, Boolean(options.baseline)));
    return 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`${error.message}
`);
      return 2;
    }
    io.stderr(`${error instanceof ReplayError ? error.message : `replay-impact: ${error.message}`}
`);
    return 1;
  }
}
var ReplayError = class extends Error {
};
function summary(rows) {
  return {
    commits: rows.length,
    selected: median(rows.map((row) => row.selected)),
    total: rows[0]?.total ?? 0,
    skipped: median(rows.map((row) => row.skipped))
  };
}
var percent = (fraction) => `${Math.round(fraction * 100)}%`;
function renderReplay(rows, weighted) {
  if (rows.length === 0) return "no commits in that range\n";
  const lines = rows.map(
    (row) => `${row.commit.slice(0, 10)}  ${String(row.selected).padStart(3)}/${row.total} suites  ${percent(row.skipped).padStart(4)} of suite time skipped  ${row.subject}${row.note ? `  [${row.note}]` : ""}`
  );
  const total = summary(rows);
  lines.push(
    `median over ${total.commits} commit${total.commits === 1 ? "" : "s"}: ${total.selected}/${total.total} suites selected, ${percent(total.skipped)} of suite time skipped`
  );
  if (!weighted) lines.push("(every suite weighs the same: pass --baseline FILE with suite durations to weigh by time)");
  return `${lines.join("\n")}
`;
}
async function suiteWeights(names, baselinePath) {
  const weights = new Map(names.map((name) => [name, 1]));
  if (!baselinePath) return weights;
  let baseline;
  try {
    baseline = JSON.parse(await readFile2(baselinePath, "utf8"));
  } catch (error) {
    throw new ReplayError(
      `replay-impact: --baseline ${baselinePath}: expected a baseline JSON file (${error.message.split("\n")[0]})`
    );
  }
  if (!baseline || typeof baseline.suiteDurations !== "object")
    throw new ReplayError(`replay-impact: --baseline ${baselinePath}: expected a "suiteDurations" mapping of suite \u2192 seconds`);
  const known = names.map((name) => median(baseline.suiteDurations[name] ?? []));
  const fallback = median(known.filter((value) => value > 0)) || 1;
  for (const [index, name] of names.entries()) weights.set(name, known[index] > 0 ? known[index] : fallback);
  return weights;
}

// src/impact/shard.ts
var import_seedrandom = __toESM(require_seedrandom2(), 1);
var UNKNOWN_SUITE_SECONDS = 60;
var UNKNOWN_FILE_SECONDS = 5;
function parseShard(text) {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const spec = match ? { index: Number(match[1]), total: Number(match[2]) } : void 0;
  if (!spec || spec.total < 1 || spec.index < 1 || spec.index > spec.total)
    throw new Error(`shard: expected "i/n" with 1 \u2264 i \u2264 n (e.g. "2/3"), got ${JSON.stringify(text)}`);
  return spec;
}
var median2 = (values) => {
  const finite = (values ?? []).filter((value) => Number.isFinite(value) && value >= 0).sort((a, b) => a - b);
  if (finite.length === 0) return void 0;
  const middle = finite.length >> 1;
  return finite.length % 2 ? finite[middle] : (finite[middle - 1] + finite[middle]) / 2;
};
function itemsOf(plan, baseline) {
  const suiteKnown = plan.map((suite) => median2(baseline?.suiteDurations[suite.name]));
  const suiteFallback = median2(suiteKnown.filter((value) => value !== void 0)) ?? UNKNOWN_SUITE_SECONDS;
  const items = [];
  plan.forEach((suite, index) => {
    if (!suite.selected) return;
    if (suite.files && suite.files.length > 0) {
      const durations = baseline?.fileDurations?.[suite.name] ?? {};
      const known = suite.files.map((file) => median2(durations[file]));
      const knownValues = known.filter((value) => value !== void 0);
      const fileFallback = median2(knownValues) ?? (suiteKnown[index] !== void 0 ? suiteKnown[index] / suite.files.length : UNKNOWN_FILE_SECONDS);
      for (const [fileIndex, file] of suite.files.entries())
        items.push({ suite: suite.name, file, duration: known[fileIndex] ?? fileFallback });
    } else items.push({ suite: suite.name, duration: suiteKnown[index] ?? suiteFallback });
  });
  return items;
}
function assignShards(plan, total, baseline, seed) {
  const random = (0, import_seedrandom.default)(`testops-shard:${seed}`);
  const items = itemsOf(plan, baseline).map((item) => ({ ...item, rank: random() }));
  const order = items.map((_, index) => index).sort((a, b) => items[b].duration - items[a].duration || items[a].rank - items[b].rank);
  const loads = new Array(total).fill(0);
  const shardOf = new Array(items.length).fill(0);
  for (const index of order) {
    let best = 0;
    for (let shard = 1; shard < total; shard++) if (loads[shard] < loads[best]) best = shard;
    shardOf[index] = best;
    loads[best] += items[index].duration;
  }
  return { items, shardOf, loads };
}
function shardSuites(plan, shard, baseline, seed) {
  if (!Number.isInteger(shard.total) || shard.total < 1 || !Number.isInteger(shard.index) || shard.index < 1 || shard.index > shard.total)
    throw new Error(`shard: expected 1 \u2264 index \u2264 total, got ${shard.index}/${shard.total}`);
  const { items, shardOf } = assignShards(plan, shard.total, baseline, seed);
  const mine = shard.index - 1;
  return plan.map((suite) => {
    if (!suite.selected) return suite;
    const placed = items.map((item, index) => ({ item, shard: shardOf[index] })).filter(({ item }) => item.suite === suite.name);
    const here = placed.filter((entry) => entry.shard === mine);
    const label = `${shard.index}/${shard.total}`;
    if (here.length === 0) {
      const elsewhere = [...new Set(placed.map((entry) => `${entry.shard + 1}/${shard.total}`))].join(", ");
      return { ...suite, selected: false, files: void 0, reasons: [...suite.reasons, `runs on shard ${elsewhere}, not ${label}`] };
    }
    const estimatedDuration = here.reduce((sum, entry) => sum + entry.item.duration, 0);
    const out = { ...suite, estimatedDuration, reasons: [...suite.reasons, `shard ${label}`] };
    if (suite.files && suite.files.length > 0) {
      out.files = here.map((entry) => entry.item.file).sort();
      if (out.files.length < suite.files.length) out.reasons.push(`${out.files.length} of ${suite.files.length} test files on this shard`);
    }
    return out;
  });
}
function matrixFor(total) {
  if (!Number.isInteger(total) || total < 1) throw new Error(`shards: expected a whole number \u2265 1, got ${total}`);
  return { shard: Array.from({ length: total }, (_, index) => `${index + 1}/${total}`) };
}

// src/gates/coverage-merge.ts
function mergeCoverageReports(reports) {
  if (reports.length === 0) return void 0;
  return reports.length === 1 ? reports[0] : mergeCoverage(reports);
}

// src/baseline/age.ts
function formatAge(seconds) {
  if (!Number.isFinite(seconds) || seconds < 60) return seconds < 0 ? "in the future" : "just now";
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

// src/gates/context.ts
function baselineLabel(value, context) {
  const provenance = context.baseline?.provenance ?? context.info.provenance;
  if (!provenance) return value;
  const age = (context.now.getTime() - Date.parse(provenance.createdAt)) / 1e3;
  const when = formatAge(age);
  return `${value} @ ${provenance.commit.slice(0, 7)}, ${when === "just now" ? when : `${when} ago`}`;
}
function noBaselineReason(context) {
  if (context.baseline && context.info.status === "ok") return "no baseline value for this";
  return context.info.reason ?? `no baseline (${context.info.status})`;
}
function withoutBaseline(gate, context, fields) {
  const reason = noBaselineReason(context);
  return {
    gate,
    ...fields.subject !== void 0 ? { subject: fields.subject } : {},
    status: context.requireBaseline ? "fail" : "skipped",
    value: fields.value,
    baseline: null,
    threshold: fields.threshold,
    reason: `${fields.what ? `${fields.what}: ` : ""}${reason}${context.requireBaseline ? " (require-baseline is set)" : ""}`
  };
}
var formatPct = (pct) => `${(Math.floor(pct * 10 + 1e-9) / 10).toFixed(1)}%`;
var formatPoints = (points) => `${points.toFixed(1)} pts`;

// src/gates/stats.ts
function mean(values) {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}
function standardDeviation(values) {
  if (values.length < 2) return 0;
  const m = mean(values);
  let squares = 0;
  for (const value of values) squares += (value - m) ** 2;
  return Math.sqrt(squares / (values.length - 1));
}
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}
var median3 = (values) => quantile(values, 0.5);
var interquartileRange = (values) => quantile(values, 0.75) - quantile(values, 0.25);
var T_995 = {
  1: 63.657,
  2: 9.925,
  3: 5.841,
  4: 4.604,
  5: 4.032,
  6: 3.707,
  7: 3.499,
  8: 3.355,
  9: 3.25,
  10: 3.169,
  11: 3.106,
  12: 3.055,
  13: 3.012,
  14: 2.977,
  15: 2.947,
  16: 2.921,
  17: 2.898,
  18: 2.878,
  19: 2.861,
  20: 2.845,
  21: 2.831,
  22: 2.819,
  23: 2.807,
  24: 2.797,
  25: 2.787,
  26: 2.779,
  27: 2.771,
  28: 2.763,
  29: 2.756,
  30: 2.75,
  40: 2.704,
  60: 2.66,
  120: 2.617
};
var T_995_INFINITY = 2.576;
function tCritical995(df) {
  if (df < 1) return Number.POSITIVE_INFINITY;
  const whole = Math.floor(df);
  if (whole <= 30) return T_995[whole];
  const knots = [30, 40, 60, 120, Number.POSITIVE_INFINITY];
  for (let index = 0; index < knots.length - 1; index++) {
    const low = knots[index];
    const high = knots[index + 1];
    if (whole <= high) {
      const lowValue = T_995[low];
      const highValue = high === Number.POSITIVE_INFINITY ? T_995_INFINITY : T_995[high];
      const weight = (1 / low - 1 / whole) / (1 / low - (high === Number.POSITIVE_INFINITY ? 0 : 1 / high));
      return lowValue + (highValue - lowValue) * weight;
    }
  }
  return T_995_INFINITY;
}

// src/gates/perf-rule.ts
var MIN_SAMPLES_FOR_SPREAD = 5;
function judgeRelative(input) {
  const head = mean(input.head);
  const n = input.base.length;
  const limitText = `${input.biggerIsBetter ? "-" : "+"}${round(input.limit * 100)}%`;
  if (n === 0) return { status: "skipped", rule: "no-baseline", base: null, head, change: null, reason: "no baseline samples" };
  const base = mean(input.base);
  const sign = input.biggerIsBetter ? -1 : 1;
  if (base === 0) {
    const reason = "baseline is 0, a relative change is undefined";
    return { status: "skipped", rule: "no-baseline", base, head, change: null, reason };
  }
  const change = sign * (head - base) / Math.abs(base);
  const moved = (head - base) / Math.abs(base);
  const changeText = `${moved >= 0 ? "+" : "-"}${round(Math.abs(moved) * 100)}% ${change > 0 ? "worse" : change < 0 ? "better" : "unchanged"}`;
  if (change <= input.limit) return { status: "pass", rule: "relative", base, head, change, reason: `${changeText}, within ${limitText}` };
  if (n >= MIN_SAMPLES_FOR_SPREAD) {
    const m = input.head.length;
    const spread = tCritical995(n - 1) * standardDeviation(input.base) * Math.sqrt(1 / n + 1 / m);
    if (sign * (head - base) > spread)
      return {
        status: "fail",
        rule: "prediction-interval",
        base,
        head,
        change,
        reason: `${changeText}, over ${limitText} and outside the 99% prediction interval of ${n} baseline samples`
      };
    const baseMedian = median3(input.base);
    const robust = 3 * interquartileRange(input.base);
    if (sign * (median3(input.head) - baseMedian) > robust)
      return {
        status: "fail",
        rule: "median-iqr",
        base,
        head,
        change,
        reason: `${changeText}, over ${limitText} and outside the baseline median \xB1 3\xB7IQR`
      };
    return {
      status: "warn",
      rule: "within-noise",
      base,
      head,
      change,
      reason: `${changeText}, over ${limitText} but within the spread of ${n} baseline samples`
    };
  }
  if (Math.abs(head - base) > input.floor)
    return {
      status: "fail",
      rule: "floor",
      base,
      head,
      change,
      reason: `${changeText}, over ${limitText} and the absolute floor (${n} baseline sample${n > 1 ? "s" : ""}, too few for a spread)`
    };
  return {
    status: "warn",
    rule: "below-floor",
    base,
    head,
    change,
    reason: `${changeText}, over ${limitText} but below the absolute floor`
  };
}
function round(value) {
  return value >= 10 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
}

// src/gates/perf.ts
var RANK = { skipped: 0, pass: 1, warn: 2, fail: 3 };
function perfSeriesKey(suite, scenario) {
  return scenario === suite ? suite : `${suite} \u203A ${scenario}`;
}
function collectHeadPerf(suites) {
  const scenarios = /* @__PURE__ */ new Map();
  for (const suite of suites) {
    for (const scenario of suite.perf) {
      const key = perfSeriesKey(suite.name, scenario.name);
      let metrics = scenarios.get(key);
      if (!metrics) scenarios.set(key, metrics = /* @__PURE__ */ new Map());
      for (const [name, metric] of Object.entries(scenario.metrics)) {
        const samples = (metric.samples && metric.samples.length > 0 ? metric.samples : [metric.value]).filter(Number.isFinite);
        const known = metrics.get(name);
        if (known) known.samples.push(...samples);
        else metrics.set(name, { unit: metric.unit, biggerIsBetter: metric.biggerIsBetter, samples });
      }
    }
  }
  return scenarios;
}
function inMetricUnit(limit, unit) {
  const normalised = unit.toLowerCase();
  if (limit.unit === "ms") {
    if (normalised === "s") return limit.value / 1e3;
    if (normalised === "us" || normalised === "\xB5s") return limit.value * 1e3;
    return limit.value;
  }
  if (limit.unit === "%") return normalised === "%" ? limit.value : limit.value / 100;
  return limit.value;
}
function floorInMetricUnit(floorSeconds, unit) {
  const normalised = unit.toLowerCase();
  if (normalised === "ms") return floorSeconds * 1e3;
  if (normalised === "s") return floorSeconds;
  if (normalised === "us" || normalised === "\xB5s") return floorSeconds * 1e6;
  return 0;
}
function formatValue(value, unit) {
  const rounded = Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
  if (unit === "" || unit === "ratio" || unit === "fraction") return String(rounded);
  return `${rounded}${/^[a-zµ%]/i.test(unit) && unit.length <= 2 ? "" : " "}${unit}`;
}
function perfGate(suites, config, context) {
  const verdicts = [];
  const rows = [];
  for (const suite of suites)
    for (const scenario of suite.perf)
      for (const failed of scenario.failedThresholds ?? [])
        verdicts.push({
          gate: "perf",
          subject: `${perfSeriesKey(suite.name, scenario.name)}/${failed}`,
          status: "fail",
          value: null,
          baseline: null,
          threshold: failed,
          reason: `the load tool reported threshold "${failed}" as failed`,
          rule: "tool-threshold"
        });
  const plainName = /* @__PURE__ */ new Map();
  for (const suite of suites) for (const scenario of suite.perf) plainName.set(perfSeriesKey(suite.name, scenario.name), scenario.name);
  for (const [scenario, metrics] of collectHeadPerf(suites)) {
    for (const [metric, head] of metrics) {
      if (head.samples.length === 0) continue;
      const limits = config.scenarios[scenario]?.[metric] ?? config.scenarios[plainName.get(scenario) ?? scenario]?.[metric] ?? config.limits[metric] ?? [];
      if (limits.length === 0) continue;
      const baseSeries = context.baseline?.perf[scenario]?.[metric];
      const baseSamples = baseSeries && baseSeries.unit === head.unit ? baseSeries.samples : [];
      const headValue = mean(head.samples);
      const subject = `${scenario}/${metric}`;
      let worst;
      let change = null;
      let baseValue = baseSamples.length > 0 ? mean(baseSamples) : null;
      for (const limit of limits) {
        let verdict;
        if (limit.kind === "absolute") {
          const bound = inMetricUnit(limit, head.unit);
          const op = limit.op ?? (head.biggerIsBetter ? ">=" : "<=");
          const ok = op === "<" ? headValue < bound : op === "<=" ? headValue <= bound : op === ">" ? headValue > bound : headValue >= bound;
          verdict = {
            gate: "perf",
            subject,
            status: ok ? "pass" : "fail",
            value: formatValue(headValue, head.unit),
            baseline: baseValue === null ? null : baselineLabel(formatValue(baseValue, head.unit), context),
            threshold: `${op} ${formatValue(bound, head.unit)}`,
            reason: ok ? `within the absolute limit ${limit.text}` : `breaks the absolute limit ${limit.text}`,
            rule: "absolute"
          };
        } else if (baseSamples.length === 0) {
          const missing = !context.baseline || context.info.status !== "ok";
          verdict = {
            gate: "perf",
            subject,
            status: missing && context.requireBaseline ? "fail" : "skipped",
            value: formatValue(headValue, head.unit),
            baseline: null,
            threshold: limit.text,
            reason: missing ? `${noBaselineReason(context)}${context.requireBaseline ? " (require-baseline is set)" : ""}` : "no baseline samples for this metric yet",
            rule: "no-baseline"
          };
        } else {
          const judged = judgeRelative({
            base: baseSamples,
            head: head.samples,
            limit: limit.change,
            biggerIsBetter: head.biggerIsBetter,
            floor: floorInMetricUnit(config.floor, head.unit)
          });
          baseValue = judged.base;
          change = judged.base === null || judged.base === 0 ? null : (judged.head - judged.base) / Math.abs(judged.base);
          verdict = {
            gate: "perf",
            subject,
            status: judged.status,
            value: formatValue(headValue, head.unit),
            baseline: judged.base === null ? null : baselineLabel(formatValue(judged.base, head.unit), context),
            threshold: limit.text,
            reason: head.samples.length > 1 ? `${judged.reason} (${head.samples.length} head samples)` : judged.reason,
            rule: judged.rule
          };
        }
        if (!worst || RANK[verdict.status] > RANK[worst.status]) worst = verdict;
      }
      if (!worst) continue;
      verdicts.push(worst);
      rows.push({
        scenario,
        metric,
        unit: head.unit,
        base: baseValue,
        head: headValue,
        change,
        status: worst.status,
        ...worst.rule ? { rule: worst.rule } : {}
      });
    }
  }
  return { verdicts, rows };
}

// src/flaky/observations.ts
var INFRA_MIN_TESTS = 5;
var INFRA_SHARE = 0.5;
var failedStatus = (status) => status === "failed" || status === "errored";
function countAttempts(test) {
  let attempts = 0;
  let failures = 0;
  for (const attempt of test.attempts.length > 0 ? test.attempts : [{ status: test.status }]) {
    if (attempt.status === "skipped") continue;
    attempts++;
    if (failedStatus(attempt.status)) failures++;
  }
  return { attempts, failures };
}
function isInfraSuite(suite) {
  let ran = 0;
  let failed = 0;
  for (const test of suite.tests) {
    const { attempts, failures } = countAttempts(test);
    if (attempts === 0) continue;
    ran++;
    if (failures > 0) failed++;
  }
  return ran >= INFRA_MIN_TESTS && failed / ran > INFRA_SHARE;
}
function observationKey(entry) {
  return entry.runId ? `run:${entry.runId}:${entry.runAttempt ?? 1}` : `commit:${entry.commit}:${entry.at}`;
}
function firstMessage(test) {
  const failed = test.attempts.filter((attempt) => failedStatus(attempt.status));
  const text = failed.map((attempt) => attempt.message ?? attempt.stack?.split("\n")[0]).find(Boolean);
  return text ? text.slice(0, 300) : void 0;
}
function observe(runs, event, tree, runAttempt) {
  const out = [];
  for (const suite of runs.suites) {
    const infra = isInfraSuite(suite);
    for (const test of suite.tests) {
      const { attempts, failures } = countAttempts(test);
      if (attempts === 0) continue;
      const entry = {
        commit: event.headSha,
        ...tree ? { tree } : {},
        ...event.runId ? { runId: event.runId } : {},
        ...runAttempt !== void 0 ? { runAttempt } : {},
        ...event.branch ? { branch: event.branch } : {},
        at: runs.finishedAt || runs.startedAt,
        status: test.status,
        attempts,
        failures,
        ...infra ? { infra: true } : {}
      };
      const message = failures > 0 ? firstMessage(test) : void 0;
      if (message) entry.message = message;
      const messages = test.attempts.filter((attempt) => failedStatus(attempt.status)).map(
        (attempt) => attempt.message && attempt.stack?.trimStart().startsWith(attempt.message.trim()) ? attempt.stack : [attempt.message, attempt.stack].filter(Boolean).join("\n")
      ).filter(Boolean);
      out.push({
        test: { id: test.id, suite: test.suite || suite.name, name: test.name, file: test.file, line: test.line },
        entry,
        messages,
        nondeterministic: test.nondeterministic === true
      });
    }
  }
  return out;
}
function mergeHistories(...histories) {
  const byKey = /* @__PURE__ */ new Map();
  for (const history of histories)
    for (const entry of history) if (!byKey.has(observationKey(entry))) byKey.set(observationKey(entry), entry);
  return [...byKey.values()].sort((a, b) => a.at < b.at ? -1 : a.at > b.at ? 1 : (a.runAttempt ?? 1) - (b.runAttempt ?? 1));
}
function infraRunsOf(baseline) {
  const counts = /* @__PURE__ */ new Map();
  for (const test of Object.values(baseline?.tests ?? {}))
    for (const entry of test.history) {
      if (entry.attempts <= 0) continue;
      const key = `${test.suite}\0${observationKey(entry)}`;
      const count = counts.get(key) ?? { ran: 0, failed: 0 };
      count.ran++;
      if (entry.failures > 0) count.failed++;
      counts.set(key, count);
    }
  const infra = /* @__PURE__ */ new Set();
  for (const [key, count] of counts) if (count.ran >= INFRA_MIN_TESTS && count.failed / count.ran > INFRA_SHARE) infra.add(key);
  return infra;
}
function baselineHistory(baseline, id, infraRuns) {
  const test = baseline?.tests[id];
  if (!test) return [];
  return test.history.map(
    (entry) => !entry.infra && infraRuns.has(`${test.suite}\0${observationKey(entry)}`) ? { ...entry, infra: true } : entry
  );
}

// src/baseline/format.ts
var BASELINE_SCHEMA_VERSION = 1;
var BASELINE_FILE = "baseline.json";
var ratio2 = external_exports.object({ covered: external_exports.number(), total: external_exports.number(), pct: external_exports.number() });
var numbers = external_exports.array(external_exports.number());
var historyEntry = external_exports.object({
  commit: external_exports.string(),
  tree: external_exports.string().optional(),
  runId: external_exports.string().optional(),
  runAttempt: external_exports.number().optional(),
  branch: external_exports.string().optional(),
  at: external_exports.string(),
  status: external_exports.enum(["passed", "failed", "errored", "skipped"]),
  attempts: external_exports.number(),
  failures: external_exports.number(),
  infra: external_exports.boolean().optional(),
  message: external_exports.string().optional()
});
var baselineFileSchema = external_exports.object({
  schemaVersion: external_exports.literal(BASELINE_SCHEMA_VERSION),
  provenance: external_exports.object({
    commit: external_exports.string(),
    tree: external_exports.string().optional(),
    branch: external_exports.string(),
    runId: external_exports.string().optional(),
    runAttempt: external_exports.number().optional(),
    createdAt: external_exports.string().refine((value) => !Number.isNaN(Date.parse(value)), "expected an ISO 8601 time"),
    schemaVersion: external_exports.number()
  }),
  coverage: external_exports.object({
    totals: external_exports.object({ lines: ratio2, branches: ratio2, functions: ratio2 }),
    files: external_exports.record(external_exports.string(), external_exports.object({ covered: external_exports.number(), total: external_exports.number() }))
  }).optional(),
  perf: external_exports.record(external_exports.string(), external_exports.record(external_exports.string(), external_exports.object({ unit: external_exports.string(), biggerIsBetter: external_exports.boolean(), samples: numbers }))),
  tests: external_exports.record(
    external_exports.string(),
    external_exports.object({ suite: external_exports.string(), name: external_exports.string(), file: external_exports.string().optional(), history: external_exports.array(historyEntry) })
  ),
  suiteDurations: external_exports.record(external_exports.string(), numbers),
  fileDurations: external_exports.record(external_exports.string(), external_exports.record(external_exports.string(), numbers)).optional(),
  totalDurations: numbers,
  findings: external_exports.array(external_exports.string()),
  flaky: external_exports.unknown().optional()
});

// src/baseline/update.ts
var FORGET_AFTER_SECONDS = 90 * 86400;
var lastN = (values, n) => values.length > n ? values.slice(values.length - n) : values;
function historyEntry2(test, provenance, infra) {
  const failures = test.attempts.filter((attempt) => attempt.status === "failed" || attempt.status === "errored");
  const message = failures[0]?.message;
  return {
    commit: provenance.commit,
    ...provenance.tree ? { tree: provenance.tree } : {},
    ...provenance.runId !== void 0 ? { runId: provenance.runId } : {},
    ...provenance.runAttempt !== void 0 ? { runAttempt: provenance.runAttempt } : {},
    branch: provenance.branch,
    at: provenance.createdAt,
    status: test.status,
    attempts: Math.max(1, test.attempts.length),
    failures: failures.length,
    ...infra ? { infra: true } : {},
    ...message ? { message: message.slice(0, 200) } : {}
  };
}
function emptyBaseline(provenance) {
  return { schemaVersion: BASELINE_SCHEMA_VERSION, provenance, perf: {}, tests: {}, suiteDurations: {}, totalDurations: [], findings: [] };
}
function updateBaseline(previous, runs, provenance, limits, flakyHistory) {
  const base = previous ?? emptyBaseline(provenance);
  const next = {
    schemaVersion: BASELINE_SCHEMA_VERSION,
    provenance: { ...provenance, schemaVersion: BASELINE_SCHEMA_VERSION },
    ...base.coverage ? { coverage: base.coverage } : {},
    perf: structuredClone(base.perf),
    tests: structuredClone(base.tests),
    suiteDurations: structuredClone(base.suiteDurations),
    fileDurations: structuredClone(base.fileDurations ?? {}),
    totalDurations: [...base.totalDurations],
    findings: [...base.findings]
  };
  const ran = runs.suites.filter((suite) => suite.selected && suite.status !== "skipped");
  for (const suite of ran) {
    const infra = isInfraSuite(suite);
    for (const test of suite.tests) {
      const known = next.tests[test.id];
      const entry = historyEntry2(test, provenance, infra);
      if (known) {
        known.history = lastN([...known.history, entry], limits.historyRuns);
        known.name = test.name;
      } else next.tests[test.id] = { suite: test.suite, name: test.name, ...test.file ? { file: test.file } : {}, history: [entry] };
    }
  }
  const now = Date.parse(provenance.createdAt);
  for (const [id, test] of Object.entries(next.tests)) {
    const newest = test.history.at(-1);
    if (!newest || now - Date.parse(newest.at) > FORGET_AFTER_SECONDS * 1e3) delete next.tests[id];
  }
  const coverage = mergeCoverageReports(ran.flatMap((suite) => suite.coverage ? [suite.coverage] : []));
  if (coverage)
    next.coverage = {
      totals: coverage.totals,
      files: Object.fromEntries(
        coverage.files.map((file) => [file.path, { covered: file.lines.filter(([, hits]) => hits > 0).length, total: file.lines.length }])
      )
    };
  for (const suite of ran) {
    for (const scenario of suite.perf) {
      const metrics = next.perf[perfSeriesKey(suite.name, scenario.name)] ??= {};
      for (const [name, metric] of Object.entries(scenario.metrics)) {
        const samples = metric.samples && metric.samples.length > 0 ? metric.samples : [metric.value];
        const known = metrics[name];
        const merged = [...known && known.unit === metric.unit ? known.samples : [], ...samples.filter(Number.isFinite)];
        metrics[name] = { unit: metric.unit, biggerIsBetter: metric.biggerIsBetter, samples: lastN(merged, limits.perfSamples) };
      }
    }
  }
  const fileDurations = next.fileDurations ?? {};
  for (const suite of ran) {
    if (suite.status === "passed" || suite.status === "failed")
      next.suiteDurations[suite.name] = lastN([...next.suiteDurations[suite.name] ?? [], suite.duration], limits.perfSamples);
    const perFile = /* @__PURE__ */ new Map();
    for (const test of suite.tests) if (test.file) perFile.set(test.file, (perFile.get(test.file) ?? 0) + test.duration);
    if (perFile.size === 0) continue;
    const files = fileDurations[suite.name] ??= {};
    for (const [file, seconds] of perFile) files[file] = lastN([...files[file] ?? [], seconds], limits.perfSamples);
  }
  next.fileDurations = fileDurations;
  const total = (Date.parse(runs.finishedAt) - Date.parse(runs.startedAt)) / 1e3;
  if (Number.isFinite(total) && total >= 0 && !runs.cancelled)
    next.totalDurations = lastN([...next.totalDurations, total], limits.perfSamples);
  const scanned = ran.some((suite) => suite.level === "security" || suite.security.length > 0);
  if (scanned) next.findings = [...new Set(ran.flatMap((suite) => suite.security.map((finding) => finding.fingerprint)))].sort();
  if (flakyHistory !== void 0) next.flaky = flakyHistory;
  else if (base.flaky !== void 0) next.flaky = base.flaky;
  return next;
}

// src/baseline/write.ts
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join as join2 } from "node:path";
function writeBaseline(dir, baseline) {
  mkdirSync(dir, { recursive: true });
  const file = join2(dir, BASELINE_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(baseline)}
`);
  renameSync(temporary, file);
}

// src/baseline/keys.ts
var CACHE_KEY_PREFIX = "testops-v1-";
function sanitiseBranch(branch) {
  const cleaned = branch.replace(/^refs\/heads\//, "").replace(/,/g, "-");
  return cleaned || "unknown";
}
function cacheKeys(input) {
  const key = `${CACHE_KEY_PREFIX}${sanitiseBranch(input.branch)}-${input.runId}-${input.runAttempt}`;
  const prefixes = [input.baseBranch, input.defaultBranch].filter((branch) => typeof branch === "string" && branch !== "").map((branch) => `${CACHE_KEY_PREFIX}${sanitiseBranch(branch)}-`);
  return { key, restoreKeys: [...new Set(prefixes)] };
}

// src/baseline/read.ts
import { readFileSync } from "node:fs";
import { join as join3 } from "node:path";
function readBaseline(dir, options) {
  const file = join3(dir, BASELINE_FILE);
  const keyPart = options.restoredKey ? { key: options.restoredKey } : {};
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = error.code;
    const reason = code === "ENOENT" || code === "ENOTDIR" ? "no baseline: nothing was restored from the cache (no default-branch run saved one yet, or it was evicted after 7 days unused)" : `no baseline: ${file} cannot be read (${code ?? String(error)})`;
    return { baseline: null, info: { status: "missing", reason, ...keyPart } };
  }
  const corrupt = (why) => ({
    baseline: null,
    info: { status: "corrupt", reason: `baseline ignored: ${BASELINE_FILE} ${why}`, ...keyPart }
  });
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return corrupt(`is not valid JSON (${error.message.split("\n")[0]})`);
  }
  const version = raw?.schemaVersion;
  if (version !== BASELINE_SCHEMA_VERSION)
    return corrupt(`has schema version ${JSON.stringify(version) ?? "none"}, expected ${BASELINE_SCHEMA_VERSION}`);
  const parsed = baselineFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path.map(String).join(".") || "(top level)";
    return corrupt(`is damaged at ${path}: ${issue.message}`);
  }
  const baseline = parsed.data;
  const provenance = baseline.provenance;
  const ageSeconds = (options.now.getTime() - Date.parse(provenance.createdAt)) / 1e3;
  if (ageSeconds > options.maxAgeSeconds)
    return {
      baseline: null,
      info: {
        status: "too-old",
        reason: `baseline ignored: made ${formatAge(ageSeconds)} ago at ${provenance.commit.slice(0, 7)}, older than the max-age of ${formatAge(options.maxAgeSeconds)}`,
        provenance,
        ...keyPart
      }
    };
  return { baseline, info: { status: "ok", provenance, ...keyPart } };
}

// src/pipeline/plan.ts
function shardInput(text) {
  return text?.trim() ? parseShard(text) : void 0;
}
async function makePlan(input) {
  const { config, path: configPath } = loadConfig(input.repoRoot, input.configPath);
  const git = createGit(input.repoRoot);
  const problems = [];
  const { event } = input;
  const changes = await detectChanges({ event, git, api: input.pullFiles, baseRef: input.baseRef, headRef: input.headRef, log: input.log });
  problems.push(...changes.problems);
  const requested = input.fullRun ? `requested by ${input.fullRunSource ?? "the full-run input"}` : changes.full;
  const full = requested ?? fullRunReason(config, event) ?? void 0;
  const { baseline } = readBaseline(input.baselineDir, { maxAgeSeconds: config.baseline["max-age"], now: input.clock.now() });
  const needsGraph = Object.values(config.suites).some((suite) => suite.impact === "imports");
  const importGraph = needsGraph && !full ? await buildImportGraph(input.repoRoot) : void 0;
  const seed = deriveSeed(config, event.headSha);
  let suites = selectSuites({
    config,
    configPath,
    changed: changes.files,
    ...requested ? { full: requested } : {},
    event,
    repoRoot: input.repoRoot,
    importGraph
  });
  if (input.shard && input.shard.total > 1) suites = shardSuites(suites, input.shard, baseline, seed);
  const branch = event.branch ?? "local";
  const plan = {
    version: 1,
    createdAt: input.clock.now().toISOString(),
    configPath,
    repoRoot: input.repoRoot,
    event,
    changedFiles: changes.files,
    changedSource: changes.source,
    full: full !== void 0,
    ...full !== void 0 ? { fullReason: full } : {},
    ...changes.mergeBase ? { mergeBase: changes.mergeBase } : {},
    suites,
    ...input.shard ? { shard: input.shard } : {},
    seed,
    cache: cacheKeys({
      branch,
      baseBranch: event.baseRef,
      defaultBranch: event.defaultBranch ?? "main",
      runId: event.runId ?? "local",
      runAttempt: event.runAttempt ?? 1
    }),
    problems
  };
  return { plan, config, configPath };
}

export {
  pullFilesApi,
  createGit,
  mergeRuns,
  replayImpactCommand,
  matrixFor,
  readBaseline,
  mergeCoverageReports,
  baselineLabel,
  withoutBaseline,
  formatPct,
  formatPoints,
  median3 as median,
  perfGate,
  observe,
  mergeHistories,
  infraRunsOf,
  baselineHistory,
  updateBaseline,
  writeBaseline,
  shardInput,
  makePlan
};
