import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  CoverageBuilder,
  TestCollector,
  coverageReport,
  external_exports,
  parseSeconds,
  stableHash,
  testTotals,
  worse
} from "./chunk-ZVE2QDXA.js";
import {
  __commonJS,
  __toESM
} from "./chunk-AV3JBR2K.js";

// node_modules/xmlchars/xml/1.0/ed5.js
var require_ed5 = __commonJS({
  "node_modules/xmlchars/xml/1.0/ed5.js"(exports) {
    "use strict";
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
                  const { text: text2 } = this;
                  const slice = chunk.slice(start, this.prevI);
                  if (text2.length !== 0) {
                    handler(text2 + slice);
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
                  const { text: text2 } = this;
                  const slice = chunk.slice(start, this.prevI);
                  if (text2.length !== 0) {
                    handler(text2 + slice);
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
        const { text: text2 } = this;
        if (text2.length !== 0) {
          (_a = this.textHandler) === null || _a === void 0 ? void 0 : _a.call(this, text2);
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
        for (let index = tags.length - 1; index >= 0; index--) {
          uri = tags[index].ns[prefix];
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

// src/ingest/detect.ts
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
  if (has("$schema") && /sarif/i.test(head) || has("runs") && /"version"\s*:\s*"2\.\d/.test(head) && has("tool")) {
    return { kind: "security", format: "sarif" };
  }
  if (has("auditReportVersion") || has("vulnerabilities") && has("metadata")) return { kind: "security", format: "npm-audit" };
  if (has("results") && has("tool") && (has("summary") || has("tests"))) return { kind: "tests", format: "ctrf" };
  if (has("root_group") || has("metrics") && (has("http_reqs") || has("iterations") || has("vus"))) return { kind: "perf", format: "k6" };
  if (has("latency") && has("requests") && has("throughput")) return { kind: "perf", format: "autocannon" };
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
  if (Array.isArray(object.runs) && typeof object.version === "string") return { kind: "security", format: "sarif" };
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
  const text2 = head.replace(/^\uFEFF/, "");
  const start = text2.trimStart();
  if (start.startsWith("<")) return detectXml(start);
  if (start.startsWith("{") || start.startsWith("[")) return detectJsonHead(start);
  const firstLine2 = start.split(/\r?\n|\r/, 1)[0] ?? "";
  if (/^mode:\s*(set|count|atomic)\s*$/.test(firstLine2)) return { kind: "coverage", format: "go" };
  if (/^(TN|SF):/m.test(start.slice(0, 2e3)) && /^(SF|DA|end_of_record)/m.test(start)) return { kind: "coverage", format: "lcov" };
  if (LOCUST_HEADERS.some((header) => header.test(firstLine2))) return { kind: "perf", format: "locust" };
  if (/\.lcov$|lcov\.info$/i.test(fileName) && /^(SF|DA|TN|end_of_record)/m.test(start)) return { kind: "coverage", format: "lcov" };
  return void 0;
}

// src/ingest/errors.ts
var ReportError = class extends Error {
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

// src/ingest/redact.ts
var SECRET_KEY = /^(setup_data|.*(?:password|passwd|secret|token|api[-_]?key|apikey|authorization|auth|cookie|credential|private[-_]?key|session[-_]?id).*)$/i;
var SECRET_VALUE = [
  /\beyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}/g,
  // JWT
  /\bgh[pousr]_[A-Za-z0-9]{30,}\b/g,
  // GitHub tokens
  /\bgithub_pat_[A-Za-z0-9_]{40,}\b/g,
  /\bAKIA[0-9A-Z]{16}\b/g,
  // AWS access key id
  /\bxox[baprs]-[A-Za-z0-9-]{10,}/g,
  // Slack
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
  /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{16,}/g,
  /(\/\/[^/\s:@]+:)[^@\s/]+@/g
  // credentials in URLs
];
var REDACTED = "[redacted]";
function redactString(value) {
  let out = value;
  for (const pattern of SECRET_VALUE) {
    out = out.replace(
      pattern,
      (match, prefix) => typeof prefix === "string" && match.startsWith(prefix) && prefix.startsWith("//") ? `${prefix}${REDACTED}@` : REDACTED
    );
  }
  return out;
}
function redactSecrets(value) {
  return redact(value);
}
function redact(value) {
  if (typeof value === "string") return redactString(value);
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
import { stat } from "node:fs/promises";
import { basename } from "node:path";

// src/ingest/xml.ts
var import_saxes = __toESM(require_saxes(), 1);

// src/ingest/source.ts
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { isUtf8 } from "node:buffer";
import { TextDecoder } from "node:util";
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
  constructor(index, byte) {
    super("invalid UTF-8");
    this.index = index;
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
    const cut = incompleteTail(bytes);
    const whole = cut > 0 ? bytes.subarray(0, bytes.length - cut) : bytes;
    this.carry = cut > 0 ? Buffer.from(bytes.subarray(bytes.length - cut)) : void 0;
    if (!isUtf8(whole)) {
      const at = Math.max(firstInvalidUtf8(whole), 0);
      throw new Utf8Error(at - carried, whole[at]);
    }
    return whole.toString("utf8");
  }
  /** Throws Utf8Error when the file ended inside a character. */
  end() {
    if (this.carry) throw new Utf8Error(0, void 0);
  }
};
async function locateByte(path, offset) {
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
async function encodingError(path, byteOffset, encoding, byte) {
  const { line, column } = await locateByte(path, byteOffset);
  const shown = byte === void 0 ? "an incomplete character at the end of the file" : `byte 0x${byte.toString(16).padStart(2, "0")}`;
  return new ReportError(path, `not valid ${encoding.toUpperCase()}: ${shown} (re-save the file as UTF-8)`, line, column);
}
async function* readTextChunks(path, emptyWhat) {
  let decode;
  let end;
  let encoding = "utf-8";
  let offset = 0;
  let sawContent = false;
  const stream = createReadStream(path, { highWaterMark: CHUNK });
  try {
    for await (const raw of stream) {
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
        let text2;
        try {
          text2 = decode(piece);
        } catch (error) {
          const bad = error instanceof Utf8Error ? error.index : 0;
          throw await encodingError(path, pieceOffset + bad, encoding, error instanceof Utf8Error ? error.byte : piece[0]);
        }
        if (!sawContent && /\S/.test(text2)) sawContent = true;
        if (text2) yield text2;
      }
    }
    if (end) {
      let rest;
      try {
        rest = end();
      } catch {
        throw await encodingError(path, offset - 1, encoding, void 0);
      }
      if (rest) {
        if (/\S/.test(rest)) sawContent = true;
        yield rest;
      }
    }
  } catch (error) {
    if (error instanceof ReportError) throw error;
    throw new ReportError(path, cannotRead(error));
  } finally {
    stream.destroy();
  }
  if (!sawContent) throw new ReportError(path, `the file is empty (expected ${emptyWhat})`, 1, 1);
}
async function readText(path, emptyWhat) {
  let text2 = "";
  for await (const chunk of readTextChunks(path, emptyWhat)) text2 += chunk;
  return text2;
}
function cannotRead(error) {
  const code = error.code;
  if (code === "ENOENT") return "the file does not exist (check the path or the reports glob)";
  if (code === "EACCES" || code === "EPERM") return "the file cannot be read: permission denied";
  if (code === "EISDIR") return "this is a directory, not a report file";
  return `cannot read the file: ${code ?? error.message}`;
}
async function readHead(path, bytes = 4096) {
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

// src/ingest/xml.ts
async function streamXml(path, what, expectedRoots, make, filter = (chunks) => chunks) {
  const parser = new import_saxes.SaxesParser({ position: true });
  const stack = [];
  const position2 = { error: (message2) => new ReportError(path, message2, parser.line, parser.column + 1) };
  const handlers = make(position2);
  let sawRoot = false;
  parser.on("error", (error) => {
    throw position2.error(error.message.replace(/^(?:[^:\n]*:)?\d+:\d+: /, ""));
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
    const onText = (text2) => handlers.text(text2, stack);
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
async function* dropUnopenedCloseTags(chunks, names) {
  const pattern = new RegExp(`<(/?)(${names.join("|")})\\b[^<>]*?(/?)>`, "g");
  const open2 = /* @__PURE__ */ new Map();
  let carry = "";
  for await (const chunk of chunks) {
    let text2 = carry + chunk;
    const lastOpen = text2.lastIndexOf("<");
    if (lastOpen >= 0 && text2.indexOf(">", lastOpen) < 0 && text2.length - lastOpen < 1024) {
      carry = text2.slice(lastOpen);
      text2 = text2.slice(0, lastOpen);
    } else carry = "";
    yield text2.replace(pattern, (tag, closing, name, selfClosing) => {
      const depth = open2.get(name) ?? 0;
      if (selfClosing) return tag;
      if (!closing) {
        open2.set(name, depth + 1);
        return tag;
      }
      if (depth === 0) return "";
      open2.set(name, depth - 1);
      return tag;
    });
  }
  if (carry) yield carry;
}

// src/ingest/coverage/paths.ts
import { existsSync } from "node:fs";
import { isAbsolute, join } from "node:path";

// src/ingest/text.ts
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
  const text2 = clean(value === void 0 ? void 0 : stripAnsi(value));
  if (text2 === void 0 || text2.length <= limit) return text2;
  return `${text2.slice(0, limit)}\u2026 [${text2.length - limit} more characters]`;
}
function firstLine(value, limit = 500) {
  if (value === void 0) return void 0;
  for (const line of value.split("\n")) {
    const text2 = clean(stripAnsi(line));
    if (text2) return text2.length > limit ? `${text2.slice(0, limit)}\u2026` : text2;
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

// src/ingest/coverage/paths.ts
function normalizeCoveragePath(path, repoRoot) {
  return relativePath(path.trim(), repoRoot);
}
function resolveWithSources(filename, sources, repoRoot) {
  const name = filename.replace(/\\/g, "/");
  if (isAbsolute(name) || /^[A-Za-z]:\//.test(name)) return normalizeCoveragePath(name, repoRoot);
  const candidates = sources.map((source) => source.trim().replace(/\\/g, "/").replace(/\/+$/, "")).filter((source) => source !== "" && !source.startsWith("-")).map((source) => isAbsolute(source) ? normalizeCoveragePath(source, repoRoot) : normalizeCoveragePath(source)).filter((source) => !isAbsolute(source));
  const under = (source) => normalizeCoveragePath(source === "." ? name : `${source}/${name}`);
  if (repoRoot) {
    for (const source of candidates) if (existsSync(join(repoRoot, under(source)))) return under(source);
    const inside = sources.find((source) => isAbsolute(source.trim()) && !isAbsolute(normalizeCoveragePath(source, repoRoot)));
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
        } else if (tag.name === "line" && file) {
          const hits = intAttribute(tag, "hits", position2) ?? 0;
          if (stack[stack.length - 2] === "method") {
            if (hits > 0) methodHit = true;
            return;
          }
          if (parent !== "lines") return;
          const line = intAttribute(tag, "number", position2);
          if (line === void 0) throw position2.error("<line> has no number attribute");
          if (line === 0) return;
          builder.line(file, line, hits, "max");
          if (tag.attributes.branch !== "true") return;
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
      text(text2, stack) {
        if (sourceText !== void 0 && stack[stack.length - 1] === "source") sourceText += text2;
      }
    }),
    (chunks) => dropUnopenedCloseTags(chunks, ["methods", "lines", "classes"])
  );
  return coverageReport("cobertura", path, builder.build());
}

// src/ingest/coverage/go.ts
import { readFileSync } from "node:fs";
import { join as join2 } from "node:path";
var BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;
function moduleFromGoMod(repoRoot) {
  if (!repoRoot) return void 0;
  try {
    return /^module\s+(\S+)/m.exec(readFileSync(join2(repoRoot, "go.mod"), "utf8"))?.[1];
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
function parseGoCoverText(text2, file, repoRoot) {
  const lines2 = text2.split(/\r?\n/);
  const mode = /^mode:\s*(set|count|atomic)\s*$/.exec(lines2[0]?.trim() ?? "")?.[1];
  if (!mode)
    throw lineError(
      file,
      1,
      `expected "mode: set|count|atomic" on the first line of a Go coverprofile, got "${(lines2[0] ?? "").slice(0, 60)}"`
    );
  const blocks = /* @__PURE__ */ new Map();
  for (let index = 1; index < lines2.length; index++) {
    const raw = lines2[index].trim();
    if (!raw) continue;
    if (raw.startsWith("mode:")) continue;
    const match = BLOCK.exec(raw);
    if (!match)
      throw lineError(file, index + 1, `expected "<file>:<line>.<col>,<line>.<col> <statements> <count>", got "${raw.slice(0, 80)}"`);
    const [, path, startLine, , endLine, endColumn, statements2, hits] = match;
    const key = `${path}:${startLine}.${match[3]},${endLine}.${endColumn}`;
    const count3 = Number(hits);
    const existing = blocks.get(key);
    if (existing) existing.hits = mode === "set" ? Math.max(existing.hits, count3) : existing.hits + count3;
    else
      blocks.set(key, {
        path,
        start: Number(startLine),
        end: Number(endLine),
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
var isObject = (value) => !!value && typeof value === "object" && !Array.isArray(value);
function parseIstanbulFinal(value, file, repoRoot) {
  if (!isObject(value)) throw new ReportError(file, "expected an object of files (Istanbul coverage-final.json)");
  const builder = new CoverageBuilder();
  for (const [key, raw] of Object.entries(value)) {
    const unwrapped = isObject(raw) && isObject(raw.data) && !("statementMap" in raw) ? raw.data : raw;
    if (!isObject(unwrapped) || !isObject(unwrapped.statementMap) || !isObject(unwrapped.s)) {
      throw new ReportError(file, `"${key}": expected statementMap and s (Istanbul coverage-final.json)`);
    }
    const entry = unwrapped;
    const hitsOf = entry.s ?? {};
    const path = normalizeCoveragePath(entry.path ?? key, repoRoot);
    builder.touch(path);
    for (const [id, location] of Object.entries(entry.statementMap ?? {})) {
      const line = location?.start?.line;
      if (typeof line === "number" && line > 0) builder.line(path, line, Number(hitsOf[id] ?? 0), "max");
    }
    for (const [id, branch] of Object.entries(entry.branchMap ?? {})) {
      const hits = entry.b?.[id] ?? [];
      const line = branch.loc?.start?.line ?? branch.line ?? branch.locations?.[0]?.start?.line;
      if (typeof line !== "number" || hits.length === 0) continue;
      builder.branch(path, line, hits.filter((n) => n > 0).length, hits.length, "add");
    }
    const functions = Object.keys(entry.fnMap ?? {});
    if (functions.length > 0) builder.functions(path, functions.filter((id) => (entry.f?.[id] ?? 0) > 0).length, functions.length, "add");
  }
  return coverageReport("istanbul-final", file, builder.build());
}
function counts(value, what, file) {
  if (!isObject(value) || typeof value.total !== "number" || typeof value.covered !== "number") {
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
        const relative = packageName ? `${packageName}/${name}` : name;
        file = resolveWithSources(relative, sourceRoots, repoRoot);
        builder.touch(file);
      } else if (tag.name === "line" && file && parent === "sourcefile") {
        const line = intAttribute(tag, "nr", position2);
        if (line === void 0) throw position2.error("<line> has no nr attribute");
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
  return coverageReport("jacoco", path, builder.build());
}
var DEFAULT_ROOTS = ["src/main/java", "src/main/kotlin", "src/main/scala", "src", "app/src/main/java", "app/src/main/kotlin"];

// src/ingest/coverage/lcov.ts
function count(text2) {
  if (text2 === void 0) return void 0;
  const value = text2.trim();
  if (value === "-") return 0;
  if (!/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(value)) return void 0;
  return Math.max(0, Math.min(Number(value), Number.MAX_SAFE_INTEGER));
}
function parseLcovText(text2, file, repoRoot) {
  const builder = new CoverageBuilder();
  let current;
  let records = 0;
  const functionHits = /* @__PURE__ */ new Map();
  const branchHits = /* @__PURE__ */ new Map();
  const lines2 = text2.split(/\r?\n|\r/);
  for (let index = 0; index < lines2.length; index++) {
    const raw = lines2[index].trim();
    if (raw === "" || raw.startsWith("#")) continue;
    const colon = raw.indexOf(":");
    const tag = colon < 0 ? raw : raw.slice(0, colon);
    const value = colon < 0 ? "" : raw.slice(colon + 1);
    const lineNo = index + 1;
    const bad = (what) => lineError(file, lineNo, `${tag}: ${what}, got "${raw.length > 80 ? `${raw.slice(0, 77)}...` : raw}"`);
    const needFile = () => {
      if (current === void 0) throw lineError(file, lineNo, `${tag} record outside a file section (missing SF: line)`);
      return current;
    };
    switch (tag) {
      case "TN":
        break;
      case "SF":
        if (!value.trim()) throw bad("expected a source file path");
        current = normalizeCoveragePath(value, repoRoot);
        builder.touch(current);
        records++;
        break;
      case "DA": {
        const [lineText, hitsText] = value.split(",");
        const line = count(lineText);
        const hits = count(hitsText);
        if (line === void 0 || hits === void 0 || line < 1) throw bad("expected DA:<line>,<hits>");
        builder.line(needFile(), line, hits, "sum");
        break;
      }
      case "FN":
      case "FNL":
        break;
      case "FNA":
      case "FNDA": {
        const parts = value.split(",");
        const hits = count(tag === "FNA" ? parts[1] : parts[0]);
        const name = (tag === "FNA" ? parts.slice(2) : parts.slice(1)).join(",");
        if (hits === void 0 || !name) throw bad(`expected ${tag === "FNA" ? "FNA:<index>,<hits>,<name>" : "FNDA:<hits>,<name>"}`);
        const path = needFile();
        let fns = functionHits.get(path);
        if (!fns) functionHits.set(path, fns = /* @__PURE__ */ new Map());
        fns.set(name, (fns.get(name) ?? 0) + hits);
        break;
      }
      case "BRDA": {
        const [lineText, block, branch, taken] = value.split(",");
        const line = count(lineText);
        const hits = count(taken);
        if (line === void 0 || hits === void 0 || block === void 0 || branch === void 0) {
          throw bad("expected BRDA:<line>,<block>,<branch>,<taken>");
        }
        const path = needFile();
        let branches = branchHits.get(path);
        if (!branches) branchHits.set(path, branches = /* @__PURE__ */ new Map());
        const key = `${line},${block},${branch}`;
        branches.set(key, (branches.get(key) ?? 0) + hits);
        break;
      }
      case "end_of_record":
        current = void 0;
        break;
      // summaries (LF LH BRF BRH FNF FNH) are recomputed, never trusted; VER and others are ignored
      default:
        if (!/^[A-Z_]+$/.test(tag))
          throw lineError(file, lineNo, `not an lcov record: "${raw.length > 80 ? `${raw.slice(0, 77)}...` : raw}"`);
    }
  }
  if (records === 0) throw lineError(file, 1, "no SF: record found (expected an lcov tracefile)");
  for (const [path, fns] of functionHits) {
    let covered = 0;
    for (const hits of fns.values()) if (hits > 0) covered++;
    builder.functions(path, covered, fns.size, "add");
  }
  for (const [path, branches] of branchHits) {
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
  return coverageReport("lcov", file, builder.build());
}

// src/ingest/json.ts
function locate(text2, index) {
  const before = text2.slice(0, index);
  const line = before.split("\n").length;
  return { line, column: index - (before.lastIndexOf("\n") + 1) + 1 };
}
function parseJsonText(text2, file, what) {
  try {
    return JSON.parse(text2.replace(/^\uFEFF/, ""));
  } catch (error) {
    const message2 = error.message;
    const at = /position (\d+)/.exec(message2);
    const index = at ? Number(at[1]) : text2.length;
    const { line, column } = locate(text2, index);
    const reason = index >= text2.trimEnd().length ? "unexpected end of the JSON (truncated file?)" : message2.replace(/ in JSON at position \d+.*$/, "").replace(/^Unexpected token/, "unexpected character");
    throw new ReportError(file, `${reason} (expected ${what})`, line, column);
  }
}
async function readJson(file, what) {
  return parseJsonText(await readText(file, what), file, what);
}

// src/ingest/security/severity.ts
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
var isObject3 = (value) => !!value && typeof value === "object" && !Array.isArray(value);
var list = (value) => Array.isArray(value) ? value : [];
var text = (value) => typeof value === "string" ? value : void 0;
function lineOf(source, needle) {
  const index = source.search(needle);
  return index < 0 ? void 0 : source.slice(0, index).split("\n").length;
}
function score(properties) {
  if (!isObject3(properties)) return void 0;
  const raw = properties["security-severity"];
  const value = typeof raw === "number" ? raw : typeof raw === "string" && raw.trim() !== "" ? Number(raw) : Number.NaN;
  return Number.isFinite(value) ? value : void 0;
}
function message(result, rule) {
  const own = isObject3(result.message) ? text(result.message.text) ?? text(result.message.markdown) : void 0;
  if (own) return own;
  const id = isObject3(result.message) ? text(result.message.id) : void 0;
  const strings = rule && isObject3(rule.messageStrings) ? rule.messageStrings : void 0;
  const fromRule = id && strings && isObject3(strings[id]) ? text(strings[id].text) : void 0;
  return fromRule ?? (rule && isObject3(rule.shortDescription) ? text(rule.shortDescription.text) ?? "" : "");
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
function parseSarif(value, file, source = "") {
  if (!isObject3(value)) throw new ReportError(file, "expected a SARIF log object");
  const version = text(value.version);
  if (version !== "2.1.0") {
    throw new ReportError(
      file,
      `SARIF version ${JSON.stringify(value.version ?? null)} is not supported (expected "2.1.0")`,
      lineOf(source, /"version"/)
    );
  }
  if (!Array.isArray(value.runs)) throw new ReportError(file, 'SARIF log has no "runs" array', lineOf(source, /"runs"/));
  const findings = [];
  value.runs.forEach((run, runIndex) => {
    if (!isObject3(run) || !isObject3(run.tool) || !isObject3(run.tool.driver)) {
      throw new ReportError(file, `runs[${runIndex}].tool.driver is missing (SARIF 2.1.0)`, lineOf(source, /"tool"/));
    }
    const driver = run.tool.driver;
    const tool = text(driver.name) ?? "sarif";
    const rules = list(driver.rules).filter(isObject3);
    const rulesById = new Map(rules.map((rule) => [text(rule.id), rule]));
    list(run.results).forEach((item, resultIndex) => {
      if (!isObject3(item)) throw new ReportError(file, `runs[${runIndex}].results[${resultIndex}] is not an object`);
      const ref = isObject3(item.rule) ? item.rule : void 0;
      const index = typeof item.ruleIndex === "number" ? item.ruleIndex : typeof ref?.index === "number" ? ref.index : void 0;
      const ruleId = text(item.ruleId) ?? text(ref?.id);
      const rule = (index !== void 0 ? rules[index] : void 0) ?? rulesById.get(ruleId);
      const ruleName = ruleId ?? text(rule?.id) ?? "(no rule)";
      const defaults = isObject3(rule?.defaultConfiguration) ? rule.defaultConfiguration : void 0;
      const level = text(item.level) ?? text(defaults?.level) ?? "warning";
      const scored = score(item.properties) ?? score(rule?.properties);
      const location = list(item.locations).find(isObject3);
      const physical = location && isObject3(location.physicalLocation) ? location.physicalLocation : void 0;
      const artifact = physical && isObject3(physical.artifactLocation) ? physical.artifactLocation : void 0;
      const region = physical && isObject3(physical.region) ? physical.region : void 0;
      const uri = text(artifact?.uri);
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
      const baselineState = text(item.baselineState);
      if (baselineState) finding.baselineState = baselineState;
      const suppressions = list(item.suppressions).filter(isObject3);
      if (suppressions.some((suppression) => suppression.status === void 0 || suppression.status === "accepted"))
        finding.suppressed = true;
      const helpUri = text(rule?.helpUri);
      if (helpUri) finding.url = helpUri;
      findings.push(finding);
    });
  });
  return { kind: "security", format: "sarif", file, findings };
}

// src/ingest/junit/parse.ts
var import_saxes2 = __toESM(require_saxes(), 1);

// src/ingest/junit/attributes.ts
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
function lineNumber(text2) {
  if (text2 === void 0) return void 0;
  const space = (c) => c === 32 || c === 9 || c === 10 || c === 13;
  let i = 0;
  while (i < text2.length && space(text2.charCodeAt(i))) i++;
  const start = i;
  let value = 0;
  for (let c = text2.charCodeAt(i); c >= 48 && c <= 57; c = text2.charCodeAt(++i)) value = value * 10 + (c - 48);
  const digits = i - start;
  while (i < text2.length && space(text2.charCodeAt(i))) i++;
  return digits > 0 && digits < 16 && i === text2.length ? value : void 0;
}
function append(into, text2) {
  if (into.length >= CAPTURE_LIMIT) return into;
  return into.length + text2.length > CAPTURE_LIMIT ? into + text2.slice(0, CAPTURE_LIMIT - into.length) : into + text2;
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
    this.collector = new TestCollector(options.suite, Math.ceil((options.bytes ?? 0) / BYTES_PER_TEST_GUESS));
    this.parser = new import_saxes2.SaxesParser({ position: true });
    this.captured = options.portableAttributes !== true && captureAttributes(this.parser, this.attributes);
    this.parser.on("error", (error) => {
      throw this.error(error.message.replace(/^(?:[^:\n]*:)?\d+:\d+: /, ""));
    });
    this.parser.on("opentag", (tag) => this.open(tag));
    this.parser.on("closetag", (tag) => this.close(tag.name));
    this.onText = (text2) => this.text(text2);
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
  failure;
  interned = /* @__PURE__ */ new Map();
  durations = /* @__PURE__ */ new Map();
  onText;
  /** interned values seen last: consecutive testcases share them, or interleave a few */
  recent = [];
  nextRecent = 0;
  lastHit = 0;
  error(what) {
    this.failure ??= new ReportError(this.options.file, what, this.parser.line, this.parser.column + 1);
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
  durationOf(seconds2) {
    const kept = this.durations.get(seconds2);
    if (kept !== void 0) return kept;
    if (this.durations.size < SHARED_DURATIONS) this.durations.set(seconds2, seconds2);
    return seconds2;
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
      this.suites.push({
        // copies, as in fileOf: a suite lives across many text pieces
        name: this.detach(clean(attrs.name)),
        file: this.detach(clean(attrs.file ?? attrs.filepath)) ?? parent?.file,
        declared: {
          tests: count2(attrs.tests),
          failures: count2(attrs.failures),
          errors: count2(attrs.errors),
          skipped: count2(attrs.skipped) + count2(attrs.disabled)
        },
        children: 0
      });
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
  text(text2) {
    if (this.capture === "result") this.result.text = append(this.result.text, text2);
    else if (this.capture === "output") {
      if (this.result) this.result.output = append(this.result.output, text2);
      else this.current.output = append(this.current.output, text2);
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
    const line = lineNumber(lineText);
    const time = this.seconds(attrs.time, frame);
    if (frame.results === void 0 && attrs.status === void 0 && attrs.skipped === void 0 && attrs.disabled === void 0) {
      this.collector.addPassed(file, line, classname, detachName(name, this.asciiPiece), time);
    } else this.collector.add(file, line, classname, detachName(name, this.asciiPiece), this.attempts(frame, time));
  }
  seconds(value, frame) {
    const seconds2 = parseSeconds(value);
    if (seconds2 === void 0) {
      throw new ReportError(this.options.file, `testcase time="${value}" is not a number of seconds`, frame.line, frame.column);
    }
    return seconds2;
  }
  /**
   * One testcase element → its attempts, in execution order:
   *   flakyFailure/flakyError (Surefire: failed runs before the final pass) → the main result →
   *   rerunFailure/rerunError (Surefire: failed re-runs after a failure).
   * Several plain results in one case (skipped + failure + error) are one attempt: the worst wins.
   */
  attempts(frame, time) {
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
      const text2 = bounded(main?.message, MESSAGE_LIMIT) ?? firstLine(main?.text);
      if (status2 === "skipped") {
        const message2 = text2 !== void 0 && text2.length < 200 ? this.intern(text2) : this.detach(text2);
        attempt = attemptOf(status2, duration, message2, void 0, void 0, void 0);
      } else {
        const stack = this.detach(bounded(main?.text, STACK_LIMIT));
        const output2 = this.detach(bounded(frame.output, OUTPUT_LIMIT));
        attempt = attemptOf(status2, duration, this.detach(text2), stack, this.intern(clean(main?.type)), output2);
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
    const label = suite.name ?? "testsuite";
    let index = 0;
    const add = (status2, n) => {
      for (let i = 0; i < n && index < tests; i++) {
        index++;
        const attempt = { status: status2, duration: 0 };
        if (status2 !== "passed") attempt.message = `listed only as a count on <testsuite name="${label}">`;
        this.collector.add(suite.file, void 0, suite.name, `(unlisted test ${index} of ${tests})`, [attempt]);
      }
    };
    add("errored", errors);
    add("failed", failures);
    add("skipped", skipped);
    add("passed", tests - index);
  }
};
async function parseJUnit(chunks, options) {
  const reader = new JUnitReader(options);
  for await (const chunk of chunks) reader.write(chunk);
  return reader.finish();
}

// src/ingest/ctrf.ts
var MESSAGE_LIMIT2 = 2e3;
var STACK_LIMIT2 = 64 * 1024;
var OUTPUT_LIMIT2 = 16 * 1024;
var STATUSES = ["passed", "failed", "skipped", "pending", "other"];
var status = external_exports.enum(STATUSES);
var millis = external_exports.number().nonnegative().nullish();
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
  retries: external_exports.number().int().nonnegative().nullish(),
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
  let at = value;
  for (const key of issue.path) at = at && typeof at === "object" ? at[key] : void 0;
  const field = fieldPath(issue.path);
  const expected = issue.code === "invalid_value" ? `one of ${issue.values.join(", ")}` : issue.code === "invalid_type" ? issue.expected : void 0;
  if (at === void 0 && expected) return `${field}: missing (expected ${expected})`;
  if (issue.code === "invalid_value") return `${field}: expected ${expected}, got ${JSON.stringify(at)?.slice(0, 60)}`;
  if (issue.code === "invalid_type") return `${field}: expected ${issue.expected}, got ${JSON.stringify(at)?.slice(0, 60)}`;
  return `${field}: ${issue.message}`;
}
function statusOf(value) {
  return value === "passed" ? "passed" : value === "failed" ? "failed" : "skipped";
}
var seconds = (ms2) => (ms2 ?? 0) / 1e3;
function output(stdout, stderr) {
  const join3 = (value) => Array.isArray(value) ? value.join("\n") : value ?? "";
  return bounded([join3(stdout), join3(stderr)].filter(Boolean).join("\n"), OUTPUT_LIMIT2);
}
function attemptOf2(entry, rawStatus) {
  const attempt = { status: statusOf(entry.status), duration: seconds(entry.duration) };
  if (attempt.status === "passed") return attempt;
  const message2 = bounded(entry.message ?? void 0, MESSAGE_LIMIT2) ?? firstLine(entry.trace ?? void 0) ?? (entry.status === "other" ? `status "other"${rawStatus ? ` (${rawStatus})` : ""}` : void 0);
  if (message2 !== void 0) attempt.message = message2;
  if (attempt.status === "skipped") return attempt;
  const stack = bounded(entry.trace ?? void 0, STACK_LIMIT2);
  if (stack !== void 0) attempt.stack = stack;
  const text2 = output(entry.stdout, entry.stderr);
  if (text2 !== void 0) attempt.output = text2;
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
    throw new ReportError(options.file, `not a CTRF report: ${describeIssue(issue, value)}`);
  }
  const { results } = parsed.data;
  const declared = results.summary?.tests ?? 0;
  if (results.tests.length === 0 && declared > 0) {
    throw new ReportError(options.file, `results.summary.tests is ${declared} but results.tests is empty`);
  }
  const collector = new TestCollector(options.suite);
  for (const test of results.tests) {
    const suitePath = Array.isArray(test.suite) ? test.suite.join(" > ") : test.suite;
    const rawFile = clean(test.filePath ?? void 0);
    const file = rawFile === void 0 ? void 0 : relativePath(rawFile, options.repoRoot);
    const added = collector.add(
      file,
      test.line ?? void 0,
      clean(suitePath ?? void 0),
      clean(test.name) ?? "(unnamed test)",
      attemptsOf(test)
    );
    if (test.flaky && added.status === "passed") added.flaky = true;
  }
  return collector.tests();
}

// src/ingest/perf/autocannon.ts
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
function parseBenchmark(value, file, biggerIsBetter) {
  if (!Array.isArray(value))
    throw new ReportError(file, "expected a JSON array of {name, unit, value} (github-action-benchmark custom format)");
  const metrics = {};
  value.forEach((entry, index) => {
    if (!isObject4(entry) || typeof entry.name !== "string" || typeof entry.unit !== "string" || num(entry.value) === void 0) {
      throw new ReportError(file, `[${index}]: expected {name: string, unit: string, value: number}`);
    }
    const metric = {
      value: entry.value,
      unit: entry.unit,
      biggerIsBetter: biggerIsBetter ?? BIGGER.test(entry.unit)
    };
    const range = typeof entry.range === "string" ? /([\d.]+)\s*(%)?/.exec(entry.range.replace(/^[±+-]+\s*/, "")) : void 0;
    if (range) {
      const spread = range[2] ? metric.value * Number(range[1]) / 100 : Number(range[1]);
      if (Number.isFinite(spread)) metric.samples = [metric.value - spread, metric.value, metric.value + spread];
    }
    metrics[entry.name] = metric;
  });
  return { kind: "perf", format: "benchmark", file, scenarios: [{ name: "benchmark", metrics }] };
}

// src/ingest/perf/k6.ts
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
  for (const [stat2, raw] of Object.entries(values)) {
    const value = num2(raw);
    if (value === void 0) continue;
    const name = STAT_NAMES[stat2] ?? (/^p\(([\d.]+)\)$/.exec(stat2) ? `p${/^p\(([\d.]+)\)$/.exec(stat2)[1]}` : void 0);
    if (name) out[name] = { value, unit, biggerIsBetter: false };
  }
  return out;
}
function parseK6(value, file) {
  if (!isObject5(value) || !isObject5(value.metrics)) throw new ReportError(file, 'expected a k6 summary with a "metrics" object');
  const format = k6Shape(value);
  const handle = format === "k6-handle-summary";
  const failed = [];
  const main = { name: "k6", metrics: {} };
  const scenarios = [main];
  for (const [name, raw] of Object.entries(value.metrics)) {
    if (!isObject5(raw)) throw new ReportError(file, `metrics["${name}"] is not an object`);
    const values = handle ? raw.values : raw;
    if (!isObject5(values)) throw new ReportError(file, `metrics["${name}"].values is missing (k6 handleSummary)`);
    const thresholds = isObject5(raw.thresholds) ? raw.thresholds : {};
    for (const [expression, result] of Object.entries(thresholds)) {
      const didFail = handle ? isObject5(result) && result.ok === false : result === true;
      if (didFail) failed.push(`${name}: ${expression}`);
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
  if (failed.length > 0) main.failedThresholds = failed;
  return {
    kind: "perf",
    format,
    file,
    scenarios: scenarios.filter((scenario) => Object.keys(scenario.metrics).length > 0 || scenario.failedThresholds)
  };
}

// src/ingest/perf/csv.ts
function parseCsv(text2) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text2.length; i++) {
    const c = text2[i];
    if (quoted) {
      if (c === '"' && text2[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text2[i + 1] !== "\n" && text2[i + 1] !== "\r") {
      } else if (c === "\r") continue;
      row.push(field);
      if (row.length > 1 || row[0] !== "") rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

// src/ingest/perf/locust.ts
var ms = (value) => ({ value, unit: "ms", biggerIsBetter: false });
function cell(row, header, ...names) {
  for (const name of names) {
    const index = header.indexOf(name);
    if (index < 0) continue;
    const text2 = (row[index] ?? "").trim();
    if (text2 === "" || text2 === "N/A") return void 0;
    const value = Number(text2);
    if (Number.isFinite(value)) return value;
  }
  return void 0;
}
function scenarioName(row, header) {
  const type = (row[header.indexOf("Type")] ?? row[header.indexOf("Method")] ?? "").trim();
  const name = (row[header.indexOf("Name")] ?? "").trim();
  return name === "Aggregated" || name === "Total" ? "Aggregated" : type ? `${type} ${name}` : name;
}
function statsMetrics(row, header, prefix = "") {
  const metrics = {};
  const put = (name, metric) => {
    if (metric) metrics[name] = metric;
  };
  const value = (...names) => cell(row, header, ...names.map((name) => prefix + name));
  const p50 = cell(row, header, "50%") ?? value("Median Response Time");
  if (p50 !== void 0) put("p50", ms(p50));
  for (const [column, name] of [
    ["90%", "p90"],
    ["95%", "p95"],
    ["99%", "p99"]
  ]) {
    const v = cell(row, header, column);
    if (v !== void 0) put(name, ms(v));
  }
  for (const [columns, name] of [
    [["Average Response Time"], "avg"],
    [["Min Response Time"], "min"],
    [["Max Response Time"], "max"]
  ]) {
    const v = value(...columns);
    if (v !== void 0) put(name, ms(v));
  }
  const rps = cell(row, header, "Requests/s");
  if (rps !== void 0) put("throughput", { value: rps, unit: "/s", biggerIsBetter: true });
  const requests = value("Request Count", "# requests");
  const failures = value("Failure Count", "# failures");
  if (requests !== void 0 && failures !== void 0)
    put("error_rate", { value: requests === 0 ? 0 : failures / requests, unit: "ratio", biggerIsBetter: false });
  return metrics;
}
function parseLocustText(text2, file) {
  const rows = parseCsv(text2.replace(/^\uFEFF/, ""));
  const header = (rows[0] ?? []).map((name) => name.trim());
  const body = rows.slice(1);
  const scenarios = /* @__PURE__ */ new Map();
  const scenario = (name) => {
    let found = scenarios.get(name);
    if (!found) scenarios.set(name, found = { name, metrics: {} });
    return found;
  };
  if (header.includes("Timestamp") && header.includes("User Count")) {
    for (const row of body) {
      const name = scenarioName(row, header);
      const metrics = statsMetrics(row, header, "Total ");
      const target = scenario(name);
      for (const [metric, value] of Object.entries(metrics)) {
        const before = target.metrics[metric];
        target.metrics[metric] = { ...value, samples: [...before?.samples ?? [], value.value] };
      }
    }
  } else if (header.includes("Error") && (header.includes("Occurrences") || header.includes("Occurences"))) {
    for (const row of body) {
      const name = scenarioName(row, header);
      const count3 = cell(row, header, "Occurrences", "Occurences");
      if (count3 === void 0) continue;
      const target = scenario(name);
      target.metrics.failures = { value: (target.metrics.failures?.value ?? 0) + count3, unit: "count", biggerIsBetter: false };
    }
  } else if (header.includes("Name") && (header.includes("Request Count") || header.includes("# requests"))) {
    body.forEach((row, index) => {
      if (row.length < header.length - 1) throw lineError(file, index + 2, `expected ${header.length} columns, got ${row.length}`);
      scenario(scenarioName(row, header)).metrics = statsMetrics(row, header);
    });
  } else if (header.includes("Traceback")) {
  } else {
    throw new ReportError(file, `not a Locust CSV: unexpected header "${header.join(",").slice(0, 80)}"`, 1, 1);
  }
  return { kind: "perf", format: "locust", file, scenarios: [...scenarios.values()] };
}

// src/ingest/index.ts
var KIND_WORDS = {
  tests: "a test report (JUnit XML or CTRF JSON)",
  coverage: "a coverage report (lcov, Cobertura, JaCoCo, Istanbul or Go coverprofile)",
  perf: "a performance report (k6, Locust CSV, autocannon or benchmark JSON)",
  security: "a security report (SARIF or npm audit JSON)"
};
async function readJUnit(context) {
  const bytes = await stat(context.path).then(
    (stats) => stats.size,
    () => void 0
  );
  const tests = await parseJUnit(readTextChunks(context.path, "JUnit XML"), {
    file: context.path,
    suite: context.suite,
    repoRoot: context.repoRoot,
    bytes
  });
  return { kind: "tests", format: "junit", file: context.path, tests, totals: testTotals(tests) };
}
async function readCtrf(context) {
  const tests = parseCtrf(await readJson(context.path, "CTRF JSON"), {
    file: context.path,
    suite: context.suite,
    repoRoot: context.repoRoot
  });
  return { kind: "tests", format: "ctrf", file: context.path, tests, totals: testTotals(tests) };
}
var perfJson = (parse, what) => async ({ path }) => parse(await readJson(path, what), path);
var readers = {
  k6: perfJson(parseK6, "a k6 JSON summary"),
  "k6-summary-export": perfJson(parseK6, "k6 --summary-export JSON"),
  "k6-handle-summary": perfJson(parseK6, "k6 handleSummary JSON"),
  autocannon: perfJson(parseAutocannon, "autocannon --json output"),
  benchmark: perfJson((value, file) => parseBenchmark(value, file), "a benchmark JSON array"),
  locust: async ({ path }) => parseLocustText(await readText(path, "a Locust CSV file"), path),
  sarif: async ({ path }) => {
    const text2 = await readText(path, "a SARIF log");
    return parseSarif(parseJsonText(text2, path, "a SARIF log"), path, text2);
  },
  "npm-audit": async ({ path }) => parseNpmAudit(await readJson(path, "`npm audit --json` output"), path),
  junit: readJUnit,
  ctrf: readCtrf,
  lcov: async ({ path, repoRoot }) => parseLcovText(await readText(path, "an lcov tracefile"), path, repoRoot),
  cobertura: ({ path, repoRoot }) => parseCobertura(path, repoRoot),
  jacoco: ({ path, repoRoot }) => parseJaCoCo(path, repoRoot),
  go: async ({ path, repoRoot }) => parseGoCoverText(await readText(path, "a Go coverprofile"), path, repoRoot),
  "istanbul-final": async ({ path, repoRoot }) => parseIstanbulFinal(await readJson(path, "Istanbul coverage-final.json"), path, repoRoot),
  "istanbul-summary": async ({ path, repoRoot }) => parseIstanbulSummary(await readJson(path, "Istanbul coverage-summary.json"), path, repoRoot)
};
function position(text2, index) {
  const before = text2.slice(0, Math.max(0, index));
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: index - lineStart + 1 };
}
async function detect(path, options) {
  const head = await readHead(path, 64 * 1024);
  let detected = detectFormat(head, basename(path));
  if (!detected && /^\s*[[{]/.test(head.replace(/^\uFEFF/, ""))) {
    try {
      detected = detectJsonValue(JSON.parse(await readText(path, "a report")));
    } catch (error) {
      if (error instanceof ReportError) throw error;
    }
  }
  const wanted = options.kind ? KIND_WORDS[options.kind] : "JUnit, CTRF, coverage, perf or security report \u2014 see docs/formats.md";
  if (!head.trim()) throw new ReportError(path, `the file is empty (expected ${wanted})`, 1, 1);
  const root = /^\s*</.test(head) ? xmlRootName(head) : void 0;
  if (!detected && root) {
    const at = position(head, head.indexOf(`<${root}`));
    throw new ReportError(path, `root element <${root}> is not a report format testops reads (expected ${wanted})`, at.line, at.column);
  }
  if (!detected)
    throw new ReportError(path, `cannot tell the format from the content (expected ${wanted}); pass the format explicitly`, 1, 1);
  if (options.kind && detected.kind !== options.kind) {
    throw new ReportError(path, `looks like ${detected.format} (${detected.kind}), expected ${wanted}`, 1, 1);
  }
  return detected.format;
}
async function parseReportFile(path, options = {}) {
  const format = options.format && options.format !== "auto" ? options.format : await detect(path, options);
  if (!(format in FORMATS)) {
    throw new ReportError(path, `unknown report format "${format}" (known: ${Object.keys(FORMATS).join(", ")})`);
  }
  if (options.kind && FORMATS[format] !== options.kind) {
    throw new ReportError(path, `format ${format} gives ${FORMATS[format]}, expected ${KIND_WORDS[options.kind]}`);
  }
  const reader = readers[format];
  if (!reader) throw new ReportError(path, `reading ${format} is not implemented yet`);
  return reader({ path, format, repoRoot: options.repoRoot, suite: options.suite ?? "" });
}

export {
  FORMATS,
  ReportError,
  redactSecrets,
  parseReportFile
};
