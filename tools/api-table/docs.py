"""Read the version markers of the CPython 3.11 library documentation (reST sources).

Source: Debian package python3.11-doc, /usr/share/doc/python3.11-doc/html/_sources/library/*.rst.txt.
Every object directive (function, class, method, data, ...) is tied to the markers in its body:
``versionadded`` (the object is new), ``versionchanged`` whose text says a parameter was added
(a new keyword argument), ``.. availability::`` and a module's ``:platform:`` option (platform
dependent). Association is by indentation, the way Sphinx nests directive bodies.
"""
import os
import re

DOC_ROOT = "/usr/share/doc/python3.11-doc/html/_sources/library"
# Pages that document builtins without a ``.. module::`` directive.
BUILTIN_PAGES = {"functions", "stdtypes", "exceptions", "constants"}
OBJECT_DIRECTIVES = {"function", "class", "method", "attribute", "data", "exception",
                     "classmethod", "staticmethod", "decorator", "decoratormethod",
                     "coroutinefunction", "coroutinemethod", "abstractmethod", "property"}
DIRECTIVE = re.compile(r"^( *)\.\. ([a-z-]+)::\s*(.*)$")
HEADING = re.compile(r"^([=\-^~\"'*+#])\1{2,}\s*$")
VERSION = re.compile(r"^(\d)\.(\d{1,2})\b")
# an emphasized name (*force*) or a literal one (``strict``, as in "Added the ``strict`` argument.")
EMPH = re.compile(r"(?<![*\w`])(?:\*|``)([A-Za-z_][A-Za-z0-9_]*)(?:\*|``)(?![*\w`])")
PARAM_WORDS = re.compile(r"\b(parameter|parameters|argument|arguments|keyword|keywords|"
                         r"option|options|kwarg|kwargs)\b", re.I)
ADDED_WORDS = re.compile(r"\b(added|add|new|introduced|gained)\b", re.I)
DETAIL = re.compile(r"\*\w+\*|\b(support|supports|supported|now|parameter|argument|"
                    r"attribute|option|flag|mode|keyword|value|format|accepts?|can|"
                    r"added|members?)\b", re.I)
IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def vkey(v):
    return tuple(int(x) for x in v.split("."))


def parse_version(text):
    m = VERSION.match(text.strip())
    return "%s.%s" % (m.group(1), m.group(2)) if m else None


def signature_params(sig):
    """Parameter names of a documented signature such as ``run(args, *, input=None)``."""
    i = sig.find("(")
    if i < 0:
        return []
    body = sig[i + 1:sig.rfind(")")] if ")" in sig else sig[i + 1:]
    out, depth, cur = [], 0, ""
    for ch in body:
        if ch in "([{" and depth >= 0:
            depth += 1 if ch != "[" else 0
        if ch in ")]}":
            depth -= 1 if ch != "]" else 0
        if ch == "," and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    names = []
    for part in out:
        part = part.replace("[", "").replace("]", "").strip()
        if not part or part.startswith("*") or part == "/":
            continue
        m = IDENT.match(part)
        if m:
            names.append(m.group(0))
    return names


class DocObject(object):
    def __init__(self, module, path, directive, params, indent, platform):
        self.module = module
        self.path = path
        self.directive = directive
        self.params = params
        self.indent = indent
        self.added = None
        self.kwargs = {}
        self.platform = platform
        self.removed = None
        self.varkw = False
        self.added_note = ""  # the text of the marker that gave ``added`` after its version
        self.oldest = None  # the oldest version a marker of the body has given so far

    def as_dict(self):
        return {"module": self.module, "path": self.path, "directive": self.directive,
                "params": self.params, "added": self.added, "kwargs": self.kwargs,
                "platform": self.platform, "removed": self.removed,
                "added_note": self.added_note}


def marker_text(lines, i, indent):
    """The argument of the marker at line i plus its indented body, as one string."""
    m = DIRECTIVE.match(lines[i])
    text = [m.group(3)]
    j = i + 1
    body = None  # the indentation of the marker's body; a later paragraph indented less is not
    # part of it (xmlrpc.client.rst: a "versionchanged:: 3.8" at indent 0 inside ServerProxy)
    while j < len(lines):
        ln = lines[j]
        if ln.strip() == "":
            nxt = lines[j + 1] if j + 1 < len(lines) else ""
            ni = len(nxt) - len(nxt.lstrip())
            if nxt.strip() and ni > indent and (body is None or ni >= body):
                j += 1
                continue
            break
        if body is None and len(ln) - len(ln.lstrip()) > indent:
            body = len(ln) - len(ln.lstrip())
        if len(ln) - len(ln.lstrip()) <= indent:
            break
        text.append(ln.strip())
        j += 1
    return " ".join(text)


NAME_GROUP = re.compile(
    r"((?:(?:\*|``)[A-Za-z_]\w*(?:\*|``)(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)?)+)\s*"
    r"(?:(?:keyword-only|keyword|optional|new|boolean|positional)\s+)*"
    r"(?:parameters?|arguments?|keywords?|kwargs?|options?)\b", re.I)


class _AnyName(object):
    """Every name is a candidate (a callable documented with ``**kwargs``)."""

    def __contains__(self, name):
        return True


ANY_NAME = _AnyName()


# "*encoding* and *errors* were added." (subprocess.Popen): names that open the sentence
NAMES_ADDED = re.compile(
    r"^((?:(?:\*|``)[A-Za-z_]\w*(?:\*|``)(?:\s*,\s*(?:and\s+)?|\s+and\s+)?)+)\s*(?:was|were)\s+added\b")


def new_params(text, candidates, is_added):
    """Parameter names a versionchanged/versionadded text says were added: a group of emphasized
    names directly followed by "parameter(s)"/"argument(s)"/"keyword(s)", in a sentence that says
    added/new (implied for versionadded)."""
    out = []
    for sentence in re.split(r"(?<=[.;])\s+", text):
        if not (is_added or ADDED_WORDS.search(sentence)):
            continue
        if re.search(r"\b(removed|deprecated|no longer)\b", sentence, re.I):
            continue
        lead = re.sub(r"^\d+\.\d+(?:\.\d+)?\s+", "", sentence)  # the marker's version
        for m in list(NAME_GROUP.finditer(sentence)) + list(NAMES_ADDED.finditer(lead)):
            for n in EMPH.findall(m.group(1)):
                if n in candidates and n not in out:
                    out.append(n)
    return out


REF = re.compile(r":(?:meth|attr|func|class|data|const|exc):`[~!]?([A-Za-z_][\w.]*)(?:\(\))?`")
REF_LIST = re.compile(
    r"^(?:The\s+|Added\s+the\s+)?(?::(?:meth|attr|func|class|data|const|exc):`[^`]+`(?:\s*,\s*(?:and\s+)?|\s+and\s+)?)+"
    r"\s*(?:methods?|attributes?|functions?|classes|constants?|members?|properties)?"
    r"\s*(?:(?:were|was|have been|has been)\s+added)?\s*\.?$")
BUILTIN_TYPES = {"str", "bytes", "bytearray", "int", "float", "complex", "bool", "list", "tuple",
                 "dict", "set", "frozenset", "range", "memoryview", "slice", "object", "type"}


LITERAL = re.compile(r"``([A-Za-z_][\w.]*)``")
LITERAL_LIST = re.compile(r"^(?:``[A-Za-z_][\w.]*``(?:\s*,\s*(?:and\s+)?|\s+and\s+)?)+\.?$")


def reference_list(text):
    """The names of a marker text that only lists objects (":meth:`clear` and :meth:`!copy`
    methods.", or literals as in enum.rst's ".. versionadded:: 3.6  ``Flag``, ``IntFlag``,
    ``auto``"), else []."""
    t = text.strip()
    if t and LITERAL_LIST.match(t):
        return LITERAL.findall(t)
    if not t or not REF_LIST.match(t):
        return []
    return REF.findall(t)


MARKERS = ("versionadded", "versionchanged", "availability", "deprecated-removed")


def misindented_sibling(lines, i, indent, by_line):
    """The object directive a marker at line i was meant for when it is written at the
    directive's own indentation instead of inside its body: a marker that follows an object
    directive's body with nothing in between at the marker's level (other markers aside) closes
    that body in reST, so Sphinx shows it in the parent (decimal.rst puts the "versionadded:: 3.6"
    of ``Decimal.as_integer_ratio`` at the method's indentation, which made ``Decimal`` itself 3.6).
    Inside a parent, only a marker between two members counts: a parent's own markers come before
    its members or after the last one."""
    j = i - 1
    while j >= 0:
        ln = lines[j]
        if not ln.strip() or len(ln) - len(ln.lstrip()) > indent:
            j -= 1
            continue
        if len(ln) - len(ln.lstrip()) < indent:
            return None
        m = DIRECTIVE.match(ln)
        if not m:
            return None
        if m.group(2) in MARKERS:
            j -= 1
            continue
        break
    if j < 0 or j not in by_line:
        return None
    if indent == 0:
        return by_line[j]  # no parent to belong to (typing.rst: Concatenate's "versionadded:: 3.10")
    # only between two members: a marker after the last member is usually the parent's own
    # (``dis.Instruction``, ``subprocess.CompletedProcess`` end with their "versionadded")
    k = i + 1
    while k < len(lines):
        ln = lines[k]
        if not ln.strip() or len(ln) - len(ln.lstrip()) > indent:
            k += 1
            continue
        m = DIRECTIVE.match(ln)
        if m and len(m.group(1)) == indent and m.group(2) in MARKERS:
            k += 1
            continue
        if m and len(m.group(1)) == indent and m.group(2) in OBJECT_DIRECTIVES:
            return by_line[j]
        return None
    return None


BULLET = re.compile(r"^\s*[-*+] +(.*)$")


def list_item(lines, i, indent):
    """The text of the bullet list item a marker at line i is nested in, else None."""
    j = i - 1
    while j >= 0:
        ln = lines[j]
        if ln.strip() and len(ln) - len(ln.lstrip()) < indent:
            m = BULLET.match(ln)
            return m.group(1).strip() if m else None
        j -= 1
    return None


def parse_file(path):
    page = os.path.basename(path)[:-len(".rst.txt")]
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    module = "builtins" if page in BUILTIN_PAGES else None
    module_platform = None
    modules = {}
    objects = []
    refs = []  # (module, path, version) from reference-list markers
    stack = []  # open object directives: (indent, DocObject)
    by_line = {}  # line index of an object directive -> its DocObject
    seen_object = False
    pending = None  # a bare section-level versionadded, for the section's first object
    after_heading = False
    headings_since_module = 0  # module-level markers only count in the module's introduction
    i = 0
    while i < len(lines):
        line = lines[i]
        m = DIRECTIVE.match(line)
        if not m:
            if HEADING.match(line) and i > 0 and lines[i - 1].strip() and \
                    not lines[i - 1].startswith(" "):
                pending = None
                stack = []  # a section heading closes every directive body
                after_heading = True
                headings_since_module += 1
            elif line.strip():
                after_heading = False
            i += 1
            continue
        indent, name, arg = len(m.group(1)), m.group(2), m.group(3).strip()
        was_after_heading, after_heading = after_heading, False
        while stack and stack[-1][0] >= indent:
            stack.pop()
        if name == "module":
            module = arg
            module_platform = None
            j = i + 1
            while j < len(lines) and lines[j].strip().startswith(":"):
                opt = lines[j].strip()
                if opt.startswith(":platform:"):
                    plat = opt[len(":platform:"):].strip()
                    if plat and plat.lower() != "tk":
                        module_platform = plat
                j += 1
            modules.setdefault(module, {"module": module, "added": None,
                                        "platform": module_platform, "removed": None})
            seen_object = False
            headings_since_module = 0
            stack = []
        elif name == "currentmodule":
            module = arg
            stack = []
        elif name in OBJECT_DIRECTIVES and module:
            sigs = [arg]
            j = i + 1
            while arg.endswith("\\") and j < len(lines):
                arg = arg[:-1] + " " + lines[j].strip()
                sigs[-1] = arg
                j += 1
            # further signatures of the same object on the following lines
            while j < len(lines) and lines[j].startswith(" " * (indent + 3)) and \
                    not lines[j].strip().startswith((":", "..")) and lines[j].strip() and \
                    IDENT.match(lines[j].strip()) and "(" in lines[j] and \
                    len(lines[j]) - len(lines[j].lstrip()) == indent + len(".. " + name + ":: "):
                sigs.append(lines[j].strip())
                j += 1
            head = sigs[0].split("(")[0].strip()
            head = head.split(" ")[-1] if " " in head else head
            if head.startswith(module + ".") and module != "builtins":
                head = head[len(module) + 1:]
            parent = stack[-1][1] if stack else None
            if parent is not None and "." not in head:
                objpath = parent.path + "." + head
            else:
                objpath = head
            params = []
            for s in sigs:
                for p in signature_params(s):
                    if p not in params:
                        params.append(p)
            obj = DocObject(module, objpath, name, params, indent, module_platform)
            obj.varkw = any(re.search(r"\(.*\*\*\w", sg) for sg in sigs)
            by_line[i] = obj
            if pending and indent == 0:
                obj.added = pending
                pending = None
            objects.append(obj)
            stack.append((indent, obj))
            seen_object = True
        elif name in ("versionadded", "versionchanged", "availability", "deprecated-removed"):
            target = stack[-1][1] if stack else None
            sibling = misindented_sibling(lines, i, indent, by_line)
            if sibling is not None:
                target = sibling
            text = marker_text(lines, i, indent)
            ver = parse_version(arg)
            if ver and target is not None and name != "versionadded" and (
                    target.oldest is None or vkey(ver) < vkey(target.oldest)):
                target.oldest = ver  # versionadded markers are recorded below
            item = list_item(lines, i, indent)
            if item is not None and target is not None:
                # a marker inside a bullet of the object's body dates that bullet's subject
                # (dataclasses.rst: "- ``match_args``: ..." / "versionadded:: 3.10"), not the
                # object: a keyword when the bullet names a parameter, else nothing
                lead = EMPH.match(item)
                if ver and name == "versionadded" and lead and lead.group(1) in target.params:
                    target.kwargs.setdefault(lead.group(1), ver)
                i += 1
                continue
            if name == "availability":
                if target is not None and target.directive not in ("class", "exception"):
                    target.platform = arg or "see docs"
                elif module in modules and not seen_object and headings_since_module == 0:
                    modules[module]["platform"] = arg
            elif name == "deprecated-removed":
                parts = arg.split()
                rem = parse_version(parts[1]) if len(parts) > 1 else None
                if target is not None:
                    target.removed = rem
                elif module in modules and not seen_object:
                    modules[module]["removed"] = rem
            elif ver:
                if name == "versionadded":
                    body = text[len(arg.split()[0]):] if arg.split() else ""
                    refs_here = reference_list(body)
                    if not refs_here and target is None and indent == 0 and \
                            not DETAIL.search(REF.sub("", body)):
                        # "versionadded:: 3.6 SHA3 (Keccak) and SHAKE constructors :func:`sha3_224`,
                        # ..." (hashlib.rst): a module-level marker that names the new objects
                        refs_here = REF.findall(body)
                    for ref in refs_here:
                        first = ref.split(".")[0]
                        if module == "builtins" and "." not in ref:
                            rpath = (target.path.split(".")[0] + "." + ref) if target is not None \
                                else "*." + ref
                        elif module == "builtins" or first in BUILTIN_TYPES:
                            rpath = ref
                        elif ref.startswith(module + "."):
                            rpath = ref[len(module) + 1:]
                        elif "." not in ref and target is not None and target.directive in (
                                "class", "exception"):
                            rpath = target.path + "." + ref
                        else:
                            rpath = ref
                        refs.append(("builtins" if first in BUILTIN_TYPES else module, rpath, ver))
                cands = target.params if target is not None else []
                if target is not None and target.varkw:
                    cands = ANY_NAME  # basicConfig(**kwargs): "The *force* argument was added."
                params = new_params(text, cands, name == "versionadded") \
                    if target is not None else []
                detail = text[len(arg.split()[0]):] if arg.split() else text
                detail = detail.strip().split(". ")[0]
                if detail.startswith("See "):
                    detail = ""  # "See :pep:`525` for more details" refers, it names no detail
                if params:
                    for p in params:
                        target.kwargs.setdefault(p, ver)
                elif name == "versionadded" and target is None and indent == 0 and \
                        (seen_object or was_after_heading) and not detail.strip():
                    pending = ver  # "ChainMap objects" / ".. versionadded:: 3.3" / ".. class::"
                elif name == "versionadded":
                    if target is not None:
                        # an object cannot change before it exists: a bare versionadded after
                        # an older marker of the same body is about a detail (subprocess.rst's
                        # "If *group* is not None ..." / "versionadded:: 3.9" in Popen)
                        if target.added is None and not DETAIL.search(detail) and not (
                                target.oldest and vkey(target.oldest) < vkey(ver)):
                            target.added = ver
                            target.added_note = " ".join(text.split()[1:])
                    elif module in modules and not seen_object and headings_since_module == 0 \
                            and modules[module]["added"] is None:
                        modules[module]["added"] = ver
                if target is not None and name == "versionadded" and (
                        target.oldest is None or vkey(ver) < vkey(target.oldest)):
                    target.oldest = ver
        i += 1
    return list(modules.values()), [o.as_dict() for o in objects], refs


def read_docs(root=DOC_ROOT):
    """Returns (modules, objects, refs): refs are (module, path, version) triples from markers
    that list the objects they date instead of sitting in their body."""
    mods, objs, refs = [], [], []
    for fn in sorted(os.listdir(root)):
        if fn.endswith(".rst.txt"):
            m, o, r = parse_file(os.path.join(root, fn))
            mods.extend(m)
            objs.extend(o)
            refs.extend(r)
    return mods, objs, refs


if __name__ == "__main__":
    import json
    import sys
    mods, objs, refs = read_docs()
    print(len(mods), len(objs), sum(1 for o in objs if o["added"]),
          sum(len(o["kwargs"]) for o in objs), file=sys.stderr)
    json.dump({"modules": mods, "objects": objs}, sys.stdout, indent=0, sort_keys=True)
