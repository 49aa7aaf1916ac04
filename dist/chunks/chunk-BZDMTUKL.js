import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  resolveVariant
} from "./chunk-7WHL3PWO.js";
import {
  CoverageBuilder,
  coverageReport,
  createGit,
  hexId,
  lastTestIdBucket,
  loadConfig,
  stableHash,
  testIdBucket,
  testIdLow,
  testIdOf,
  testIdPrefix,
  testIdWithPrefix,
  withOccurrence,
  withVariant
} from "./chunk-6RML2HF4.js";
import {
  GLOBSTAR,
  InputError,
  LineTail,
  Minimatch,
  REDACTED,
  UsageError,
  compileGlobs,
  describeReadiness,
  external_exports,
  fillTemplate,
  formatSeconds,
  forwardLines,
  median,
  medianOf,
  newRunToken,
  parseReadiness,
  pushAll,
  redactor,
  rerunCommand,
  runInGroup,
  shellQuote,
  signalGroup,
  spawnGroup,
  stopEverything,
  waitUntilReady
} from "./chunk-HUNNWOYD.js";
import {
  __commonJS,
  __require,
  __toESM,
  init_define_TESTOPS_UPLOT
} from "./chunk-X6UNEACE.js";

// node_modules/xmlchars/xml/1.0/ed5.js
var require_ed5 = __commonJS({
  "node_modules/xmlchars/xml/1.0/ed5.js"(exports) {
    "use strict";
    init_define_TESTOPS_UPLOT();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CHAR = "	\n\r -\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}";
    exports.S = " 	\r\n";
    exports.NAME_START_CHAR = ":A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
    exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
    exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
    exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
    exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
    exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    exports.S_LIST = [SPACE, NL, CR, TAB];
    function isChar(c) {
      return c >= SPACE && c <= 55295 || c === NL || c === CR || c === TAB || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isChar = isChar;
    function isS(c) {
      return c === SPACE || c === NL || c === CR || c === TAB;
    }
    exports.isS = isS;
    function isNameStartChar(c) {
      return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNameStartChar = isNameStartChar;
    function isNameChar(c) {
      return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
    }
    exports.isNameChar = isNameChar;
  }
});

// node_modules/xmlchars/xml/1.1/ed2.js
var require_ed2 = __commonJS({
  "node_modules/xmlchars/xml/1.1/ed2.js"(exports) {
    "use strict";
    init_define_TESTOPS_UPLOT();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CHAR = "-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}";
    exports.RESTRICTED_CHAR = "-\b\v\f-\x7F-\x84\x86-\x9F";
    exports.S = " 	\r\n";
    exports.NAME_START_CHAR = ":A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
    exports.RESTRICTED_CHAR_RE = new RegExp("^[" + exports.RESTRICTED_CHAR + "]$", "u");
    exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
    exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
    exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
    exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
    exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    exports.S_LIST = [SPACE, NL, CR, TAB];
    function isChar(c) {
      return c >= 1 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isChar = isChar;
    function isRestrictedChar(c) {
      return c >= 1 && c <= 8 || c === 11 || c === 12 || c >= 14 && c <= 31 || c >= 127 && c <= 132 || c >= 134 && c <= 159;
    }
    exports.isRestrictedChar = isRestrictedChar;
    function isCharAndNotRestricted(c) {
      return c === 9 || c === 10 || c === 13 || c > 31 && c < 127 || c === 133 || c > 159 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isCharAndNotRestricted = isCharAndNotRestricted;
    function isS(c) {
      return c === SPACE || c === NL || c === CR || c === TAB;
    }
    exports.isS = isS;
    function isNameStartChar(c) {
      return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNameStartChar = isNameStartChar;
    function isNameChar(c) {
      return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
    }
    exports.isNameChar = isNameChar;
  }
});

// node_modules/xmlchars/xmlns/1.0/ed3.js
var require_ed3 = __commonJS({
  "node_modules/xmlchars/xmlns/1.0/ed3.js"(exports) {
    "use strict";
    init_define_TESTOPS_UPLOT();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.NC_NAME_START_CHAR = "A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NC_NAME_CHAR = "-" + exports.NC_NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.NC_NAME_START_CHAR_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "]$", "u");
    exports.NC_NAME_CHAR_RE = new RegExp("^[" + exports.NC_NAME_CHAR + "]$", "u");
    exports.NC_NAME_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "][" + exports.NC_NAME_CHAR + "]*$", "u");
    function isNCNameStartChar(c) {
      return c >= 65 && c <= 90 || c === 95 || c >= 97 && c <= 122 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8204 && c <= 8205 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNCNameStartChar = isNCNameStartChar;
    function isNCNameChar(c) {
      return isNCNameStartChar(c) || (c === 45 || c === 46 || c >= 48 && c <= 57 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256);
    }
    exports.isNCNameChar = isNCNameChar;
  }
});

// node_modules/saxes/saxes.js
var require_saxes = __commonJS({
  "node_modules/saxes/saxes.js"(exports) {
    "use strict";
    init_define_TESTOPS_UPLOT();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SaxesParser = exports.EVENTS = void 0;
    var ed5 = require_ed5();
    var ed2 = require_ed2();
    var NSed3 = require_ed3();
    var isS = ed5.isS;
    var isChar10 = ed5.isChar;
    var isNameStartChar = ed5.isNameStartChar;
    var isNameChar = ed5.isNameChar;
    var S_LIST = ed5.S_LIST;
    var NAME_RE = ed5.NAME_RE;
    var isChar11 = ed2.isChar;
    var isNCNameStartChar = NSed3.isNCNameStartChar;
    var isNCNameChar = NSed3.isNCNameChar;
    var NC_NAME_RE = NSed3.NC_NAME_RE;
    var XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    var XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
    var rootNS = {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
      __proto__: null,
      xml: XML_NAMESPACE,
      xmlns: XMLNS_NAMESPACE
    };
    var XML_ENTITIES = {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
      __proto__: null,
      amp: "&",
      gt: ">",
      lt: "<",
      quot: '"',
      apos: "'"
    };
    var EOC = -1;
    var NL_LIKE = -2;
    var S_BEGIN = 0;
    var S_BEGIN_WHITESPACE = 1;
    var S_DOCTYPE = 2;
    var S_DOCTYPE_QUOTE = 3;
    var S_DTD = 4;
    var S_DTD_QUOTED = 5;
    var S_DTD_OPEN_WAKA = 6;
    var S_DTD_OPEN_WAKA_BANG = 7;
    var S_DTD_COMMENT = 8;
    var S_DTD_COMMENT_ENDING = 9;
    var S_DTD_COMMENT_ENDED = 10;
    var S_DTD_PI = 11;
    var S_DTD_PI_ENDING = 12;
    var S_TEXT = 13;
    var S_ENTITY = 14;
    var S_OPEN_WAKA = 15;
    var S_OPEN_WAKA_BANG = 16;
    var S_COMMENT = 17;
    var S_COMMENT_ENDING = 18;
    var S_COMMENT_ENDED = 19;
    var S_CDATA = 20;
    var S_CDATA_ENDING = 21;
    var S_CDATA_ENDING_2 = 22;
    var S_PI_FIRST_CHAR = 23;
    var S_PI_REST = 24;
    var S_PI_BODY = 25;
    var S_PI_ENDING = 26;
    var S_XML_DECL_NAME_START = 27;
    var S_XML_DECL_NAME = 28;
    var S_XML_DECL_EQ = 29;
    var S_XML_DECL_VALUE_START = 30;
    var S_XML_DECL_VALUE = 31;
    var S_XML_DECL_SEPARATOR = 32;
    var S_XML_DECL_ENDING = 33;
    var S_OPEN_TAG = 34;
    var S_OPEN_TAG_SLASH = 35;
    var S_ATTRIB = 36;
    var S_ATTRIB_NAME = 37;
    var S_ATTRIB_NAME_SAW_WHITE = 38;
    var S_ATTRIB_VALUE = 39;
    var S_ATTRIB_VALUE_QUOTED = 40;
    var S_ATTRIB_VALUE_CLOSED = 41;
    var S_ATTRIB_VALUE_UNQUOTED = 42;
    var S_CLOSE_TAG = 43;
    var S_CLOSE_TAG_SAW_WHITE = 44;
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    var BANG = 33;
    var DQUOTE = 34;
    var AMP = 38;
    var SQUOTE = 39;
    var MINUS = 45;
    var FORWARD_SLASH = 47;
    var SEMICOLON = 59;
    var LESS = 60;
    var EQUAL = 61;
    var GREATER = 62;
    var QUESTION = 63;
    var OPEN_BRACKET = 91;
    var CLOSE_BRACKET = 93;
    var NEL = 133;
    var LS = 8232;
    var isQuote = (c) => c === DQUOTE || c === SQUOTE;
    var QUOTES = [DQUOTE, SQUOTE];
    var DOCTYPE_TERMINATOR = [...QUOTES, OPEN_BRACKET, GREATER];
    var DTD_TERMINATOR = [...QUOTES, LESS, CLOSE_BRACKET];
    var XML_DECL_NAME_TERMINATOR = [EQUAL, QUESTION, ...S_LIST];
    var ATTRIB_VALUE_UNQUOTED_TERMINATOR = [...S_LIST, GREATER, AMP, LESS];
    function nsPairCheck(parser, prefix, uri) {
      switch (prefix) {
        case "xml":
          if (uri !== XML_NAMESPACE) {
            parser.fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
          }
          break;
        case "xmlns":
          if (uri !== XMLNS_NAMESPACE) {
            parser.fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`);
          }
          break;
        default:
      }
      switch (uri) {
        case XMLNS_NAMESPACE:
          parser.fail(prefix === "" ? `the default namespace may not be set to ${uri}.` : `may not assign a prefix (even "xmlns") to the URI ${XMLNS_NAMESPACE}.`);
          break;
        case XML_NAMESPACE:
          switch (prefix) {
            case "xml":
              break;
            case "":
              parser.fail(`the default namespace may not be set to ${uri}.`);
              break;
            default:
              parser.fail("may not assign the xml namespace to another prefix.");
          }
          break;
        default:
      }
    }
    function nsMappingCheck(parser, mapping) {
      for (const local of Object.keys(mapping)) {
        nsPairCheck(parser, local, mapping[local]);
      }
    }
    var isNCName = (name) => NC_NAME_RE.test(name);
    var isName = (name) => NAME_RE.test(name);
    var FORBIDDEN_START = 0;
    var FORBIDDEN_BRACKET = 1;
    var FORBIDDEN_BRACKET_BRACKET = 2;
    exports.EVENTS = [
      "xmldecl",
      "text",
      "processinginstruction",
      "doctype",
      "comment",
      "opentagstart",
      "attribute",
      "opentag",
      "closetag",
      "cdata",
      "error",
      "end",
      "ready"
    ];
    var EVENT_NAME_TO_HANDLER_NAME = {
      xmldecl: "xmldeclHandler",
      text: "textHandler",
      processinginstruction: "piHandler",
      doctype: "doctypeHandler",
      comment: "commentHandler",
      opentagstart: "openTagStartHandler",
      attribute: "attributeHandler",
      opentag: "openTagHandler",
      closetag: "closeTagHandler",
      cdata: "cdataHandler",
      error: "errorHandler",
      end: "endHandler",
      ready: "readyHandler"
    };
    var SaxesParser3 = class {
      /**
       * @param opt The parser options.
       */
      constructor(opt) {
        this.opt = opt !== null && opt !== void 0 ? opt : {};
        this.fragmentOpt = !!this.opt.fragment;
        const xmlnsOpt = this.xmlnsOpt = !!this.opt.xmlns;
        this.trackPosition = this.opt.position !== false;
        this.fileName = this.opt.fileName;
        if (xmlnsOpt) {
          this.nameStartCheck = isNCNameStartChar;
          this.nameCheck = isNCNameChar;
          this.isName = isNCName;
          this.processAttribs = this.processAttribsNS;
          this.pushAttrib = this.pushAttribNS;
          this.ns = Object.assign({ __proto__: null }, rootNS);
          const additional = this.opt.additionalNamespaces;
          if (additional != null) {
            nsMappingCheck(this, additional);
            Object.assign(this.ns, additional);
          }
        } else {
          this.nameStartCheck = isNameStartChar;
          this.nameCheck = isNameChar;
          this.isName = isName;
          this.processAttribs = this.processAttribsPlain;
          this.pushAttrib = this.pushAttribPlain;
        }
        this.stateTable = [
          /* eslint-disable @typescript-eslint/unbound-method */
          this.sBegin,
          this.sBeginWhitespace,
          this.sDoctype,
          this.sDoctypeQuote,
          this.sDTD,
          this.sDTDQuoted,
          this.sDTDOpenWaka,
          this.sDTDOpenWakaBang,
          this.sDTDComment,
          this.sDTDCommentEnding,
          this.sDTDCommentEnded,
          this.sDTDPI,
          this.sDTDPIEnding,
          this.sText,
          this.sEntity,
          this.sOpenWaka,
          this.sOpenWakaBang,
          this.sComment,
          this.sCommentEnding,
          this.sCommentEnded,
          this.sCData,
          this.sCDataEnding,
          this.sCDataEnding2,
          this.sPIFirstChar,
          this.sPIRest,
          this.sPIBody,
          this.sPIEnding,
          this.sXMLDeclNameStart,
          this.sXMLDeclName,
          this.sXMLDeclEq,
          this.sXMLDeclValueStart,
          this.sXMLDeclValue,
          this.sXMLDeclSeparator,
          this.sXMLDeclEnding,
          this.sOpenTag,
          this.sOpenTagSlash,
          this.sAttrib,
          this.sAttribName,
          this.sAttribNameSawWhite,
          this.sAttribValue,
          this.sAttribValueQuoted,
          this.sAttribValueClosed,
          this.sAttribValueUnquoted,
          this.sCloseTag,
          this.sCloseTagSawWhite
          /* eslint-enable @typescript-eslint/unbound-method */
        ];
        this._init();
      }
      /**
       * Indicates whether or not the parser is closed. If ``true``, wait for
       * the ``ready`` event to write again.
       */
      get closed() {
        return this._closed;
      }
      _init() {
        var _a;
        this.openWakaBang = "";
        this.text = "";
        this.name = "";
        this.piTarget = "";
        this.entity = "";
        this.q = null;
        this.tags = [];
        this.tag = null;
        this.topNS = null;
        this.chunk = "";
        this.chunkPosition = 0;
        this.i = 0;
        this.prevI = 0;
        this.carriedFromPrevious = void 0;
        this.forbiddenState = FORBIDDEN_START;
        this.attribList = [];
        const { fragmentOpt } = this;
        this.state = fragmentOpt ? S_TEXT : S_BEGIN;
        this.reportedTextBeforeRoot = this.reportedTextAfterRoot = this.closedRoot = this.sawRoot = fragmentOpt;
        this.xmlDeclPossible = !fragmentOpt;
        this.xmlDeclExpects = ["version"];
        this.entityReturnState = void 0;
        let { defaultXMLVersion } = this.opt;
        if (defaultXMLVersion === void 0) {
          if (this.opt.forceXMLVersion === true) {
            throw new Error("forceXMLVersion set but defaultXMLVersion is not set");
          }
          defaultXMLVersion = "1.0";
        }
        this.setXMLVersion(defaultXMLVersion);
        this.positionAtNewLine = 0;
        this.doctype = false;
        this._closed = false;
        this.xmlDecl = {
          version: void 0,
          encoding: void 0,
          standalone: void 0
        };
        this.line = 1;
        this.column = 0;
        this.ENTITIES = Object.create(XML_ENTITIES);
        (_a = this.readyHandler) === null || _a === void 0 ? void 0 : _a.call(this);
      }
      /**
       * The stream position the parser is currently looking at. This field is
       * zero-based.
       *
       * This field is not based on counting Unicode characters but is to be
       * interpreted as a plain index into a JavaScript string.
       */
      get position() {
        return this.chunkPosition + this.i;
      }
      /**
       * The column number of the next character to be read by the parser.  *
       * This field is zero-based. (The first column in a line is 0.)
       *
       * This field reports the index at which the next character would be in the
       * line if the line were represented as a JavaScript string.  Note that this
       * *can* be different to a count based on the number of *Unicode characters*
       * due to how JavaScript handles astral plane characters.
       *
       * See [[column]] for a number that corresponds to a count of Unicode
       * characters.
       */
      get columnIndex() {
        return this.position - this.positionAtNewLine;
      }
      /**
       * Set an event listener on an event. The parser supports one handler per
       * event type. If you try to set an event handler over an existing handler,
       * the old handler is silently overwritten.
       *
       * @param name The event to listen to.
       *
       * @param handler The handler to set.
       */
      on(name, handler) {
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = handler;
      }
      /**
       * Unset an event handler.
       *
       * @parma name The event to stop listening to.
       */
      off(name) {
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = void 0;
      }
      /**
       * Make an error object. The error object will have a message that contains
       * the ``fileName`` option passed at the creation of the parser. If position
       * tracking was turned on, it will also have line and column number
       * information.
       *
       * @param message The message describing the error to report.
       *
       * @returns An error object with a properly formatted message.
       */
      makeError(message2) {
        var _a;
        let msg = (_a = this.fileName) !== null && _a !== void 0 ? _a : "";
        if (this.trackPosition) {
          if (msg.length > 0) {
            msg += ":";
          }
          msg += `${this.line}:${this.column}`;
        }
        if (msg.length > 0) {
          msg += ": ";
        }
        return new Error(msg + message2);
      }
      /**
       * Report a parsing error. This method is made public so that client code may
       * check for issues that are outside the scope of this project and can report
       * errors.
       *
       * @param message The error to report.
       *
       * @returns this
       */
      fail(message2) {
        const err = this.makeError(message2);
        const handler = this.errorHandler;
        if (handler === void 0) {
          throw err;
        } else {
          handler(err);
        }
        return this;
      }
      /**
       * Write a XML data to the parser.
       *
       * @param chunk The XML data to write.
       *
       * @returns this
       */
      // We do need object for the type here. Yes, it often causes problems
      // but not in this case.
      write(chunk) {
        if (this.closed) {
          return this.fail("cannot write after close; assign an onready handler.");
        }
        let end = false;
        if (chunk === null) {
          end = true;
          chunk = "";
        } else if (typeof chunk === "object") {
          chunk = chunk.toString();
        }
        if (this.carriedFromPrevious !== void 0) {
          chunk = `${this.carriedFromPrevious}${chunk}`;
          this.carriedFromPrevious = void 0;
        }
        let limit = chunk.length;
        const lastCode = chunk.charCodeAt(limit - 1);
        if (!end && // A trailing CR or surrogate must be carried over to the next
        // chunk.
        (lastCode === CR || lastCode >= 55296 && lastCode <= 56319)) {
          this.carriedFromPrevious = chunk[limit - 1];
          limit--;
          chunk = chunk.slice(0, limit);
        }
        const { stateTable } = this;
        this.chunk = chunk;
        this.i = 0;
        while (this.i < limit) {
          stateTable[this.state].call(this);
        }
        this.chunkPosition += limit;
        return end ? this.end() : this;
      }
      /**
       * Close the current stream. Perform final well-formedness checks and reset
       * the parser tstate.
       *
       * @returns this
       */
      close() {
        return this.write(null);
      }
      /**
       * Get a single code point out of the current chunk. This updates the current
       * position if we do position tracking.
       *
       * This is the algorithm to use for XML 1.0.
       *
       * @returns The character read.
       */
      getCode10() {
        const { chunk, i } = this;
        this.prevI = i;
        this.i = i + 1;
        if (i >= chunk.length) {
          return EOC;
        }
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 55296) {
          if (code >= SPACE || code === TAB) {
            return code;
          }
          switch (code) {
            case NL:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL;
            case CR:
              if (chunk.charCodeAt(i + 1) === NL) {
                this.i = i + 2;
              }
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL_LIKE;
            default:
              this.fail("disallowed character.");
              return code;
          }
        }
        if (code > 56319) {
          if (!(code >= 57344 && code <= 65533)) {
            this.fail("disallowed character.");
          }
          return code;
        }
        const final = 65536 + (code - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
        this.i = i + 2;
        if (final > 1114111) {
          this.fail("disallowed character.");
        }
        return final;
      }
      /**
       * Get a single code point out of the current chunk. This updates the current
       * position if we do position tracking.
       *
       * This is the algorithm to use for XML 1.1.
       *
       * @returns {number} The character read.
       */
      getCode11() {
        const { chunk, i } = this;
        this.prevI = i;
        this.i = i + 1;
        if (i >= chunk.length) {
          return EOC;
        }
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 55296) {
          if (code > 31 && code < 127 || code > 159 && code !== LS || code === TAB) {
            return code;
          }
          switch (code) {
            case NL:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL;
            case CR: {
              const next = chunk.charCodeAt(i + 1);
              if (next === NL || next === NEL) {
                this.i = i + 2;
              }
            }
            /* yes, fall through */
            case NEL:
            // 0x85
            case LS:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL_LIKE;
            default:
              this.fail("disallowed character.");
              return code;
          }
        }
        if (code > 56319) {
          if (!(code >= 57344 && code <= 65533)) {
            this.fail("disallowed character.");
          }
          return code;
        }
        const final = 65536 + (code - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
        this.i = i + 2;
        if (final > 1114111) {
          this.fail("disallowed character.");
        }
        return final;
      }
      /**
       * Like ``getCode`` but with the return value normalized so that ``NL`` is
       * returned for ``NL_LIKE``.
       */
      getCodeNorm() {
        const c = this.getCode();
        return c === NL_LIKE ? NL : c;
      }
      unget() {
        this.i = this.prevI;
        this.column--;
      }
      /**
       * Capture characters into a buffer until encountering one of a set of
       * characters.
       *
       * @param chars An array of codepoints. Encountering a character in the array
       * ends the capture. (``chars`` may safely contain ``NL``.)
       *
       * @return The character code that made the capture end, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      captureTo(chars) {
        let { i: start } = this;
        const { chunk } = this;
        while (true) {
          const c = this.getCode();
          const isNLLike = c === NL_LIKE;
          const final = isNLLike ? NL : c;
          if (final === EOC || chars.includes(final)) {
            this.text += chunk.slice(start, this.prevI);
            return final;
          }
          if (isNLLike) {
            this.text += `${chunk.slice(start, this.prevI)}
`;
            start = this.i;
          }
        }
      }
      /**
       * Capture characters into a buffer until encountering a character.
       *
       * @param char The codepoint that ends the capture. **NOTE ``char`` MAY NOT
       * CONTAIN ``NL``.** Passing ``NL`` will result in buggy behavior.
       *
       * @return ``true`` if we ran into the character. Otherwise, we ran into the
       * end of the current chunk.
       */
      captureToChar(char) {
        let { i: start } = this;
        const { chunk } = this;
        while (true) {
          let c = this.getCode();
          switch (c) {
            case NL_LIKE:
              this.text += `${chunk.slice(start, this.prevI)}
`;
              start = this.i;
              c = NL;
              break;
            case EOC:
              this.text += chunk.slice(start);
              return false;
            default:
          }
          if (c === char) {
            this.text += chunk.slice(start, this.prevI);
            return true;
          }
        }
      }
      /**
       * Capture characters that satisfy ``isNameChar`` into the ``name`` field of
       * this parser.
       *
       * @return The character code that made the test fail, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      captureNameChars() {
        const { chunk, i: start } = this;
        while (true) {
          const c = this.getCode();
          if (c === EOC) {
            this.name += chunk.slice(start);
            return EOC;
          }
          if (!isNameChar(c)) {
            this.name += chunk.slice(start, this.prevI);
            return c === NL_LIKE ? NL : c;
          }
        }
      }
      /**
       * Skip white spaces.
       *
       * @return The character that ended the skip, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      skipSpaces() {
        while (true) {
          const c = this.getCodeNorm();
          if (c === EOC || !isS(c)) {
            return c;
          }
        }
      }
      setXMLVersion(version) {
        this.currentXMLVersion = version;
        if (version === "1.0") {
          this.isChar = isChar10;
          this.getCode = this.getCode10;
        } else {
          this.isChar = isChar11;
          this.getCode = this.getCode11;
        }
      }
      // STATE ENGINE METHODS
      // This needs to be a state separate from S_BEGIN_WHITESPACE because we want
      // to be sure never to come back to this state later.
      sBegin() {
        if (this.chunk.charCodeAt(0) === 65279) {
          this.i++;
          this.column++;
        }
        this.state = S_BEGIN_WHITESPACE;
      }
      sBeginWhitespace() {
        const iBefore = this.i;
        const c = this.skipSpaces();
        if (this.prevI !== iBefore) {
          this.xmlDeclPossible = false;
        }
        switch (c) {
          case LESS:
            this.state = S_OPEN_WAKA;
            if (this.text.length !== 0) {
              throw new Error("no-empty text at start");
            }
            break;
          case EOC:
            break;
          default:
            this.unget();
            this.state = S_TEXT;
            this.xmlDeclPossible = false;
        }
      }
      sDoctype() {
        var _a;
        const c = this.captureTo(DOCTYPE_TERMINATOR);
        switch (c) {
          case GREATER: {
            (_a = this.doctypeHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
            this.state = S_TEXT;
            this.doctype = true;
            break;
          }
          case EOC:
            break;
          default:
            this.text += String.fromCodePoint(c);
            if (c === OPEN_BRACKET) {
              this.state = S_DTD;
            } else if (isQuote(c)) {
              this.state = S_DOCTYPE_QUOTE;
              this.q = c;
            }
        }
      }
      sDoctypeQuote() {
        const q = this.q;
        if (this.captureToChar(q)) {
          this.text += String.fromCodePoint(q);
          this.q = null;
          this.state = S_DOCTYPE;
        }
      }
      sDTD() {
        const c = this.captureTo(DTD_TERMINATOR);
        if (c === EOC) {
          return;
        }
        this.text += String.fromCodePoint(c);
        if (c === CLOSE_BRACKET) {
          this.state = S_DOCTYPE;
        } else if (c === LESS) {
          this.state = S_DTD_OPEN_WAKA;
        } else if (isQuote(c)) {
          this.state = S_DTD_QUOTED;
          this.q = c;
        }
      }
      sDTDQuoted() {
        const q = this.q;
        if (this.captureToChar(q)) {
          this.text += String.fromCodePoint(q);
          this.state = S_DTD;
          this.q = null;
        }
      }
      sDTDOpenWaka() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        switch (c) {
          case BANG:
            this.state = S_DTD_OPEN_WAKA_BANG;
            this.openWakaBang = "";
            break;
          case QUESTION:
            this.state = S_DTD_PI;
            break;
          default:
            this.state = S_DTD;
        }
      }
      sDTDOpenWakaBang() {
        const char = String.fromCodePoint(this.getCodeNorm());
        const owb = this.openWakaBang += char;
        this.text += char;
        if (owb !== "-") {
          this.state = owb === "--" ? S_DTD_COMMENT : S_DTD;
          this.openWakaBang = "";
        }
      }
      sDTDComment() {
        if (this.captureToChar(MINUS)) {
          this.text += "-";
          this.state = S_DTD_COMMENT_ENDING;
        }
      }
      sDTDCommentEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        this.state = c === MINUS ? S_DTD_COMMENT_ENDED : S_DTD_COMMENT;
      }
      sDTDCommentEnded() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
          this.state = S_DTD;
        } else {
          this.fail("malformed comment.");
          this.state = S_DTD_COMMENT;
        }
      }
      sDTDPI() {
        if (this.captureToChar(QUESTION)) {
          this.text += "?";
          this.state = S_DTD_PI_ENDING;
        }
      }
      sDTDPIEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
          this.state = S_DTD;
        }
      }
      sText() {
        if (this.tags.length !== 0) {
          this.handleTextInRoot();
        } else {
          this.handleTextOutsideRoot();
        }
      }
      sEntity() {
        let { i: start } = this;
        const { chunk } = this;
        loop:
          while (true) {
            switch (this.getCode()) {
              case NL_LIKE:
                this.entity += `${chunk.slice(start, this.prevI)}
`;
                start = this.i;
                break;
              case SEMICOLON: {
                const { entityReturnState } = this;
                const entity = this.entity + chunk.slice(start, this.prevI);
                this.state = entityReturnState;
                let parsed;
                if (entity === "") {
                  this.fail("empty entity name.");
                  parsed = "&;";
                } else {
                  parsed = this.parseEntity(entity);
                  this.entity = "";
                }
                if (entityReturnState !== S_TEXT || this.textHandler !== void 0) {
                  this.text += parsed;
                }
                break loop;
              }
              case EOC:
                this.entity += chunk.slice(start);
                break loop;
              default:
            }
          }
      }
      sOpenWaka() {
        const c = this.getCode();
        if (isNameStartChar(c)) {
          this.state = S_OPEN_TAG;
          this.unget();
          this.xmlDeclPossible = false;
        } else {
          switch (c) {
            case FORWARD_SLASH:
              this.state = S_CLOSE_TAG;
              this.xmlDeclPossible = false;
              break;
            case BANG:
              this.state = S_OPEN_WAKA_BANG;
              this.openWakaBang = "";
              this.xmlDeclPossible = false;
              break;
            case QUESTION:
              this.state = S_PI_FIRST_CHAR;
              break;
            default:
              this.fail("disallowed character in tag name");
              this.state = S_TEXT;
              this.xmlDeclPossible = false;
          }
        }
      }
      sOpenWakaBang() {
        this.openWakaBang += String.fromCodePoint(this.getCodeNorm());
        switch (this.openWakaBang) {
          case "[CDATA[":
            if (!this.sawRoot && !this.reportedTextBeforeRoot) {
              this.fail("text data outside of root node.");
              this.reportedTextBeforeRoot = true;
            }
            if (this.closedRoot && !this.reportedTextAfterRoot) {
              this.fail("text data outside of root node.");
              this.reportedTextAfterRoot = true;
            }
            this.state = S_CDATA;
            this.openWakaBang = "";
            break;
          case "--":
            this.state = S_COMMENT;
            this.openWakaBang = "";
            break;
          case "DOCTYPE":
            this.state = S_DOCTYPE;
            if (this.doctype || this.sawRoot) {
              this.fail("inappropriately located doctype declaration.");
            }
            this.openWakaBang = "";
            break;
          default:
            if (this.openWakaBang.length >= 7) {
              this.fail("incorrect syntax.");
            }
        }
      }
      sComment() {
        if (this.captureToChar(MINUS)) {
          this.state = S_COMMENT_ENDING;
        }
      }
      sCommentEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === MINUS) {
          this.state = S_COMMENT_ENDED;
          (_a = this.commentHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
          this.text = "";
        } else {
          this.text += `-${String.fromCodePoint(c)}`;
          this.state = S_COMMENT;
        }
      }
      sCommentEnded() {
        const c = this.getCodeNorm();
        if (c !== GREATER) {
          this.fail("malformed comment.");
          this.text += `--${String.fromCodePoint(c)}`;
          this.state = S_COMMENT;
        } else {
          this.state = S_TEXT;
        }
      }
      sCData() {
        if (this.captureToChar(CLOSE_BRACKET)) {
          this.state = S_CDATA_ENDING;
        }
      }
      sCDataEnding() {
        const c = this.getCodeNorm();
        if (c === CLOSE_BRACKET) {
          this.state = S_CDATA_ENDING_2;
        } else {
          this.text += `]${String.fromCodePoint(c)}`;
          this.state = S_CDATA;
        }
      }
      sCDataEnding2() {
        var _a;
        const c = this.getCodeNorm();
        switch (c) {
          case GREATER: {
            (_a = this.cdataHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
            this.state = S_TEXT;
            break;
          }
          case CLOSE_BRACKET:
            this.text += "]";
            break;
          default:
            this.text += `]]${String.fromCodePoint(c)}`;
            this.state = S_CDATA;
        }
      }
      // We need this separate state to check the first character fo the pi target
      // with this.nameStartCheck which allows less characters than this.nameCheck.
      sPIFirstChar() {
        const c = this.getCodeNorm();
        if (this.nameStartCheck(c)) {
          this.piTarget += String.fromCodePoint(c);
          this.state = S_PI_REST;
        } else if (c === QUESTION || isS(c)) {
          this.fail("processing instruction without a target.");
          this.state = c === QUESTION ? S_PI_ENDING : S_PI_BODY;
        } else {
          this.fail("disallowed character in processing instruction name.");
          this.piTarget += String.fromCodePoint(c);
          this.state = S_PI_REST;
        }
      }
      sPIRest() {
        const { chunk, i: start } = this;
        while (true) {
          const c = this.getCodeNorm();
          if (c === EOC) {
            this.piTarget += chunk.slice(start);
            return;
          }
          if (!this.nameCheck(c)) {
            this.piTarget += chunk.slice(start, this.prevI);
            const isQuestion = c === QUESTION;
            if (isQuestion || isS(c)) {
              if (this.piTarget === "xml") {
                if (!this.xmlDeclPossible) {
                  this.fail("an XML declaration must be at the start of the document.");
                }
                this.state = isQuestion ? S_XML_DECL_ENDING : S_XML_DECL_NAME_START;
              } else {
                this.state = isQuestion ? S_PI_ENDING : S_PI_BODY;
              }
            } else {
              this.fail("disallowed character in processing instruction name.");
              this.piTarget += String.fromCodePoint(c);
            }
            break;
          }
        }
      }
      sPIBody() {
        if (this.text.length === 0) {
          const c = this.getCodeNorm();
          if (c === QUESTION) {
            this.state = S_PI_ENDING;
          } else if (!isS(c)) {
            this.text = String.fromCodePoint(c);
          }
        } else if (this.captureToChar(QUESTION)) {
          this.state = S_PI_ENDING;
        }
      }
      sPIEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
          const { piTarget } = this;
          if (piTarget.toLowerCase() === "xml") {
            this.fail("the XML declaration must appear at the start of the document.");
          }
          (_a = this.piHandler) === null || _a === void 0 ? void 0 : _a.call(this, {
            target: piTarget,
            body: this.text
          });
          this.piTarget = this.text = "";
          this.state = S_TEXT;
        } else if (c === QUESTION) {
          this.text += "?";
        } else {
          this.text += `?${String.fromCodePoint(c)}`;
          this.state = S_PI_BODY;
        }
        this.xmlDeclPossible = false;
      }
      sXMLDeclNameStart() {
        const c = this.skipSpaces();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          return;
        }
        if (c !== EOC) {
          this.state = S_XML_DECL_NAME;
          this.name = String.fromCodePoint(c);
        }
      }
      sXMLDeclName() {
        const c = this.captureTo(XML_DECL_NAME_TERMINATOR);
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.name += this.text;
          this.text = "";
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (!(isS(c) || c === EQUAL)) {
          return;
        }
        this.name += this.text;
        this.text = "";
        if (!this.xmlDeclExpects.includes(this.name)) {
          switch (this.name.length) {
            case 0:
              this.fail("did not expect any more name/value pairs.");
              break;
            case 1:
              this.fail(`expected the name ${this.xmlDeclExpects[0]}.`);
              break;
            default:
              this.fail(`expected one of ${this.xmlDeclExpects.join(", ")}`);
          }
        }
        this.state = c === EQUAL ? S_XML_DECL_VALUE_START : S_XML_DECL_EQ;
      }
      sXMLDeclEq() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (isS(c)) {
          return;
        }
        if (c !== EQUAL) {
          this.fail("value required.");
        }
        this.state = S_XML_DECL_VALUE_START;
      }
      sXMLDeclValueStart() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (isS(c)) {
          return;
        }
        if (!isQuote(c)) {
          this.fail("value must be quoted.");
          this.q = SPACE;
        } else {
          this.q = c;
        }
        this.state = S_XML_DECL_VALUE;
      }
      sXMLDeclValue() {
        const c = this.captureTo([this.q, QUESTION]);
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.text = "";
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (c === EOC) {
          return;
        }
        const value = this.text;
        this.text = "";
        switch (this.name) {
          case "version": {
            this.xmlDeclExpects = ["encoding", "standalone"];
            const version = value;
            this.xmlDecl.version = version;
            if (!/^1\.[0-9]+$/.test(version)) {
              this.fail("version number must match /^1\\.[0-9]+$/.");
            } else if (!this.opt.forceXMLVersion) {
              this.setXMLVersion(version);
            }
            break;
          }
          case "encoding":
            if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) {
              this.fail("encoding value must match /^[A-Za-z0-9][A-Za-z0-9._-]*$/.");
            }
            this.xmlDeclExpects = ["standalone"];
            this.xmlDecl.encoding = value;
            break;
          case "standalone":
            if (value !== "yes" && value !== "no") {
              this.fail('standalone value must match "yes" or "no".');
            }
            this.xmlDeclExpects = [];
            this.xmlDecl.standalone = value;
            break;
          default:
        }
        this.name = "";
        this.state = S_XML_DECL_SEPARATOR;
      }
      sXMLDeclSeparator() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          return;
        }
        if (!isS(c)) {
          this.fail("whitespace required.");
          this.unget();
        }
        this.state = S_XML_DECL_NAME_START;
      }
      sXMLDeclEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
          if (this.piTarget !== "xml") {
            this.fail("processing instructions are not allowed before root.");
          } else if (this.name !== "version" && this.xmlDeclExpects.includes("version")) {
            this.fail("XML declaration must contain a version.");
          }
          (_a = this.xmldeclHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.xmlDecl);
          this.name = "";
          this.piTarget = this.text = "";
          this.state = S_TEXT;
        } else {
          this.fail("The character ? is disallowed anywhere in XML declarations.");
        }
        this.xmlDeclPossible = false;
      }
      sOpenTag() {
        var _a;
        const c = this.captureNameChars();
        if (c === EOC) {
          return;
        }
        const tag = this.tag = {
          name: this.name,
          attributes: /* @__PURE__ */ Object.create(null)
        };
        this.name = "";
        if (this.xmlnsOpt) {
          this.topNS = tag.ns = /* @__PURE__ */ Object.create(null);
        }
        (_a = this.openTagStartHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        this.sawRoot = true;
        if (!this.fragmentOpt && this.closedRoot) {
          this.fail("documents may contain only one root.");
        }
        switch (c) {
          case GREATER:
            this.openTag();
            break;
          case FORWARD_SLASH:
            this.state = S_OPEN_TAG_SLASH;
            break;
          default:
            if (!isS(c)) {
              this.fail("disallowed character in tag name.");
            }
            this.state = S_ATTRIB;
        }
      }
      sOpenTagSlash() {
        if (this.getCode() === GREATER) {
          this.openSelfClosingTag();
        } else {
          this.fail("forward-slash in opening tag not followed by >.");
          this.state = S_ATTRIB;
        }
      }
      sAttrib() {
        const c = this.skipSpaces();
        if (c === EOC) {
          return;
        }
        if (isNameStartChar(c)) {
          this.unget();
          this.state = S_ATTRIB_NAME;
        } else if (c === GREATER) {
          this.openTag();
        } else if (c === FORWARD_SLASH) {
          this.state = S_OPEN_TAG_SLASH;
        } else {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribName() {
        const c = this.captureNameChars();
        if (c === EQUAL) {
          this.state = S_ATTRIB_VALUE;
        } else if (isS(c)) {
          this.state = S_ATTRIB_NAME_SAW_WHITE;
        } else if (c === GREATER) {
          this.fail("attribute without value.");
          this.pushAttrib(this.name, this.name);
          this.name = this.text = "";
          this.openTag();
        } else if (c !== EOC) {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribNameSawWhite() {
        const c = this.skipSpaces();
        switch (c) {
          case EOC:
            return;
          case EQUAL:
            this.state = S_ATTRIB_VALUE;
            break;
          default:
            this.fail("attribute without value.");
            this.text = "";
            this.name = "";
            if (c === GREATER) {
              this.openTag();
            } else if (isNameStartChar(c)) {
              this.unget();
              this.state = S_ATTRIB_NAME;
            } else {
              this.fail("disallowed character in attribute name.");
              this.state = S_ATTRIB;
            }
        }
      }
      sAttribValue() {
        const c = this.getCodeNorm();
        if (isQuote(c)) {
          this.q = c;
          this.state = S_ATTRIB_VALUE_QUOTED;
        } else if (!isS(c)) {
          this.fail("unquoted attribute value.");
          this.state = S_ATTRIB_VALUE_UNQUOTED;
          this.unget();
        }
      }
      sAttribValueQuoted() {
        const { q, chunk } = this;
        let { i: start } = this;
        while (true) {
          switch (this.getCode()) {
            case q:
              this.pushAttrib(this.name, this.text + chunk.slice(start, this.prevI));
              this.name = this.text = "";
              this.q = null;
              this.state = S_ATTRIB_VALUE_CLOSED;
              return;
            case AMP:
              this.text += chunk.slice(start, this.prevI);
              this.state = S_ENTITY;
              this.entityReturnState = S_ATTRIB_VALUE_QUOTED;
              return;
            case NL:
            case NL_LIKE:
            case TAB:
              this.text += `${chunk.slice(start, this.prevI)} `;
              start = this.i;
              break;
            case LESS:
              this.text += chunk.slice(start, this.prevI);
              this.fail("disallowed character.");
              return;
            case EOC:
              this.text += chunk.slice(start);
              return;
            default:
          }
        }
      }
      sAttribValueClosed() {
        const c = this.getCodeNorm();
        if (isS(c)) {
          this.state = S_ATTRIB;
        } else if (c === GREATER) {
          this.openTag();
        } else if (c === FORWARD_SLASH) {
          this.state = S_OPEN_TAG_SLASH;
        } else if (isNameStartChar(c)) {
          this.fail("no whitespace between attributes.");
          this.unget();
          this.state = S_ATTRIB_NAME;
        } else {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribValueUnquoted() {
        const c = this.captureTo(ATTRIB_VALUE_UNQUOTED_TERMINATOR);
        switch (c) {
          case AMP:
            this.state = S_ENTITY;
            this.entityReturnState = S_ATTRIB_VALUE_UNQUOTED;
            break;
          case LESS:
            this.fail("disallowed character.");
            break;
          case EOC:
            break;
          default:
            if (this.text.includes("]]>")) {
              this.fail('the string "]]>" is disallowed in char data.');
            }
            this.pushAttrib(this.name, this.text);
            this.name = this.text = "";
            if (c === GREATER) {
              this.openTag();
            } else {
              this.state = S_ATTRIB;
            }
        }
      }
      sCloseTag() {
        const c = this.captureNameChars();
        if (c === GREATER) {
          this.closeTag();
        } else if (isS(c)) {
          this.state = S_CLOSE_TAG_SAW_WHITE;
        } else if (c !== EOC) {
          this.fail("disallowed character in closing tag.");
        }
      }
      sCloseTagSawWhite() {
        switch (this.skipSpaces()) {
          case GREATER:
            this.closeTag();
            break;
          case EOC:
            break;
          default:
            this.fail("disallowed character in closing tag.");
        }
      }
      // END OF STATE ENGINE METHODS
      handleTextInRoot() {
        let { i: start, forbiddenState } = this;
        const { chunk, textHandler: handler } = this;
        scanLoop:
          while (true) {
            switch (this.getCode()) {
              case LESS: {
                this.state = S_OPEN_WAKA;
                if (handler !== void 0) {
                  const { text: text3 } = this;
                  const slice = chunk.slice(start, this.prevI);
                  if (text3.length !== 0) {
                    handler(text3 + slice);
                    this.text = "";
                  } else if (slice.length !== 0) {
                    handler(slice);
                  }
                }
                forbiddenState = FORBIDDEN_START;
                break scanLoop;
              }
              case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_TEXT;
                if (handler !== void 0) {
                  this.text += chunk.slice(start, this.prevI);
                }
                forbiddenState = FORBIDDEN_START;
                break scanLoop;
              case CLOSE_BRACKET:
                switch (forbiddenState) {
                  case FORBIDDEN_START:
                    forbiddenState = FORBIDDEN_BRACKET;
                    break;
                  case FORBIDDEN_BRACKET:
                    forbiddenState = FORBIDDEN_BRACKET_BRACKET;
                    break;
                  case FORBIDDEN_BRACKET_BRACKET:
                    break;
                  default:
                    throw new Error("impossible state");
                }
                break;
              case GREATER:
                if (forbiddenState === FORBIDDEN_BRACKET_BRACKET) {
                  this.fail('the string "]]>" is disallowed in char data.');
                }
                forbiddenState = FORBIDDEN_START;
                break;
              case NL_LIKE:
                if (handler !== void 0) {
                  this.text += `${chunk.slice(start, this.prevI)}
`;
                }
                start = this.i;
                forbiddenState = FORBIDDEN_START;
                break;
              case EOC:
                if (handler !== void 0) {
                  this.text += chunk.slice(start);
                }
                break scanLoop;
              default:
                forbiddenState = FORBIDDEN_START;
            }
          }
        this.forbiddenState = forbiddenState;
      }
      handleTextOutsideRoot() {
        let { i: start } = this;
        const { chunk, textHandler: handler } = this;
        let nonSpace = false;
        outRootLoop:
          while (true) {
            const code = this.getCode();
            switch (code) {
              case LESS: {
                this.state = S_OPEN_WAKA;
                if (handler !== void 0) {
                  const { text: text3 } = this;
                  const slice = chunk.slice(start, this.prevI);
                  if (text3.length !== 0) {
                    handler(text3 + slice);
                    this.text = "";
                  } else if (slice.length !== 0) {
                    handler(slice);
                  }
                }
                break outRootLoop;
              }
              case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_TEXT;
                if (handler !== void 0) {
                  this.text += chunk.slice(start, this.prevI);
                }
                nonSpace = true;
                break outRootLoop;
              case NL_LIKE:
                if (handler !== void 0) {
                  this.text += `${chunk.slice(start, this.prevI)}
`;
                }
                start = this.i;
                break;
              case EOC:
                if (handler !== void 0) {
                  this.text += chunk.slice(start);
                }
                break outRootLoop;
              default:
                if (!isS(code)) {
                  nonSpace = true;
                }
            }
          }
        if (!nonSpace) {
          return;
        }
        if (!this.sawRoot && !this.reportedTextBeforeRoot) {
          this.fail("text data outside of root node.");
          this.reportedTextBeforeRoot = true;
        }
        if (this.closedRoot && !this.reportedTextAfterRoot) {
          this.fail("text data outside of root node.");
          this.reportedTextAfterRoot = true;
        }
      }
      pushAttribNS(name, value) {
        var _a;
        const { prefix, local } = this.qname(name);
        const attr = { name, prefix, local, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
        if (prefix === "xmlns") {
          const trimmed = value.trim();
          if (this.currentXMLVersion === "1.0" && trimmed === "") {
            this.fail("invalid attempt to undefine prefix in XML 1.0");
          }
          this.topNS[local] = trimmed;
          nsPairCheck(this, local, trimmed);
        } else if (name === "xmlns") {
          const trimmed = value.trim();
          this.topNS[""] = trimmed;
          nsPairCheck(this, "", trimmed);
        }
      }
      pushAttribPlain(name, value) {
        var _a;
        const attr = { name, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
      }
      /**
       * End parsing. This performs final well-formedness checks and resets the
       * parser to a clean state.
       *
       * @returns this
       */
      end() {
        var _a, _b;
        if (!this.sawRoot) {
          this.fail("document must contain a root element.");
        }
        const { tags } = this;
        while (tags.length > 0) {
          const tag = tags.pop();
          this.fail(`unclosed tag: ${tag.name}`);
        }
        if (this.state !== S_BEGIN && this.state !== S_TEXT) {
          this.fail("unexpected end.");
        }
        const { text: text3 } = this;
        if (text3.length !== 0) {
          (_a = this.textHandler) === null || _a === void 0 ? void 0 : _a.call(this, text3);
          this.text = "";
        }
        this._closed = true;
        (_b = this.endHandler) === null || _b === void 0 ? void 0 : _b.call(this);
        this._init();
        return this;
      }
      /**
       * Resolve a namespace prefix.
       *
       * @param prefix The prefix to resolve.
       *
       * @returns The namespace URI or ``undefined`` if the prefix is not defined.
       */
      resolve(prefix) {
        var _a, _b;
        let uri = this.topNS[prefix];
        if (uri !== void 0) {
          return uri;
        }
        const { tags } = this;
        for (let index2 = tags.length - 1; index2 >= 0; index2--) {
          uri = tags[index2].ns[prefix];
          if (uri !== void 0) {
            return uri;
          }
        }
        uri = this.ns[prefix];
        if (uri !== void 0) {
          return uri;
        }
        return (_b = (_a = this.opt).resolvePrefix) === null || _b === void 0 ? void 0 : _b.call(_a, prefix);
      }
      /**
       * Parse a qname into its prefix and local name parts.
       *
       * @param name The name to parse
       *
       * @returns
       */
      qname(name) {
        const colon = name.indexOf(":");
        if (colon === -1) {
          return { prefix: "", local: name };
        }
        const local = name.slice(colon + 1);
        const prefix = name.slice(0, colon);
        if (prefix === "" || local === "" || local.includes(":")) {
          this.fail(`malformed name: ${name}.`);
        }
        return { prefix, local };
      }
      processAttribsNS() {
        var _a;
        const { attribList } = this;
        const tag = this.tag;
        {
          const { prefix, local } = this.qname(tag.name);
          tag.prefix = prefix;
          tag.local = local;
          const uri = tag.uri = (_a = this.resolve(prefix)) !== null && _a !== void 0 ? _a : "";
          if (prefix !== "") {
            if (prefix === "xmlns") {
              this.fail('tags may not have "xmlns" as prefix.');
            }
            if (uri === "") {
              this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
              tag.uri = prefix;
            }
          }
        }
        if (attribList.length === 0) {
          return;
        }
        const { attributes } = tag;
        const seen = /* @__PURE__ */ new Set();
        for (const attr of attribList) {
          const { name, prefix, local } = attr;
          let uri;
          let eqname;
          if (prefix === "") {
            uri = name === "xmlns" ? XMLNS_NAMESPACE : "";
            eqname = name;
          } else {
            uri = this.resolve(prefix);
            if (uri === void 0) {
              this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
              uri = prefix;
            }
            eqname = `{${uri}}${local}`;
          }
          if (seen.has(eqname)) {
            this.fail(`duplicate attribute: ${eqname}.`);
          }
          seen.add(eqname);
          attr.uri = uri;
          attributes[name] = attr;
        }
        this.attribList = [];
      }
      processAttribsPlain() {
        const { attribList } = this;
        const attributes = this.tag.attributes;
        for (const { name, value } of attribList) {
          if (attributes[name] !== void 0) {
            this.fail(`duplicate attribute: ${name}.`);
          }
          attributes[name] = value;
        }
        this.attribList = [];
      }
      /**
       * Handle a complete open tag. This parser code calls this once it has seen
       * the whole tag. This method checks for well-formeness and then emits
       * ``onopentag``.
       */
      openTag() {
        var _a;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = false;
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        tags.push(tag);
        this.state = S_TEXT;
        this.name = "";
      }
      /**
       * Handle a complete self-closing tag. This parser code calls this once it has
       * seen the whole tag. This method checks for well-formeness and then emits
       * ``onopentag`` and ``onclosetag``.
       */
      openSelfClosingTag() {
        var _a, _b, _c;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = true;
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        (_b = this.closeTagHandler) === null || _b === void 0 ? void 0 : _b.call(this, tag);
        const top = this.tag = (_c = tags[tags.length - 1]) !== null && _c !== void 0 ? _c : null;
        if (top === null) {
          this.closedRoot = true;
        }
        this.state = S_TEXT;
        this.name = "";
      }
      /**
       * Handle a complete close tag. This parser code calls this once it has seen
       * the whole tag. This method checks for well-formeness and then emits
       * ``onclosetag``.
       */
      closeTag() {
        const { tags, name } = this;
        this.state = S_TEXT;
        this.name = "";
        if (name === "") {
          this.fail("weird empty close tag.");
          this.text += "</>";
          return;
        }
        const handler = this.closeTagHandler;
        let l = tags.length;
        while (l-- > 0) {
          const tag = this.tag = tags.pop();
          this.topNS = tag.ns;
          handler === null || handler === void 0 ? void 0 : handler(tag);
          if (tag.name === name) {
            break;
          }
          this.fail("unexpected close tag.");
        }
        if (l === 0) {
          this.closedRoot = true;
        } else if (l < 0) {
          this.fail(`unmatched closing tag: ${name}.`);
          this.text += `</${name}>`;
        }
      }
      /**
       * Resolves an entity. Makes any necessary well-formedness checks.
       *
       * @param entity The entity to resolve.
       *
       * @returns The parsed entity.
       */
      parseEntity(entity) {
        if (entity[0] !== "#") {
          const defined = this.ENTITIES[entity];
          if (defined !== void 0) {
            return defined;
          }
          this.fail(this.isName(entity) ? "undefined entity." : "disallowed character in entity name.");
          return `&${entity};`;
        }
        let num3 = NaN;
        if (entity[1] === "x" && /^#x[0-9a-f]+$/i.test(entity)) {
          num3 = parseInt(entity.slice(2), 16);
        } else if (/^#[0-9]+$/.test(entity)) {
          num3 = parseInt(entity.slice(1), 10);
        }
        if (!this.isChar(num3)) {
          this.fail("malformed character entity.");
          return `&${entity};`;
        }
        return String.fromCodePoint(num3);
      }
    };
    exports.SaxesParser = SaxesParser3;
  }
});

// node_modules/seedrandom/lib/alea.js
var require_alea = __commonJS({
  "node_modules/seedrandom/lib/alea.js"(exports, module) {
    init_define_TESTOPS_UPLOT();
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
    init_define_TESTOPS_UPLOT();
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
    init_define_TESTOPS_UPLOT();
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
    init_define_TESTOPS_UPLOT();
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
    init_define_TESTOPS_UPLOT();
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
    init_define_TESTOPS_UPLOT();
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
    init_define_TESTOPS_UPLOT();
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
        (me.g = function(count3) {
          var t2, r = 0, i2 = me.i, j2 = me.j, s2 = me.S;
          while (count3--) {
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
    init_define_TESTOPS_UPLOT();
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

// src/util/clock.ts
init_define_TESTOPS_UPLOT();
var systemClock = {
  now: () => /* @__PURE__ */ new Date(),
  monotonic: () => performance.now()
};

// src/runner/reports.ts
init_define_TESTOPS_UPLOT();
import { copyFile, mkdir, readdir, stat } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
function reportSpecs(suite) {
  const { junit, tests, coverage, perf, security } = suite.reports;
  const specs = [];
  for (const [kind, entries] of [
    ["tests", [...junit ?? [], ...tests ?? []]],
    ["coverage", coverage ?? []],
    ["perf", perf ?? []],
    ["security", security ?? []]
  ]) {
    for (const entry of entries) specs.push({ kind, format: entry.format, patterns: entry.path });
  }
  return specs;
}
var toPosix = (path) => path.split(sep).join("/");
var SKIPPED_DIRS = [".git", "node_modules"];
async function findFiles(root, patterns, ignoreDirs = []) {
  const ignored = new Set(ignoreDirs.map((dir) => resolve(dir)));
  const includes = patterns.filter((pattern) => !pattern.startsWith("!")).map((pattern) => new Minimatch(pattern, { dot: true }));
  const excludes = patterns.filter((pattern) => pattern.startsWith("!")).map((pattern) => new Minimatch(pattern.slice(1), { dot: true }));
  const found = /* @__PURE__ */ new Set();
  for (const matcher of includes) {
    const mentioned = new Set(SKIPPED_DIRS.filter((dir) => matcher.pattern.includes(dir)));
    for (const parts of matcher.set) {
      const fixed = [];
      for (const part of parts) {
        if (typeof part !== "string") break;
        fixed.push(part);
      }
      if (fixed.length === parts.length) {
        const literal = isAbsolute(matcher.pattern) ? `/${fixed.filter(Boolean).join("/")}` : fixed.join("/");
        if (await isFile(isAbsolute(literal) ? literal : join(root, literal))) found.add(literal);
        continue;
      }
      const deep = parts.includes(GLOBSTAR);
      const base = fixed.length === parts.length ? fixed.slice(0, -1) : fixed;
      const baseDir = isAbsolute(matcher.pattern) ? `/${base.filter(Boolean).join("/")}` : join(root, ...base);
      const maxDepth = deep ? Number.POSITIVE_INFINITY : parts.length - base.length;
      await walk(baseDir, maxDepth, { allowed: mentioned, ignored }, (file) => {
        const name = isAbsolute(matcher.pattern) ? file : toPosix(relative(root, file));
        if (matcher.match(name)) found.add(name);
      });
    }
  }
  return [...found].filter((file) => !excludes.some((matcher) => matcher.match(file))).sort();
}
async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
async function walk(dir, depth, rules, onFile) {
  if (depth <= 0) return;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (SKIPPED_DIRS.includes(entry.name) && !rules.allowed.has(entry.name)) continue;
      if (rules.ignored.has(path)) continue;
      await walk(path, depth - 1, rules, onFile);
    } else if (entry.isFile() || entry.isSymbolicLink()) onFile(path);
  }
}
function reportDirs(repoRoot, specs) {
  const dirs = /* @__PURE__ */ new Set();
  for (const spec of specs) {
    for (const pattern of spec.patterns) {
      if (pattern.startsWith("!") || isAbsolute(pattern)) continue;
      for (const parts of new Minimatch(pattern, { dot: true }).set) {
        const fixed = [];
        for (const part of parts) {
          if (typeof part !== "string") break;
          fixed.push(part);
        }
        const base = fixed.length === parts.length ? fixed.slice(0, -1) : fixed;
        const dir = join(repoRoot, ...base);
        const inside = relative(repoRoot, dir);
        if (inside && !inside.startsWith("..") && !isAbsolute(inside)) dirs.add(dir);
      }
    }
  }
  return [...dirs].sort();
}
async function ensureReportDirs(repoRoot, specs) {
  for (const dir of reportDirs(repoRoot, specs)) {
    try {
      await mkdir(dir, { recursive: true });
    } catch {
    }
  }
}
async function stampOf(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? `${info.ino}:${info.size}:${info.mtimeMs}:${info.ctimeMs}` : void 0;
  } catch {
    return void 0;
  }
}
async function stampReports(repoRoot, specs, ignoreDirs = []) {
  const stamps = /* @__PURE__ */ new Map();
  for (const spec of specs) {
    for (const file of await findFiles(repoRoot, spec.patterns, ignoreDirs)) {
      const stamp = await stampOf(isAbsolute(file) ? file : join(repoRoot, file));
      if (stamp) stamps.set(file, stamp);
    }
  }
  return stamps;
}
async function collectReports(repoRoot, specs, before, destDir, ignoreDirs = []) {
  const reports = [];
  const stale = [];
  const seen = /* @__PURE__ */ new Set();
  for (const spec of specs) {
    for (const file of await findFiles(repoRoot, spec.patterns, ignoreDirs)) {
      if (seen.has(file)) continue;
      seen.add(file);
      const source = isAbsolute(file) ? file : join(repoRoot, file);
      const stamp = await stampOf(source);
      if (!stamp) continue;
      if (before.get(file) === stamp) {
        stale.push(file);
        continue;
      }
      const copy = join(destDir, isAbsolute(file) ? file.replace(/^\/+/, "") : file.replace(/^(\.\.\/)+/, ""));
      await mkdir(dirname(copy), { recursive: true });
      await copyFile(source, copy);
      reports.push({ spec, file, copy });
    }
  }
  return { reports, stale };
}

// src/runner/replay.ts
init_define_TESTOPS_UPLOT();
import { readFileSync } from "node:fs";
var ReplayError = class extends InputError {
};
var isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var text = (value) => typeof value === "string" && value !== "" ? value : void 0;
function testsOf(list2, field, source, flaky) {
  if (list2 === void 0) return [];
  if (!Array.isArray(list2)) throw new ReplayError(`${source}: ${field}: expected a list of tests, got ${typeof list2}`);
  return list2.map((entry, index2) => {
    const at2 = `${source}: ${field}[${index2}]`;
    if (!isRecord(entry)) throw new ReplayError(`${at2}: expected an object with suite and name`);
    const suite = text(entry.suite);
    const name = typeof entry.name === "string" ? entry.name : void 0;
    if (!suite || name === void 0) throw new ReplayError(`${at2}: expected string fields suite and name`);
    const status2 = flaky ? "flaky" : entry.status === "errored" ? "errored" : "failed";
    const classname = text(entry.classname);
    const file = text(entry.file);
    const message2 = text(entry.message);
    return {
      suite,
      name,
      status: status2,
      ...classname ? { classname } : {},
      ...file ? { file } : {},
      ...typeof entry.line === "number" && Number.isInteger(entry.line) ? { line: entry.line } : {},
      ...message2 ? { message: message2 } : {}
    };
  });
}
function readReplay(path, source = path) {
  let raw;
  try {
    raw = readFileSync(path, "utf8");
  } catch {
    throw new ReplayError(`${source}: no report there; run testops run first, or pass --report FILE (a report.json)`);
  }
  let report;
  try {
    report = JSON.parse(raw);
  } catch (error) {
    throw new ReplayError(`${source}: not valid JSON (${error.message}); expected a testops report.json`);
  }
  if (!isRecord(report) || report.version !== 1 || !Array.isArray(report.suites))
    throw new ReplayError(`${source}: not a testops report.json (expected an object with version 1 and suites)`);
  const seed = text(report.seed);
  if (!seed) throw new ReplayError(`${source}: seed: missing (a report written before testops kept it); pass --seed S`);
  const modes = {};
  for (const suite of report.suites)
    if (isRecord(suite) && text(suite.name) && text(suite.mode)) modes[suite.name] = suite.mode;
  return {
    source,
    seed,
    modes,
    tests: [...testsOf(report.failures, "failures", source, false), ...testsOf(report.flakyTests, "flakyTests", source, true)]
  };
}
function asTestCase(test) {
  return {
    id: "",
    suite: test.suite,
    name: test.name,
    ...test.classname ? { classname: test.classname } : {},
    ...test.file ? { file: test.file } : {},
    status: test.status === "flaky" ? "passed" : test.status,
    attempts: [],
    flaky: test.status === "flaky",
    duration: 0
  };
}
function bySuite(tests) {
  const groups = /* @__PURE__ */ new Map();
  for (const test of tests) {
    const group = groups.get(test.suite);
    if (group) group.push(test);
    else groups.set(test.suite, [test]);
  }
  return groups;
}
function replayCommand(suite, tests) {
  return rerunCommand(suite.rerun, suite.command, tests.map(asTestCase));
}
function failingEntries(replay, config, seedOverride) {
  const seed = seedOverride ?? replay.seed;
  return replay.tests.map((test) => {
    const suite = config.suites[test.suite];
    const mode = replay.modes[test.suite] ?? suite?.mode ?? config.mode;
    const env = `TEST_MODE=${shellQuote(mode)} TEST_SEED=${shellQuote(seed)}`;
    if (!suite)
      return {
        ...test,
        seed,
        mode,
        reproduce: `npx testops run --failed --report ${shellQuote(replay.source)}`,
        note: `the config has no suite "${test.suite}" any more`
      };
    const { command, fallback } = replayCommand(suite, [test]);
    const cwd = suite["working-directory"] ? `cd ${shellQuote(suite["working-directory"])} && ` : "";
    return {
      ...test,
      seed,
      mode,
      reproduce: `${cwd}${env} ${command}`,
      ...fallback ? { note: `runs the whole suite: ${fallback}` } : {}
    };
  });
}
function replayPlan(plan, config, replay) {
  const groups = bySuite(replay.tests);
  const suites = { ...config.suites };
  const missing = [...groups.keys()].filter((name) => !config.suites[name]);
  const planned = new Set(plan.suites.map((suite) => suite.name));
  const suitePlans = plan.suites.map((suitePlan) => {
    const tests = groups.get(suitePlan.name);
    const suite = config.suites[suitePlan.name];
    if (!tests || !suite) return { name: suitePlan.name, selected: false, reasons: [`no failed or flaky test of it in ${replay.source}`] };
    const mode = replay.modes[suitePlan.name];
    if (mode && mode !== (suite.mode ?? config.mode)) suites[suitePlan.name] = { ...suite, mode };
    const failed2 = tests.filter((test) => test.status !== "flaky").length;
    const flaky = tests.length - failed2;
    const { fallback } = replayCommand(suite, tests);
    return {
      name: suitePlan.name,
      selected: true,
      reasons: [
        `replays ${[failed2 ? `${failed2} failed` : "", flaky ? `${flaky} flaky` : ""].filter(Boolean).join(" and ")} test(s) of ${replay.source}${fallback ? ` (the whole suite: ${fallback})` : ""}`
      ],
      replay: tests
    };
  });
  for (const name of groups.keys()) if (!planned.has(name) && config.suites[name]) missing.push(`${name} (not in this plan)`);
  return { plan: { ...plan, suites: suitePlans }, config: { ...config, suites }, missing };
}
function retryRows(runs) {
  const rows = [];
  for (const suite of runs.suites) {
    for (const attempt of suite.attempts) {
      if (attempt.kind !== "retry") continue;
      const result = attempt.timedOut ? "timed out" : attempt.failed && attempt.failed.count > 0 ? `${attempt.failed.count} still failed` : attempt.exitCode === 0 ? "passed" : `exited with ${attempt.exitCode ?? attempt.signal ?? "a signal"}`;
      rows.push({
        suite: suite.name,
        attempt: attempt.index + 1,
        reason: attempt.reason ?? "the previous attempt failed",
        scope: attempt.scope ?? "suite",
        result,
        ...attempt.failed?.first ? { failure: attempt.failed.first } : {},
        duration: attempt.duration
      });
    }
  }
  return rows;
}
function shardRows(runs) {
  const rows = [];
  for (const suite of runs.suites) {
    if (suite.shards && suite.shards.length > 0) {
      for (const shard of suite.shards)
        rows.push({
          suite: suite.name,
          shard: shard.shard,
          ...shard.expected !== void 0 ? { expected: shard.expected } : {},
          actual: shard.actual
        });
    } else if (suite.shard && suite.selected && suite.status !== "skipped") {
      rows.push({
        suite: suite.name,
        shard: suite.shard,
        ...suite.estimatedDuration !== void 0 ? { expected: suite.estimatedDuration } : {},
        actual: suite.duration
      });
    }
  }
  return rows;
}

// src/pipeline/files.ts
init_define_TESTOPS_UPLOT();
import { mkdirSync, readFileSync as readFileSync2, renameSync, writeFileSync } from "node:fs";
import { dirname as dirname2 } from "node:path";
function writeJson(path, value) {
  mkdirSync(dirname2(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(redactor.deep(value), null, 1)}
`);
  renameSync(temporary, path);
}
function writeText(path, text3) {
  mkdirSync(dirname2(path), { recursive: true });
  writeFileSync(path, redactor.text(text3));
}
var MissingFileError = class extends InputError {
  constructor(path, what) {
    super(`${path}: ${what} not found`);
    this.path = path;
    this.what = what;
  }
  path;
  what;
};
function readJson(path, what) {
  let text3;
  try {
    text3 = readFileSync2(path, "utf8");
  } catch {
    throw new MissingFileError(path, what);
  }
  try {
    return JSON.parse(text3);
  } catch (error) {
    throw new InputError(`${path}: ${what} is not valid JSON (${error.message})`);
  }
}

// src/pipeline/run.ts
init_define_TESTOPS_UPLOT();

// src/ingest/index.ts
init_define_TESTOPS_UPLOT();
import { stat as stat2 } from "node:fs/promises";
import { basename } from "node:path";

// src/ingest/detect.ts
init_define_TESTOPS_UPLOT();
var FORMATS = {
  junit: "tests",
  ctrf: "tests",
  lcov: "coverage",
  cobertura: "coverage",
  jacoco: "coverage",
  "istanbul-summary": "coverage",
  "istanbul-final": "coverage",
  go: "coverage",
  k6: "perf",
  "k6-summary-export": "perf",
  "k6-handle-summary": "perf",
  "k6-json": "perf",
  locust: "perf",
  autocannon: "perf",
  benchmark: "perf",
  sarif: "security",
  "npm-audit": "security"
};
function xmlRootName(head) {
  let rest = head.replace(/^\uFEFF/, "");
  for (; ; ) {
    rest = rest.trimStart();
    if (rest.startsWith("<?")) rest = rest.slice(rest.indexOf("?>") + 2 || rest.length);
    else if (rest.startsWith("<!--")) {
      const end = rest.indexOf("-->");
      if (end < 0) return void 0;
      rest = rest.slice(end + 3);
    } else if (rest.startsWith("<!")) {
      const end = rest.search(/\]\s*>|>/);
      if (end < 0) return void 0;
      rest = rest.slice(rest.indexOf(">", end) + 1);
    } else break;
  }
  return /^<([A-Za-z_][\w.:-]*)/.exec(rest)?.[1];
}
function detectXml(head) {
  const root = xmlRootName(head);
  if (root === "testsuites" || root === "testsuite") return { kind: "tests", format: "junit" };
  if (root === "coverage") return { kind: "coverage", format: "cobertura" };
  if (root === "report" && /<!DOCTYPE\s+report|<(sessioninfo|package|counter)\b/.test(head)) return { kind: "coverage", format: "jacoco" };
  return void 0;
}
function detectJsonHead(head) {
  const has = (key) => head.includes(`"${key}"`);
  if (head.trimStart().startsWith("[")) {
    if (has("name") && has("unit") && has("value")) return { kind: "perf", format: "benchmark" };
    return void 0;
  }
  if (has("$schema") && /sarif/i.test(head) || has("runs") && /"version"\s*:\s*"2\.\d/.test(head)) {
    return { kind: "security", format: "sarif" };
  }
  if (has("auditReportVersion") || has("vulnerabilities") && has("metadata")) return { kind: "security", format: "npm-audit" };
  if (has("results") && has("tool") && (has("summary") || has("tests"))) return { kind: "tests", format: "ctrf" };
  if (has("root_group") || has("metrics") && (has("http_reqs") || has("iterations") || has("vus"))) return { kind: "perf", format: "k6" };
  if (has("latency") && has("requests") && has("throughput")) return { kind: "perf", format: "autocannon" };
  if (has("benchmarks") && has("machine_info") || has("results") && has("command") && has("mean") && !has("tool"))
    return { kind: "perf", format: "benchmark" };
  if (has("benches") && (has("tool") || has("entries"))) return { kind: "perf", format: "benchmark" };
  if (has("statementMap") || has("fnMap") || has("branchMap")) return { kind: "coverage", format: "istanbul-final" };
  if (has("total") && has("lines") && has("pct")) return { kind: "coverage", format: "istanbul-summary" };
  return void 0;
}
function detectJsonValue(value) {
  if (Array.isArray(value)) {
    const first = value[0];
    if (first && typeof first === "object" && "name" in first && "unit" in first && "value" in first)
      return { kind: "perf", format: "benchmark" };
    return void 0;
  }
  if (!value || typeof value !== "object") return void 0;
  const object = value;
  if ("runs" in object && typeof object.version === "string" && /^2\./.test(object.version)) return { kind: "security", format: "sarif" };
  if ("auditReportVersion" in object || "vulnerabilities" in object && "metadata" in object)
    return { kind: "security", format: "npm-audit" };
  if (object.error && typeof object.error === "object" && ("summary" in object.error || "code" in object.error)) {
    return { kind: "security", format: "npm-audit" };
  }
  const results = object.results;
  if (results && typeof results === "object" && "tool" in results) return { kind: "tests", format: "ctrf" };
  if ("root_group" in object || "metrics" in object && typeof object.metrics === "object" && "state" in object)
    return { kind: "perf", format: "k6" };
  if ("latency" in object && "requests" in object && "throughput" in object) return { kind: "perf", format: "autocannon" };
  if ("total" in object && typeof object.total === "object" && object.total && "lines" in object.total) {
    return { kind: "coverage", format: "istanbul-summary" };
  }
  const values = Object.values(object);
  if (values.length > 0 && values.every((entry) => entry && typeof entry === "object" && "statementMap" in entry)) {
    return { kind: "coverage", format: "istanbul-final" };
  }
  return void 0;
}
var LOCUST_HEADERS = [
  /^"?Type"?,"?Name"?,"?(# r|R)equest/,
  /^"?Method"?,"?Name"?,"?(# r|R)equest/,
  // locust < 1.0 stats
  /^"?Timestamp"?,"?User Count"?,/,
  /^"?Method"?,"?Name"?,"?Error"?,"?Occurr?ences"?/,
  /^"?Count"?,"?Message"?,"?Traceback"?/
];
function detectFormat(head, fileName) {
  const text3 = head.replace(/^\uFEFF/, "");
  const start = text3.trimStart();
  if (start.startsWith("<")) return detectXml(start);
  if (/^\{"type"\s*:\s*"(Metric|Point)"/.test(start) && /"metric"\s*:/.test(start.split("\n", 1)[0]))
    return { kind: "perf", format: "k6-json" };
  if (start.startsWith("{") || start.startsWith("[")) return detectJsonHead(start);
  if (/^window\.BENCHMARK_DATA\s*=/.test(start)) return { kind: "perf", format: "benchmark" };
  if (/^Benchmark\S*\s+\d+\s+[\d.e+-]+ ns\/op/m.test(start) && /^(goos|goarch|pkg|cpu):|^Benchmark/m.test(start))
    return { kind: "perf", format: "benchmark" };
  const firstLine2 = start.split(/\r?\n|\r/, 1)[0] ?? "";
  if (/^mode:\s*(set|count|atomic)\s*$/.test(firstLine2)) return { kind: "coverage", format: "go" };
  if (/^(TN|SF):/m.test(start.slice(0, 2e3)) && /^(SF|DA|end_of_record)/m.test(start)) return { kind: "coverage", format: "lcov" };
  if (LOCUST_HEADERS.some((header) => header.test(firstLine2))) return { kind: "perf", format: "locust" };
  if (/\.lcov$|lcov\.info$/i.test(fileName) && /^(SF|DA|TN|end_of_record)/m.test(start)) return { kind: "coverage", format: "lcov" };
  return void 0;
}

// src/ingest/errors.ts
init_define_TESTOPS_UPLOT();
var ReportError = class extends InputError {
  file;
  line;
  column;
  constructor(file, what, line, column) {
    const where = line === void 0 ? file : column === void 0 ? `${file}:${line}` : `${file}:${line}:${column}`;
    super(`${where}: ${what.replace(/\s*\n\s*/g, " ")}`);
    this.name = "ReportError";
    this.file = file;
    this.line = line;
    this.column = column;
  }
};
function lineError(file, line, what) {
  return new ReportError(file, what, line);
}

// src/ingest/coverage/cobertura.ts
init_define_TESTOPS_UPLOT();

// src/ingest/xml.ts
init_define_TESTOPS_UPLOT();
var import_saxes = __toESM(require_saxes(), 1);

// src/ingest/source.ts
init_define_TESTOPS_UPLOT();
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { isUtf8 } from "node:buffer";
import { pipeline } from "node:stream";
import { TextDecoder } from "node:util";
import { createGunzip } from "node:zlib";
var CHUNK = 256 * 1024;
var PIECE = 32 * 1024;
function sniffEncoding(head) {
  if (head[0] === 239 && head[1] === 187 && head[2] === 191) return { encoding: "utf-8", bomLength: 3 };
  if (head[0] === 255 && head[1] === 254) return { encoding: "utf-16le", bomLength: 2 };
  if (head[0] === 254 && head[1] === 255) return { encoding: "utf-16be", bomLength: 2 };
  const ascii = Buffer.from(head.subarray(0, 200)).toString("latin1");
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(ascii)?.[1]?.toLowerCase();
  if (declared && declared !== "utf-8" && declared !== "utf8") {
    try {
      new TextDecoder(declared);
      return { encoding: declared, bomLength: 0 };
    } catch {
    }
  }
  return { encoding: "utf-8", bomLength: 0 };
}
function firstInvalidUtf8(bytes, continuesPrevious = false) {
  let i = 0;
  if (continuesPrevious) while (i < 3 && i < bytes.length && (bytes[i] & 192) === 128) i++;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 128) {
      i++;
      continue;
    }
    const need = b >= 194 && b <= 223 ? 1 : b >= 224 && b <= 239 ? 2 : b >= 240 && b <= 244 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length) return -1;
      if ((bytes[i + k] & 192) !== 128) return i;
    }
    i += need + 1;
  }
  return -1;
}
function incompleteTail(bytes) {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back];
    if ((b & 192) === 128) continue;
    const need = b >= 240 ? 4 : b >= 224 ? 3 : b >= 192 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}
var Utf8Error = class extends Error {
  constructor(index2, byte) {
    super("invalid UTF-8");
    this.index = index2;
    this.byte = byte;
  }
  index;
  byte;
};
var StrictUtf8 = class {
  carry;
  /** The text of `piece`; throws Utf8Error with the bad byte's index relative to the piece. */
  decode(piece) {
    const carried = this.carry?.length ?? 0;
    const bytes = this.carry ? Buffer.concat([this.carry, piece]) : piece;
    const cut2 = incompleteTail(bytes);
    const whole = cut2 > 0 ? bytes.subarray(0, bytes.length - cut2) : bytes;
    this.carry = cut2 > 0 ? Buffer.from(bytes.subarray(bytes.length - cut2)) : void 0;
    if (!isUtf8(whole)) {
      const at2 = Math.max(firstInvalidUtf8(whole), 0);
      throw new Utf8Error(at2 - carried, whole[at2]);
    }
    return whole.toString("utf8");
  }
  /** Throws Utf8Error when the file ended inside a character. */
  end() {
    if (this.carry) throw new Utf8Error(0, void 0);
  }
};
var GZIP_MAGIC = [31, 139];
async function isGzipFile(path) {
  try {
    const handle = await open(path, "r");
    try {
      const magic = Buffer.alloc(2);
      const { bytesRead } = await handle.read(magic, 0, 2, 0);
      return bytesRead === 2 && magic[0] === GZIP_MAGIC[0] && magic[1] === GZIP_MAGIC[1];
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}
var gzipRefused = (what) => `gzip-compressed: testops reads compressed output only from k6 --out json (k6 run --out json=results.json.gz); decompress it first (gunzip), expected ${what}`;
function byteStream(path, gzip, options = {}) {
  const file = createReadStream(path, options);
  return gzip ? pipeline(file, createGunzip({ chunkSize: CHUNK }), () => {
  }) : file;
}
function gzipError(path, error, decompressed) {
  const code = String(error.code ?? "");
  if (!code.startsWith("Z_")) return void 0;
  return new ReportError(
    path,
    `damaged gzip data after ${decompressed} decompressed bytes: ${error.message} (a truncated or corrupt .gz file)`
  );
}
async function locateByte(path, offset, gzip = false) {
  if (gzip) return locateGunzippedByte(path, offset);
  const handle = await open(path, "r");
  try {
    const bytes = Buffer.alloc(offset);
    await handle.read(bytes, 0, offset, 0);
    let line = 1;
    let lineStart = 0;
    for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return { line, column: bytes.subarray(lineStart).toString("utf8").length + 1 };
  } finally {
    await handle.close();
  }
}
async function locateGunzippedByte(path, offset) {
  let line = 1;
  let seen = 0;
  let tail = [];
  const stream = byteStream(path, true);
  try {
    for await (const chunk of stream) {
      const part = chunk.subarray(0, Math.max(0, offset - seen));
      seen += chunk.length;
      const last = part.lastIndexOf(10);
      if (last >= 0) {
        for (let i = part.indexOf(10); i !== -1 && i <= last; i = part.indexOf(10, i + 1)) line++;
        tail = [part.subarray(last + 1)];
      } else tail.push(part);
      if (seen >= offset) break;
    }
  } catch {
  } finally {
    stream.destroy();
  }
  return { line, column: Buffer.concat(tail).toString("utf8").length + 1 };
}
async function encodingError(path, byteOffset, encoding, byte, gzip = false) {
  const { line, column } = await locateByte(path, byteOffset, gzip);
  const shown3 = byte === void 0 ? "an incomplete character at the end of the file" : `byte 0x${byte.toString(16).padStart(2, "0")}`;
  return new ReportError(path, `not valid ${encoding.toUpperCase()}: ${shown3} (re-save the file as UTF-8)`, line, column);
}
async function* readTextChunks(path, emptyWhat, options = {}) {
  let decode;
  let end;
  let encoding = "utf-8";
  let offset = 0;
  let sawContent = false;
  const gzip = await isGzipFile(path);
  if (gzip && !options.gzip) throw new ReportError(path, gzipRefused(emptyWhat));
  const maxBytes = gzip && options.gzip ? options.gzip.maxBytes : Number.POSITIVE_INFINITY;
  const stream = byteStream(path, gzip, { highWaterMark: CHUNK });
  try {
    for await (const raw of stream) {
      if (offset + raw.length > maxBytes)
        throw new ReportError(
          path,
          `decompresses to more than ${formatBytes(maxBytes)}, the most testops reads from a .gz file (split the run, or read it uncompressed)`
        );
      let chunk = raw;
      let chunkOffset = offset;
      if (!decode) {
        const sniffed = sniffEncoding(chunk);
        encoding = sniffed.encoding;
        if (encoding === "utf-8") {
          const utf8 = new StrictUtf8();
          decode = (piece) => utf8.decode(piece);
          end = () => {
            utf8.end();
            return "";
          };
        } else {
          const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
          decode = (piece) => decoder.decode(piece, { stream: true });
          end = () => decoder.decode();
        }
        chunk = chunk.subarray(sniffed.bomLength);
        chunkOffset += sniffed.bomLength;
      }
      offset += raw.length;
      for (let start = 0; start < chunk.length; start += PIECE) {
        const piece = chunk.subarray(start, start + PIECE);
        const pieceOffset = chunkOffset + start;
        let text3;
        try {
          text3 = decode(piece);
        } catch (error) {
          const bad = error instanceof Utf8Error ? error.index : 0;
          throw await encodingError(path, pieceOffset + bad, encoding, error instanceof Utf8Error ? error.byte : piece[0], gzip);
        }
        if (!sawContent && /\S/.test(text3)) sawContent = true;
        if (text3) yield text3;
      }
    }
    if (end) {
      let rest;
      try {
        rest = end();
      } catch {
        throw await encodingError(path, offset - 1, encoding, void 0, gzip);
      }
      if (rest) {
        if (/\S/.test(rest)) sawContent = true;
        yield rest;
      }
    }
  } catch (error) {
    if (error instanceof ReportError) throw error;
    throw gzip && gzipError(path, error, offset) || new ReportError(path, cannotRead(error));
  } finally {
    stream.destroy();
  }
  if (!sawContent) throw new ReportError(path, `the file is empty (expected ${emptyWhat})`, 1, 1);
}
async function readText(path, emptyWhat) {
  let text3 = "";
  for await (const chunk of readTextChunks(path, emptyWhat)) text3 += chunk;
  return text3;
}
function cannotRead(error) {
  const code = error.code;
  if (code === "ENOENT") return "the file does not exist (check the path or the reports glob)";
  if (code === "EACCES" || code === "EPERM") return "the file cannot be read: permission denied";
  if (code === "EISDIR") return "this is a directory, not a report file";
  return `cannot read the file: ${code ?? error.message}`;
}
async function readHead(path, bytes = 4096) {
  if (await isGzipFile(path)) return readGunzippedHead(path, bytes);
  try {
    const handle = await open(path, "r");
    try {
      const buffer = Buffer.alloc(bytes);
      const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
      const head = buffer.subarray(0, bytesRead);
      const { encoding, bomLength } = sniffEncoding(head);
      return new TextDecoder(encoding).decode(head.subarray(bomLength));
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new ReportError(path, cannotRead(error));
  }
}
async function readGunzippedHead(path, bytes) {
  const chunks = [];
  let have = 0;
  const stream = byteStream(path, true);
  try {
    for await (const chunk of stream) {
      chunks.push(chunk);
      have += chunk.length;
      if (have >= bytes) break;
    }
  } catch (error) {
    if (have === 0) throw gzipError(path, error, 0) ?? new ReportError(path, cannotRead(error));
  } finally {
    stream.destroy();
  }
  const head = Buffer.concat(chunks).subarray(0, bytes);
  const { encoding, bomLength } = sniffEncoding(head);
  return new TextDecoder(encoding).decode(head.subarray(bomLength));
}
var formatBytes = (bytes) => bytes >= 2 ** 30 ? `${+(bytes / 2 ** 30).toFixed(1)} GiB` : bytes >= 2 ** 20 ? `${+(bytes / 2 ** 20).toFixed(1)} MiB` : `${bytes} bytes`;
async function* readLineBatches(path, emptyWhat) {
  let carry = "";
  for await (const chunk of readTextChunks(path, emptyWhat)) {
    const text3 = carry + chunk;
    let cut2 = text3.charCodeAt(text3.length - 1) === 13 ? text3.length - 1 : text3.length;
    while (cut2 > 0 && text3.charCodeAt(cut2 - 1) !== 10 && text3.charCodeAt(cut2 - 1) !== 13) cut2--;
    carry = text3.slice(cut2);
    if (cut2 === 0) {
      if (carry.length > 256 * 1024 * 1024) throw new ReportError(path, "a line longer than 256 MiB");
      continue;
    }
    const lines2 = text3.slice(0, cut2).split(/\r?\n|\r/);
    lines2.pop();
    yield lines2;
  }
  if (carry) {
    const lines2 = carry.split(/\r?\n|\r/);
    if (lines2.length > 1 && lines2[lines2.length - 1] === "") lines2.pop();
    yield lines2;
  }
}

// src/ingest/xml.ts
function saxesMessage(parser, message2) {
  const bare = message2.replace(/^(?:[^:\n]*:)?\d+:\d+: /, "");
  const column = parser.column + 1;
  if (!bare.startsWith("disallowed character.")) return { what: bare, column };
  const internals = parser;
  const code = typeof internals.chunk === "string" && typeof internals.prevI === "number" ? internals.chunk.codePointAt(internals.prevI) : void 0;
  if (code === void 0) return { what: bare, column };
  const name = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  const why = code < 32 ? "a control character: only tab, line feed and carriage return are; the producer wrote it unescaped, often from a test's raw output" : "a code point XML 1.0 excludes";
  return { what: `character ${name} is not allowed in XML 1.0 (${why})`, column: Math.max(1, parser.column) };
}
async function streamXml(path, what, expectedRoots, make, filter = (chunks) => chunks) {
  const parser = new import_saxes.SaxesParser({ position: true });
  const stack = [];
  const position2 = {
    error: (message2) => new ReportError(path, message2, parser.line, parser.column + 1),
    where: () => `${parser.line}:${parser.column + 1}`
  };
  const handlers = make(position2);
  let sawRoot = false;
  parser.on("error", (error) => {
    const { what: what2, column } = saxesMessage(parser, error.message);
    throw new ReportError(path, what2, parser.line, column);
  });
  parser.on("opentag", (tag) => {
    if (!sawRoot) {
      sawRoot = true;
      if (!expectedRoots.includes(tag.name)) {
        throw position2.error(`root element <${tag.name}> is not ${what} (expected <${expectedRoots.join("> or <")}>)`);
      }
    }
    handlers.open(tag, stack);
    stack.push(tag.name);
  });
  parser.on("closetag", (tag) => {
    stack.pop();
    handlers.close?.(tag.name, stack);
  });
  if (handlers.text) {
    const onText = (text3) => handlers.text(text3, stack);
    parser.on("text", onText);
    parser.on("cdata", onText);
  }
  for await (const chunk of filter(readTextChunks(path, what))) parser.write(chunk);
  parser.close();
  if (!sawRoot) throw position2.error(`no XML element found (expected ${what})`);
}
function intAttribute(tag, name, position2) {
  const value = tag.attributes[name];
  if (value === void 0) return void 0;
  const n = Number(value.trim());
  if (!Number.isFinite(n)) throw position2.error(`<${tag.name} ${name}="${value}"> is not a number`);
  return Math.max(0, Math.floor(n));
}
function lineAttribute(tag, name, position2) {
  const value = tag.attributes[name];
  if (value === void 0) return void 0;
  const text3 = value.trim();
  if (!/^[+-]?\d+$/.test(text3)) throw position2.error(`<${tag.name} ${name}="${value}">: expected a line number (an integer)`);
  const n = Number(text3);
  if (n > MAX_LINE) throw position2.error(`<${tag.name} ${name}="${value}">: line number out of range (at most ${MAX_LINE})`);
  return n;
}
var MAX_LINE = 2 ** 31 - 1;
async function* dropUnopenedCloseTags(chunks, names) {
  const pattern = new RegExp(`<(/?)(${names.join("|")})\\b[^<>]*?(/?)>`, "g");
  const open3 = /* @__PURE__ */ new Map();
  let carry = "";
  for await (const chunk of chunks) {
    let text3 = carry + chunk;
    const lastOpen = text3.lastIndexOf("<");
    if (lastOpen >= 0 && text3.indexOf(">", lastOpen) < 0 && text3.length - lastOpen < 1024) {
      carry = text3.slice(lastOpen);
      text3 = text3.slice(0, lastOpen);
    } else carry = "";
    yield text3.replace(pattern, (tag, closing, name, selfClosing) => {
      const depth = open3.get(name) ?? 0;
      if (selfClosing) return tag;
      if (!closing) {
        open3.set(name, depth + 1);
        return tag;
      }
      if (depth === 0) return "";
      open3.set(name, depth - 1);
      return tag;
    });
  }
  if (carry) yield carry;
}

// src/ingest/coverage/paths.ts
init_define_TESTOPS_UPLOT();
import { existsSync } from "node:fs";
import { isAbsolute as isAbsolute2, join as join2 } from "node:path";

// src/ingest/text.ts
init_define_TESTOPS_UPLOT();
var ANSI = /\u001b\[[0-9;?]*[A-Za-z]|\[(?:\d{1,3};)*\d{1,3}m/g;
function clean(value) {
  if (value === void 0) return void 0;
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  if (first > 32 && first < 127 && last > 32 && last < 127 && !value.includes("\uFEFF")) return value;
  const trimmed = value.replace(/\uFEFF/g, "").trim();
  return trimmed === "" ? void 0 : trimmed;
}
function stripAnsi(value) {
  return value.replace(ANSI, "");
}
function bounded(value, limit) {
  const text3 = clean(value === void 0 ? void 0 : stripAnsi(value));
  if (text3 === void 0 || text3.length <= limit) return text3;
  return `${text3.slice(0, limit)}\u2026 [${text3.length - limit} more characters]`;
}
function firstLine(value, limit = 500) {
  if (value === void 0) return void 0;
  for (const line of value.split("\n")) {
    const text3 = clean(stripAnsi(line));
    if (text3) return text3.length > limit ? `${text3.slice(0, limit)}\u2026` : text3;
  }
  return void 0;
}
function relativePath(path, repoRoot) {
  let out = path.replace(/\\/g, "/");
  if (/^file:\/\//i.test(out)) out = decodeURIComponent(out.replace(/^file:\/\/(localhost)?/i, ""));
  if (repoRoot) {
    const root = repoRoot.replace(/\\/g, "/").replace(/\/+$/, "");
    if (out === root) return ".";
    if (out.startsWith(`${root}/`)) out = out.slice(root.length + 1);
  }
  while (out.startsWith("./")) out = out.slice(2);
  return out;
}
function withLineBreaks(message2, text3) {
  if (message2 === void 0 || text3 === void 0 || message2.includes("\n") || !text3.includes("\n")) return message2;
  const words = message2.trim().split(/\s+/);
  if (words.length < 2) return message2;
  const first = text3.indexOf(words[0]);
  if (first < 0) return message2;
  let at2 = first;
  for (let i = 0; i < words.length; i++) {
    if (!text3.startsWith(words[i], at2)) return message2;
    at2 += words[i].length;
    if (i < words.length - 1) {
      const gap = at2;
      while (at2 < text3.length && /\s/.test(text3[at2])) at2++;
      if (at2 === gap) return message2;
    }
  }
  const span = text3.slice(first, at2);
  return span.includes("\n") ? span : message2;
}

// src/ingest/coverage/paths.ts
function normalizeCoveragePath(path, repoRoot) {
  return relativePath(path.trim(), repoRoot);
}
function resolveWithSources(filename, sources, repoRoot) {
  const name = filename.replace(/\\/g, "/");
  if (isAbsolute2(name) || /^[A-Za-z]:\//.test(name)) return normalizeCoveragePath(name, repoRoot);
  const candidates = sources.map((source) => source.trim().replace(/\\/g, "/").replace(/\/+$/, "")).filter((source) => source !== "" && !source.startsWith("-")).map((source) => isAbsolute2(source) ? normalizeCoveragePath(source, repoRoot) : normalizeCoveragePath(source)).filter((source) => !isAbsolute2(source));
  const under = (source) => normalizeCoveragePath(source === "." ? name : `${source}/${name}`);
  if (repoRoot) {
    for (const source of candidates) if (existsSync(join2(repoRoot, under(source)))) return under(source);
    const inside = sources.find((source) => isAbsolute2(source.trim()) && !isAbsolute2(normalizeCoveragePath(source, repoRoot)));
    if (inside) return under(normalizeCoveragePath(inside.trim().replace(/\/+$/, ""), repoRoot));
  }
  return normalizeCoveragePath(name);
}

// src/ingest/coverage/cobertura.ts
async function parseCobertura(path, repoRoot) {
  const builder = new CoverageBuilder();
  const sources = [];
  let sourceText;
  let file;
  let methods = 0;
  let methodsCovered = 0;
  let methodHit = false;
  await streamXml(
    path,
    "Cobertura XML",
    ["coverage"],
    (position2) => ({
      open(tag, stack) {
        const parent = stack[stack.length - 1];
        if (tag.name === "source") sourceText = "";
        else if (tag.name === "class") {
          const filename = tag.attributes.filename ?? tag.attributes.name;
          if (!filename) throw position2.error("<class> has no filename attribute");
          file = resolveWithSources(filename, sources, repoRoot);
          builder.touch(file);
          methods = 0;
          methodsCovered = 0;
        } else if (tag.name === "method") {
          methods++;
          methodHit = false;
        } else if (tag.name === "line") {
          if (!file) throw position2.error(`<line> outside a <class>`);
          const hits = intAttribute(tag, "hits", position2) ?? 0;
          if (stack[stack.length - 2] === "method") {
            if (hits > 0) methodHit = true;
            return;
          }
          if (parent !== "lines")
            throw position2.error(`<line> inside <${parent}>, expected inside <lines> (is the <lines> open tag missing?)`);
          const line = lineAttribute(tag, "number", position2);
          if (line === void 0) throw position2.error("<line> has no number attribute");
          if (line <= 0) {
            builder.ignoreLine(line, position2.where());
            return;
          }
          builder.line(file, line, hits, "max");
          if (tag.attributes.branch?.trim().toLowerCase() !== "true") return;
          const condition = /\((\d+)\s*\/\s*(\d+)\)/.exec(tag.attributes["condition-coverage"] ?? "");
          if (condition) builder.branch(file, line, Number(condition[1]), Number(condition[2]), "max");
          else builder.branch(file, line, hits > 0 ? 1 : 0, 1, "add");
        }
      },
      close(name) {
        if (name === "source" && sourceText !== void 0) {
          sources.push(sourceText.trim());
          sourceText = void 0;
        } else if (name === "method" && methodHit) methodsCovered++;
        else if (name === "class" && file) {
          if (methods > 0) builder.functions(file, methodsCovered, methods, "add");
          file = void 0;
        }
      },
      text(text3, stack) {
        if (sourceText !== void 0 && stack[stack.length - 1] === "source") sourceText += text3;
      }
    }),
    (chunks) => dropUnopenedCloseTags(chunks, ["methods", "lines", "classes"])
  );
  return coverageReport("cobertura", path, builder.build(), builder.warnings());
}

// src/ingest/coverage/go.ts
init_define_TESTOPS_UPLOT();
import { readFileSync as readFileSync3 } from "node:fs";
import { join as join3 } from "node:path";
var MAX_BLOCK_LINES = 1e5;
var MAX_SPANNED_LINES = 5e7;
var BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;
function moduleFromGoMod(repoRoot) {
  if (!repoRoot) return void 0;
  try {
    return /^module\s+(\S+)/m.exec(readFileSync3(join3(repoRoot, "go.mod"), "utf8"))?.[1];
  } catch {
    return void 0;
  }
}
function guessModule(paths) {
  const first = paths[0] ?? "";
  if (/^(github\.com|gitlab\.com|bitbucket\.org)\//.test(first)) return first.split("/").slice(0, 3).join("/");
  let common = first.split("/").slice(0, -1);
  for (const path of paths) {
    const parts = path.split("/");
    let i = 0;
    while (i < common.length && i < parts.length - 1 && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  return common.join("/");
}
function stripModule(path, module) {
  const base = module.replace(/\/v\d+$/, "");
  for (const prefix of [module, base]) {
    if (prefix && path.startsWith(`${prefix}/`)) {
      return path.slice(prefix.length + 1).replace(/^v\d+\//, "");
    }
  }
  return path;
}
function parseGoCoverFile(path, repoRoot) {
  return parseGoCover(readLineBatches(path, "a Go coverprofile"), path, repoRoot);
}
async function parseGoCover(batches, file, repoRoot) {
  let mode;
  let spanned = 0;
  const blocks = /* @__PURE__ */ new Map();
  let index2 = -1;
  for await (const lines2 of batches)
    for (const line of lines2) {
      index2++;
      const raw = line.trim();
      if (index2 === 0) {
        mode = /^mode:\s*(set|count|atomic)\s*$/.exec(raw)?.[1];
        if (!mode)
          throw lineError(file, 1, `expected "mode: set|count|atomic" on the first line of a Go coverprofile, got "${raw.slice(0, 60)}"`);
        continue;
      }
      if (!raw) continue;
      if (raw.startsWith("mode:")) continue;
      const match = BLOCK.exec(raw);
      if (!match)
        throw lineError(file, index2 + 1, `expected "<file>:<line>.<col>,<line>.<col> <statements> <count>", got "${raw.slice(0, 80)}"`);
      const [, path, startLine2, , endLine, endColumn, statements2, hits] = match;
      const start = Number(startLine2);
      const end = Number(endLine);
      const bad = (what) => lineError(file, index2 + 1, `${what}, got "${raw.slice(0, 80)}"`);
      if (start < 1 || end > MAX_LINE) throw bad(`line numbers out of range (1 to ${MAX_LINE})`);
      if (end < start) throw bad("the block ends before it starts");
      if (end - start >= MAX_BLOCK_LINES)
        throw bad(`a block spans ${end - start + 1} lines (at most ${MAX_BLOCK_LINES}: no Go block is that long)`);
      spanned += end - start + 1;
      if (spanned > MAX_SPANNED_LINES)
        throw bad(`the blocks span more than ${MAX_SPANNED_LINES} lines in all (a damaged profile; a real one spans a few lines a block)`);
      if (!Number.isSafeInteger(Number(statements2)) || !Number.isSafeInteger(Number(hits))) throw bad("count out of range");
      const key = `${path}:${startLine2}.${match[3]},${endLine}.${endColumn}`;
      const count3 = Number(hits);
      const existing = blocks.get(key);
      if (existing)
        existing.hits = mode === "set" ? Math.max(existing.hits, count3) : Math.min(existing.hits + count3, Number.MAX_SAFE_INTEGER);
      else
        blocks.set(key, {
          path,
          start,
          end,
          endColumn: Number(endColumn),
          statements: Number(statements2),
          hits: count3
        });
    }
  const paths = [...new Set([...blocks.values()].map((block) => block.path))];
  const module = moduleFromGoMod(repoRoot) ?? guessModule(paths);
  const builder = new CoverageBuilder();
  const statements = /* @__PURE__ */ new Map();
  for (const block of blocks.values()) {
    const path = stripModule(block.path, module);
    builder.touch(path);
    const counted = statements.get(path) ?? { covered: 0, total: 0 };
    counted.total += block.statements;
    if (block.hits > 0) counted.covered += block.statements;
    statements.set(path, counted);
    if (block.statements === 0) continue;
    const last = block.end > block.start && block.endColumn <= 2 ? block.end - 1 : block.end;
    for (let line = block.start; line <= last; line++) builder.line(path, line, block.hits, "max");
  }
  const files = builder.build();
  for (const coverage of files) {
    coverage.counts = { lines: statements.get(coverage.path) ?? { covered: 0, total: 0 }, branches: { covered: 0, total: 0 } };
  }
  return coverageReport("go", file, files);
}

// src/ingest/coverage/istanbul.ts
init_define_TESTOPS_UPLOT();
var isObject = (value) => !!value && typeof value === "object" && !Array.isArray(value);
var at = (key, ...rest) => `"${key}"${rest.map((part) => /^[A-Za-z_]\w*$/.test(part) ? `.${part}` : `["${part}"]`).join("")}`;
function shown(value) {
  const text3 = value === void 0 ? "nothing" : JSON.stringify(value) ?? String(value);
  return text3.length > 40 ? `${text3.slice(0, 37)}...` : text3;
}
function hitCount(value, file, where) {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new ReportError(file, `${where}: expected a hit count (a number \u2265 0), got ${shown(value)} (Istanbul coverage-final.json)`);
  }
  return Math.min(value, Number.MAX_SAFE_INTEGER);
}
function startLine(location, file, where) {
  const line = isObject(location) && isObject(location.start) ? location.start.line : void 0;
  if (typeof line !== "number" || !Number.isInteger(line) || line > MAX_LINE) {
    throw new ReportError(file, `${where}.start.line: expected a line number, got ${shown(line)} (Istanbul coverage-final.json)`);
  }
  return line;
}
function parseIstanbulFinal(value, file, repoRoot) {
  if (!isObject(value)) throw new ReportError(file, "expected an object of files (Istanbul coverage-final.json)");
  const builder = new CoverageBuilder();
  for (const [key, raw] of Object.entries(value)) {
    const unwrapped = isObject(raw) && isObject(raw.data) && !("statementMap" in raw) ? raw.data : raw;
    if (!isObject(unwrapped) || !isObject(unwrapped.statementMap) || !isObject(unwrapped.s)) {
      throw new ReportError(file, `"${key}": expected statementMap and s (Istanbul coverage-final.json)`);
    }
    const entry = unwrapped;
    for (const field of ["fnMap", "f", "branchMap", "b"]) {
      if (entry[field] !== void 0 && !isObject(entry[field])) {
        throw new ReportError(file, `${at(key, field)}: expected an object, got ${shown(entry[field])} (Istanbul coverage-final.json)`);
      }
    }
    if (entry.path !== void 0 && typeof entry.path !== "string") {
      throw new ReportError(file, `${at(key, "path")}: expected a string, got ${shown(entry.path)} (Istanbul coverage-final.json)`);
    }
    const path = normalizeCoveragePath(entry.path ?? key, repoRoot);
    builder.touch(path);
    const where = (...rest) => `${file} ${at(key, ...rest)}`;
    for (const [id, location] of Object.entries(entry.statementMap)) {
      const line = startLine(location, file, at(key, "statementMap", id));
      const hits = hitCount(entry.s[id] ?? 0, file, at(key, "s", id));
      if (line > 0) builder.line(path, line, hits, "max");
      else builder.ignoreLine(line, where("statementMap", id));
    }
    const branchMap = entry.branchMap ?? {};
    const branchHits = entry.b ?? {};
    for (const [id, branch] of Object.entries(branchMap)) {
      const hits = branchHits[id] ?? [];
      if (!Array.isArray(hits)) {
        throw new ReportError(
          file,
          `${at(key, "b", id)}: expected an array of hit counts, got ${shown(hits)} (Istanbul coverage-final.json)`
        );
      }
      if (!isObject(branch)) throw new ReportError(file, `${at(key, "branchMap", id)}: expected an object, got ${shown(branch)}`);
      const counts2 = hits.map((n, i) => hitCount(n, file, `${at(key, "b", id)}[${i}]`));
      if (counts2.length === 0) continue;
      const located = branch.loc !== void 0 ? startLine(branch.loc, file, at(key, "branchMap", id, "loc")) : Array.isArray(branch.locations) && branch.locations.length > 0 ? startLine(branch.locations[0], file, `${at(key, "branchMap", id, "locations")}[0]`) : branch.line;
      if (typeof located !== "number" || !Number.isInteger(located) || located > MAX_LINE) {
        throw new ReportError(file, `${at(key, "branchMap", id)}: expected a loc, locations or line, got ${shown(branch)}`);
      }
      if (located <= 0) {
        builder.ignoreLine(located, where("branchMap", id));
        continue;
      }
      builder.branch(path, located, counts2.filter((n) => n > 0).length, counts2.length, "add");
    }
    const fnHits = entry.f ?? {};
    const functions = Object.keys(entry.fnMap ?? {});
    if (functions.length > 0) {
      let covered = 0;
      for (const id of functions) if (hitCount(fnHits[id] ?? 0, file, at(key, "f", id)) > 0) covered++;
      builder.functions(path, covered, functions.length, "add");
    }
  }
  return coverageReport("istanbul-final", file, builder.build(), builder.warnings());
}
function counts(value, what, file) {
  if (!isObject(value) || typeof value.total !== "number" || typeof value.covered !== "number" || !Number.isFinite(value.total) || !Number.isFinite(value.covered)) {
    throw new ReportError(file, `${what}: expected {total, covered} numbers (Istanbul coverage-summary.json)`);
  }
  return { covered: Math.max(0, value.covered), total: Math.max(0, value.total) };
}
function parseIstanbulSummary(value, file, repoRoot) {
  if (!isObject(value) || !isObject(value.total)) throw new ReportError(file, 'expected a "total" entry (Istanbul coverage-summary.json)');
  const files = [];
  for (const [key, entry] of Object.entries(value)) {
    if (key === "total") continue;
    if (!isObject(entry)) throw new ReportError(file, `"${key}": expected an object of counts`);
    const coverage = {
      path: normalizeCoveragePath(key, repoRoot),
      lines: [],
      branches: [],
      counts: { lines: counts(entry.lines, `"${key}".lines`, file), branches: counts(entry.branches, `"${key}".branches`, file) }
    };
    if (entry.functions !== void 0) coverage.functions = counts(entry.functions, `"${key}".functions`, file);
    files.push(coverage);
  }
  if (files.length === 0) {
    const total = value.total;
    files.push({
      path: "(total)",
      lines: [],
      branches: [],
      counts: { lines: counts(total.lines, "total.lines", file), branches: counts(total.branches, "total.branches", file) },
      functions: total.functions === void 0 ? void 0 : counts(total.functions, "total.functions", file)
    });
  }
  return coverageReport(
    "istanbul-summary",
    file,
    files.sort((a, b) => a.path < b.path ? -1 : 1)
  );
}

// src/ingest/coverage/jacoco.ts
init_define_TESTOPS_UPLOT();
async function parseJaCoCo(path, repoRoot, sourceRoots = DEFAULT_ROOTS) {
  const builder = new CoverageBuilder();
  let packageName = "";
  let file;
  await streamXml(path, "JaCoCo XML", ["report"], (position2) => ({
    open(tag, stack) {
      const parent = stack[stack.length - 1];
      if (tag.name === "package") packageName = tag.attributes.name ?? "";
      else if (tag.name === "sourcefile") {
        const name = tag.attributes.name;
        if (!name) throw position2.error("<sourcefile> has no name attribute");
        const relative3 = packageName ? `${packageName}/${name}` : name;
        file = resolveWithSources(relative3, sourceRoots, repoRoot);
        builder.touch(file);
      } else if (tag.name === "line" && file && parent === "sourcefile") {
        const line = lineAttribute(tag, "nr", position2);
        if (line === void 0) throw position2.error("<line> has no nr attribute");
        if (line <= 0) {
          builder.ignoreLine(line, position2.where());
          return;
        }
        const coveredInstructions = intAttribute(tag, "ci", position2) ?? 0;
        builder.line(file, line, coveredInstructions > 0 ? 1 : 0, "max");
        const missedBranches = intAttribute(tag, "mb", position2) ?? 0;
        const coveredBranches = intAttribute(tag, "cb", position2) ?? 0;
        if (missedBranches + coveredBranches > 0) builder.branch(file, line, coveredBranches, missedBranches + coveredBranches, "max");
      } else if (tag.name === "counter" && file && parent === "sourcefile" && tag.attributes.type === "METHOD") {
        const missed = intAttribute(tag, "missed", position2) ?? 0;
        const covered = intAttribute(tag, "covered", position2) ?? 0;
        builder.functions(file, covered, covered + missed, "add");
      }
    },
    close(name) {
      if (name === "sourcefile") file = void 0;
      else if (name === "package") packageName = "";
    }
  }));
  return coverageReport("jacoco", path, builder.build(), builder.warnings());
}
var DEFAULT_ROOTS = ["src/main/java", "src/main/kotlin", "src/main/scala", "src", "app/src/main/java", "app/src/main/kotlin"];

// src/ingest/coverage/lcov.ts
init_define_TESTOPS_UPLOT();
function count(text3) {
  if (text3 === void 0) return void 0;
  const value = text3.trim();
  if (value === "-") return 0;
  if (!/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(value)) return void 0;
  return Math.max(0, Math.min(Number(value), Number.MAX_SAFE_INTEGER));
}
function lineNumber(text3) {
  const value = text3?.trim();
  if (value === void 0 || !/^[+-]?\d+$/.test(value)) return void 0;
  return Number(value);
}
var FileFunctions = class {
  /** key (line + U+0000 + name, or "L" + line [+ end] for FNL) → hits */
  hits = /* @__PURE__ */ new Map();
  /** this record's FN lines by name, and FNDA hits by name waiting for the record's end */
  byName = /* @__PURE__ */ new Map();
  pending = /* @__PURE__ */ new Map();
  /** this record's FNL index → key */
  indexes = /* @__PURE__ */ new Map();
  declare(line, name) {
    const key = `${line}\0${name}`;
    if (!this.hits.has(key)) this.hits.set(key, 0);
    const lines2 = this.byName.get(name);
    if (!lines2) this.byName.set(name, [line]);
    else if (!lines2.includes(line)) lines2.push(line);
  }
  data(name, hits) {
    this.pending.set(name, Math.min((this.pending.get(name) ?? 0) + hits, Number.MAX_SAFE_INTEGER));
  }
  declareIndexed(index2, line, end) {
    const key = `L${line}${end === void 0 ? "" : `,${end}`}`;
    this.indexes.set(index2, key);
    if (!this.hits.has(key)) this.hits.set(key, 0);
  }
  /** false when the index was never declared by FNL */
  alias(index2, hits) {
    const key = this.indexes.get(index2);
    if (key === void 0) return false;
    this.hits.set(key, Math.max(this.hits.get(key), hits));
    return true;
  }
  /** the record ended: FNDA hits go to the functions of their name (a name without FN is one function) */
  endRecord() {
    for (const [name, hits] of this.pending) {
      const lines2 = this.byName.get(name);
      const keys = lines2 ? lines2.map((line) => `${line}\0${name}`) : [`?\0${name}`];
      for (const key of keys) this.hits.set(key, Math.min((this.hits.get(key) ?? 0) + hits, Number.MAX_SAFE_INTEGER));
    }
    this.byName = /* @__PURE__ */ new Map();
    this.pending = /* @__PURE__ */ new Map();
    this.indexes = /* @__PURE__ */ new Map();
  }
};
var LcovReader = class {
  constructor(file, repoRoot) {
    this.file = file;
    this.repoRoot = repoRoot;
  }
  file;
  repoRoot;
  builder = new CoverageBuilder();
  current;
  records = 0;
  // a repeated SF merges into the same file
  functions = /* @__PURE__ */ new Map();
  branchHits = /* @__PURE__ */ new Map();
  lineNo = 0;
  functionsOf(path) {
    let entry = this.functions.get(path);
    if (!entry) this.functions.set(path, entry = new FileFunctions());
    return entry;
  }
  line(line) {
    const { builder, file } = this;
    const lineNo = ++this.lineNo;
    const raw = line.trim();
    if (raw === "" || raw.startsWith("#")) return;
    const colon = raw.indexOf(":");
    const tag = colon < 0 ? raw : raw.slice(0, colon);
    const value = colon < 0 ? "" : raw.slice(colon + 1);
    const bad = (what) => lineError(file, lineNo, `${tag}: ${what}, got "${raw.length > 80 ? `${raw.slice(0, 77)}...` : raw}"`);
    const needFile = () => {
      if (this.current === void 0) throw lineError(file, lineNo, `${tag} record outside a file section (missing SF: line)`);
      return this.current;
    };
    const sourceLine = (number) => {
      if (number > MAX_LINE) throw bad(`line number out of range (at most ${MAX_LINE})`);
      if (number >= 1) return number;
      builder.ignoreLine(number, `line ${lineNo}`);
      return void 0;
    };
    switch (tag) {
      case "TN":
        break;
      case "SF":
        if (this.current !== void 0) this.functionsOf(this.current).endRecord();
        if (!value.trim()) throw bad("expected a source file path");
        this.current = normalizeCoveragePath(value, this.repoRoot);
        builder.touch(this.current);
        this.records++;
        break;
      case "DA": {
        const comma = value.indexOf(",");
        const line2 = lineNumber(comma < 0 ? value : value.slice(0, comma));
        const rest = comma < 0 ? void 0 : value.slice(comma + 1);
        const second = rest === void 0 ? -1 : rest.indexOf(",");
        const hits = count(rest === void 0 ? void 0 : second < 0 ? rest : rest.slice(0, second));
        if (line2 === void 0 || hits === void 0) throw bad("expected DA:<line>,<hits>");
        const path = needFile();
        const at2 = sourceLine(line2);
        if (at2 !== void 0) builder.line(path, at2, hits, "sum");
        break;
      }
      case "FN": {
        const parts = value.split(",");
        const line2 = lineNumber(parts[0]);
        const name = (parts.length > 2 && lineNumber(parts[1]) !== void 0 ? parts.slice(2) : parts.slice(1)).join(",");
        if (line2 === void 0 || !name) throw bad("expected FN:<line>,<name>");
        const path = needFile();
        const at2 = sourceLine(line2);
        if (at2 !== void 0) this.functionsOf(path).declare(at2, name);
        break;
      }
      case "FNL": {
        const [indexText, lineText, endText] = value.split(",");
        const line2 = lineNumber(lineText);
        if (!indexText?.trim() || line2 === void 0) throw bad("expected FNL:<index>,<line>[,<end line>]");
        const path = needFile();
        const at2 = sourceLine(line2);
        if (at2 !== void 0) this.functionsOf(path).declareIndexed(indexText.trim(), at2, endText?.trim());
        break;
      }
      case "FNA": {
        const parts = value.split(",");
        const hits = count(parts[1]);
        if (!parts[0]?.trim() || hits === void 0 || !parts.slice(2).join(",")) throw bad("expected FNA:<index>,<hits>,<name>");
        this.functionsOf(needFile()).alias(parts[0].trim(), hits);
        break;
      }
      case "FNDA": {
        const parts = value.split(",");
        const hits = count(parts[0]);
        const name = parts.slice(1).join(",");
        if (hits === void 0 || !name) throw bad("expected FNDA:<hits>,<name>");
        this.functionsOf(needFile()).data(name, hits);
        break;
      }
      case "BRDA": {
        const [lineText, block, branch, taken] = value.split(",");
        const line2 = lineNumber(lineText);
        const hits = count(taken);
        if (line2 === void 0 || hits === void 0 || block === void 0 || branch === void 0) {
          throw bad("expected BRDA:<line>,<block>,<branch>,<taken>");
        }
        const path = needFile();
        const at2 = sourceLine(line2);
        if (at2 === void 0) break;
        let branches = this.branchHits.get(path);
        if (!branches) this.branchHits.set(path, branches = /* @__PURE__ */ new Map());
        const key = `${at2},${block},${branch}`;
        branches.set(key, (branches.get(key) ?? 0) + hits);
        break;
      }
      case "end_of_record":
        if (this.current !== void 0) this.functionsOf(this.current).endRecord();
        this.current = void 0;
        break;
      // summaries (LF LH BRF BRH FNF FNH) are recomputed, never trusted; VER and others are ignored
      default:
        if (!/^[A-Z_]+$/.test(tag))
          throw lineError(file, lineNo, `not an lcov record: "${raw.length > 80 ? `${raw.slice(0, 77)}...` : raw}"`);
    }
  }
  finish() {
    const { builder, file } = this;
    if (this.records === 0) throw lineError(file, 1, "no SF: record found (expected an lcov tracefile)");
    if (this.current !== void 0) this.functionsOf(this.current).endRecord();
    for (const [path, fns] of this.functions) {
      if (fns.hits.size === 0) continue;
      let covered = 0;
      for (const hits of fns.hits.values()) if (hits > 0) covered++;
      builder.functions(path, covered, fns.hits.size, "add");
    }
    for (const [path, branches] of this.branchHits) {
      const perLine = /* @__PURE__ */ new Map();
      for (const [key, hits] of branches) {
        const line = Number(key.slice(0, key.indexOf(",")));
        const entry = perLine.get(line) ?? [0, 0];
        entry[1]++;
        if (hits > 0) entry[0]++;
        perLine.set(line, entry);
      }
      for (const [line, [covered, total]] of perLine) builder.branch(path, line, covered, total, "add");
    }
    this.functions.clear();
    this.branchHits.clear();
    return coverageReport("lcov", file, builder.build(), builder.warnings());
  }
};
async function parseLcovFile(path, repoRoot) {
  const reader = new LcovReader(path, repoRoot);
  for await (const batch of readLineBatches(path, "an lcov tracefile")) for (const line of batch) reader.line(line);
  return reader.finish();
}

// src/ingest/json.ts
init_define_TESTOPS_UPLOT();
function locate(text3, index2) {
  const before = text3.slice(0, index2);
  const line = before.split("\n").length;
  return { line, column: index2 - (before.lastIndexOf("\n") + 1) + 1 };
}
function parseJsonText(text3, file, what) {
  try {
    return JSON.parse(text3.replace(/^\uFEFF/, ""));
  } catch (error) {
    const message2 = error.message;
    const at2 = /position (\d+)/.exec(message2);
    const index2 = at2 ? Number(at2[1]) : text3.length;
    const { line, column } = locate(text3, index2);
    const reason = index2 >= text3.trimEnd().length ? "unexpected end of the JSON (truncated file?)" : message2.replace(/ in JSON at position \d+.*$/, "").replace(/^Unexpected token/, "unexpected character");
    throw new ReportError(file, `${reason} (expected ${what})`, line, column);
  }
}
async function readJson2(file, what) {
  return parseJsonText(await readText(file, what), file, what);
}
function locateJsonPath(text3, path) {
  let i = 0;
  const n = text3.length;
  const ws = () => {
    while (i < n) {
      const c = text3.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 65279) i++;
      else break;
    }
  };
  const skipString = () => {
    i++;
    while (i < n) {
      const c = text3.charCodeAt(i);
      if (c === 92) i += 2;
      else if (c === 34) {
        i++;
        return;
      } else i++;
    }
  };
  const readString = () => {
    const start = i;
    skipString();
    try {
      return JSON.parse(text3.slice(start, i));
    } catch {
      return "";
    }
  };
  const skipValue = () => {
    ws();
    const c = text3.charCodeAt(i);
    if (c === 34) return skipString();
    if (c === 123 || c === 91) {
      let depth = 0;
      while (i < n) {
        const d = text3.charCodeAt(i);
        if (d === 34) {
          skipString();
          continue;
        }
        if (d === 123 || d === 91) depth++;
        else if (d === 125 || d === 93) {
          depth--;
          if (depth === 0) {
            i++;
            return;
          }
        }
        i++;
      }
      return;
    }
    while (i < n) {
      const d = text3.charCodeAt(i);
      if (d === 44 || d === 93 || d === 125 || d === 32 || d === 10 || d === 13 || d === 9) return;
      i++;
    }
  };
  ws();
  for (const segment of path) {
    ws();
    const c = text3.charCodeAt(i);
    if (c === 123 && typeof segment === "string") {
      i++;
      let found = false;
      for (; ; ) {
        ws();
        if (text3.charCodeAt(i) !== 34) return void 0;
        const key = readString();
        ws();
        if (text3.charCodeAt(i) !== 58) return void 0;
        i++;
        ws();
        if (key === segment) {
          found = true;
          break;
        }
        skipValue();
        ws();
        if (text3.charCodeAt(i) !== 44) return void 0;
        i++;
      }
      if (!found) return void 0;
    } else if (c === 91 && typeof segment === "number") {
      i++;
      for (let k = 0; k < segment; k++) {
        ws();
        if (text3.charCodeAt(i) === 93) return void 0;
        skipValue();
        ws();
        if (text3.charCodeAt(i) !== 44) return void 0;
        i++;
      }
      ws();
      if (text3.charCodeAt(i) === 93) return void 0;
    } else return void 0;
  }
  ws();
  return locate(text3, i);
}

// src/ingest/security/npm-audit.ts
init_define_TESTOPS_UPLOT();

// src/ingest/security/severity.ts
init_define_TESTOPS_UPLOT();
function severityFromScore(score2) {
  if (score2 >= 9) return "critical";
  if (score2 >= 7) return "high";
  if (score2 >= 4) return "medium";
  return "low";
}
function severityFromLevel(level) {
  switch (level) {
    case "error":
      return "high";
    case "warning":
      return "medium";
    case "note":
      return "low";
    default:
      return "info";
  }
}
function severityFromNpm(value) {
  switch (String(value).toLowerCase()) {
    case "critical":
      return "critical";
    case "high":
      return "high";
    case "moderate":
    case "medium":
      return "medium";
    case "low":
      return "low";
    default:
      return "info";
  }
}

// src/ingest/security/npm-audit.ts
var isObject2 = (value) => !!value && typeof value === "object" && !Array.isArray(value);
function parseNpmAudit(value, file) {
  if (!isObject2(value)) throw new ReportError(file, "expected the JSON object `npm audit --json` writes");
  if (value.error !== void 0) {
    const error = isObject2(value.error) ? value.error : { summary: String(value.error) };
    const what = [error.code, error.summary].filter((part) => typeof part === "string" && part).join(": ") || "unknown error";
    throw new ReportError(file, `npm audit failed: ${what}`.replace(/\s+/g, " ").trim());
  }
  const findings = [];
  if (isObject2(value.vulnerabilities)) {
    for (const [name, raw] of Object.entries(value.vulnerabilities)) {
      if (!isObject2(raw)) throw new ReportError(file, `vulnerabilities["${name}"] is not an object`);
      const via = Array.isArray(raw.via) ? raw.via : [];
      const advisories = via.filter(isObject2);
      if (advisories.length === 0) {
        const through = via.filter((entry) => typeof entry === "string");
        findings.push({
          fingerprint: stableHash("npm-audit", name, "via", through.join(",")),
          tool: "npm audit",
          rule: `via ${through.join(", ") || "a dependency"}`,
          severity: severityFromNpm(raw.severity),
          message: `${name}${raw.range ? ` ${raw.range}` : ""} depends on vulnerable ${through.join(", ") || "packages"}`,
          package: name
        });
        continue;
      }
      for (const advisory of advisories) {
        const id = String(advisory.source ?? advisory.url ?? advisory.title ?? "");
        const finding = {
          fingerprint: stableHash("npm-audit", name, id),
          tool: "npm audit",
          rule: typeof advisory.url === "string" ? advisory.url.replace(/^https:\/\/github\.com\/advisories\//, "") : id,
          severity: severityFromNpm(advisory.severity ?? raw.severity),
          message: `${String(advisory.title ?? "vulnerability")} (${name} ${String(advisory.range ?? raw.range ?? "")})`.replace(" )", ")"),
          package: name
        };
        if (typeof advisory.url === "string") finding.url = advisory.url;
        findings.push(finding);
      }
    }
  } else if (isObject2(value.advisories)) {
    for (const [id, raw] of Object.entries(value.advisories)) {
      if (!isObject2(raw)) throw new ReportError(file, `advisories["${id}"] is not an object`);
      const name = String(raw.module_name ?? "");
      const finding = {
        fingerprint: stableHash("npm-audit", name, String(raw.github_advisory_id ?? raw.url ?? id)),
        tool: "npm audit",
        rule: String(raw.github_advisory_id ?? id),
        severity: severityFromNpm(raw.severity),
        message: `${String(raw.title ?? "vulnerability")} (${name} ${String(raw.vulnerable_versions ?? "")})`,
        package: name
      };
      if (typeof raw.url === "string") finding.url = raw.url;
      findings.push(finding);
    }
  } else {
    throw new ReportError(file, 'neither "vulnerabilities" (npm 7+) nor "advisories" (npm 6) found: not `npm audit --json` output');
  }
  return { kind: "security", format: "npm-audit", file, findings };
}

// src/ingest/security/sarif.ts
init_define_TESTOPS_UPLOT();
var isObject3 = (value) => !!value && typeof value === "object" && !Array.isArray(value);
var list = (value) => Array.isArray(value) ? value : [];
var text2 = (value) => typeof value === "string" ? value : void 0;
function lineOf(source, needle) {
  const index2 = source.search(needle);
  return index2 < 0 ? void 0 : source.slice(0, index2).split("\n").length;
}
function score(properties) {
  if (!isObject3(properties)) return void 0;
  const raw = properties["security-severity"];
  const value = typeof raw === "number" ? raw : typeof raw === "string" && raw.trim() !== "" ? Number(raw) : Number.NaN;
  return Number.isFinite(value) ? value : void 0;
}
function message(result, rule) {
  const own = isObject3(result.message) ? text2(result.message.text) ?? text2(result.message.markdown) : void 0;
  if (own) return own;
  const id = isObject3(result.message) ? text2(result.message.id) : void 0;
  const strings = rule && isObject3(rule.messageStrings) ? rule.messageStrings : void 0;
  const fromRule = id && strings && isObject3(strings[id]) ? text2(strings[id].text) : void 0;
  return fromRule ?? (rule && isObject3(rule.shortDescription) ? text2(rule.shortDescription.text) ?? "" : "");
}
function fingerprint(tool, rule, result, file, line, body) {
  for (const key of ["fingerprints", "partialFingerprints"]) {
    const prints = result[key];
    if (isObject3(prints) && Object.keys(prints).length > 0) {
      const stable = Object.keys(prints).sort().map((name) => `${name}=${String(prints[name])}`).join(";");
      return stableHash("sarif", tool, rule, stable);
    }
  }
  return stableHash("sarif", tool, rule, file, line, body);
}
var shown2 = (value) => JSON.stringify(value)?.slice(0, 40) ?? "nothing";
var pathText = (path) => path.map((part, i) => typeof part === "number" ? `[${part}]` : i === 0 ? part : `.${part}`).join("");
var LEVELS = ["none", "note", "warning", "error"];
var KINDS = ["notApplicable", "pass", "fail", "review", "open", "informational"];
function checkSarif(value, file, source) {
  const fail = (path, what) => {
    const at2 = locateJsonPath(source, path) ?? locateJsonPath(source, path.slice(0, -1));
    throw new ReportError(file, `${pathText(path)}: ${what} (SARIF 2.1.0)`, at2?.line, at2?.column);
  };
  const object = (v, path) => isObject3(v) ? v : fail(path, `expected an object, got ${shown2(v)}`);
  const array = (v, path) => Array.isArray(v) ? v : fail(path, `expected an array, got ${shown2(v)}`);
  const optionalArray = (v, path) => v === void 0 || v === null ? [] : array(v, path);
  const optionalString = (v, path) => {
    if (v !== void 0 && typeof v !== "string") fail(path, `expected a string, got ${shown2(v)}`);
  };
  const oneOf = (v, allowed, path) => {
    if (v !== void 0 && (typeof v !== "string" || !allowed.includes(v)))
      fail(path, `expected one of ${allowed.join(", ")}, got ${shown2(v)}`);
  };
  const index2 = (v, path) => {
    if (v !== void 0 && (typeof v !== "number" || !Number.isInteger(v) || v < -1))
      fail(path, `expected an index (an integer \u2265 -1), got ${shown2(v)}`);
  };
  const severity = (properties, path) => {
    if (properties === void 0) return;
    const props = object(properties, path);
    const raw = props["security-severity"];
    if (raw === void 0) return;
    const n = typeof raw === "number" ? raw : typeof raw === "string" && raw.trim() !== "" ? Number(raw) : Number.NaN;
    if (!Number.isFinite(n) || n < 0 || n > 10)
      fail([...path, "security-severity"], `expected a score from 0.0 to 10.0, got ${shown2(raw)}`);
  };
  const rules = (component, path) => {
    optionalArray(component.rules, [...path, "rules"]).forEach((rule, i) => {
      const r = object(rule, [...path, "rules", i]);
      if (typeof r.id !== "string") fail([...path, "rules", i, "id"], `expected the rule's id (a string), got ${shown2(r.id)}`);
      if (r.defaultConfiguration !== void 0)
        oneOf(object(r.defaultConfiguration, [...path, "rules", i, "defaultConfiguration"]).level, LEVELS, [
          ...path,
          "rules",
          i,
          "defaultConfiguration",
          "level"
        ]);
      severity(r.properties, [...path, "rules", i, "properties"]);
    });
  };
  array(value.runs, ["runs"]).forEach((rawRun, r) => {
    const run = object(rawRun, ["runs", r]);
    const tool = object(run.tool, ["runs", r, "tool"]);
    const driver = object(tool.driver, ["runs", r, "tool", "driver"]);
    if (typeof driver.name !== "string")
      fail(["runs", r, "tool", "driver", "name"], `expected the tool's name (a string), got ${shown2(driver.name)}`);
    rules(driver, ["runs", r, "tool", "driver"]);
    optionalArray(tool.extensions, ["runs", r, "tool", "extensions"]).forEach((extension, e) => {
      rules(object(extension, ["runs", r, "tool", "extensions", e]), ["runs", r, "tool", "extensions", e]);
    });
    optionalArray(run.results, ["runs", r, "results"]).forEach((rawResult, k) => {
      const at2 = ["runs", r, "results", k];
      const result = object(rawResult, at2);
      const message2 = object(result.message, [...at2, "message"]);
      if (typeof message2.text !== "string" && typeof message2.markdown !== "string" && typeof message2.id !== "string")
        fail([...at2, "message"], 'expected a message with "text" or "id"');
      optionalString(result.ruleId, [...at2, "ruleId"]);
      index2(result.ruleIndex, [...at2, "ruleIndex"]);
      oneOf(result.level, LEVELS, [...at2, "level"]);
      oneOf(result.kind, KINDS, [...at2, "kind"]);
      optionalString(result.baselineState, [...at2, "baselineState"]);
      if (result.rule !== void 0) {
        const ref = object(result.rule, [...at2, "rule"]);
        optionalString(ref.id, [...at2, "rule", "id"]);
        index2(ref.index, [...at2, "rule", "index"]);
        if (ref.toolComponent !== void 0)
          index2(object(ref.toolComponent, [...at2, "rule", "toolComponent"]).index, [...at2, "rule", "toolComponent", "index"]);
      }
      severity(result.properties, [...at2, "properties"]);
      optionalArray(result.locations, [...at2, "locations"]).forEach((rawLocation, l) => {
        const location = object(rawLocation, [...at2, "locations", l]);
        if (location.physicalLocation === void 0) return;
        const physical = object(location.physicalLocation, [...at2, "locations", l, "physicalLocation"]);
        if (physical.artifactLocation !== void 0)
          optionalString(object(physical.artifactLocation, [...at2, "locations", l, "physicalLocation", "artifactLocation"]).uri, [
            ...at2,
            "locations",
            l,
            "physicalLocation",
            "artifactLocation",
            "uri"
          ]);
        if (physical.region !== void 0) {
          const region = object(physical.region, [...at2, "locations", l, "physicalLocation", "region"]);
          const line = region.startLine;
          if (line !== void 0 && (typeof line !== "number" || !Number.isInteger(line) || line < 1 || line > 2 ** 31 - 1))
            fail([...at2, "locations", l, "physicalLocation", "region", "startLine"], `expected a line number \u2265 1, got ${shown2(line)}`);
        }
      });
      optionalArray(result.suppressions, [...at2, "suppressions"]).forEach((suppression, x) => {
        object(suppression, [...at2, "suppressions", x]);
      });
      for (const key of ["fingerprints", "partialFingerprints"]) if (result[key] !== void 0) object(result[key], [...at2, key]);
    });
  });
}
function parseSarif(value, file, source = "") {
  if (!isObject3(value)) throw new ReportError(file, "expected a SARIF log object");
  const version = text2(value.version);
  if (version !== "2.1.0") {
    throw new ReportError(
      file,
      `SARIF version ${JSON.stringify(value.version ?? null)} is not supported (expected "2.1.0")`,
      lineOf(source, /"version"/)
    );
  }
  checkSarif(value, file, source);
  const findings = [];
  value.runs.forEach((run, runIndex) => {
    if (!isObject3(run) || !isObject3(run.tool) || !isObject3(run.tool.driver)) {
      throw new ReportError(file, `runs[${runIndex}].tool.driver is missing (SARIF 2.1.0)`, lineOf(source, /"tool"/));
    }
    const driver = run.tool.driver;
    const tool = text2(driver.name) ?? "sarif";
    const extensions = list(run.tool.extensions).filter(isObject3);
    const rulesById = /* @__PURE__ */ new Map();
    for (const component of [driver, ...extensions])
      for (const rule of list(component.rules).filter(isObject3)) if (!rulesById.has(text2(rule.id))) rulesById.set(text2(rule.id), rule);
    if (run.results !== void 0 && run.results !== null && !Array.isArray(run.results)) {
      throw new ReportError(
        file,
        `runs[${runIndex}].results: expected an array of results, got ${JSON.stringify(run.results).slice(0, 40)}`,
        lineOf(source, /"results"/)
      );
    }
    list(run.results).forEach((item, resultIndex) => {
      if (!isObject3(item)) throw new ReportError(file, `runs[${runIndex}].results[${resultIndex}] is not an object`);
      const kind = text2(item.kind) ?? "fail";
      if (kind === "informational" || kind === "notApplicable" || kind === "pass" || kind === "review") return;
      const ref = isObject3(item.rule) ? item.rule : void 0;
      const index2 = typeof item.ruleIndex === "number" ? item.ruleIndex : typeof ref?.index === "number" ? ref.index : void 0;
      const ruleId = text2(item.ruleId) ?? text2(ref?.id);
      const componentRef = ref && isObject3(ref.toolComponent) ? ref.toolComponent : void 0;
      const component = componentRef === void 0 ? driver : typeof componentRef.index === "number" ? extensions[componentRef.index] : extensions.find((extension) => text2(extension.name) === text2(componentRef.name)) ?? driver;
      const componentRules = list(component?.rules).filter(isObject3);
      const rule = (index2 !== void 0 ? componentRules[index2] : void 0) ?? rulesById.get(ruleId);
      const ruleName = ruleId ?? text2(rule?.id) ?? "(no rule)";
      const defaults = isObject3(rule?.defaultConfiguration) ? rule.defaultConfiguration : void 0;
      const level = text2(item.level) ?? text2(defaults?.level) ?? "warning";
      const scored = score(item.properties) ?? score(rule?.properties);
      const location = list(item.locations).find(isObject3);
      const physical = location && isObject3(location.physicalLocation) ? location.physicalLocation : void 0;
      const artifact = physical && isObject3(physical.artifactLocation) ? physical.artifactLocation : void 0;
      const region = physical && isObject3(physical.region) ? physical.region : void 0;
      const uri = text2(artifact?.uri);
      const findingFile = uri === void 0 ? void 0 : relativePath(uri);
      const line = typeof region?.startLine === "number" ? region.startLine : void 0;
      const body = message(item, rule);
      const finding = {
        fingerprint: fingerprint(tool, ruleName, item, findingFile, line, body),
        tool,
        rule: ruleName,
        severity: scored !== void 0 ? severityFromScore(scored) : severityFromLevel(level),
        message: body
      };
      if (findingFile !== void 0) finding.file = findingFile;
      if (line !== void 0) finding.line = line;
      const baselineState = text2(item.baselineState);
      if (baselineState) finding.baselineState = baselineState;
      const suppressions = list(item.suppressions).filter(isObject3);
      if (suppressions.some((suppression) => suppression.status === void 0 || suppression.status === "accepted"))
        finding.suppressed = true;
      const helpUri = text2(rule?.helpUri);
      if (helpUri) finding.url = helpUri;
      findings.push(finding);
    });
  });
  return { kind: "security", format: "sarif", file, findings };
}

// src/ingest/junit/parse.ts
init_define_TESTOPS_UPLOT();
var import_saxes2 = __toESM(require_saxes(), 1);

// src/ingest/tests.ts
init_define_TESTOPS_UPLOT();

// src/ingest/test-list.ts
init_define_TESTOPS_UPLOT();
var NO_LINE = -1;
var CompactTests = class {
  constructor(suite, variant, capacity) {
    this.suite = suite;
    this.variant = variant;
    this.entries = [];
    this.idA = new Uint32Array(capacity);
    this.idB = new Uint32Array(capacity);
    this.group = new Int32Array(capacity);
    this.line = new Int32Array(capacity);
    this.duration = new Float64Array(capacity);
  }
  suite;
  variant;
  entries;
  idA;
  idB;
  group;
  line;
  duration;
  groups = [];
  groupIndex = /* @__PURE__ */ new Map();
  /** the runner attempt that produced the compact tests (src/runner/suite.ts tagAttempts), once tagged */
  run;
  /** per run tag, per duration: the one frozen attempt list compact tests of that duration share */
  passes = /* @__PURE__ */ new Map();
  /** false once a test came from elsewhere than its own collector: ids may repeat */
  ownIds = true;
  get length() {
    return this.entries.length;
  }
  /** Appends a test that ran once and passed, with no occurrence index. */
  pushPassed(id, suitePath, file, line, classname, name, duration) {
    const at2 = this.entries.length;
    if (at2 >= this.idA.length) this.grow(Math.max(1024, this.idA.length * 2));
    this.idA[at2] = testIdBucket(id);
    this.idB[at2] = testIdLow(id);
    this.group[at2] = this.groupOf(suitePath, file, classname);
    this.line[at2] = line === void 0 ? NO_LINE : line;
    this.duration[at2] = duration;
    this.entries.push(name);
  }
  /** Whether a test can be kept compact (see pushPassed). */
  static fits(line) {
    return line === void 0 || line >= 0 && line <= 2147483647;
  }
  grow(capacity) {
    const copy = (from, to) => {
      to.set(from);
      return to;
    };
    this.idA = copy(this.idA, new Uint32Array(capacity));
    this.idB = copy(this.idB, new Uint32Array(capacity));
    this.group = copy(this.group, new Int32Array(capacity));
    this.line = copy(this.line, new Int32Array(capacity));
    this.duration = copy(this.duration, new Float64Array(capacity));
  }
  groupOf(suitePath, file, classname) {
    let byClass = this.groupIndex.get(file);
    if (!byClass) this.groupIndex.set(file, byClass = /* @__PURE__ */ new Map());
    let byPath = byClass.get(classname);
    if (!byPath) byClass.set(classname, byPath = /* @__PURE__ */ new Map());
    let index2 = byPath.get(suitePath);
    if (index2 === void 0) {
      index2 = this.groups.push({ suitePath, file, classname }) - 1;
      byPath.set(suitePath, index2);
    }
    return index2;
  }
  /** Whether the test at `at` has this id (without building the compact test's id). */
  hasId(at2, id) {
    const entry = this.entries[at2];
    if (typeof entry !== "string") return entry.id === id;
    return this.idA[at2] === testIdBucket(id) && this.idB[at2] === testIdLow(id);
  }
  /** The first 32 bits of the id of the test at `at` (testIdBucket of its id). */
  bucketAt(at2) {
    const entry = this.entries[at2];
    return typeof entry === "string" ? this.idA[at2] : testIdBucket(entry.id);
  }
  /** The test at `at`: its object, or a new one built from its row. */
  at(at2) {
    const entry = this.entries[at2];
    if (typeof entry !== "string") return entry;
    const group = this.groups[this.group[at2]];
    const line = this.line[at2];
    const duration = this.duration[at2];
    return {
      id: hexId(this.idA[at2], this.idB[at2]),
      suite: this.suite,
      suitePath: group.suitePath,
      variant: this.variant,
      file: group.file,
      line: line === NO_LINE ? void 0 : line,
      classname: group.classname,
      name: entry,
      status: "passed",
      attempts: this.passOf(duration),
      flaky: false,
      duration
    };
  }
  /** The test at `at` as an object kept in the list: changes to it stay. */
  own(at2) {
    const entry = this.entries[at2];
    if (typeof entry !== "string") return entry;
    const test = this.at(at2);
    this.entries[at2] = test;
    return test;
  }
  /** The one frozen attempt list of a compact test of this duration (tagged with `run` once set). */
  passOf(duration) {
    let byDuration = this.passes.get(this.run);
    if (!byDuration) this.passes.set(this.run, byDuration = /* @__PURE__ */ new Map());
    let list2 = byDuration.get(duration);
    if (!list2) {
      const attempt = this.run === void 0 ? { status: "passed", duration } : { status: "passed", duration, run: this.run };
      list2 = Object.freeze([Object.freeze(attempt)]);
      if (byDuration.size < 1e5) byDuration.set(duration, list2);
    }
    return list2;
  }
};
var stores = /* @__PURE__ */ new WeakMap();
function index(property) {
  if (typeof property !== "string") return -1;
  const first = property.charCodeAt(0);
  if (first < 48 || first > 57) return -1;
  const value = Number(property);
  return Number.isInteger(value) && String(value) === property ? value : -1;
}
function compactList(store) {
  const list2 = new Proxy(store.entries, {
    get(target, property, receiver) {
      const at2 = index(property);
      if (at2 >= 0) return at2 < target.length ? store.at(at2) : void 0;
      return Reflect.get(target, property, receiver);
    },
    set(target, property, value, receiver) {
      if (index(property) >= 0) store.ownIds = false;
      return Reflect.set(target, property, value, receiver);
    }
  });
  stores.set(list2, store);
  return list2;
}
function compactStoreOf(tests) {
  return stores.get(tests);
}
function ownTest(tests, at2) {
  const store = stores.get(tests);
  return store ? store.own(at2) : tests[at2];
}

// src/ingest/tests.ts
var SEVERITY = { skipped: 0, passed: 1, failed: 2, errored: 3 };
function worse(a, b) {
  return SEVERITY[b] > SEVERITY[a] ? b : a;
}
var isFailure = (status2) => status2 === "failed" || status2 === "errored";
function isFlaky(attempts) {
  let failedBefore = false;
  for (const attempt of attempts) {
    if (isFailure(attempt.status)) failedBefore = true;
    else if (attempt.status === "passed" && failedBefore) return true;
  }
  return false;
}
function finalStatus(attempts) {
  for (let i = attempts.length - 1; i >= 0; i--) if (attempts[i].status !== "skipped") return attempts[i].status;
  return "skipped";
}
function sumDurations(attempts) {
  let total = 0;
  for (const attempt of attempts) total += attempt.duration;
  return total;
}
function testTotals(tests) {
  return testTotalsOf([tests]);
}
function testTotalsOf(lists) {
  const totals = { tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0, attempts: 0, duration: 0 };
  let passed = 0;
  let failed2 = 0;
  let errored = 0;
  let skipped = 0;
  let flaky = 0;
  let attempts = 0;
  let duration = 0;
  let count3 = 0;
  for (const tests of lists) {
    count3 += tests.length;
    for (const test of tests) {
      switch (test.status) {
        case "passed":
          passed++;
          break;
        case "failed":
          failed2++;
          break;
        case "errored":
          errored++;
          break;
        case "skipped":
          skipped++;
          break;
      }
      if (test.flaky) flaky++;
      attempts += test.attempts.length;
      duration += test.duration;
    }
  }
  totals.tests = count3;
  totals.passed = passed;
  totals.failed = failed2;
  totals.errored = errored;
  totals.skipped = skipped;
  totals.flaky = flaky;
  totals.attempts = attempts;
  totals.duration = duration;
  totals.duration = Math.round(totals.duration * 1e6) / 1e6;
  return totals;
}
var PREFIX_RING = 16;
function testCase(id, suite, suitePath, variant, file, line, classname, name, status2, attempts, flaky, duration) {
  return { id, suite, suitePath, variant, file, line, classname, name, status: status2, attempts, flaky, duration };
}
testCase("", "", void 0, void 0, void 0, void 0, void 0, "", "passed", [], false, null);
var POSITION = (1 << 25) - 1;
var entryOf = (bucket, position2) => bucket >>> 25 << 25 | position2 | 0;
var COMPACT_FROM = 1e5;
var TestCollector = class {
  /**
   * @param expectedTests a guess at the number of tests (from the file size): a list that grows by
   * copying leaves its old copies for a full GC — ~100 MB at 6 million tests, at the peak.
   */
  constructor(suite, expectedTests = 0, options = {}) {
    this.suite = suite;
    this.repeatsAreAttempts = options.repeatsAreAttempts ?? false;
    this.variant = options.variant || void 0;
    const compact = options.compact ?? expectedTests > COMPACT_FROM;
    this.store = compact ? new CompactTests(suite, this.variant, Math.min(Math.max(expectedTests, 1024), POSITION)) : void 0;
    this.list = expectedTests > 1e5 && !compact ? new Array(Math.min(expectedTests, POSITION)).fill(void 0) : [];
    if (expectedTests > 1e5) this.table = new Int32Array(2 ** Math.ceil(Math.log2(Math.min(expectedTests, POSITION))));
  }
  suite;
  list;
  /** the compact store the tests go to instead of `list`, for big reports */
  store;
  count = 0;
  /**
   * One Int32 a slot, slots found from the id's first 32 bits: the low 25 bits hold the position
   * in `list` + 1 (0 = empty), the high 7 bits the id's top bits, so most probes are settled
   * without reading the test (a cache miss). 4 bytes a slot: at 6 million tests the table is
   * 64 MB, and growing it briefly holds two.
   */
  table = new Int32Array(1024);
  /** the id bucket `find` computed last, for `insert` */
  bucket = 0;
  /** per duration: the shared attempt list of a test that passed once, and the duration as stored */
  passedOnce = /* @__PURE__ */ new Map();
  /** per skip reason ('' for none), per duration: the shared attempt list of a test skipped once */
  skippedOnce = /* @__PURE__ */ new Map();
  sharedSkips = 0;
  /** per identity seen more than once: the next occurrence index to try (keeps n repeats linear) */
  nextOccurrence = /* @__PURE__ */ new Map();
  /** see CollectorOptions; a reader may set it once it knows the dialect */
  repeatsAreAttempts;
  variant;
  /**
   * The last few (suite path, file, classname) hash prefixes: a report lists a class's tests
   * together, or interleaves a handful of classes. A small ring, not a map: it makes no garbage.
   */
  prefixes = [];
  nextPrefix = 0;
  id(suitePath, file, classname, name) {
    let id;
    for (const cached of this.prefixes) {
      if (cached.classname === classname && cached.file === file && cached.suitePath === suitePath) {
        id = testIdWithPrefix(cached.prefix, name);
        break;
      }
    }
    if (id === void 0) {
      const prefix = testIdPrefix(this.suite, file, classname, suitePath);
      this.prefixes[this.nextPrefix] = { suitePath, file, classname, prefix };
      this.nextPrefix = (this.nextPrefix + 1) % PREFIX_RING;
      id = testIdWithPrefix(prefix, name);
    }
    return this.variant === void 0 ? id : withVariant(id, this.variant);
  }
  /** The position of the test with this id, or the free slot where it goes (as -slot - 1). */
  find(id, bucket = testIdBucket(id)) {
    const table = this.table;
    const mask = table.length - 1;
    this.bucket = bucket;
    const tag = bucket >>> 25;
    for (let slot = bucket & mask; ; slot = slot + 1 & mask) {
      const entry = table[slot];
      if (entry === 0) return -slot - 1;
      if (entry >>> 25 === tag && this.sameId((entry & POSITION) - 1, id)) return (entry & POSITION) - 1;
    }
  }
  sameId(at2, id) {
    return this.store ? this.store.hasId(at2, id) : this.list[at2].id === id;
  }
  /** The test at `at`, as an object kept in the list (a compact one becomes an object). */
  own(at2) {
    return this.store ? this.store.own(at2) : this.list[at2];
  }
  /** Adds a test at the free slot `find` returned (`test` undefined: the compact row just pushed). */
  insert(slot, test) {
    if (this.count >= POSITION) throw new Error(`more than ${POSITION} tests in one report`);
    if (this.store) {
      if (test) this.store.entries.push(test);
    } else if (this.count < this.list.length) this.list[this.count] = test;
    else this.list.push(test);
    this.count++;
    this.table[slot] = this.bucket >>> 25 << 25 | this.count;
    if (this.count * 5 > this.table.length * 4) {
      const table = new Int32Array(this.table.length * 2);
      const mask = table.length - 1;
      for (let i = 0; i < this.count; i++) {
        const bucket = this.store ? this.store.bucketAt(i) : testIdBucket(this.list[i].id);
        let at2 = bucket & mask;
        while (table[at2] !== 0) at2 = at2 + 1 & mask;
        table[at2] = entryOf(bucket, i + 1);
      }
      this.table = table;
    }
  }
  /**
   * A repeated identity as a distinct test: the id of the next free occurrence, and the free slot
   * for it (as find returns it). The occurrence is the id's own index, so a test keeps its id
   * across suite attempts as long as the report lists the repeats in the same order.
   */
  nextFree(id) {
    let occurrence = this.nextOccurrence.get(id) ?? 1;
    for (; ; ) {
      const candidate = withOccurrence(id, occurrence);
      const found = this.find(candidate);
      occurrence++;
      if (found < 0) {
        this.nextOccurrence.set(id, occurrence);
        return { id: candidate, occurrence: occurrence - 1, slot: -found - 1 };
      }
    }
  }
  /** Adds one report entry; returns the test it went to (a new one, or the earlier one it repeats). */
  add(file, line, classname, name, attempts, suitePath) {
    let id = this.id(suitePath, file, classname, name);
    let found = this.find(id, lastTestIdBucket());
    let occurrence = 0;
    if (found >= 0) {
      if (this.repeatsAreAttempts) {
        const existing = this.own(found);
        const merged = existing.attempts.concat(attempts);
        existing.attempts = merged;
        existing.status = finalStatus(merged);
        existing.flaky = isFlaky(merged);
        existing.duration = sumDurations(merged);
        if (existing.line === void 0 && line !== void 0) existing.line = line;
        return existing;
      }
      const free = this.nextFree(id);
      id = free.id;
      occurrence = free.occurrence;
      found = -free.slot - 1;
    }
    const last = attempts[attempts.length - 1];
    const single = attempts.length === 1 && last.status === "passed" && last.message === void 0;
    if (attempts.length === 1 && last.status === "skipped" && !last.stack && !last.output && !last.type && last.run === void 0) {
      attempts = this.sharedSkip(last.duration, last.message);
    }
    const test = testCase(
      id,
      this.suite,
      suitePath,
      this.variant,
      file,
      line,
      classname,
      name,
      attempts.length === 1 ? last.status : finalStatus(attempts),
      single ? this.shared(last.duration)[0] : attempts,
      attempts.length > 1 && isFlaky(attempts),
      attempts.length === 1 ? last.duration : sumDurations(attempts)
    );
    if (occurrence > 0) test.occurrence = occurrence;
    this.insert(-found - 1, test);
    return test;
  }
  /** The common case, without building an attempt: one run that passed in `duration` seconds. */
  addPassed(file, line, classname, name, duration, suitePath) {
    const id = this.id(suitePath, file, classname, name);
    const found = this.find(id, lastTestIdBucket());
    if (found >= 0) {
      this.add(file, line, classname, name, [{ status: "passed", duration }], suitePath);
      return;
    }
    if (this.store && CompactTests.fits(line)) {
      this.store.pushPassed(id, suitePath, file, line, classname, name, duration);
      this.insert(-found - 1, void 0);
      return;
    }
    const shared = this.shared(duration);
    this.insert(
      -found - 1,
      testCase(id, this.suite, suitePath, this.variant, file, line, classname, name, "passed", shared[0], false, shared[1])
    );
  }
  /** One frozen list per (duration, reason) for tests skipped once: skip reasons repeat. */
  sharedSkip(duration, message2) {
    let byDuration = this.skippedOnce.get(message2 ?? "");
    let list2 = byDuration?.get(duration);
    if (!list2) {
      const attempt = message2 === void 0 ? { status: "skipped", duration } : { status: "skipped", duration, message: message2 };
      list2 = Object.freeze([Object.freeze(attempt)]);
      if (this.sharedSkips < 1e5) {
        if (!byDuration) this.skippedOnce.set(message2 ?? "", byDuration = /* @__PURE__ */ new Map());
        byDuration.set(duration, list2);
        this.sharedSkips++;
      }
    }
    return list2;
  }
  /** Attempt lists may be shared between tests: they are frozen, replace them rather than push. */
  shared(duration) {
    let shared = this.passedOnce.get(duration);
    if (!shared) {
      shared = [Object.freeze([Object.freeze({ status: "passed", duration })]), duration];
      if (this.passedOnce.size < 1e5) this.passedOnce.set(duration, shared);
    }
    return shared;
  }
  get size() {
    return this.count;
  }
  /** The tests in first-seen order (the collector's own list: read it once, at the end). */
  tests() {
    if (this.store) return compactList(this.store);
    this.list.length = this.count;
    return this.list;
  }
};
function mergeTestCases(lists) {
  const byId = /* @__PURE__ */ new Map();
  for (const list2 of lists) {
    const inThisList = /* @__PURE__ */ new Set();
    const next = /* @__PURE__ */ new Map();
    for (const original of list2) {
      let test = original;
      if (inThisList.has(test.id)) {
        let occurrence = next.get(test.id) ?? (test.occurrence ?? 0) + 1;
        let id;
        do
          id = testIdOf({ ...test, occurrence: occurrence++ });
        while (inThisList.has(id));
        next.set(test.id, occurrence);
        test = { ...test, id, occurrence: occurrence - 1 };
      }
      inThisList.add(test.id);
      const existing = byId.get(test.id);
      if (!existing) {
        byId.set(test.id, { ...test, attempts: [...test.attempts] });
        continue;
      }
      existing.attempts = existing.attempts.concat(test.attempts);
      existing.status = finalStatus(existing.attempts);
      existing.flaky = isFlaky(existing.attempts);
      existing.duration = sumDurations(existing.attempts);
      existing.file ??= test.file;
      existing.line ??= test.line;
      if (test.nondeterministic) existing.nondeterministic = true;
    }
  }
  return [...byId.values()];
}
var POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);
function plainDecimal(text3) {
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  for (let i = 0; i < text3.length; i++) {
    const c = text3.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (fraction >= 0) fraction++;
    } else if (c === 46 && fraction < 0) fraction = 0;
    else return Number.NaN;
  }
  if (digits === 0) return Number.NaN;
  if (digits > 15) return Number(text3);
  return fraction > 0 ? mantissa / POWERS_OF_TEN[fraction] : mantissa;
}
function parseSeconds(text3) {
  if (text3 === void 0) return 0;
  const plain = plainDecimal(text3);
  if (!Number.isNaN(plain)) return plain;
  let value = text3.trim();
  if (value === "") return 0;
  if (value.includes(",")) {
    if (/^\d{1,3}(,\d{3})+(\.\d*)?([eE][+-]?\d+)?$/.test(value) && (value.includes(".") || value.split(",").length > 2)) {
      value = value.replace(/,/g, "");
    } else if (/^\d+,\d+$/.test(value)) value = value.replace(",", ".");
    else return void 0;
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value)) return void 0;
  const seconds3 = Number(value);
  return Number.isFinite(seconds3) && seconds3 >= 0 ? seconds3 : void 0;
}

// src/ingest/junit/attributes.ts
init_define_TESTOPS_UPLOT();
var JUnitAttributes = class {
  name = void 0;
  classname = void 0;
  file = void 0;
  filepath = void 0;
  line = void 0;
  lineno = void 0;
  time = void 0;
  status = void 0;
  skipped = void 0;
  disabled = void 0;
  message = void 0;
  type = void 0;
  tests = void 0;
  failures = void 0;
  errors = void 0;
  clear() {
    this.name = this.classname = this.file = this.filepath = this.line = this.lineno = this.time = void 0;
    this.status = this.skipped = this.disabled = this.message = this.type = this.tests = this.failures = this.errors = void 0;
  }
  copyFrom(other) {
    this.name = other.name;
    this.classname = other.classname;
    this.file = other.file;
    this.filepath = other.filepath;
    this.line = other.line;
    this.lineno = other.lineno;
    this.time = other.time;
    this.status = other.status;
    this.skipped = other.skipped;
    this.disabled = other.disabled;
    this.message = other.message;
    this.type = other.type;
    this.tests = other.tests;
    this.failures = other.failures;
    this.errors = other.errors;
  }
  /** Keeps `value` when `name` is one of the fields; returns the field's bit, or 0 for other names. */
  set(name, value) {
    switch (name) {
      case "name":
        this.name = value;
        return 1;
      case "classname":
        this.classname = value;
        return 2;
      case "file":
        this.file = value;
        return 4;
      case "filepath":
        this.filepath = value;
        return 8;
      case "line":
        this.line = value;
        return 16;
      case "lineno":
        this.lineno = value;
        return 32;
      case "time":
        this.time = value;
        return 64;
      case "status":
        this.status = value;
        return 128;
      case "skipped":
        this.skipped = value;
        return 256;
      case "disabled":
        this.disabled = value;
        return 512;
      case "message":
        this.message = value;
        return 1024;
      case "type":
        this.type = value;
        return 2048;
      case "tests":
        this.tests = value;
        return 4096;
      case "failures":
        this.failures = value;
        return 8192;
      case "errors":
        this.errors = value;
        return 16384;
      default:
        return 0;
    }
  }
  /** The fields from an attribute record (saxes' own, when the fast path is not available). */
  setAll(record) {
    this.clear();
    for (const name in record) this.set(name, record[name]);
  }
};
var SCAN_LIMIT = 16;
function captureAttributes(parser, into) {
  const step = parser;
  if (!Array.isArray(step.attribList) || typeof step.pushAttrib !== "function" || typeof step.processAttribs !== "function") return false;
  let reading = false;
  let seen = 0;
  let others = [];
  let otherCount = 0;
  let otherSet;
  const duplicate = (name) => parser.fail(`duplicate attribute: ${name}.`);
  step.pushAttrib = (name, value) => {
    if (!reading) {
      into.clear();
      reading = true;
      seen = 0;
      otherCount = 0;
      otherSet = void 0;
      if (others.length > SCAN_LIMIT) others = [];
    }
    const bit = into.set(name, value);
    if (bit !== 0) {
      if ((seen & bit) !== 0) duplicate(name);
      seen |= bit;
      return;
    }
    if (otherSet) {
      if (otherSet.has(name)) duplicate(name);
      otherSet.add(name);
      return;
    }
    for (let k = 0; k < otherCount; k++) if (others[k] === name) duplicate(name);
    others[otherCount++] = name;
    if (otherCount > SCAN_LIMIT) otherSet = new Set(others.slice(0, otherCount));
  };
  step.processAttribs = () => {
    if (!reading) into.clear();
    reading = false;
  };
  return true;
}

// src/ingest/junit/parse.ts
var RECENT = 16;
var BYTES_PER_TEST_GUESS = 150;
var MESSAGE_LIMIT = 2e3;
var MAX_SUITE_DEPTH = 1e3;
var MAX_UNLISTED = 1e5;
var MAX_SECONDS = 365 * 24 * 3600;
var STACK_LIMIT = 64 * 1024;
var OUTPUT_LIMIT = 16 * 1024;
var CAPTURE_LIMIT = STACK_LIMIT + 1024;
var RESULT_ELEMENTS = /* @__PURE__ */ new Set(["failure", "error", "skipped", "flakyFailure", "flakyError", "rerunFailure", "rerunError"]);
var STATUS_OF = {
  failure: "failed",
  error: "errored",
  skipped: "skipped",
  flakyFailure: "failed",
  flakyError: "errored",
  rerunFailure: "failed",
  rerunError: "errored"
};
function statusAttribute(value) {
  switch (value?.trim().toLowerCase()) {
    case "disabled":
    case "skipped":
    case "skip":
    case "notrun":
    case "not_run":
    case "ignored":
      return "skipped";
    case "failed":
    case "fail":
    case "failure":
      return "failed";
    case "error":
    case "errored":
      return "errored";
    default:
      return void 0;
  }
}
var truthy = (value) => value !== void 0 && /^(true|1|yes)$/i.test(value.trim());
function count2(value) {
  const n = value === void 0 ? 0 : Number(value.trim());
  return Number.isInteger(n) && n > 0 ? n : 0;
}
function lineNumber2(text3) {
  if (text3 === void 0) return void 0;
  const space = (c) => c === 32 || c === 9 || c === 10 || c === 13;
  let i = 0;
  while (i < text3.length && space(text3.charCodeAt(i))) i++;
  const start = i;
  let value = 0;
  for (let c = text3.charCodeAt(i); c >= 48 && c <= 57; c = text3.charCodeAt(++i)) value = value * 10 + (c - 48);
  const digits = i - start;
  while (i < text3.length && space(text3.charCodeAt(i))) i++;
  return digits > 0 && digits < 16 && i === text3.length ? value : void 0;
}
function append(into, text3) {
  if (into.length >= CAPTURE_LIMIT) return into;
  return into.length + text3.length > CAPTURE_LIMIT ? into + text3.slice(0, CAPTURE_LIMIT - into.length) : into + text3;
}
function attemptOf(status2, duration, message2, stack, type, output2) {
  if (message2 !== void 0 && stack !== void 0) {
    if (type !== void 0 && output2 !== void 0) return { status: status2, duration, message: message2, stack, type, output: output2 };
    if (type !== void 0) return { status: status2, duration, message: message2, stack, type };
  }
  const attempt = { status: status2, duration };
  if (message2 !== void 0) attempt.message = message2;
  if (stack !== void 0) attempt.stack = stack;
  if (type !== void 0) attempt.type = type;
  if (output2 !== void 0) attempt.output = output2;
  return attempt;
}
attemptOf("passed", null, "", "", "", "");
var SHARED_DURATIONS = 1e5;
function detachName(value, asciiPiece) {
  if (value.length < 13) return value;
  if (asciiPiece) return [value.charAt(0), value.slice(1)].join("");
  if (value.length > SCRATCH.length) return ` ${value}`.slice(1);
  const bytes = SCRATCH.write(value, 0, "latin1");
  const copy = SCRATCH.toString("latin1", 0, bytes);
  return copy === value ? copy : ` ${value}`.slice(1);
}
var SCRATCH = Buffer.allocUnsafe(4096);
var JUnitReader = class {
  constructor(options) {
    this.options = options;
    this.collector = new TestCollector(options.suite, Math.ceil((options.bytes ?? 0) / BYTES_PER_TEST_GUESS), {
      variant: options.variant,
      ...options.compact !== void 0 ? { compact: options.compact } : {}
    });
    this.parser = new import_saxes2.SaxesParser({ position: true });
    this.parser.on("comment", (text3) => {
      if (!this.sawRoot && /org\.testng\.reporters\./.test(text3)) this.collector.repeatsAreAttempts = true;
    });
    this.captured = options.portableAttributes !== true && captureAttributes(this.parser, this.attributes);
    this.parser.on("error", (error) => {
      const { what, column } = saxesMessage(this.parser, error.message);
      throw this.error(what, column);
    });
    this.parser.on("opentag", (tag) => this.open(tag));
    this.parser.on("closetag", (tag) => this.close(tag.name));
    this.onText = (text3) => this.text(text3);
  }
  options;
  parser;
  collector;
  suites = [];
  current;
  frame = { attrs: new JUnitAttributes(), line: 0, column: 0, results: void 0, output: "" };
  /** the attributes of the element being opened (see attributes.ts) */
  attributes = new JUnitAttributes();
  /** false when saxes' attribute step could not be taken over: the records are read instead */
  captured;
  result;
  /** depth of system-out/system-err/stackTrace we are capturing text for */
  capture;
  captureDepth = 0;
  sawRoot = false;
  /** whether the text piece being parsed is all ASCII (see detachName) */
  asciiPiece = false;
  unnamed = 0;
  /** placeholder tests made for suites that only declare counts */
  unlisted = 0;
  failure;
  interned = /* @__PURE__ */ new Map();
  durations = /* @__PURE__ */ new Map();
  onText;
  /** interned values seen last: consecutive testcases share them, or interleave a few */
  recent = [];
  nextRecent = 0;
  lastHit = 0;
  error(what, column = this.parser.column + 1) {
    this.failure ??= new ReportError(this.options.file, what, this.parser.line, column);
    return this.failure;
  }
  write(chunk) {
    this.asciiPiece = Buffer.byteLength(chunk, "utf8") === chunk.length;
    this.parser.write(chunk);
  }
  finish() {
    this.parser.close();
    if (!this.sawRoot) throw this.error("no XML element found (expected JUnit XML with a <testsuites> or <testsuite> root)");
    return this.collector.tests();
  }
  /** Classnames and file paths repeat across thousands of tests: keep one copy of each. */
  intern(value) {
    if (value === void 0) return void 0;
    const length = value.length;
    const last = value.charCodeAt(length - 1);
    const recent = this.recent;
    const previous = recent[this.lastHit];
    if (previous !== void 0 && previous.length === length && previous.charCodeAt(length - 1) === last && previous === value) {
      return previous;
    }
    for (let i = 0; i < recent.length; i++) {
      const candidate = recent[i];
      if (candidate.length === length && candidate.charCodeAt(length - 1) === last && candidate === value) {
        this.lastHit = i;
        return candidate;
      }
    }
    let kept = this.interned.get(value);
    if (kept === void 0) {
      kept = detachName(value, this.asciiPiece);
      if (this.interned.size < 1e5 || this.interned.size * 4 < this.collector.size) this.interned.set(kept, kept);
    }
    recent[this.nextRecent] = kept;
    this.lastHit = this.nextRecent;
    this.nextRecent = (this.nextRecent + 1) % RECENT;
    return kept;
  }
  /** One number per distinct duration, shared by the attempts and tests that took that long. */
  durationOf(seconds3) {
    const kept = this.durations.get(seconds3);
    if (kept !== void 0) return kept;
    if (this.durations.size < SHARED_DURATIONS) this.durations.set(seconds3, seconds3);
    return seconds3;
  }
  /**
   * V8 keeps a slice of 13+ characters as a pointer into the string it came from: a message sliced
   * from a 32 KB text piece would pin the piece. Texts kept past their element are copied out.
   */
  detach(value) {
    if (value === void 0 || value.length < 13) return value;
    return this.asciiPiece ? [value.charAt(0), value.slice(1)].join("") : ` ${value}`.slice(1);
  }
  listen(on) {
    if (on) {
      this.parser.on("text", this.onText);
      this.parser.on("cdata", this.onText);
    } else {
      this.parser.off("text");
      this.parser.off("cdata");
    }
  }
  lastRawFile;
  lastFile;
  /** A test's file relative to the repo root, shared between the tests of one file. */
  fileOf(raw) {
    if (raw === void 0) return void 0;
    if (raw !== this.lastRawFile) {
      this.lastRawFile = this.detach(raw);
      this.lastFile = this.intern(relativePath(raw, this.options.repoRoot));
    }
    return this.lastFile;
  }
  open(tag) {
    const name = tag.name;
    if (!this.sawRoot) {
      this.sawRoot = true;
      if (name !== "testsuites" && name !== "testsuite") {
        throw this.error(`root element <${name}> is not JUnit XML (expected <testsuites> or <testsuite>)`);
      }
    }
    if (this.capture === "result" && this.captureDepth === 0 && (name === "system-out" || name === "system-err")) {
      if (this.result.output) this.result.output += "\n";
      this.capture = "output";
      return;
    }
    if (this.capture) {
      this.captureDepth++;
      return;
    }
    const attrs = this.attributes;
    if (!this.captured) attrs.setAll(tag.attributes);
    if (this.current) {
      if (RESULT_ELEMENTS.has(name) && !this.result) {
        this.result = { kind: name, message: attrs.message, type: attrs.type, time: attrs.time, text: "", output: "" };
        this.capture = "result";
        this.captureDepth = 0;
        this.listen(true);
      } else if (name === "system-out" || name === "system-err") {
        if (this.current.output) this.current.output += "\n";
        this.capture = "output";
        this.captureDepth = 0;
        this.listen(true);
      }
      return;
    }
    if (name === "testsuite") {
      const parent = this.suites[this.suites.length - 1];
      if (parent) parent.children++;
      if (this.suites.length >= MAX_SUITE_DEPTH) throw this.error(`<testsuite> elements nested deeper than ${MAX_SUITE_DEPTH} levels`);
      const suiteName = this.detach(clean(attrs.name));
      this.suites.push({
        name: suiteName,
        path: suiteName === void 0 ? parent?.path : Object.freeze([...parent?.path ?? [], suiteName]),
        file: this.detach(clean(attrs.file ?? attrs.filepath)) ?? parent?.file,
        declared: {
          tests: count2(attrs.tests),
          failures: count2(attrs.failures),
          errors: count2(attrs.errors),
          skipped: count2(attrs.skipped) + count2(attrs.disabled)
        },
        children: 0
      });
      if (suiteName === "pytest") this.collector.repeatsAreAttempts = true;
    } else if (name === "property" && attrs.name === "go.version") {
      this.collector.repeatsAreAttempts = true;
    } else if (name === "testcase") {
      const suite = this.suites[this.suites.length - 1];
      if (suite) suite.children++;
      const frame = this.frame;
      frame.attrs.copyFrom(attrs);
      frame.line = this.parser.line;
      frame.column = this.parser.column + 1;
      frame.results = void 0;
      frame.output = "";
      this.current = frame;
    }
  }
  text(text3) {
    if (this.capture === "result") this.result.text = append(this.result.text, text3);
    else if (this.capture === "output") {
      if (this.result) this.result.output = append(this.result.output, text3);
      else this.current.output = append(this.current.output, text3);
    }
  }
  close(name) {
    if (this.capture) {
      if (this.captureDepth > 0) {
        this.captureDepth--;
        return;
      }
      if (this.capture === "output" && this.result) {
        this.capture = "result";
        return;
      }
      this.capture = void 0;
      this.listen(false);
      if (this.result && RESULT_ELEMENTS.has(name)) {
        (this.current.results ??= []).push(this.result);
        this.result = void 0;
      }
      return;
    }
    if (name === "testcase" && this.current) {
      this.finishCase(this.current);
      this.current = void 0;
    } else if (name === "testsuite") {
      const suite = this.suites.pop();
      if (suite && suite.children === 0) this.addUnlisted(suite);
    }
  }
  finishCase(frame) {
    const attrs = frame.attrs;
    const suite = this.suites[this.suites.length - 1];
    const name = clean(attrs.name) ?? `(unnamed test #${++this.unnamed})`;
    const classname = this.intern(clean(attrs.classname) ?? suite?.name);
    const file = this.fileOf(clean(attrs.file ?? attrs.filepath) ?? suite?.file);
    const lineText = attrs.line ?? attrs.lineno;
    const line = lineNumber2(lineText);
    const time = this.seconds(attrs.time, frame);
    if (frame.results === void 0 && attrs.status === void 0 && attrs.skipped === void 0 && attrs.disabled === void 0) {
      this.collector.addPassed(file, line, classname, detachName(name, this.asciiPiece), time, suite?.path);
    } else this.collector.add(file, line, classname, detachName(name, this.asciiPiece), this.attempts(frame, time), suite?.path);
  }
  seconds(value, frame) {
    const seconds3 = parseSeconds(value);
    if (seconds3 !== void 0 && seconds3 > MAX_SECONDS) {
      throw new ReportError(
        this.options.file,
        `testcase time="${value}" is out of range (at most ${MAX_SECONDS} seconds, a year)`,
        frame.line,
        frame.column
      );
    }
    if (seconds3 === void 0) {
      throw new ReportError(this.options.file, `testcase time="${value}" is not a number of seconds`, frame.line, frame.column);
    }
    return seconds3;
  }
  /**
   * One testcase element → its attempts, in execution order:
   *   flakyFailure/flakyError (Surefire: failed runs before the final pass) → the main result →
   *   rerunFailure/rerunError (Surefire: failed re-runs after a failure).
   * Several plain results in one case (skipped + failure + error) are one attempt: the worst wins.
   */
  attempts(frame, time) {
    if (frame.attrs.status?.trim().toLowerCase() === "disabled" || truthy(frame.attrs.disabled)) {
      return [attemptOf("skipped", this.durationOf(time), "disabled", void 0, void 0, void 0)];
    }
    const before = [];
    const after = [];
    let main;
    let status2;
    for (const result of frame.results ?? []) {
      if (result.kind === "flakyFailure" || result.kind === "flakyError") before.push(this.attempt(result, frame));
      else if (result.kind === "rerunFailure" || result.kind === "rerunError") after.push(this.attempt(result, frame));
      else {
        const resultStatus = STATUS_OF[result.kind];
        if (!status2 || worse(status2, resultStatus) !== status2) {
          status2 = resultStatus;
          main = result;
        }
      }
    }
    if (!status2 && after.length > 0 && before.length === 0) {
      after[0].duration ||= time;
      return after;
    }
    status2 ??= statusAttribute(frame.attrs.status) ?? (truthy(frame.attrs.skipped) || truthy(frame.attrs.disabled) ? "skipped" : "passed");
    const spent = before.reduce((sum, attempt2) => sum + attempt2.duration, 0);
    const duration = this.durationOf(before.length > 0 ? Math.max(0, time - spent) : time);
    let attempt;
    if (status2 === "passed") attempt = { status: status2, duration };
    else {
      const text3 = bounded(withLineBreaks(main?.message, main?.text), MESSAGE_LIMIT) ?? firstLine(main?.text);
      if (status2 === "skipped") {
        const message2 = text3 !== void 0 && text3.length < 200 ? this.intern(text3) : this.detach(text3);
        attempt = attemptOf(status2, duration, message2, void 0, void 0, void 0);
      } else {
        const stack = this.detach(bounded(main?.text, STACK_LIMIT));
        const output2 = this.detach(bounded(frame.output, OUTPUT_LIMIT));
        attempt = attemptOf(status2, duration, this.detach(text3), stack, this.intern(clean(main?.type)), output2);
      }
    }
    return before.length === 0 && after.length === 0 ? [attempt] : before.concat([attempt], after);
  }
  attempt(result, frame) {
    return attemptOf(
      STATUS_OF[result.kind],
      this.durationOf(result.time === void 0 ? 0 : this.seconds(result.time, frame)),
      this.detach(bounded(result.message, MESSAGE_LIMIT) ?? firstLine(result.text)),
      this.detach(bounded(result.text, STACK_LIMIT)),
      this.intern(clean(result.type)),
      this.detach(bounded(result.output, OUTPUT_LIMIT))
    );
  }
  /**
   * A suite that declares tests but lists none (some pytest/xdist crashes write only the counts):
   * its declared outcomes become placeholder tests, so a declared failure is never lost.
   */
  addUnlisted(suite) {
    const { tests, failures, errors, skipped } = suite.declared;
    if (tests === 0) return;
    this.unlisted += tests;
    if (this.unlisted > MAX_UNLISTED) {
      throw this.error(
        `<testsuite name="${suite.name ?? ""}"> declares ${tests} tests but lists none; at most ${MAX_UNLISTED} declared-only tests are read from one report`
      );
    }
    const label = suite.name ?? "testsuite";
    let index2 = 0;
    const add = (status2, n) => {
      for (let i = 0; i < n && index2 < tests; i++) {
        index2++;
        const attempt = { status: status2, duration: 0 };
        if (status2 !== "passed") attempt.message = `listed only as a count on <testsuite name="${label}">`;
        this.collector.add(suite.file, void 0, suite.name, `(unlisted test ${index2} of ${tests})`, [attempt], suite.path);
      }
    };
    add("errored", errors);
    add("failed", failures);
    add("skipped", skipped);
    add("passed", tests - index2);
  }
};
async function parseJUnit(chunks, options) {
  const reader = new JUnitReader(options);
  for await (const chunk of chunks) reader.write(chunk);
  return reader.finish();
}

// src/ingest/ctrf.ts
init_define_TESTOPS_UPLOT();
var MESSAGE_LIMIT2 = 2e3;
var STACK_LIMIT2 = 64 * 1024;
var OUTPUT_LIMIT2 = 16 * 1024;
var STATUSES = ["passed", "failed", "skipped", "pending", "other"];
var status = external_exports.enum(STATUSES);
var MAX_MILLIS = 365 * 24 * 3600 * 1e3;
var MAX_RETRIES = 1e3;
var millis = external_exports.number().nonnegative().max(MAX_MILLIS, `expected milliseconds up to ${MAX_MILLIS} (a year)`).nullish();
var lines = external_exports.union([external_exports.string(), external_exports.array(external_exports.string())]).nullish();
var retryAttempt = external_exports.looseObject({
  attempt: external_exports.number().int().nonnegative().nullish(),
  status,
  duration: millis,
  message: external_exports.string().nullish(),
  trace: external_exports.string().nullish(),
  stdout: lines,
  stderr: lines
});
var ctrfTest = external_exports.looseObject({
  name: external_exports.string(),
  status,
  duration: millis,
  message: external_exports.string().nullish(),
  trace: external_exports.string().nullish(),
  rawStatus: external_exports.string().nullish(),
  filePath: external_exports.string().nullish(),
  line: external_exports.number().int().nonnegative().nullish(),
  // a string, or (newer CTRF) the path of enclosing suites
  suite: external_exports.union([external_exports.string(), external_exports.array(external_exports.string())]).nullish(),
  retries: external_exports.number().int().nonnegative().max(MAX_RETRIES, `expected a retry count up to ${MAX_RETRIES}`).nullish(),
  flaky: external_exports.boolean().nullish(),
  stdout: lines,
  stderr: lines,
  retryAttempts: external_exports.array(retryAttempt).nullish()
});
var ctrfReport = external_exports.looseObject({
  results: external_exports.looseObject({
    tool: external_exports.looseObject({ name: external_exports.string() }),
    summary: external_exports.looseObject({
      tests: external_exports.number().int().nonnegative().nullish()
    }).nullish(),
    tests: external_exports.array(ctrfTest)
  })
});
function fieldPath(path) {
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : `${out ? "." : ""}${String(key)}`;
  return out || "(top level)";
}
function describeIssue(issue, value) {
  let at2 = value;
  for (const key of issue.path) at2 = at2 && typeof at2 === "object" ? at2[key] : void 0;
  const field = fieldPath(issue.path);
  const expected = issue.code === "invalid_value" ? `one of ${issue.values.join(", ")}` : issue.code === "invalid_type" ? issue.expected : void 0;
  if (at2 === void 0 && expected) return `${field}: missing (expected ${expected})`;
  if (issue.code === "invalid_value") return `${field}: expected ${expected}, got ${JSON.stringify(at2)?.slice(0, 60)}`;
  if (issue.code === "invalid_type") return `${field}: expected ${issue.expected}, got ${JSON.stringify(at2)?.slice(0, 60)}`;
  if (issue.code === "invalid_union") {
    const kinds = issue.errors.map((branch) => {
      const first = branch[0];
      if (first?.code !== "invalid_type") return void 0;
      return first.path.length === 0 ? first.expected : `array of ${first.expected}s`;
    });
    const named = [...new Set(kinds.filter((kind) => kind !== void 0))];
    if (named.length > 0) return `${field}: expected ${named.join(" or ")}, got ${JSON.stringify(at2)?.slice(0, 60)}`;
  }
  return `${field}: ${issue.message}`;
}
function statusOf(value) {
  return value === "passed" ? "passed" : value === "failed" ? "failed" : "skipped";
}
var seconds = (ms2) => (ms2 ?? 0) / 1e3;
function output(stdout, stderr) {
  const join7 = (value) => Array.isArray(value) ? value.join("\n") : value ?? "";
  return bounded([join7(stdout), join7(stderr)].filter(Boolean).join("\n"), OUTPUT_LIMIT2);
}
function attemptOf2(entry, rawStatus) {
  const attempt = { status: statusOf(entry.status), duration: seconds(entry.duration) };
  if (attempt.status === "passed") return attempt;
  const message2 = bounded(entry.message ?? void 0, MESSAGE_LIMIT2) ?? firstLine(entry.trace ?? void 0) ?? (entry.status === "other" ? `status "other"${rawStatus ? ` (${rawStatus})` : ""}` : void 0);
  if (message2 !== void 0) attempt.message = message2;
  if (attempt.status === "skipped") return attempt;
  const stack = bounded(entry.trace ?? void 0, STACK_LIMIT2);
  if (stack !== void 0) attempt.stack = stack;
  const text3 = output(entry.stdout, entry.stderr);
  if (text3 !== void 0) attempt.output = text3;
  return attempt;
}
function attemptsOf(test) {
  const final = attemptOf2(test, test.rawStatus);
  const listed = [...test.retryAttempts ?? []].sort((a, b) => (a.attempt ?? 0) - (b.attempt ?? 0));
  if (listed.length > 0) {
    const last = listed[listed.length - 1];
    const includesFinal = test.retries != null ? listed.length > test.retries : last.status === test.status && (last.duration ?? 0) === (test.duration ?? 0);
    const earlier = listed.map((entry) => attemptOf2(entry));
    if (includesFinal) {
      earlier[earlier.length - 1] = final;
      return earlier;
    }
    return [...earlier, final];
  }
  const retries = test.retries ?? 0;
  if (retries > 0 && (test.flaky || final.status === "failed")) {
    const unknown = { status: "failed", duration: 0, message: "failed run (the CTRF report gives no details)" };
    return [...Array.from({ length: retries }, () => ({ ...unknown })), final];
  }
  return [final];
}
function parseCtrf(value, options) {
  const parsed = ctrfReport.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path.filter((key) => typeof key !== "symbol");
    const at2 = options.source === void 0 ? void 0 : locateJsonPath(options.source, path) ?? locateJsonPath(options.source, path.slice(0, -1));
    throw new ReportError(options.file, `not a CTRF report: ${describeIssue(issue, value)}`, at2?.line, at2?.column);
  }
  const { results } = parsed.data;
  const declared = results.summary?.tests ?? 0;
  if (results.tests.length === 0 && declared > 0) {
    throw new ReportError(options.file, `results.summary.tests is ${declared} but results.tests is empty`);
  }
  const collector = new TestCollector(options.suite, 0, { variant: options.variant });
  const paths = /* @__PURE__ */ new Map();
  for (const test of results.tests) {
    const elements = test.suite == null ? [] : Array.isArray(test.suite) ? test.suite : [test.suite];
    const suitePath = elements.join(" > ");
    let path = paths.get(elements.join("\0"));
    if (path === void 0 && elements.length > 0) paths.set(elements.join("\0"), path = Object.freeze([...elements]));
    const rawFile = clean(test.filePath ?? void 0);
    const file = rawFile === void 0 ? void 0 : relativePath(rawFile, options.repoRoot);
    const added = collector.add(
      file,
      test.line ?? void 0,
      clean(suitePath),
      clean(test.name) ?? "(unnamed test)",
      attemptsOf(test),
      path
    );
    if (test.flaky && added.status === "passed") added.flaky = true;
  }
  return collector.tests();
}

// src/ingest/perf/autocannon.ts
init_define_TESTOPS_UPLOT();
var isObject4 = (value) => !!value && typeof value === "object" && !Array.isArray(value);
var num = (value) => typeof value === "number" && Number.isFinite(value) ? value : void 0;
function parseAutocannon(value, file) {
  if (!isObject4(value) || !isObject4(value.latency) || !isObject4(value.requests)) {
    throw new ReportError(file, 'expected autocannon --json output with "latency" and "requests"');
  }
  const latency = value.latency;
  const metrics = {};
  const ms2 = (name2, raw) => {
    const v = num(raw);
    if (v !== void 0) metrics[name2] = { value: v, unit: "ms", biggerIsBetter: false };
  };
  ms2("p50", latency.p50);
  ms2("p90", latency.p90);
  ms2("p95", latency.p95);
  ms2("p99", latency.p99);
  ms2("avg", latency.average ?? latency.mean);
  ms2("min", latency.min);
  ms2("max", latency.max);
  const rps = num(value.requests.average) ?? num(value.requests.mean);
  if (rps !== void 0) metrics.throughput = { value: rps, unit: "/s", biggerIsBetter: true };
  const total = num(value.requests.total) ?? 0;
  const bad = (num(value.errors) ?? 0) + (num(value.timeouts) ?? 0) + (num(value.non2xx) ?? 0);
  const attempts = total + (num(value.errors) ?? 0) + (num(value.timeouts) ?? 0);
  metrics.error_rate = { value: attempts === 0 ? 0 : bad / attempts, unit: "ratio", biggerIsBetter: false };
  const name = typeof value.title === "string" && value.title ? value.title : typeof value.url === "string" ? value.url : "autocannon";
  return { kind: "perf", format: "autocannon", file, scenarios: [{ name, metrics }] };
}
var BIGGER = /(ops|op)\/s(ec)?|\/s(ec)?$|per ?sec|hz$|throughput|score|x$|%\s*faster/i;
var TOOL_BIGGER_IS_BETTER = {
  cargo: false,
  go: false,
  benchmarkjs: true,
  benchmarkluau: false,
  pytest: true,
  googlecpp: false,
  catch2: false,
  julia: false,
  jmh: false,
  benchmarkdotnet: false,
  time: false,
  customBiggerIsBetter: true,
  customSmallerIsBetter: false
};
function benchMetric(entry, where, file, declared) {
  if (!isObject4(entry) || typeof entry.name !== "string" || typeof entry.unit !== "string" || num(entry.value) === void 0) {
    throw new ReportError(file, `${where}: expected {name: string, unit: string, value: number}`);
  }
  if (Math.abs(entry.value) > 1e300) throw new ReportError(file, `${where}.value: out of range, got ${String(entry.value)}`);
  if (entry.biggerIsBetter !== void 0 && typeof entry.biggerIsBetter !== "boolean") {
    throw new ReportError(
      file,
      `${where}.biggerIsBetter: expected true or false, got ${JSON.stringify(entry.biggerIsBetter)?.slice(0, 40)}`
    );
  }
  const metric = {
    value: entry.value,
    unit: entry.unit,
    biggerIsBetter: entry.biggerIsBetter ?? declared ?? BIGGER.test(entry.unit)
  };
  const range = typeof entry.range === "string" ? /([\d.]+)\s*(%)?/.exec(entry.range.replace(/^[±+-]+\s*/, "")) : void 0;
  if (range) {
    const spread = range[2] ? metric.value * Number(range[1]) / 100 : Number(range[1]);
    if (Number.isFinite(spread)) metric.samples = [metric.value - spread, metric.value, metric.value + spread];
  }
  return [entry.name, metric];
}
function samplesOf(value, where, file) {
  if (value === void 0) return void 0;
  if (!Array.isArray(value)) throw new ReportError(file, `${where}: expected an array of numbers`);
  return value.map((n, i) => {
    if (typeof n !== "number" || !Number.isFinite(n))
      throw new ReportError(file, `${where}[${i}]: expected a number, got ${JSON.stringify(n)?.slice(0, 40)}`);
    return n;
  });
}
function seconds2(stats, key, where, file) {
  const value = num(stats[key]);
  if (value === void 0 || value < 0 || value > 1e12)
    throw new ReportError(
      file,
      `${where}.${key}: expected a time in seconds, got ${JSON.stringify(stats[key])?.slice(0, 40) ?? "nothing"}`
    );
  return value;
}
function parseBenchmark(value, file) {
  const report = (scenarios) => ({ kind: "perf", format: "benchmark", file, scenarios });
  if (Array.isArray(value)) {
    const metrics = {};
    value.forEach((entry, index2) => {
      const [name, metric] = benchMetric(entry, `[${index2}]`, file);
      metrics[name] = metric;
    });
    return report([{ name: "benchmark", metrics }]);
  }
  if (!isObject4(value))
    throw new ReportError(file, "expected benchmark results (github-action-benchmark, pytest-benchmark or hyperfine JSON)");
  const fromRecord = (record, where, name) => {
    if (!isObject4(record) || !Array.isArray(record.benches)) throw new ReportError(file, `${where}.benches: expected an array`);
    const tool = record.tool;
    if (typeof tool !== "string" || !(tool in TOOL_BIGGER_IS_BETTER)) {
      throw new ReportError(
        file,
        `${where}.tool: expected one of ${Object.keys(TOOL_BIGGER_IS_BETTER).join(", ")}, got ${JSON.stringify(tool)?.slice(0, 40) ?? "nothing"}`
      );
    }
    const metrics = {};
    record.benches.forEach((entry, index2) => {
      const [metricName, metric] = benchMetric(entry, `${where}.benches[${index2}]`, file, TOOL_BIGGER_IS_BETTER[tool]);
      metrics[metricName] = metric;
    });
    return { name, metrics };
  };
  if (isObject4(value.entries)) {
    const scenarios = [];
    for (const [suite, runs] of Object.entries(value.entries)) {
      if (!Array.isArray(runs) || runs.length === 0) throw new ReportError(file, `entries["${suite}"]: expected a non-empty array of runs`);
      scenarios.push(fromRecord(runs[runs.length - 1], `entries["${suite}"][${runs.length - 1}]`, suite));
    }
    return report(scenarios);
  }
  if ("benches" in value) return report([fromRecord(value, "", typeof value.name === "string" ? value.name : "benchmark")]);
  if (Array.isArray(value.benchmarks)) {
    const metrics = {};
    value.benchmarks.forEach((entry, index2) => {
      const where = `benchmarks[${index2}]`;
      if (!isObject4(entry) || typeof entry.name !== "string" || !isObject4(entry.stats))
        throw new ReportError(file, `${where}: expected {name, stats}`);
      const metric = { value: seconds2(entry.stats, "mean", `${where}.stats`, file), unit: "s", biggerIsBetter: false };
      const samples = samplesOf(entry.stats.data, `${where}.stats.data`, file);
      if (samples) metric.samples = samples;
      metrics[typeof entry.fullname === "string" ? entry.fullname : entry.name] = metric;
    });
    return report([{ name: "pytest-benchmark", metrics }]);
  }
  if (Array.isArray(value.results)) {
    const metrics = {};
    value.results.forEach((entry, index2) => {
      const where = `results[${index2}]`;
      if (!isObject4(entry) || typeof entry.command !== "string") throw new ReportError(file, `${where}.command: expected a string`);
      const metric = { value: seconds2(entry, "mean", where, file), unit: "s", biggerIsBetter: false };
      const samples = samplesOf(entry.times, `${where}.times`, file);
      if (samples) metric.samples = samples;
      metrics[entry.command] = metric;
    });
    return report([{ name: "hyperfine", metrics }]);
  }
  throw new ReportError(file, "expected benchmark results (github-action-benchmark, pytest-benchmark or hyperfine JSON)");
}
function parseGoBench(text3, file) {
  const scenarios = /* @__PURE__ */ new Map();
  let pkg = "go";
  let found = 0;
  const lines2 = text3.split(/\r?\n/);
  lines2.forEach((raw, index2) => {
    const line = raw.trim();
    const header = /^pkg:\s*(\S+)/.exec(line);
    if (header) {
      pkg = header[1];
      return;
    }
    if (!/^Benchmark\S*\s+\d+\s/.test(line)) return;
    const fields = line.split(/\s+/);
    const name = fields[0].replace(/-\d+$/, "");
    if (fields.length < 4 || fields.length % 2 !== 0)
      throw lineError(file, index2 + 1, `expected "<name> <iterations> <value> <unit> \u2026", got "${line.slice(0, 80)}"`);
    let scenario = scenarios.get(pkg);
    if (!scenario) scenarios.set(pkg, scenario = { name: pkg, metrics: {} });
    for (let i = 2; i < fields.length; i += 2) {
      const value = Number(fields[i]);
      const unit = fields[i + 1];
      if (!Number.isFinite(value) || Math.abs(value) > 1e300)
        throw lineError(file, index2 + 1, `${unit}: expected a number, got "${fields[i]}"`);
      const key = `${name} ${unit}`;
      const metric = scenario.metrics[key];
      if (metric) {
        if (!metric.samples) metric.samples = [metric.value];
        metric.samples.push(value);
        metric.value += (value - metric.value) / metric.samples.length;
      } else scenario.metrics[key] = { value, unit, biggerIsBetter: /\/s$/.test(unit) };
      found++;
    }
  });
  if (found === 0) throw lineError(file, 1, 'no "Benchmark\u2026 N value unit" line found (expected go test -bench output)');
  return { kind: "perf", format: "benchmark", file, scenarios: [...scenarios.values()] };
}

// src/ingest/perf/k6.ts
init_define_TESTOPS_UPLOT();
var isObject5 = (value) => !!value && typeof value === "object" && !Array.isArray(value);
var num2 = (value) => typeof value === "number" && Number.isFinite(value) ? value : void 0;
var STAT_NAMES = {
  med: "p50",
  "p(50)": "p50",
  "p(90)": "p90",
  "p(95)": "p95",
  "p(99)": "p99",
  avg: "avg",
  min: "min",
  max: "max"
};
function k6Shape(value) {
  const metrics = isObject5(value.metrics) ? Object.values(value.metrics) : [];
  return "state" in value || "options" in value || metrics.some((metric) => isObject5(metric) && isObject5(metric.values)) ? "k6-handle-summary" : "k6-summary-export";
}
function trendMetrics(values, unit) {
  const out = {};
  for (const [stat4, raw] of Object.entries(values)) {
    const value = num2(raw);
    if (value === void 0) continue;
    const name = STAT_NAMES[stat4] ?? (/^p\(([\d.]+)\)$/.exec(stat4) ? `p${/^p\(([\d.]+)\)$/.exec(stat4)[1]}` : void 0);
    if (name) out[name] = { value, unit, biggerIsBetter: false };
  }
  return out;
}
function parseK6(value, file) {
  if (!isObject5(value) || !isObject5(value.metrics)) throw new ReportError(file, 'expected a k6 summary with a "metrics" object');
  const format = k6Shape(value);
  const handle = format === "k6-handle-summary";
  const failed2 = [];
  const main = { name: "k6", metrics: {} };
  const scenarios = [main];
  for (const [name, raw] of Object.entries(value.metrics)) {
    if (!isObject5(raw)) throw new ReportError(file, `metrics["${name}"] is not an object`);
    const values = handle ? raw.values : raw;
    if (!isObject5(values)) throw new ReportError(file, `metrics["${name}"].values is missing (k6 handleSummary)`);
    const thresholds = isObject5(raw.thresholds) ? raw.thresholds : {};
    for (const [expression, result] of Object.entries(thresholds)) {
      const didFail = handle ? isObject5(result) && result.ok === false : result === true;
      if (didFail) failed2.push(`${name}: ${expression}`);
    }
    const type = handle ? String(raw.type) : "med" in values || "avg" in values ? "trend" : "rate" in values && "count" in values ? "counter" : "value" in values || "passes" in values ? "rate" : "gauge";
    if (name === "http_req_duration") Object.assign(main.metrics, trendMetrics(values, "ms"));
    else if (name === "http_reqs") {
      const rate = num2(values.rate);
      if (rate !== void 0) main.metrics.throughput = { value: rate, unit: "/s", biggerIsBetter: true };
    } else if (name === "http_req_failed") {
      const rate = num2(values.rate) ?? num2(values.value);
      if (rate !== void 0) main.metrics.error_rate = { value: rate, unit: "ratio", biggerIsBetter: false };
    } else if (type === "trend" && (num2(values.max) !== 0 || num2(values.avg) !== 0)) {
      const unit = handle ? raw.contains === "time" ? "ms" : "" : /duration|time|_ms$|latency|waiting|blocked|connecting|sending|receiving|handshaking/.test(name) ? "ms" : "";
      scenarios.push({ name, metrics: trendMetrics(values, unit) });
    }
  }
  if (failed2.length > 0) main.failedThresholds = failed2;
  return {
    kind: "perf",
    format,
    file,
    scenarios: scenarios.filter((scenario) => Object.keys(scenario.metrics).length > 0 || scenario.failedThresholds)
  };
}

// src/ingest/perf/k6-stream.ts
init_define_TESTOPS_UPLOT();
var Values = class {
  data = new Float64Array(1024);
  length = 0;
  sum = 0;
  push(value) {
    if (this.length === this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
    this.sum += value;
  }
  sorted() {
    return this.data.subarray(0, this.length).sort();
  }
};
function k6Percentile(sorted, pct) {
  const n = sorted.length;
  if (n === 0) return 0;
  if (n === 1) return sorted[0];
  const i = pct * (n - 1);
  const j = sorted[Math.floor(i)];
  const k = sorted[Math.ceil(i)];
  return j + (k - j) * (i - Math.floor(i));
}
var isObject6 = (value) => !!value && typeof value === "object" && !Array.isArray(value);
function trendStats(values, unit) {
  const sorted = values.sorted();
  const metric = (value) => ({ value, unit, biggerIsBetter: false });
  return {
    p50: metric(k6Percentile(sorted, 0.5)),
    p90: metric(k6Percentile(sorted, 0.9)),
    p95: metric(k6Percentile(sorted, 0.95)),
    p99: metric(k6Percentile(sorted, 0.99)),
    avg: metric(values.sum / values.length),
    min: metric(sorted[0]),
    max: metric(sorted[sorted.length - 1])
  };
}
var MAX_GUNZIPPED_BYTES = 2 ** 30;
async function parseK6Stream(path, options = {}) {
  const declared = /* @__PURE__ */ new Map();
  const trends = /* @__PURE__ */ new Map();
  let requests = 0;
  let failedChecked = 0;
  let failed2 = 0;
  let first = Infinity;
  let last = -Infinity;
  let lineNo = 0;
  let sawLine = false;
  const handle = (line) => {
    lineNo++;
    const text3 = line.trim();
    if (text3 === "") return;
    sawLine = true;
    let entry;
    try {
      entry = JSON.parse(text3);
    } catch (error) {
      const at2 = /position (\d+)/.exec(error.message);
      const column = (at2 ? Number(at2[1]) : text3.length) + 1 + (line.length - line.trimStart().length);
      throw new ReportError(
        path,
        `not a JSON line (k6 --out json writes one object a line): ${error.message.replace(/ in JSON at position \d+.*$/, "")}`,
        lineNo,
        column
      );
    }
    const bad = (what) => new ReportError(path, `${what} (k6 --out json)`, lineNo, 1);
    if (!isObject6(entry)) throw bad("expected an object");
    const name = entry.metric;
    if (typeof name !== "string") throw bad('"metric": expected the metric name');
    const data = entry.data;
    if (!isObject6(data)) throw bad('"data": expected an object');
    if (entry.type === "Metric") {
      declared.set(name, { type: String(data.type ?? ""), contains: String(data.contains ?? "") });
      return;
    }
    if (entry.type !== "Point") throw bad(`"type": expected "Metric" or "Point", got ${JSON.stringify(entry.type)?.slice(0, 40)}`);
    const value = data.value;
    if (typeof value !== "number" || !Number.isFinite(value) || Math.abs(value) > 1e15)
      throw bad(`"data.value": expected a number, got ${JSON.stringify(value)?.slice(0, 40) ?? "nothing"}`);
    if (typeof data.time === "string") {
      const time = Date.parse(data.time);
      if (Number.isFinite(time)) {
        if (time < first) first = time;
        if (time > last) last = time;
      }
    }
    const type = declared.get(name)?.type;
    if (name === "http_reqs") requests += value;
    else if (name === "http_req_failed") {
      failedChecked++;
      if (value !== 0) failed2++;
    } else if (type === "trend" || type === void 0 && name === "http_req_duration") {
      let values = trends.get(name);
      if (!values) trends.set(name, values = new Values());
      values.push(value);
    }
  };
  let carry = "";
  const gzip = { maxBytes: options.maxGunzippedBytes ?? MAX_GUNZIPPED_BYTES };
  for await (const chunk of readTextChunks(path, "k6 --out json output", { gzip })) {
    const text3 = carry + chunk;
    let start = 0;
    for (let newline = text3.indexOf("\n"); newline >= 0; newline = text3.indexOf("\n", start)) {
      handle(text3.slice(start, newline));
      start = newline + 1;
    }
    carry = text3.slice(start);
    if (carry.length > 64 * 1024 * 1024)
      throw new ReportError(path, "a line longer than 64 MiB (k6 --out json writes short lines)", lineNo + 1, 1);
  }
  if (carry) handle(carry);
  if (!sawLine) throw new ReportError(path, "the file is empty (expected k6 --out json output)", 1, 1);
  const main = { name: "k6", metrics: {} };
  const scenarios = [main];
  const duration = trends.get("http_req_duration");
  if (duration && duration.length > 0) Object.assign(main.metrics, trendStats(duration, "ms"));
  const seconds3 = (last - first) / 1e3;
  if (requests > 0 && seconds3 > 0) main.metrics.throughput = { value: requests / seconds3, unit: "/s", biggerIsBetter: true };
  if (failedChecked > 0) main.metrics.error_rate = { value: failed2 / failedChecked, unit: "ratio", biggerIsBetter: false };
  for (const [name, values] of trends) {
    if (name === "http_req_duration" || values.length === 0) continue;
    scenarios.push({ name, metrics: trendStats(values, declared.get(name)?.contains === "time" ? "ms" : "") });
  }
  return { kind: "perf", format: "k6-json", file: path, scenarios: scenarios.filter((s) => Object.keys(s.metrics).length > 0) };
}

// src/ingest/perf/locust.ts
init_define_TESTOPS_UPLOT();

// src/ingest/perf/csv.ts
init_define_TESTOPS_UPLOT();
function* csvRows(text3) {
  const rows = [];
  let row = [];
  const length = text3.length;
  let i = 0;
  const endRow = () => {
    if (row.length > 1 || row[0] !== "") rows.push(row);
    row = [];
  };
  while (i < length) {
    let field;
    if (text3.charCodeAt(i) === 34) {
      const parts = [];
      let from = i + 1;
      for (; ; ) {
        const quote = text3.indexOf('"', from);
        if (quote < 0) {
          parts.push(text3.slice(from));
          i = length;
          break;
        }
        parts.push(text3.slice(from, quote));
        if (text3.charCodeAt(quote + 1) === 34) {
          parts.push('"');
          from = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
      field = parts.join("");
      let end = i;
      while (end < length) {
        const c2 = text3.charCodeAt(end);
        if (c2 === 44 || c2 === 10 || c2 === 13) break;
        end++;
      }
      if (end > i) field += text3.slice(i, end);
      i = end;
    } else {
      let end = i;
      while (end < length) {
        const c2 = text3.charCodeAt(end);
        if (c2 === 44 || c2 === 10 || c2 === 13) break;
        end++;
      }
      field = text3.slice(i, end);
      i = end;
    }
    row.push(field);
    if (i >= length) break;
    const c = text3.charCodeAt(i);
    if (c === 44) {
      i++;
      if (i >= length) row.push("");
      continue;
    }
    if (c === 13) {
      i++;
      while (text3.charCodeAt(i) === 13) i++;
      if (text3.charCodeAt(i) === 10) i++;
    } else i++;
    endRow();
    if (rows.length > 0) yield rows.pop();
  }
  if (row.length > 0) yield row;
}

// src/ingest/perf/locust.ts
var ms = (value) => ({ value, unit: "ms", biggerIsBetter: false });
var MAX_CELL = 1e15;
var SkippedCells = class {
  count = 0;
  shown = [];
  /** 1-based CSV row of the row being read (the header is row 1) */
  row = 1;
  skip(column, name, text3) {
    if (this.count++ < 10)
      this.shown.push(
        `row ${this.row}, column ${column + 1} ("${name}"): ${JSON.stringify(text3.length > 40 ? `${text3.slice(0, 40)}\u2026` : text3)} is not a number from 0 to ${MAX_CELL}; the cell was skipped`
      );
  }
  warnings() {
    return this.count > this.shown.length ? [...this.shown, `${this.count - this.shown.length} more Locust cells out of range were skipped`] : this.shown;
  }
};
function cell(row, columns, skipped, ...names) {
  for (const name of names) {
    const index2 = columns.get(name);
    if (index2 === void 0) continue;
    const text3 = (row[index2] ?? "").trim();
    if (text3 === "" || text3 === "N/A") return void 0;
    const value = Number(text3);
    if (Number.isFinite(value) && value >= 0 && value <= MAX_CELL) return value;
    skipped.skip(index2, name, text3);
  }
  return void 0;
}
function scenarioName(row, columns) {
  const at2 = (name2) => {
    const index2 = columns.get(name2);
    return index2 === void 0 ? void 0 : row[index2];
  };
  const type = (at2("Type") ?? at2("Method") ?? "").trim();
  const name = (at2("Name") ?? "").trim();
  return name === "Aggregated" || name === "Total" ? "Aggregated" : type ? `${type} ${name}` : name;
}
function statsMetrics(row, columns, skipped, prefix = "") {
  const metrics = {};
  const put = (name, metric) => {
    if (metric) metrics[name] = metric;
  };
  const value = (...names) => cell(row, columns, skipped, ...names.map((name) => prefix + name));
  const requests = value("Request Count", "# requests");
  const measured = requests === void 0 || requests > 0;
  if (measured) {
    const p50 = cell(row, columns, skipped, "50%") ?? value("Median Response Time");
    if (p50 !== void 0) put("p50", ms(p50));
    for (const [column, name] of [
      ["90%", "p90"],
      ["95%", "p95"],
      ["99%", "p99"]
    ]) {
      const v = cell(row, columns, skipped, column);
      if (v !== void 0) put(name, ms(v));
    }
    for (const [columnNames, name] of [
      [["Average Response Time"], "avg"],
      [["Min Response Time"], "min"],
      [["Max Response Time"], "max"]
    ]) {
      const v = value(...columnNames);
      if (v !== void 0) put(name, ms(v));
    }
  }
  const rps = cell(row, columns, skipped, "Requests/s");
  if (rps !== void 0) put("throughput", { value: rps, unit: "/s", biggerIsBetter: true });
  const failures = value("Failure Count", "# failures");
  if (requests !== void 0 && failures !== void 0)
    put("error_rate", { value: requests === 0 ? 0 : failures / requests, unit: "ratio", biggerIsBetter: false });
  return metrics;
}
function parseLocustText(text3, file) {
  const rows = csvRows(text3.replace(/^\uFEFF/, ""));
  const first = rows.next();
  const header = (first.done ? [] : first.value).map((name) => name.trim());
  const columns = /* @__PURE__ */ new Map();
  header.forEach((name, index2) => {
    if (!columns.has(name)) columns.set(name, index2);
  });
  const skipped = new SkippedCells();
  const body = (function* () {
    for (const row of rows) {
      skipped.row++;
      yield row;
    }
  })();
  const scenarios = /* @__PURE__ */ new Map();
  const scenario = (name) => {
    let found = scenarios.get(name);
    if (!found) scenarios.set(name, found = { name, metrics: {} });
    return found;
  };
  if (header.includes("Timestamp") && header.includes("User Count")) {
    for (const row of body) {
      const target = scenario(scenarioName(row, columns));
      for (const [metric, value] of Object.entries(statsMetrics(row, columns, skipped, "Total "))) {
        const before = target.metrics[metric];
        if (before) {
          before.value = value.value;
          before.samples.push(value.value);
        } else target.metrics[metric] = { ...value, samples: [value.value] };
      }
    }
  } else if (header.includes("Error") && (header.includes("Occurrences") || header.includes("Occurences"))) {
    for (const row of body) {
      const name = scenarioName(row, columns);
      const count3 = cell(row, columns, skipped, "Occurrences", "Occurences");
      if (count3 === void 0) continue;
      const target = scenario(name);
      target.metrics.failures = { value: (target.metrics.failures?.value ?? 0) + count3, unit: "count", biggerIsBetter: false };
    }
  } else if (header.includes("Name") && (header.includes("Request Count") || header.includes("# requests"))) {
    for (const row of body) {
      if (row.length < header.length - 1) throw lineError(file, skipped.row, `expected ${header.length} columns, got ${row.length}`);
      scenario(scenarioName(row, columns)).metrics = statsMetrics(row, columns, skipped);
    }
  } else if (header.includes("Traceback")) {
  } else {
    throw new ReportError(file, `not a Locust CSV: unexpected header "${header.join(",").slice(0, 80)}"`, 1, 1);
  }
  const warnings = skipped.warnings();
  return { kind: "perf", format: "locust", file, scenarios: [...scenarios.values()], ...warnings.length > 0 ? { warnings } : {} };
}

// src/ingest/redact.ts
init_define_TESTOPS_UPLOT();
var SECRET_KEY = /^(setup_data|.*(?:password|passwd|secret|token|api[-_]?key|apikey|authorization|auth|cookie|credential|private[-_]?key|session[-_]?id).*)$/i;
function redactSecrets(value) {
  return redact(value);
}
function redact(value) {
  if (typeof value === "string") return redactor.text(value);
  if (Array.isArray(value)) return value.map(redact);
  if (!value || typeof value !== "object") return value;
  const out = {};
  for (const [key, entry] of Object.entries(value)) {
    if (key === "setup_data") continue;
    if (SECRET_KEY.test(key) && (typeof entry === "string" || entry && typeof entry === "object" && !isNumericTree(entry))) {
      out[key] = REDACTED;
      continue;
    }
    out[key] = redact(entry);
  }
  return out;
}
function isNumericTree(value) {
  if (typeof value === "number" || typeof value === "boolean" || value === null) return true;
  if (Array.isArray(value)) return value.every(isNumericTree);
  if (typeof value === "object") return Object.values(value).every(isNumericTree);
  return false;
}

// src/ingest/index.ts
var KIND_WORDS = {
  tests: "a test report (JUnit XML or CTRF JSON)",
  coverage: "a coverage report (lcov, Cobertura, JaCoCo, Istanbul or Go coverprofile)",
  perf: "a performance report (k6, Locust CSV, autocannon or benchmark JSON)",
  security: "a security report (SARIF or npm audit JSON)"
};
async function readJUnit(context) {
  const bytes = await stat2(context.path).then(
    (stats) => stats.size,
    () => void 0
  );
  const tests = await parseJUnit(readTextChunks(context.path, "JUnit XML"), {
    file: context.path,
    suite: context.suite,
    repoRoot: context.repoRoot,
    bytes,
    variant: context.variant
  });
  return { kind: "tests", format: "junit", file: context.path, tests, totals: testTotals(tests) };
}
async function readCtrf(context) {
  const source = await readText(context.path, "CTRF JSON");
  const tests = parseCtrf(parseJsonText(source, context.path, "CTRF JSON"), {
    source,
    file: context.path,
    suite: context.suite,
    repoRoot: context.repoRoot,
    variant: context.variant
  });
  return { kind: "tests", format: "ctrf", file: context.path, tests, totals: testTotals(tests) };
}
var perfJson = (parse, what) => async ({ path }) => parse(await readJson2(path, what), path);
var readers = {
  // `k6` is any k6 output: the --out json stream (one object a line) or a summary
  k6: async (context) => /^\s*\{"type"\s*:\s*"(Metric|Point)"/.test(await readHead(context.path, 256)) ? parseK6Stream(context.path) : parseK6(await readJson2(context.path, "a k6 JSON summary"), context.path),
  "k6-summary-export": perfJson(parseK6, "k6 --summary-export JSON"),
  "k6-handle-summary": perfJson(parseK6, "k6 handleSummary JSON"),
  "k6-json": ({ path }) => parseK6Stream(path),
  autocannon: perfJson(parseAutocannon, "autocannon --json output"),
  benchmark: async ({ path }) => {
    const text3 = (await readText(path, "benchmark results")).replace(/^\uFEFF/, "");
    const json = text3.replace(/^\s*window\.BENCHMARK_DATA\s*=\s*/, "").replace(/;\s*$/, "");
    if (/^\s*[[{]/.test(json)) return parseBenchmark(parseJsonText(json, path, "benchmark results JSON"), path);
    return parseGoBench(text3, path);
  },
  locust: async ({ path }) => parseLocustText(await readText(path, "a Locust CSV file"), path),
  sarif: async ({ path }) => {
    const text3 = await readText(path, "a SARIF log");
    return parseSarif(parseJsonText(text3, path, "a SARIF log"), path, text3);
  },
  "npm-audit": async ({ path }) => parseNpmAudit(await readJson2(path, "`npm audit --json` output"), path),
  junit: readJUnit,
  ctrf: readCtrf,
  lcov: ({ path, repoRoot }) => parseLcovFile(path, repoRoot),
  cobertura: ({ path, repoRoot }) => parseCobertura(path, repoRoot),
  jacoco: ({ path, repoRoot }) => parseJaCoCo(path, repoRoot),
  go: ({ path, repoRoot }) => parseGoCoverFile(path, repoRoot),
  "istanbul-final": async ({ path, repoRoot }) => parseIstanbulFinal(await readJson2(path, "Istanbul coverage-final.json"), path, repoRoot),
  "istanbul-summary": async ({ path, repoRoot }) => parseIstanbulSummary(await readJson2(path, "Istanbul coverage-summary.json"), path, repoRoot)
};
function position(text3, index2) {
  const before = text3.slice(0, Math.max(0, index2));
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: index2 - lineStart + 1 };
}
async function detect(path, options) {
  const head = await readHead(path, 64 * 1024);
  let detected = detectFormat(head, basename(path));
  const wantedWords = options.kind ? KIND_WORDS[options.kind] : "JUnit, CTRF, coverage, perf or security report \u2014 see docs/formats.md";
  if (detected?.format !== "k6-json" && await isGzipFile(path)) throw new ReportError(path, gzipRefused(wantedWords));
  if (!detected && /^\s*[[{]/.test(head.replace(/^\uFEFF/, ""))) {
    detected = detectJsonValue(parseJsonText(await readText(path, "a report"), path, "a JSON report"));
  }
  const wanted = wantedWords;
  if (!head.trim()) throw new ReportError(path, `the file is empty (expected ${wanted})`, 1, 1);
  const root = /^\s*</.test(head) ? xmlRootName(head) : void 0;
  if (!detected && root) {
    const at2 = position(head, head.indexOf(`<${root}`));
    throw new ReportError(path, `root element <${root}> is not a report format testops reads (expected ${wanted})`, at2.line, at2.column);
  }
  if (!detected)
    throw new ReportError(path, `cannot tell the format from the content (expected ${wanted}); pass the format explicitly`, 1, 1);
  if (options.kind && detected.kind !== options.kind) {
    throw new ReportError(path, `looks like ${detected.format} (${detected.kind}), expected ${wanted}`, 1, 1);
  }
  return detected.format;
}
async function requireRegularFile(path) {
  let stats;
  try {
    stats = await stat2(path);
  } catch (error) {
    throw new ReportError(path, cannotRead(error));
  }
  if (stats.isFile()) return;
  if (stats.isDirectory()) throw new ReportError(path, cannotRead(Object.assign(new Error(), { code: "EISDIR" })));
  const what = stats.isFIFO() ? "a FIFO (named pipe)" : stats.isSocket() ? "a socket" : "a device";
  throw new ReportError(path, `this is ${what}, not a report file: refused without opening it`);
}
async function parseReportFile(path, options = {}) {
  await requireRegularFile(path);
  const format = options.format && options.format !== "auto" ? options.format : await detect(path, options);
  if (!(format in FORMATS)) {
    throw new ReportError(path, `unknown report format "${format}" (known: ${Object.keys(FORMATS).join(", ")})`);
  }
  if (options.kind && FORMATS[format] !== options.kind) {
    throw new ReportError(path, `format ${format} gives ${FORMATS[format]}, expected ${KIND_WORDS[options.kind]}`);
  }
  const reader = readers[format];
  if (!reader) throw new ReportError(path, `reading ${format} is not implemented yet`);
  return reader({ path, format, repoRoot: options.repoRoot, suite: options.suite ?? "", variant: options.variant });
}

// src/runner/index.ts
init_define_TESTOPS_UPLOT();

// src/runner/combine.ts
init_define_TESTOPS_UPLOT();
var ratio = (covered, total) => ({ covered, total, pct: total === 0 ? null : covered / total * 100 });
function combineCoverage(reports) {
  if (reports.length <= 1) return reports[0];
  const files = /* @__PURE__ */ new Map();
  for (const report of reports) {
    for (const file of report.files) {
      const entry = files.get(file.path) ?? { lines: /* @__PURE__ */ new Map(), branches: /* @__PURE__ */ new Map() };
      for (const [line, hits] of file.lines) entry.lines.set(line, (entry.lines.get(line) ?? 0) + hits);
      for (const [line, covered, total] of file.branches) {
        const previous = entry.branches.get(line);
        entry.branches.set(line, previous ? [Math.max(previous[0], covered), Math.max(previous[1], total)] : [covered, total]);
      }
      if (file.functions)
        entry.functions = entry.functions ? {
          covered: Math.max(entry.functions.covered, file.functions.covered),
          total: Math.max(entry.functions.total, file.functions.total)
        } : { ...file.functions };
      files.set(file.path, entry);
    }
  }
  const merged = [...files.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([path, entry]) => ({
    path,
    lines: [...entry.lines.entries()].sort((a, b) => a[0] - b[0]),
    branches: [...entry.branches.entries()].sort((a, b) => a[0] - b[0]).map(([line, [covered, total]]) => [line, covered, total]),
    ...entry.functions ? { functions: entry.functions } : {}
  }));
  const sum = (pick) => merged.reduce(
    (acc, file) => {
      const [covered, total] = pick(file);
      return [acc[0] + covered, acc[1] + total];
    },
    [0, 0]
  );
  const lines2 = sum((file) => [file.lines.filter(([, hits]) => hits > 0).length, file.lines.length]);
  const branches = sum(
    (file) => file.branches.reduce((acc, [, covered, total]) => [acc[0] + covered, acc[1] + total], [0, 0])
  );
  const functions = sum((file) => [file.functions?.covered ?? 0, file.functions?.total ?? 0]);
  return {
    kind: "coverage",
    format: [...new Set(reports.map((report) => report.format))].join("+"),
    file: reports.map((report) => report.file).join(", "),
    files: merged,
    totals: { lines: ratio(...lines2), branches: ratio(...branches), functions: ratio(...functions) }
  };
}
function combinePerf(reports) {
  const scenarios = /* @__PURE__ */ new Map();
  for (const report of reports)
    for (const scenario of report.scenarios) scenarios.set(scenario.name, [...scenarios.get(scenario.name) ?? [], scenario]);
  return [...scenarios.entries()].map(([name, runs]) => {
    if (runs.length === 1) return runs[0];
    const metrics = {};
    for (const run of runs) {
      for (const [metric, value] of Object.entries(run.metrics)) {
        const current = metrics[metric];
        const samples = [...current?.samples ?? [], ...value.samples ?? [value.value]];
        metrics[metric] = { unit: value.unit, biggerIsBetter: value.biggerIsBetter, value: median(samples), samples };
      }
    }
    const failed2 = [...new Set(runs.flatMap((run) => run.failedThresholds ?? []))];
    return { name, metrics, ...failed2.length ? { failedThresholds: failed2 } : {} };
  });
}
function combineFindings(lists) {
  const seen = /* @__PURE__ */ new Map();
  for (const list2 of lists) for (const finding of list2) if (!seen.has(finding.fingerprint)) seen.set(finding.fingerprint, finding);
  return [...seen.values()];
}
function totalsOf(tests) {
  const totals = { tests: tests.length, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0, attempts: 0, duration: 0 };
  for (const test of tests) {
    totals[test.status] += 1;
    if (test.flaky) totals.flaky += 1;
    totals.attempts += test.attempts.length;
    totals.duration += test.duration;
  }
  return totals;
}

// src/runner/output.ts
init_define_TESTOPS_UPLOT();
import { randomBytes } from "node:crypto";
function recordingLog() {
  const calls = [];
  const record = (method) => (...args) => {
    calls.push({ method, args });
  };
  return {
    info: record("info"),
    warning: record("warning"),
    error: record("error"),
    notice: record("notice"),
    debug: record("debug"),
    group: record("group"),
    endGroup: record("endGroup"),
    replay(target) {
      for (const call of calls) target[call.method](...call.args);
    }
  };
}
var SuiteOutput = class {
  /**
   * @param log where lines go (the real log, or a recording one for a parallel suite)
   * @param fenceCommands wrap process output in ::stop-commands:: (on GitHub Actions)
   */
  constructor(log, fenceCommands) {
    this.log = log;
    this.fenceCommands = fenceCommands;
  }
  log;
  fenceCommands;
  fenced = false;
  token = randomBytes(12).toString("hex");
  /** A line printed by the suite's or a service's process. */
  processLine(line) {
    redactor.seeMasks(line);
    if (this.fenceCommands && !this.fenced) {
      this.log.info(`::stop-commands::${this.token}`);
      this.fenced = true;
    }
    this.log.info(line);
  }
  /** Re-enable workflow commands before our own messages. */
  unfence() {
    if (!this.fenced) return;
    this.log.info(`::${this.token}::`);
    this.fenced = false;
  }
  info(message2) {
    this.unfence();
    this.log.info(message2);
  }
  warning(message2) {
    this.unfence();
    this.log.warning(message2);
  }
  error(message2) {
    this.unfence();
    this.log.error(message2);
  }
  group(title) {
    this.unfence();
    this.log.group(title);
  }
  endGroup() {
    this.unfence();
    this.log.endGroup();
  }
};

// src/runner/suite.ts
init_define_TESTOPS_UPLOT();
import { existsSync as existsSync3, statSync } from "node:fs";
import { isAbsolute as isAbsolute4, join as join6, resolve as resolve3 } from "node:path";

// src/runner/capture.ts
init_define_TESTOPS_UPLOT();
import { closeSync, mkdirSync as mkdirSync2, openSync, writeSync } from "node:fs";
import { dirname as dirname3 } from "node:path";
var TAIL_LINES = 100;
var mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
var OutputCapture = class {
  /**
   * @param file where the whole output goes
   * @param budget shared by the suite's attempts: bytes of the log still free (mutated)
   * @param show prints one line to the log
   */
  constructor(file, budget, show) {
    this.file = file;
    this.budget = budget;
    this.show = show;
    mkdirSync2(dirname3(file), { recursive: true });
    this.fd = openSync(file, "w");
  }
  file;
  budget;
  show;
  fd;
  bytes = 0;
  shown = 0;
  hidden = 0;
  tail = new LineTail(TAIL_LINES);
  /** A raw chunk (stdout or stderr, as it came). */
  data(chunk) {
    this.bytes += chunk.length;
    if (this.fd !== void 0) writeSync(this.fd, chunk);
  }
  /** A line of it (already cut to 64 KB). */
  line(line) {
    const size = Buffer.byteLength(line) + 1;
    if (this.hidden === 0 && size <= this.budget.left) {
      this.budget.left -= size;
      this.shown += size;
      this.show(line);
      return;
    }
    if (this.hidden === 0) this.show(`\u2026 output over the log limit: the rest is in ${this.file}; its last lines follow at the end`);
    this.budget.left = 0;
    this.hidden += 1;
    this.tail.push(line);
  }
  /** Close the file; when lines were held back, show the last ones. */
  close() {
    if (this.fd !== void 0) closeSync(this.fd);
    this.fd = void 0;
    const tail = this.tail.get();
    if (this.hidden > 0) {
      const skipped = this.hidden - tail.length;
      this.show(
        `\u2026 ${skipped > 0 ? `${skipped} line(s) not shown; ` : ""}${mb(this.bytes)} in all, kept whole in ${this.file}; the last ${tail.length} line(s):`
      );
      for (const line of tail) this.show(line);
    }
    return { file: this.file, bytes: this.bytes, hiddenLines: Math.max(0, this.hidden - tail.length) };
  }
};

// src/runner/determinism.ts
init_define_TESTOPS_UPLOT();
function measureDeterminism(repeats) {
  const ids = /* @__PURE__ */ new Set();
  for (const outcomes of repeats) for (const id of outcomes.keys()) ids.add(id);
  const nondeterministic = /* @__PURE__ */ new Set();
  for (const id of ids) {
    const first = repeats[0]?.get(id) ?? "absent";
    if (repeats.some((outcomes) => (outcomes.get(id) ?? "absent") !== first)) nondeterministic.add(id);
  }
  const total = ids.size;
  const identical = total - nondeterministic.size;
  return {
    figure: { repeats: repeats.length, identical, total, ratio: total === 0 ? 1 : identical / total },
    nondeterministic
  };
}
var RANK = { skipped: 0, passed: 1, failed: 2, errored: 3 };
function outcomesOf(tests) {
  const outcomes = /* @__PURE__ */ new Map();
  for (const test of tests) {
    const status2 = test.attempts[0]?.status ?? test.status;
    const previous = outcomes.get(test.id);
    if (!previous || RANK[status2] > RANK[previous]) outcomes.set(test.id, status2);
  }
  return outcomes;
}
function settleRepeats(tests, nondeterministic, repeatOf) {
  for (let at2 = 0; at2 < tests.length; at2++) {
    const test = tests[at2];
    if (nondeterministic.has(test.id)) {
      const own = ownTest(tests, at2);
      own.nondeterministic = true;
      own.flaky = false;
      own.status = worst(own.attempts);
      continue;
    }
    const finals = /* @__PURE__ */ new Map();
    for (const attempt of test.attempts) finals.set(repeatOf(attempt.run ?? 0), attempt.status);
    const failing = [...finals.values()].filter((status2) => status2 === "failed" || status2 === "errored");
    if (failing.length > 0) ownTest(tests, at2).status = failing.includes("errored") ? "errored" : "failed";
  }
}
function worst(attempts) {
  let status2 = "skipped";
  for (const attempt of attempts) if (RANK[attempt.status] > RANK[status2]) status2 = attempt.status;
  return status2;
}

// src/runner/env.ts
init_define_TESTOPS_UPLOT();
var WITHHELD = [
  /^INPUT_/i,
  /^GITHUB_TOKEN$/i,
  /^GH_TOKEN$/i,
  /^ACTIONS_RUNTIME_TOKEN$/i,
  /^ACTIONS_RUNTIME_URL$/i,
  /^ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)$/i,
  /^ACTIONS_CACHE_(URL|SERVICE_V2)$/i,
  /^ACTIONS_RESULTS_URL$/i,
  /^GITHUB_(ENV|OUTPUT|PATH|STATE|STEP_SUMMARY)$/i
];
function isWithheld(name) {
  return WITHHELD.some((pattern) => pattern.test(name));
}
function suiteEnv(base, values) {
  const env = {};
  for (const [name, value] of Object.entries(base)) if (value !== void 0 && !isWithheld(name)) env[name] = value;
  Object.assign(env, values.extra);
  env.CI = "true";
  env.TEST_MODE = values.mode;
  env.TEST_SEED = values.seed;
  env.TESTOPS_SUITE = values.suite;
  env.TESTOPS_SHARD = values.shard;
  return env;
}

// src/runner/outputs.ts
init_define_TESTOPS_UPLOT();
import { open as open2, readFile } from "node:fs/promises";
var CUT = 200;
var cut = (line) => line.length > CUT ? `${line.slice(0, CUT - 1)}\u2026` : line;
async function sameBytes(a, b) {
  const [left, right] = await Promise.all([open2(a), open2(b)]);
  try {
    const size = 64 * 1024;
    const bufferA = Buffer.alloc(size);
    const bufferB = Buffer.alloc(size);
    let offset = 0;
    for (; ; ) {
      const [{ bytesRead: readA }, { bytesRead: readB }] = await Promise.all([
        left.read(bufferA, 0, size, offset),
        right.read(bufferB, 0, size, offset)
      ]);
      const common = Math.min(readA, readB);
      if (readA === readB && bufferA.subarray(0, common).equals(bufferB.subarray(0, common))) {
        if (readA === 0) return { same: true, offset };
        offset += readA;
        continue;
      }
      for (let i = 0; i < common; i++) if (bufferA[i] !== bufferB[i]) return { same: false, offset: offset + i };
      if (readA !== readB) return { same: false, offset: offset + common };
      if (readA === 0) return { same: true, offset };
      offset += readA;
    }
  } finally {
    await Promise.all([left.close(), right.close()]);
  }
}
async function lineAt(a, b, offset) {
  const [left, right] = await Promise.all([readFile(a), readFile(b)]);
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < left.length; i++) {
    if (left[i] === 10) {
      line++;
      start = i + 1;
    }
  }
  const text3 = (buffer) => {
    if (start >= buffer.length) return "(end of file)";
    const end = buffer.indexOf(10, start);
    return cut(
      buffer.subarray(start, end === -1 ? buffer.length : end).toString("utf8").replace(/\r$/, "")
    );
  };
  return { line, expected: text3(left), actual: text3(right) };
}
async function compareOutputs(repeats) {
  const [first, ...rest] = repeats;
  const files = /* @__PURE__ */ new Set();
  for (const repeat of repeats) for (const file of repeat.keys()) files.add(file);
  const differing = /* @__PURE__ */ new Set();
  const differences = [];
  if (!first) return { total: 0, identical: 0, differences };
  for (const [index2, repeat] of rest.entries()) {
    for (const file of [...files].sort()) {
      const expected = first.get(file);
      const actual = repeat.get(file);
      const where = { file, repeat: index2 + 2 };
      if (!expected && !actual) continue;
      if (!actual) differences.push({ ...where, kind: "missing" });
      else if (!expected) differences.push({ ...where, kind: "extra" });
      else {
        const { same, offset } = await sameBytes(expected, actual);
        if (same) continue;
        differences.push({ ...where, kind: "content", ...await lineAt(expected, actual, offset) });
      }
      differing.add(file);
    }
  }
  return { total: files.size, identical: files.size - differing.size, differences };
}
function describeDifference(difference) {
  switch (difference.kind) {
    case "missing":
      return `${difference.file}: written by repeat 1 but not by repeat ${difference.repeat}`;
    case "extra":
      return `${difference.file}: written by repeat ${difference.repeat} but not by repeat 1`;
    default:
      return `${difference.file}: repeat ${difference.repeat} differs from repeat 1 at line ${difference.line}: ${JSON.stringify(difference.expected)} \u2192 ${JSON.stringify(difference.actual)}`;
  }
}

// src/runner/suite-paths.ts
init_define_TESTOPS_UPLOT();
import { posix } from "node:path";
function suiteDirectory(suite) {
  const directory = suite["working-directory"];
  if (!directory) return "";
  const normal = posix.normalize(directory.replaceAll("\\", "/")).replace(/\/+$/, "");
  return normal === "." ? "" : normal;
}
function filesFromSuiteDirectory(suite, files) {
  const directory = suiteDirectory(suite);
  if (!directory) return [...files];
  return files.map((file) => posix.relative(directory, file) || ".");
}
function fromSuiteDirectory(suite, path) {
  const directory = suiteDirectory(suite);
  if (!directory || path === directory || path.startsWith(`${directory}/`) || posix.isAbsolute(path)) return path;
  return posix.normalize(posix.join(directory, path));
}
function coverageFromSuiteDirectory(report, suite, exists) {
  if (!suiteDirectory(suite)) return report;
  let moved = 0;
  const files = report.files.map((file) => {
    const inDirectory = fromSuiteDirectory(suite, file.path);
    if (inDirectory === file.path || !exists(inDirectory)) return file;
    moved++;
    return { ...file, path: inDirectory };
  });
  return moved === 0 ? report : { ...report, files };
}

// src/flaky/early.ts
init_define_TESTOPS_UPLOT();
import { existsSync as existsSync2 } from "node:fs";
import { join as join4 } from "node:path";
function planEarlyRepeats(input) {
  const repeats = input.config.flaky["early-repeats"];
  if (repeats < 2 || !input.changed || input.event.isDefaultBranch) return input.suites;
  const present = input.changed.filter((file) => file.status !== "deleted" && existsSync2(join4(input.repoRoot, file.path)));
  return input.suites.map((plan) => {
    const suite = input.config.suites[plan.name];
    if (!plan.selected || !suite?.tests || suite.tests.length === 0) return plan;
    const isTest = compileGlobs(suite.tests);
    const mine = plan.files ? new Set(plan.files) : void 0;
    const files = present.map((file) => file.path).filter((path) => isTest(path) && (!mine || mine.has(path))).sort();
    if (files.length === 0) return plan;
    if (!suite["files-arg"])
      return {
        ...plan,
        reasons: [...plan.reasons, `changed test files not repeated (early flake detection needs files-arg): ${files.join(", ")}`]
      };
    const baselineDuration = medianOf(input.baseline?.suiteDurations[plan.name] ?? []);
    const budget = baselineDuration !== void 0 ? baselineDuration * input.config.flaky["early-budget"] / 100 : void 0;
    return { ...plan, early: { files, repeats, ...budget !== void 0 ? { budget } : {} } };
  });
}
var failed = (status2) => status2 === "failed" || status2 === "errored";
function foldEarlyRepeats(tests, repeats) {
  const repeated = /* @__PURE__ */ new Set();
  for (const repeat of repeats) for (const ran of repeat) repeated.add(ran.id);
  const byId = /* @__PURE__ */ new Map();
  for (let at2 = 0; at2 < tests.length; at2++) {
    const id = tests[at2].id;
    if (repeated.has(id)) byId.set(id, ownTest(tests, at2));
  }
  const runsOf = /* @__PURE__ */ new Map();
  for (const repeat of repeats) {
    for (const ran of repeat) {
      const test = byId.get(ran.id);
      if (!test || ran.status === "skipped") continue;
      let statuses = runsOf.get(test.id);
      if (!statuses) {
        const first = test.attempts[0]?.status ?? test.status;
        statuses = first === "skipped" ? [] : [first];
        runsOf.set(test.id, statuses);
      }
      test.attempts = [...test.attempts, ...ran.attempts];
      test.duration += ran.duration;
      statuses.push(ran.status);
    }
  }
  for (const [id, statuses] of runsOf) {
    const test = byId.get(id);
    if (statuses.length < 2) continue;
    const failedRuns = statuses.filter(failed).length;
    test.early = { runs: statuses.length, failed: failedRuns };
    if (failedRuns > 0 && failedRuns < statuses.length && !test.nondeterministic) test.flaky = true;
  }
  return tests;
}

// src/runner/cassettes.ts
init_define_TESTOPS_UPLOT();
import { mkdir as mkdir2, readFile as readFile2, rm, stat as stat3 } from "node:fs/promises";
import { dirname as dirname4, isAbsolute as isAbsolute3, join as join5, relative as relative2, resolve as resolve2 } from "node:path";
var MAX_LISTED = 50;
var toPosix2 = (path) => path.split("\\").join("/");
async function openCassettes(config, options) {
  const files = await findFiles(options.repoRoot, config.path);
  const atimes = /* @__PURE__ */ new Map();
  for (const file of files) atimes.set(file, await accessTime(join5(options.repoRoot, file)));
  await mkdir2(dirname4(options.manifest), { recursive: true });
  await rm(options.manifest, { force: true });
  return {
    env: { TESTOPS_CASSETTE_MANIFEST: options.manifest },
    async finish({ golden }) {
      const reads = await readsOf(files, atimes, options);
      const stale = config.code ? await staleCassettes(files, config.code, config.path, options) : { stale: [] };
      const unused = golden && reads.read ? files.filter((file) => !reads.read?.has(file)) : [];
      return {
        files: files.length,
        readBy: reads.by,
        ...reads.read ? { read: files.filter((file) => reads.read?.has(file)).length } : {},
        unused: unused.slice(0, MAX_LISTED),
        unusedCount: unused.length,
        stale: stale.stale.slice(0, MAX_LISTED),
        staleCount: stale.stale.length,
        ...stale.unknown ? { staleUnknown: stale.unknown } : {}
      };
    }
  };
}
async function accessTime(path) {
  try {
    return (await stat3(path)).atimeMs;
  } catch {
    return Number.NaN;
  }
}
async function readsOf(files, atimes, options) {
  let text3;
  try {
    text3 = await readFile2(options.manifest, "utf8");
  } catch {
    text3 = void 0;
  }
  if (text3 !== void 0) {
    const read2 = /* @__PURE__ */ new Set();
    for (const line of text3.split(/\r?\n/)) {
      const entry = line.trim();
      if (!entry) continue;
      const path = toPosix2(
        isAbsolute3(entry) ? relative2(options.repoRoot, entry) : relative2(options.repoRoot, resolve2(options.repoRoot, entry))
      );
      read2.add(path);
    }
    return { by: "manifest", read: read2 };
  }
  const read = /* @__PURE__ */ new Set();
  for (const file of files) {
    const before = atimes.get(file) ?? Number.NaN;
    const after = await accessTime(join5(options.repoRoot, file));
    if (after > before) read.add(file);
  }
  return read.size > 0 ? { by: "atime", read } : { by: "unknown" };
}
async function lastChanges(git, globs) {
  const specs = globs.map((glob) => glob.startsWith("!") ? `:(exclude,glob)${glob.slice(1)}` : `:(glob)${glob}`);
  const out = await git.run(["log", "--format=%x01%ct", "--name-only", "--no-renames", "--", ...specs], { allowFailure: true });
  const times = /* @__PURE__ */ new Map();
  let time = 0;
  for (const line of out.split("\n")) {
    if (line.startsWith("")) time = Number(line.slice(1));
    else if (line && !times.has(line)) times.set(line, time);
  }
  return times;
}
async function dirtyPaths(git, globs) {
  const specs = globs.map((glob) => glob.startsWith("!") ? `:(exclude,glob)${glob.slice(1)}` : `:(glob)${glob}`);
  const out = await git.run(["status", "--porcelain", "--no-renames", "--", ...specs], { allowFailure: true });
  return out.split("\n").filter((line) => line.length > 3).map((line) => line.slice(3).replace(/^"|"$/g, ""));
}
async function staleCassettes(files, code, cassetteGlobs, options) {
  const { git } = options;
  const inside = await git.run(["rev-parse", "--is-inside-work-tree"], { allowFailure: true });
  if (inside.trim() !== "true") return { stale: [], unknown: "not a git repository: cassette ages come from git history" };
  const shallow = (await git.run(["rev-parse", "--is-shallow-repository"], { allowFailure: true })).trim() === "true";
  const nowSeconds = Math.floor(options.now() / 1e3);
  const codeTimes = await lastChanges(git, code);
  for (const path of await dirtyPaths(git, code)) codeTimes.set(path, nowSeconds);
  let newestCode;
  for (const [path, time] of codeTimes) if (!newestCode || time > newestCode.time) newestCode = { path, time };
  if (!newestCode) return { stale: [] };
  const cassetteTimes = await lastChanges(git, cassetteGlobs);
  for (const path of await dirtyPaths(git, cassetteGlobs)) cassetteTimes.set(path, nowSeconds);
  const iso = (seconds3) => new Date(seconds3 * 1e3).toISOString();
  const stale = [];
  for (const file of files) {
    const recorded = cassetteTimes.get(file);
    if (recorded === void 0) continue;
    if (recorded < newestCode.time)
      stale.push({ file, recordedAt: iso(recorded), codeChangedAt: iso(newestCode.time), code: newestCode.path });
  }
  return shallow ? { stale, unknown: "shallow clone: ages are only as old as the fetched history (use fetch-depth: 0)" } : { stale };
}

// src/runner/chaos.ts
init_define_TESTOPS_UPLOT();
function chaosSeed(runSeed, suite) {
  return String(Number.parseInt(stableHash("testops-chaos", runSeed, suite).slice(0, 8), 16));
}
function chaosEnv(suite, name, runSeed) {
  const chaos = suite.chaos;
  if (!chaos && suite.level !== "chaos") return {};
  const env = {
    CHAOS_ENABLED: String(chaos?.enabled ?? true),
    CHAOS_SEED: chaos?.seed ?? chaosSeed(runSeed, name)
  };
  if (chaos?.probability !== void 0) env.CHAOS_PROBABILITY = String(chaos.probability);
  if (chaos?.duration !== void 0) env.CHAOS_DURATION = String(chaos.duration);
  return env;
}

// src/runner/faults.ts
init_define_TESTOPS_UPLOT();

// src/runner/fault-proxy.ts
init_define_TESTOPS_UPLOT();
var import_seedrandom = __toESM(require_seedrandom2(), 1);
import { createServer, connect } from "node:net";
var BLOCK2 = 100;
var MAX_PENDING = 1 << 20;
var FateSequence = class {
  constructor(seed, drop, reset) {
    this.seed = seed;
    this.drop = drop;
    this.reset = reset;
  }
  seed;
  drop;
  reset;
  fates = [];
  dropCarry = 0;
  resetCarry = 0;
  block = 0;
  fate(index2) {
    while (this.fates.length <= index2) this.fillBlock();
    return this.fates[index2];
  }
  fillBlock() {
    const random = (0, import_seedrandom.default)(`testops-proxy:${this.seed}:block:${this.block++}`);
    this.dropCarry += this.drop * BLOCK2;
    this.resetCarry += this.reset * BLOCK2;
    const drops = Math.min(BLOCK2, Math.floor(this.dropCarry + 1e-9));
    const resets = Math.min(BLOCK2 - drops, Math.floor(this.resetCarry + 1e-9));
    this.dropCarry -= drops;
    this.resetCarry -= resets;
    const positions = Array.from({ length: BLOCK2 }, (_, index2) => index2);
    for (let i = BLOCK2 - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [positions[i], positions[j]] = [positions[j], positions[i]];
    }
    const block = new Array(BLOCK2).fill("pass");
    for (let i = 0; i < drops; i++) block[positions[i]] = "drop";
    for (let i = drops; i < drops + resets; i++) block[positions[i]] = "reset";
    pushAll(this.fates, block);
  }
};
var Lane = class {
  constructor(from, to, delay, bytesPerSecond, gate, count3) {
    this.from = from;
    this.to = to;
    this.delay = delay;
    this.bytesPerSecond = bytesPerSecond;
    this.gate = gate;
    this.count = count3;
  }
  from;
  to;
  delay;
  bytesPerSecond;
  gate;
  count;
  lastDue = 0;
  pending = 0;
  ended = false;
  inFlight = 0;
  push(chunk) {
    const now = performance.now();
    const transfer = this.bytesPerSecond ? chunk.length / this.bytesPerSecond * 1e3 : 0;
    const due = Math.max(this.lastDue + transfer, now + this.delay() + transfer);
    this.lastDue = due;
    this.pending += chunk.length;
    this.inFlight++;
    if (this.pending > MAX_PENDING) this.from.pause();
    const deliver = () => this.gate(() => {
      this.pending -= chunk.length;
      this.inFlight--;
      if (!this.to.destroyed) {
        this.to.write(chunk);
        this.count(chunk.length);
      }
      if (this.pending <= MAX_PENDING / 2 && this.from.isPaused() && !this.from.destroyed) this.from.resume();
      if (this.ended && this.inFlight === 0) this.to.end();
    });
    const wait = due - now;
    if (wait <= 0.5) deliver();
    else setTimeout(deliver, wait);
  }
  end() {
    this.ended = true;
    if (this.inFlight === 0) this.gate(() => this.to.end());
  }
};
var FaultProxy = class {
  constructor(options) {
    this.options = options;
    this.fates = new FateSequence(options.seed, options.drop ?? 0, options.reset ?? 0);
  }
  options;
  server;
  sockets = /* @__PURE__ */ new Set();
  fates;
  next = 0;
  partitioned = false;
  held = [];
  counts = { connections: 0, dropped: 0, reset: 0, refused: 0, bytesUp: 0, bytesDown: 0 };
  /** Listen; rejects with a plain sentence when the port cannot be had. */
  start() {
    const server = createServer({ pauseOnConnect: true }, (client) => this.accept(client));
    this.server = server;
    return new Promise((resolve4, reject) => {
      server.once(
        "error",
        (error) => reject(
          new Error(
            `fault proxy could not listen on ${this.describe(this.options.listen)}: ${error.code === "EADDRINUSE" ? "the port is in use" : error.message}`
          )
        )
      );
      server.listen(this.options.listen.port, this.options.listen.host, () => resolve4());
    });
  }
  /** Start or end a partition: while on, nothing passes in either direction (connections are held, not closed). */
  setPartition(on) {
    if (on === this.partitioned) return;
    this.partitioned = on;
    if (on) for (const socket of this.sockets) socket.pause();
    else {
      const held = this.held;
      this.held = [];
      for (const deliver of held) deliver();
      for (const socket of this.sockets) if (!socket.destroyed) socket.resume();
    }
  }
  stats() {
    return { listen: this.describe(this.options.listen), to: this.describe(this.options.to), ...this.counts };
  }
  async close() {
    this.partitioned = false;
    this.held = [];
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    const server = this.server;
    if (!server) return;
    await new Promise((resolve4) => server.close(() => resolve4()));
  }
  describe(endpoint) {
    return `${endpoint.host.includes(":") ? `[${endpoint.host}]` : endpoint.host}:${endpoint.port}`;
  }
  gate = (deliver) => {
    if (this.partitioned) this.held.push(deliver);
    else deliver();
  };
  track(socket) {
    this.sockets.add(socket);
    socket.on("close", () => this.sockets.delete(socket));
    socket.on("error", () => {
    });
  }
  accept(client) {
    const index2 = this.next++;
    this.counts.connections++;
    this.track(client);
    const fate = this.fates.fate(index2);
    if (fate === "drop") {
      this.counts.dropped++;
      client.destroy();
      return;
    }
    const jitterRandom = (0, import_seedrandom.default)(`testops-proxy:${this.options.seed}:jitter:${index2}`);
    const latency = this.options.latencyMs ?? 0;
    const jitter = this.options.jitterMs ?? 0;
    const downDelay = () => Math.max(0, latency + (jitter > 0 ? (jitterRandom() * 2 - 1) * jitter : 0));
    this.gate(() => {
      if (client.destroyed) return;
      const upstream = connect(this.options.to.port, this.options.to.host);
      this.track(upstream);
      let connected = false;
      upstream.once("connect", () => {
        connected = true;
        client.resume();
      });
      upstream.once("error", () => {
        if (!connected) this.counts.refused++;
        client.resetAndDestroy();
      });
      upstream.once("close", () => {
        if (!client.destroyed && !client.writableEnded && !connected) client.resetAndDestroy();
      });
      client.once("close", () => upstream.destroy());
      const up = new Lane(
        client,
        upstream,
        () => 0,
        this.options.bytesPerSecond,
        this.gate,
        (bytes) => {
          this.counts.bytesUp += bytes;
        }
      );
      const down = new Lane(upstream, client, downDelay, this.options.bytesPerSecond, this.gate, (bytes) => {
        this.counts.bytesDown += bytes;
      });
      let first = true;
      client.on("data", (chunk) => {
        if (first && fate === "reset") {
          this.counts.reset++;
          client.resetAndDestroy();
          upstream.destroy();
          return;
        }
        first = false;
        up.push(chunk);
      });
      client.on("end", () => up.end());
      upstream.on("data", (chunk) => down.push(chunk));
      upstream.on("end", () => down.end());
      if (this.partitioned) client.pause();
    });
  }
};

// src/runner/services.ts
init_define_TESTOPS_UPLOT();
import { closeSync as closeSync2, mkdirSync as mkdirSync3, openSync as openSync2, writeSync as writeSync2 } from "node:fs";
import { dirname as dirname5 } from "node:path";
var SERVICE_TAIL_LINES = 50;
function startService(config, context) {
  const tail = new LineTail(SERVICE_TAIL_LINES);
  mkdirSync3(dirname5(context.logFile), { recursive: true });
  let logFd = openSync2(context.logFile, "w");
  const token = newRunToken();
  let exit;
  let spawnError;
  let stopping = false;
  let readyState = { ready: false, afterSeconds: 0 };
  const child = spawnGroup(config.command, context.cwd, context.env, token);
  const closed = new Promise((resolve4) => {
    child.on("close", () => resolve4());
    child.on("error", (error) => {
      spawnError = error.message;
      resolve4();
    });
  });
  const flush = forwardLines(
    child,
    (line) => tail.push(line),
    (chunk) => {
      if (logFd !== void 0) writeSync2(logFd, chunk);
    }
  );
  child.on("exit", (code, signal) => {
    exit = { code, signal };
  });
  closed.then(() => {
    flush();
    if (logFd !== void 0) closeSync2(logFd);
    logFd = void 0;
  });
  const died = () => {
    if (spawnError) return `could not start: ${spawnError}`;
    if (!exit || stopping) return void 0;
    if (exit.code === 0) return void 0;
    return exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
  };
  let check;
  let ready;
  try {
    check = parseReadiness(config.ready);
    ready = waitUntilReady(check, {
      cwd: context.cwd,
      env: context.env,
      timeoutMs: 5e3,
      deadlineMs: config.timeout * 1e3,
      intervalMs: context.pollMs,
      signal: context.signal,
      gaveUp: died
    }).then((result) => {
      readyState = { ready: result.ready, afterSeconds: result.elapsedMs / 1e3 };
      if (result.ready) return { ready: true, afterSeconds: result.elapsedMs / 1e3 };
      const within = `within ${config.timeout}s`;
      const reason = result.reason === "cancelled" ? "cancelled before it was ready" : died() ? `${died()} before it was ready` : `did not become ready ${within} (${describeReadiness(check)}${result.reason ? `: ${result.reason}` : ""})`;
      return { ready: false, reason, afterSeconds: result.elapsedMs / 1e3 };
    });
  } catch (error) {
    ready = Promise.resolve({ ready: false, reason: error.message, afterSeconds: 0 });
  }
  return {
    name: config.name,
    pid: child.pid,
    ready,
    died,
    tail: () => tail.get(),
    async stop() {
      stopping = exit === void 0 ? true : stopping;
      await stopEverything(child.pid, token, context.graceMs);
      await Promise.race([closed, new Promise((resolve4) => setTimeout(resolve4, 2e3).unref())]);
      child.stdout?.destroy();
      child.stderr?.destroy();
    },
    record(includeTail) {
      const death = died();
      return {
        name: config.name,
        command: config.command,
        ready: readyState.ready,
        ...readyState.ready ? { readyAfter: Math.round(readyState.afterSeconds * 1e3) / 1e3 } : {},
        exitCode: exit?.code ?? null,
        ...death ? { died: true } : {},
        ...includeTail || death ? { logTail: tail.get() } : {}
      };
    }
  };
}

// src/runner/faults.ts
function isSupervised(service) {
  return typeof service.arm === "function";
}
function armFaults(services) {
  for (const service of services) if (isSupervised(service)) service.arm();
}
function proxySeed(context, service, index2) {
  return stableHash("testops-fault-proxy", context.seed, context.suite, service, index2);
}
var round = (seconds3) => Math.round(seconds3 * 1e3) / 1e3;
function startServiceWithFaults(config, context, faults) {
  if (config.faults.length === 0) return startService(config, context);
  return superviseService(config, context, faults);
}
function superviseService(config, context, faultContext) {
  const events = [];
  const timers = /* @__PURE__ */ new Set();
  const proxies = config.faults.flatMap((fault, index2) => fault.proxy ? [{ fault, proxy: proxyFor(fault, config.name, index2) }] : []);
  let origin;
  let stopped = false;
  let paused = false;
  let current = { service: startService(config, context), plannedEnd: false };
  let instances = 1;
  let failedRestart;
  const first = current.service;
  function proxyFor(fault, service, index2) {
    const proxy = fault.proxy;
    return new FaultProxy({
      listen: proxy.listen,
      to: proxy.to,
      ...fault.latency !== void 0 ? { latencyMs: fault.latency * 1e3 } : {},
      ...fault.jitter !== void 0 ? { jitterMs: fault.jitter * 1e3 } : {},
      ...fault.bandwidth !== void 0 ? { bytesPerSecond: fault.bandwidth } : {},
      drop: (fault.drop ?? 0) / 100,
      reset: (fault.reset ?? 0) / 100,
      seed: proxySeed(faultContext, service, index2)
    });
  }
  const elapsed = () => origin === void 0 ? 0 : round((faultContext.now() - origin) / 1e3);
  const record = (event) => {
    const full = { at: elapsed(), ...event };
    events.push(full);
    return full;
  };
  const later = (seconds3, action) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!stopped) void action();
    }, seconds3 * 1e3);
    timers.add(timer);
  };
  const proxiesUp = Promise.all(proxies.map(({ proxy }) => proxy.start())).then(
    () => void 0,
    (error) => error.message
  );
  const ready = Promise.all([first.ready, proxiesUp]).then(
    ([result, proxyError]) => proxyError && result.ready ? { ready: false, reason: proxyError, afterSeconds: result.afterSeconds } : result
  );
  const kill = (fault) => {
    const target = current;
    const signal = fault.kill;
    target.plannedEnd = true;
    if (paused) signalGroup(target.service.pid, "SIGCONT");
    paused = false;
    signalGroup(target.service.pid, signal);
    const killed = record({ kind: "kill", target: config.name, detail: signal });
    const restartAfter = fault["restart-after"];
    if (restartAfter === void 0) return;
    later(restartAfter, async () => {
      await target.service.stop();
      if (stopped) return;
      instances++;
      const logFile = context.logFile.replace(/(\.log)?$/, `.restart-${instances - 1}.log`);
      current = { service: startService(config, { ...context, logFile }), plannedEnd: false };
      record({ kind: "restart", target: config.name });
      const result = await current.service.ready;
      if (stopped) return;
      if (result.ready) {
        record({ kind: "ready", target: config.name });
        killed.recovery = round(elapsed() - killed.at);
      } else {
        failedRestart = `did not come back after the kill at ${killed.at.toFixed(1)} s: ${result.reason ?? "not ready"}`;
        record({ kind: "not-ready", target: config.name, detail: result.reason ?? "not ready" });
      }
    });
  };
  const pause = (seconds3) => {
    if (current.plannedEnd) return;
    paused = true;
    signalGroup(current.service.pid, "SIGSTOP");
    record({ kind: "pause", target: config.name, detail: `${seconds3}s` });
    const frozen = current;
    later(seconds3, () => {
      if (current !== frozen || !paused) return;
      paused = false;
      signalGroup(frozen.service.pid, "SIGCONT");
      record({ kind: "resume", target: config.name });
    });
  };
  return {
    name: config.name,
    get pid() {
      return current.service.pid;
    },
    ready,
    died() {
      if (failedRestart) return failedRestart;
      if (current.plannedEnd) return void 0;
      return current.service.died();
    },
    tail: () => current.service.tail(),
    arm() {
      if (origin !== void 0) return;
      origin = faultContext.now();
      for (const fault of config.faults) {
        if (fault.kill !== void 0) later(fault.at ?? 0, () => kill(fault));
        else if (fault.pause !== void 0) later(fault.at ?? 0, () => pause(fault.pause));
      }
      for (const { fault, proxy } of proxies) {
        const target = `${config.name} via ${proxy.stats().listen}`;
        for (const window of fault.partition ?? []) {
          later(window.at, () => {
            proxy.setPartition(true);
            record({ kind: "partition", target, detail: `${window.for}s` });
          });
          later(window.at + window.for, () => {
            proxy.setPartition(false);
            record({ kind: "heal", target });
          });
        }
      }
    },
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      if (paused) signalGroup(current.service.pid, "SIGCONT");
      paused = false;
      await Promise.all([current.service.stop(), first === current.service ? void 0 : first.stop()]);
      await Promise.all(proxies.map(({ proxy }) => proxy.close()));
    },
    record(includeTail) {
      const base = first.record(false);
      const now = current.service.record(includeTail);
      const death = this.died();
      const { died: _firstDied, exitCode: _firstExit, logTail: _firstTail, ...firstFields } = base;
      return {
        ...firstFields,
        exitCode: now.exitCode ?? null,
        ...death ? { died: true } : {},
        ...includeTail || death ? { logTail: current.service.tail() } : {},
        faults: [...events].sort((a, b) => a.at - b.at),
        ...proxies.length > 0 ? { proxies: proxies.map(({ proxy }) => proxy.stats()) } : {}
      };
    }
  };
}

// src/runner/suite.ts
function initialCommand(suite, plan) {
  if (plan.replay && plan.replay.length > 0) return rerunCommand(suite.rerun, suite.command, plan.replay.map(asTestCase)).command;
  if (suite["files-arg"] && plan.files && plan.files.length > 0)
    return fillTemplate(suite["files-arg"], { files: filesFromSuiteDirectory(suite, plan.files) });
  return suite.command;
}
var isFailure2 = (status2) => status2 === "failed" || status2 === "errored";
function parseProblem(suite, file, absolute, error) {
  const detail = error;
  const message2 = (detail.message ?? String(error)).split("\n")[0].split(absolute).join(file);
  return {
    kind: "parse-error",
    suite,
    file,
    ...typeof detail.line === "number" ? { line: detail.line } : {},
    ...typeof detail.column === "number" ? { column: detail.column } : {},
    message: message2.includes(file) ? message2 : `${file}${detail.line ? `:${detail.line}` : ""}: ${message2}`
  };
}
async function runSuite(context) {
  const { suite, plan, config, out, clock } = context;
  const name = plan.name;
  const mode = suite.mode ?? config.mode;
  const timeout = suite.timeout ?? config.timeout;
  const retries = suite.retries ?? config.retries;
  const command = initialCommand(suite, plan);
  const startedAt = clock.now().toISOString();
  const started = clock.monotonic();
  const problems = [];
  const attempts = [];
  const run = {
    name,
    selected: true,
    reasons: plan.reasons,
    ...suite.level ? { level: suite.level } : {},
    mode,
    seed: context.seed,
    ...context.shard ? { shard: context.shard } : {},
    command,
    status: "passed",
    exitCode: null,
    duration: 0,
    ...suite.budget !== void 0 ? { budget: suite.budget } : {},
    ...plan.estimatedDuration !== void 0 ? { estimatedDuration: plan.estimatedDuration } : {},
    startedAt,
    attempts,
    services: [],
    tests: [],
    totals: totalsOf([]),
    perf: [],
    security: [],
    problems
  };
  const finish = (status3) => {
    run.status = status3;
    run.duration = (clock.monotonic() - started) / 1e3;
    return run;
  };
  const cwd = resolve3(context.repoRoot, suite["working-directory"] ?? ".");
  if (!existsSync3(cwd) || !statSync(cwd).isDirectory()) {
    problems.push({
      kind: "config",
      suite: name,
      message: `suites.${name}.working-directory: "${suite["working-directory"]}" is not a directory in the repository`
    });
    out.error(`${name}: working-directory ${suite["working-directory"]} does not exist`);
    return finish("errored");
  }
  const chaos = chaosEnv(suite, name, context.seed);
  if (Object.keys(chaos).length > 0) run.chaos = chaos;
  const cassettes = suite.cassettes ? await openCassettes(suite.cassettes, {
    repoRoot: context.repoRoot,
    manifest: join6(context.workDir, name, "cassettes-read.txt"),
    git: createGit(context.repoRoot),
    now: () => clock.now().getTime()
  }) : void 0;
  const env = suiteEnv(context.baseEnv, {
    mode,
    seed: context.seed,
    suite: name,
    shard: context.shard ?? "",
    extra: { ...chaos, ...cassettes?.env, ...suite.env }
  });
  redactor.addEnv(env);
  out.info(`TEST_MODE=${mode} TEST_SEED=${context.seed}${context.shard ? ` TESTOPS_SHARD=${context.shard}` : ""}`);
  const inDirectory = suite["working-directory"] ? `cd ${shellQuote(suite["working-directory"])} && ` : "";
  out.info(`reproduce: ${inDirectory}TEST_MODE=${mode} TEST_SEED=${context.seed} sh -c ${shellQuote(command)}`);
  const services = [];
  const stopServices = async (includeTail) => {
    await Promise.all(services.map((service) => service.stop()));
    run.services = services.map((service) => service.record(includeTail));
    for (const service of run.services) {
      if (service.logTail && service.logTail.length > 0) {
        out.info(`last ${service.logTail.length} lines of service ${service.name}:`);
        for (const line of service.logTail) out.processLine(line);
      }
    }
  };
  for (const [index2, serviceConfig] of suite.services.entries()) {
    const service = startServiceWithFaults(
      serviceConfig,
      {
        cwd: resolve3(context.repoRoot, serviceConfig["working-directory"] ?? suite["working-directory"] ?? "."),
        env: { ...env, ...serviceConfig.env },
        logFile: join6(context.workDir, name, "services", `${index2}-${serviceConfig.name.replace(/[^A-Za-z0-9_.-]/g, "_")}.log`),
        graceMs: context.graceMs,
        pollMs: context.pollMs,
        signal: context.signal
      },
      { seed: context.seed, suite: name, now: () => clock.monotonic() }
    );
    services.push(service);
    const ready = await service.ready;
    if (!ready.ready) {
      const cancelled = context.signal?.aborted ?? false;
      if (!cancelled) {
        problems.push({ kind: "service", suite: name, message: `service ${service.name} ${ready.reason}` });
        out.error(`${name}: service ${service.name} ${ready.reason}`);
      }
      await stopServices(!cancelled);
      if (cancelled) problems.push({ kind: "cancelled", suite: name, message: "cancelled while starting services" });
      return finish(cancelled ? "cancelled" : "errored");
    }
    out.info(`service ${service.name} ready after ${formatSeconds(ready.afterSeconds)}`);
  }
  armFaults(services);
  const specs = reportSpecs(suite);
  const declaresTests = specs.some((spec) => spec.kind === "tests");
  const outputSpecs = suite.outputs ? [{ kind: "tests", format: "auto", patterns: suite.outputs }] : [];
  const logBudget = { left: suite["log-limit"] ?? config["log-limit"] };
  const outcomes = [];
  const repeatOutcomes = [];
  const repeatFiles = [];
  const repeatOfAttempt = [];
  let stop = false;
  const rerunBase = plan.replay && plan.replay.length > 0 ? suite.command : command;
  let retryWhy;
  for (let repeat = 0; repeat < suite.repeat && !stop; repeat++) {
    let attemptCommand = command;
    for (let retry = 0; retry <= retries; retry++) {
      if (context.signal?.aborted) {
        stop = true;
        break;
      }
      const kind = retry > 0 ? "retry" : repeat > 0 ? "repeat" : "initial";
      const outcome = await runAttempt(
        context,
        {
          index: attempts.length,
          kind,
          command: attemptCommand,
          cwd,
          env,
          timeout,
          // coverage comes from the first attempt that produced any: a retry of a few tests writes
          // theirs alone (often an empty file), which is not read once an earlier attempt had coverage
          specs: retry > 0 && outcomes.some((earlier) => earlier.coverage.length > 0) ? specs.filter((spec) => spec.kind !== "coverage") : specs,
          outputSpecs: retry === 0 && suite.repeat > 1 ? outputSpecs : [],
          logBudget
        },
        problems
      );
      if (retry > 0 && retryWhy) Object.assign(outcome.attempt, retryWhy);
      outcomes.push(outcome);
      attempts.push(outcome.attempt);
      repeatOfAttempt.push(repeat);
      if (retry === 0 && suite.repeat > 1) {
        repeatOutcomes.push(outcomesOf(outcome.tests));
        if (outcome.outputs) repeatFiles.push(outcome.outputs);
      }
      const serviceDeath = services.find((service) => service.died());
      if (outcome.cancelled || outcome.attempt.timedOut || outcome.spawnError || serviceDeath) {
        stop = true;
        break;
      }
      const failed2 = outcome.tests.filter((test) => isFailure2(test.status));
      if (failed2.length === 0 && outcome.attempt.exitCode === 0) break;
      if (retry < retries) {
        const next = rerunCommand(suite.rerun, rerunBase, failed2);
        attemptCommand = next.command;
        const reason = failed2.length > 0 ? `attempt ${outcome.attempt.index + 1} had ${failed2.length} failed test(s)` : `attempt ${outcome.attempt.index + 1} exited with ${outcome.attempt.exitCode ?? outcome.attempt.signal} and named no failed test`;
        const scope = next.fallback ? `the whole suite${suite.rerun ? ` (${next.fallback})` : ""}` : `the failed test(s) alone (rerun: ${suite.rerun})`;
        retryWhy = { reason, scope };
        out.info(`${name}: ${reason}; retrying ${scope}`);
      }
    }
  }
  const earlyOutcomes = [];
  const earlyPlan = plan.early;
  if (earlyPlan && earlyPlan.repeats > 1 && suite["files-arg"] && !stop && outcomes.length > 0) {
    const first = outcomes[0];
    const budget = earlyPlan.budget ?? first.attempt.duration * config.flaky["early-budget"] / 100;
    const earlyFiles = filesFromSuiteDirectory(suite, earlyPlan.files);
    const inFiles = new Set(earlyFiles);
    const testsTime = first.tests.filter((test) => test.file && inFiles.has(test.file)).reduce((sum, test) => sum + test.duration, 0);
    let estimate = testsTime > 0 ? testsTime : first.attempt.duration;
    let seconds3 = 0;
    let stopped;
    const planned = earlyPlan.repeats - 1;
    const earlyCommand = fillTemplate(suite["files-arg"], { files: earlyFiles });
    for (let repeat = 0; repeat < planned; repeat++) {
      if (context.signal?.aborted) {
        stopped = "cancelled";
        break;
      }
      if (seconds3 + estimate > budget) {
        stopped = `the next repeat (about ${formatSeconds(estimate)}) would pass the budget of ${formatSeconds(budget)}`;
        break;
      }
      const outcome = await runAttempt(
        context,
        { index: attempts.length, kind: "early", command: earlyCommand, cwd, env, timeout, specs, outputSpecs: [], logBudget },
        problems
      );
      earlyOutcomes.push(outcome);
      attempts.push(outcome.attempt);
      seconds3 += outcome.attempt.duration;
      estimate = outcome.attempt.duration;
      if (outcome.cancelled || outcome.attempt.timedOut || outcome.spawnError) {
        stopped = outcome.attempt.timedOut ? "a repeat timed out" : outcome.spawnError ? "a repeat could not start" : "cancelled";
        break;
      }
    }
    run.early = { files: earlyPlan.files, repeats: earlyOutcomes.length, planned, seconds: seconds3, budget, ...stopped ? { stopped } : {} };
    out.info(
      `${name}: early flake detection: ${earlyPlan.files.length} changed test file(s) repeated ${earlyOutcomes.length} of ${planned} time(s) in ${formatSeconds(seconds3)} (budget ${formatSeconds(budget)})${stopped ? `; stopped: ${stopped}` : ""}`
    );
  }
  const tests = mergeAttempts(
    outcomes.map((outcome) => outcome.tests),
    context.mergeTests
  );
  if (suite.repeat > 1 && repeatOutcomes.length > 1) {
    const { figure, nondeterministic } = measureDeterminism(repeatOutcomes);
    settleRepeats(tests, nondeterministic, (index2) => repeatOfAttempt[index2] ?? 0);
    if (outputSpecs.length > 0 && repeatFiles.length > 1) {
      figure.outputs = await compareOutputs(repeatFiles);
      for (const difference of figure.outputs.differences) out.warning(`${name}: not deterministic: ${describeDifference(difference)}`);
    }
    const compared = figure.total + (figure.outputs?.total ?? 0);
    figure.score = compared === 0 ? 1 : (figure.identical + (figure.outputs?.identical ?? 0)) / compared;
    run.determinism = figure;
    out.info(
      `determinism: ${figure.identical}/${figure.total} tests identical over ${figure.repeats} repeats${figure.outputs ? `, ${figure.outputs.identical}/${figure.outputs.total} output files byte for byte` : ""} (score ${(figure.score * 100).toFixed(1)}%)`
    );
  }
  if (earlyOutcomes.length > 0)
    foldEarlyRepeats(
      tests,
      earlyOutcomes.map((outcome) => outcome.tests)
    );
  run.tests = tests;
  run.totals = totalsOf(tests);
  const firstWithCoverage = outcomes.find((outcome) => outcome.coverage.length > 0);
  const coverage = firstWithCoverage ? combineCoverage(firstWithCoverage.coverage) : void 0;
  if (coverage) run.coverage = coverage;
  run.perf = combinePerf(outcomes.filter((outcome) => outcome.attempt.kind !== "retry").flatMap((outcome) => outcome.perf));
  run.security = combineFindings(outcomes.map((outcome) => outcome.findings));
  const last = outcomes.at(-1);
  run.exitCode = last?.attempt.exitCode ?? null;
  const status2 = decideStatus({
    name,
    cancelled: (context.signal?.aborted ?? false) || (last?.cancelled ?? false),
    last,
    anyTestReport: outcomes.some((outcome) => outcome.testReports > 0),
    declaresTests,
    timeout,
    tests,
    deadService: services.find((service) => service.died()),
    problems
  });
  await stopServices(status2 !== "passed");
  if (cassettes) run.cassettes = await cassettes.finish({ golden: mode === "GOLDEN" });
  return finish(status2);
}
function mergeAttempts(lists, mergeTests) {
  const nonEmpty = lists.filter((list2) => list2.length > 0);
  if (nonEmpty.length <= 1) return nonEmpty[0] ?? [];
  const [first, ...later] = nonEmpty;
  const again = /* @__PURE__ */ new Set();
  for (const list2 of later) for (const test of list2) again.add(test.id);
  const touched = [];
  const touchedAt = [];
  for (let at2 = 0; at2 < first.length; at2++) {
    const test = first[at2];
    if (!again.has(test.id)) continue;
    touched.push(test);
    touchedAt.push(at2);
  }
  const merged = /* @__PURE__ */ new Map();
  for (const test of mergeTests([touched, ...later])) merged.set(test.id, test);
  const store = compactStoreOf(first);
  if (store?.ownIds) {
    for (const at2 of touchedAt) {
      const id = first[at2].id;
      store.entries[at2] = merged.get(id);
      merged.delete(id);
    }
    for (const test of merged.values()) store.entries.push(test);
    return first;
  }
  const result = [];
  for (const test of first) {
    const replacement = merged.get(test.id);
    if (replacement) {
      result.push(replacement);
      merged.delete(test.id);
    } else if (!again.has(test.id)) result.push(test);
  }
  for (const test of merged.values()) result.push(test);
  return result;
}
async function runAttempt(context, spec, problems) {
  const { out } = context;
  const name = context.plan.name;
  if (spec.index > 0) out.info(`\u2500\u2500 ${name}: attempt ${spec.index + 1} (${spec.kind}): ${spec.command}`);
  else out.info(`$ ${spec.command}`);
  await ensureReportDirs(context.repoRoot, spec.specs);
  const before = await stampReports(context.repoRoot, spec.specs, [context.workDir]);
  const outputsBefore = spec.outputSpecs.length > 0 ? await stampReports(context.repoRoot, spec.outputSpecs, [context.workDir]) : void 0;
  const capture = new OutputCapture(
    join6(context.workDir, name, String(spec.index), "output.log"),
    spec.logBudget,
    (line) => out.processLine(line)
  );
  const result = await runInGroup({
    command: spec.command,
    cwd: spec.cwd,
    env: spec.env,
    timeoutMs: spec.timeout * 1e3,
    signal: context.signal,
    graceMs: context.graceMs,
    onLine: (line) => capture.line(line),
    onData: (chunk) => capture.data(chunk)
  });
  const captured = capture.close();
  const destDir = join6(context.workDir, name, String(spec.index));
  const collected = await collectReports(context.repoRoot, spec.specs, before, destDir, [context.workDir]);
  const leaked = result.leaked.map((process2) => `${process2.pid} ${process2.command}`);
  const outcome = {
    attempt: {
      index: spec.index,
      kind: spec.kind,
      command: spec.command,
      exitCode: result.exitCode,
      signal: result.signal,
      timedOut: result.timedOut,
      duration: result.durationMs / 1e3,
      reportFiles: collected.reports.map((report) => report.file),
      ...leaked.length > 0 ? { leaked } : {},
      output: captured
    },
    tests: [],
    testReports: 0,
    coverage: [],
    perf: [],
    findings: [],
    cancelled: result.cancelled,
    ...result.spawnError ? { spawnError: result.spawnError } : {}
  };
  if (outputsBefore) {
    const written = await collectReports(context.repoRoot, spec.outputSpecs, outputsBefore, join6(destDir, "outputs"), [context.workDir]);
    outcome.outputs = new Map(written.reports.map((report) => [report.file, report.copy]));
  }
  if (leaked.length > 0) {
    const message2 = result.timedOut || result.cancelled ? `attempt ${spec.index + 1} had ${leaked.length} process(es) outside its process group (setsid, daemons) when it was ${result.timedOut ? "timed out" : "cancelled"}; they were stopped: ${leaked.join("; ")}` : `attempt ${spec.index + 1} left ${leaked.length} process(es) running after its command ended; they were stopped: ${leaked.join("; ")}`;
    problems.push({ kind: "other", suite: name, message: message2 });
    out.warning(`${name}: ${message2}`);
  }
  if (result.spawnError) problems.push({ kind: "crash", suite: name, message: `could not start the command: ${result.spawnError}` });
  if (collected.stale.length > 0) out.info(`${name}: ignored report file(s) not written by this attempt: ${collected.stale.join(", ")}`);
  for (const report of collected.reports) {
    let parsed;
    const absolute = isAbsolute4(report.file) ? report.file : join6(context.repoRoot, report.file);
    try {
      parsed = await context.parse(absolute, {
        ...report.spec.format !== "auto" ? { format: report.spec.format } : {},
        kind: report.spec.kind,
        repoRoot: context.repoRoot,
        suite: name
      });
    } catch (error) {
      const problem = parseProblem(name, report.file, absolute, error);
      problems.push(problem);
      out.warning(problem.message);
      continue;
    }
    if ((parsed.kind === "coverage" || parsed.kind === "perf") && parsed.warnings) {
      for (const warning of parsed.warnings) {
        const message2 = `${report.file}: ${warning}`;
        problems.push({ kind: "other", suite: name, message: message2 });
        out.warning(message2);
      }
    }
    switch (parsed.kind) {
      case "tests":
        outcome.testReports += 1;
        tagAttempts(parsed, spec.index);
        if (outcome.tests.length === 0) outcome.tests = parsed.tests;
        else for (const test of parsed.tests) outcome.tests.push(test);
        break;
      case "coverage":
        outcome.coverage.push(coverageFromSuiteDirectory(parsed, context.suite, (path) => existsSync3(join6(context.repoRoot, path))));
        break;
      case "perf":
        outcome.perf.push(parsed);
        break;
      case "security":
        for (const finding of parsed.findings) outcome.findings.push(finding);
        break;
    }
  }
  let failedCount = 0;
  let firstFailed;
  for (const test of outcome.tests)
    if (isFailure2(test.status)) {
      failedCount++;
      firstFailed ??= test;
    }
  if (failedCount > 0) {
    const message2 = firstFailed?.attempts.at(-1)?.message;
    outcome.attempt.failed = {
      count: failedCount,
      first: { name: firstFailed.name, ...message2 ? { message: message2.split("\n")[0]?.slice(0, 300) } : {} }
    };
  }
  const verdict = result.timedOut ? `timed out after ${formatSeconds(spec.timeout)}` : result.cancelled ? "cancelled" : `exited with ${result.exitCode ?? result.signal}`;
  out.info(
    // a timeout already says how long it ran ("timed out after 1.0s in 1.0s" said it twice)
    `${name}: attempt ${spec.index + 1} ${verdict}${result.timedOut ? "" : ` in ${formatSeconds(result.durationMs / 1e3)}`}; ${outcome.tests.length} test(s) from ${outcome.testReports} report(s)`
  );
  return outcome;
}
function tagAttempts(report, index2) {
  const tagged = /* @__PURE__ */ new Map();
  const tag = (attempt) => attempt.run === void 0 ? { ...attempt, run: index2 } : attempt;
  const store = compactStoreOf(report.tests);
  if (store) store.run ??= index2;
  const objects = store ? store.entries.filter((entry) => typeof entry !== "string") : report.tests;
  for (const test of objects) {
    const attempts = test.attempts;
    if (Object.isFrozen(attempts)) {
      let shared = tagged.get(attempts);
      if (!shared) {
        shared = Object.freeze(attempts.map((attempt) => Object.freeze(tag(attempt))));
        tagged.set(attempts, shared);
      }
      test.attempts = shared;
      continue;
    }
    for (let i = 0; i < attempts.length; i++) {
      const attempt = attempts[i];
      if (attempt.run !== void 0) continue;
      if (Object.isFrozen(attempt)) attempts[i] = tag(attempt);
      else attempt.run = index2;
    }
  }
}
var SHELL_EXIT_MEANINGS = {
  126: " (the command was found but could not be executed: check its permissions)",
  127: " (command not found: check the spelling and that it is installed or on PATH)"
};
function decideStatus(input) {
  const { name, last, problems } = input;
  const add = (kind, message2) => problems.push({ kind, suite: name, message: message2 });
  if (input.cancelled) {
    add("cancelled", "the run was cancelled while this suite was running");
    return "cancelled";
  }
  if (!last) {
    add("other", "no attempt ran");
    return "errored";
  }
  if (last.spawnError) return "errored";
  if (last.attempt.timedOut) {
    add("timeout", `killed after its timeout of ${formatSeconds(input.timeout)} (the whole process group was stopped)`);
    return "timeout";
  }
  const failedTests = input.tests.filter((test) => isFailure2(test.status));
  let status2 = failedTests.length > 0 ? "failed" : "passed";
  const exitCode = last.attempt.exitCode;
  const exited = exitCode === null ? `was killed by ${last.attempt.signal ?? "a signal"}` : `exited with code ${exitCode}${SHELL_EXIT_MEANINGS[exitCode] ?? ""}`;
  if (exitCode !== 0 && !input.anyTestReport) {
    add("no-report", `no report produced: the command ${exited}${input.declaresTests ? "" : " and the suite declares no test report"}`);
    status2 = "failed";
  } else if (exitCode !== 0 && failedTests.length === 0) {
    add("crash", `the command ${exited} although its report shows no failed test`);
    status2 = "failed";
  } else if (input.declaresTests && !input.anyTestReport) {
    const unparsable = problems.some((problem) => problem.kind === "parse-error");
    add(
      "missing-report",
      unparsable ? "no test report could be parsed" : "no test report was written (the reports globs matched no new file)"
    );
    status2 = "failed";
  }
  if (input.deadService) {
    add("service", `service ${input.deadService.name} ${input.deadService.died()} while the suite ran`);
    status2 = "failed";
  }
  return status2;
}

// src/runner/seed.ts
init_define_TESTOPS_UPLOT();
var SEED_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;
function seedProblem(seed) {
  return SEED_PATTERN.test(seed) ? void 0 : `expected up to 64 letters, digits, ".", "_", ":" or "-", got ${JSON.stringify(seed)}`;
}
function deriveSeed(config, commitSha, override) {
  const given = override?.trim();
  if (given) {
    const problem = seedProblem(given);
    if (problem) throw new SeedError(`seed: ${problem}`);
    return given;
  }
  if (config.seed !== void 0 && config.seed !== "") return config.seed;
  return String(Number.parseInt(stableHash("testops-seed", commitSha.trim().toLowerCase()).slice(0, 8), 16));
}
var SeedError = class extends UsageError {
};

// src/runner/index.ts
var DEFAULT_GRACE_MS = 1e4;
var DEFAULT_POLL_MS = 250;
function unrunSuite(plan, config, seed, status2) {
  const suite = config.suites[plan.name];
  return {
    name: plan.name,
    selected: plan.selected,
    reasons: plan.reasons,
    ...suite?.level ? { level: suite.level } : {},
    mode: suite?.mode ?? config.mode,
    seed,
    command: suite?.command ?? "",
    status: status2,
    exitCode: null,
    duration: 0,
    ...suite?.budget !== void 0 ? { budget: suite.budget } : {},
    attempts: [],
    services: [],
    tests: [],
    totals: totalsOf([]),
    perf: [],
    security: [],
    problems: status2 === "cancelled" ? [{ kind: "cancelled", suite: plan.name, message: "not started: the run was cancelled before this suite began" }] : []
  };
}
function dependencyOrder(names, needsOf) {
  const present = new Set(names);
  const result = /* @__PURE__ */ new Map();
  const state = /* @__PURE__ */ new Map();
  const visit = (name) => {
    state.set(name, "visiting");
    const kept = [];
    for (const need of needsOf(name)) {
      if (!present.has(need) || state.get(need) === "visiting") continue;
      if (!state.has(need)) visit(need);
      kept.push(need);
    }
    result.set(name, kept);
    state.set(name, "done");
  };
  for (const name of names) if (!state.has(name)) visit(name);
  return result;
}
async function runSuites(input) {
  const { plan, config, log, clock } = input;
  const startedAt = clock.now().toISOString();
  const baseEnv = input.env ?? process.env;
  const fenceCommands = baseEnv.GITHUB_ACTIONS === "true";
  const shard = plan.shard ? `${plan.shard.index}/${plan.shard.total}` : void 0;
  const results = /* @__PURE__ */ new Map();
  const done = (run) => {
    results.set(run.name, run);
    input.onSuiteDone?.(run);
  };
  const selected = plan.suites.filter((suite) => suite.selected);
  log.info(`TEST_SEED=${plan.seed} \u2014 to reproduce locally: TEST_SEED=${plan.seed} <suite command>`);
  for (const suitePlan of plan.suites) {
    if (suitePlan.selected && !config.suites[suitePlan.name]) {
      const run = unrunSuite(suitePlan, config, plan.seed, "skipped");
      run.status = "errored";
      run.problems.push({
        kind: "config",
        suite: suitePlan.name,
        message: `the plan names suite "${suitePlan.name}", which the config does not define`
      });
      done(run);
    } else if (!suitePlan.selected) done(unrunSuite(suitePlan, config, plan.seed, "skipped"));
  }
  const runnable = selected.filter((suite) => config.suites[suite.name]);
  const needs = dependencyOrder(
    runnable.map((suite) => suite.name),
    (name) => config.suites[name]?.needs ?? []
  );
  const maxParallel = Math.max(1, config["max-parallel"]);
  const buffered = maxParallel > 1 && runnable.length > 1;
  const finished = /* @__PURE__ */ new Map();
  let slots = maxParallel;
  const waiting = [];
  const acquire = async () => {
    if (slots > 0) slots--;
    else await new Promise((resolve4) => waiting.push(resolve4));
  };
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else slots++;
  };
  const start = (suitePlan) => {
    const existing = finished.get(suitePlan.name);
    if (existing) return existing;
    const suite = config.suites[suitePlan.name];
    const promise = (async () => {
      await Promise.all((needs.get(suitePlan.name) ?? []).map((need) => start(runnable.find((s) => s.name === need))));
      await acquire();
      try {
        if (input.signal?.aborted) {
          done(unrunSuite(suitePlan, config, plan.seed, "cancelled"));
          return;
        }
        const target = buffered ? recordingLog() : void 0;
        const out = new SuiteOutput(target ?? log, fenceCommands);
        out.group(`suite ${suitePlan.name}`);
        let run;
        try {
          run = await runSuite({
            plan: suitePlan,
            suite,
            config,
            repoRoot: input.repoRoot,
            workDir: input.workDir,
            seed: plan.seed,
            ...shard ? { shard } : {},
            baseEnv,
            out,
            clock,
            ...input.signal ? { signal: input.signal } : {},
            parse: input.parse,
            mergeTests: input.mergeTests,
            graceMs: input.graceMs ?? DEFAULT_GRACE_MS,
            pollMs: input.pollMs ?? DEFAULT_POLL_MS
          });
        } catch (error) {
          run = unrunSuite(suitePlan, config, plan.seed, "skipped");
          run.status = "errored";
          run.problems.push({ kind: "other", suite: suitePlan.name, message: `runner error: ${error.message}` });
          out.error(`${suitePlan.name}: runner error: ${error.message}`);
        }
        out.info(
          `${suitePlan.name}: ${run.status} in ${formatSeconds(run.duration)} (${run.totals.passed} passed, ${run.totals.failed + run.totals.errored} failed, ${run.totals.flaky} flaky)`
        );
        if (run.budget !== void 0 && run.duration > run.budget)
          out.info(`${suitePlan.name}: took ${formatSeconds(run.duration)}, over its budget of ${formatSeconds(run.budget)}`);
        out.endGroup();
        target?.replay(log);
        done(run);
      } finally {
        release();
      }
    })();
    finished.set(suitePlan.name, promise);
    return promise;
  };
  await Promise.all(runnable.map(start));
  const cancelled = input.signal?.aborted ?? false;
  if (cancelled) log.warning("testops: the run was cancelled; the results gathered so far are kept");
  return {
    version: 1,
    startedAt,
    finishedAt: clock.now().toISOString(),
    cancelled,
    ...plan.shard ? { shard: plan.shard } : {},
    seed: plan.seed,
    // In plan order, whatever order they finished in.
    suites: plan.suites.map((suitePlan) => results.get(suitePlan.name)).filter((run) => run !== void 0)
  };
}

// src/runner/runs-json.ts
init_define_TESTOPS_UPLOT();
import { closeSync as closeSync3, mkdirSync as mkdirSync4, openSync as openSync3, renameSync as renameSync2, rmSync, writeSync as writeSync3 } from "node:fs";
import { dirname as dirname6 } from "node:path";
var BATCH = 200;
var FLUSH_BYTES = 48 * 1024;
function writeRunsJson(path, runs, redactor2 = redactor) {
  mkdirSync4(dirname6(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync3(temporary, "w");
  let pending = [];
  let pendingBytes = 0;
  const flush = () => {
    if (pending.length === 0) return;
    writeSync3(fd, pending.join(""));
    pending = [];
    pendingBytes = 0;
  };
  const write = (text3) => {
    pending.push(text3);
    pendingBytes += text3.length;
    if (pendingBytes >= FLUSH_BYTES) flush();
  };
  const json = (value) => serialise(value, redactor2);
  try {
    const { suites, ...frame } = runs;
    const head = json(frame);
    write(`${head.slice(0, -1)}${head.length > 2 ? "," : ""}
"suites":[`);
    for (const [index2, suite] of suites.entries()) {
      write(index2 === 0 ? "\n" : ",\n");
      writeSuite(suite, write, json);
    }
    write("\n]}\n");
    flush();
    closeSync3(fd);
  } catch (error) {
    closeSync3(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  renameSync2(temporary, path);
}
function writeSuite(suite, write, json) {
  const { tests, ...fields } = suite;
  const head = json(fields);
  write(`${head.slice(0, -1)}${head.length > 2 ? "," : ""}"tests":[`);
  for (let start = 0; start < tests.length; start += BATCH) {
    const batch = json(tests.slice(start, start + BATCH));
    write(start === 0 ? "\n" : ",\n");
    write(batch.slice(1, -1).replaceAll('},{"id"', '},\n{"id"'));
  }
  write("]}");
}
function serialise(value, redactor2) {
  const plain = JSON.stringify(value);
  if (plain === void 0) return "null";
  if (!redactor2.hasEscapableValues() && !redactor2.mayHold(plain)) return plain;
  return JSON.stringify(value, (_key, entry) => {
    if (typeof entry === "string") return redactor2.text(entry);
    if (entry && typeof entry === "object" && !Array.isArray(entry)) {
      let renamed;
      for (const name of Object.keys(entry)) {
        const clean2 = redactor2.text(name);
        if (clean2 !== name) renamed ??= {};
      }
      if (renamed) {
        for (const [name, inner] of Object.entries(entry)) renamed[redactor2.text(name)] = inner;
        return renamed;
      }
    }
    return entry;
  });
}

// src/util/memory.ts
init_define_TESTOPS_UPLOT();
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
var WORTH_IT = 256 * 1024 * 1024;
var collect;
function releaseMemory() {
  if (process.memoryUsage().heapUsed < WORTH_IT) return;
  if (!collect) {
    setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc");
  }
  collect();
}

// src/pipeline/run.ts
async function runPlan(input) {
  const startedAt = input.clock.now().toISOString();
  const variant = resolveVariant(input.env ?? process.env);
  const done = [];
  const partial = () => ({
    version: 1,
    startedAt,
    finishedAt: input.clock.now().toISOString(),
    cancelled: true,
    ...input.plan.shard ? { shard: input.plan.shard } : {},
    seed: input.plan.seed,
    suites: [...done]
  });
  const runs = await runSuites({
    plan: input.plan,
    config: input.config,
    repoRoot: input.repoRoot,
    workDir: input.workDir,
    log: input.log,
    clock: input.clock,
    signal: input.signal,
    env: input.env,
    parse: (file, options) => parseReportFile(file, { ...options, variant }),
    mergeTests: mergeTestCases,
    onSuiteDone: (suite) => {
      done.push(suite);
      if (done.length < input.plan.suites.length) writeRunsJson(input.runsPath, partial());
      input.onSuiteDone?.(suite);
    }
  });
  writeRunsJson(input.runsPath, runs);
  releaseMemory();
  return runs;
}
async function runImpl(context, setOutputs) {
  const plan = readJson(context.paths.plan, "plan.json (the plan step did not run or failed)");
  const { config } = loadConfig(context.repoRoot, plan.configPath);
  const controller = new AbortController();
  const stop = (signal) => {
    context.log.warning(`testops run: ${signal} received \u2014 stopping suites and services, keeping what was gathered`);
    controller.abort();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  const runs = await runPlan({
    plan,
    config,
    repoRoot: context.repoRoot,
    workDir: context.paths.work,
    runsPath: context.paths.runs,
    log: context.log,
    clock: systemClock,
    signal: controller.signal
  });
  const failed2 = runs.suites.filter((suite) => suite.selected && suite.status !== "passed");
  context.log.info(
    `testops run: ${runs.suites.filter((s) => s.selected).length} suites ran, ${failed2.length} not passing; results in ${context.paths.runs}`
  );
  setOutputs({ runs: context.paths.runs });
  return 0;
}

export {
  CompactTests,
  compactList,
  planEarlyRepeats,
  testTotals,
  testTotalsOf,
  COMPACT_FROM,
  systemClock,
  FORMATS,
  ReportError,
  parseJsonText,
  redactSecrets,
  parseReportFile,
  fromSuiteDirectory,
  reportSpecs,
  ReplayError,
  readReplay,
  failingEntries,
  replayPlan,
  retryRows,
  shardRows,
  seedProblem,
  deriveSeed,
  writeRunsJson,
  releaseMemory,
  writeJson,
  writeText,
  readJson,
  runPlan,
  runImpl
};
