package dev.anvilcheck.compat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anvilcheck.python.PythonVersion;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spot checks of well-known facts against the generated standard-library API table. */
class StdlibApiTableTest {

    private static final StdlibApiTable TABLE = StdlibApiTable.get();

    private static Optional<ApiEntry> lookup(String kind, String owner, String name) {
        return switch (kind) {
            case "module" -> TABLE.module(name);
            case "member" -> TABLE.member(owner, name);
            case "method" -> TABLE.method(owner, name);
            case "kwarg" -> TABLE.kwarg(owner, name);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static Optional<PythonVersion> v(String text) {
        return text == null ? Optional.empty() : Optional.of(PythonVersion.parse(text));
    }

    @ParameterizedTest(name = "{0} {1} {2}: added {3}, removed {4}")
    @CsvSource(nullValues = "-", value = {
        // kind,  owner,              name,                       added, removed
        "member, math,                prod,                       3.8,  -",
        "member, math,                isqrt,                      3.8,  -",
        "member, math,                lcm,                        3.9,  -",
        "member, math,                cbrt,                       3.11, -",
        "member, math,                fmax,                       3.15, -",
        "method, str,                 removeprefix,               3.9,  -",
        "method, str,                 removesuffix,               3.9,  -",
        "method, bytes,               removeprefix,               3.9,  -",
        "method, bytes,               hex,                        3.5,  -",
        "method, int,                 bit_count,                  3.10, -",
        "method, int,                 as_integer_ratio,           3.8,  -",
        "method, float,               from_number,                3.14, -",
        "method, bytearray,           take_bytes,                 3.15, -",
        "member, asyncio,             coroutine,                  3.4,  3.11",
        "member, asyncio,             run,                        3.7,  -",
        "member, asyncio,             TaskGroup,                  3.11, -",
        "member, asyncio,             get_child_watcher,          3.4,  3.14",
        "module, '',                  imp,                        -,    3.12",
        "module, '',                  distutils,                  -,    3.12",
        "module, '',                  asynchat,                   -,    3.12",
        "module, '',                  cgi,                        -,    3.13",
        "module, '',                  telnetlib,                  -,    3.13",
        "module, '',                  sre_compile,                -,    3.15",
        "module, '',                  tomllib,                    3.11, -",
        "module, '',                  asyncio,                    3.4,  -",
        "module, '',                  dataclasses,                3.7,  -",
        "module, '',                  zoneinfo,                   3.9,  -",
        "module, '',                  secrets,                    3.6,  -",
        "module, '',                  annotationlib,              3.14, -",
        "module, '',                  compression.zstd,           3.14, -",
        "module, '',                  string.templatelib,         3.14, -",
        "member, collections,         Mapping,                    -,    3.10",
        "member, collections,         OrderedDict,                3.1,  -",
        "kwarg,  subprocess.run,      capture_output,             3.7,  -",
        "kwarg,  subprocess.run,      text,                       3.7,  -",
        "kwarg,  builtins.print,      flush,                      3.3,  -",
        "kwarg,  builtins.open,       opener,                     3.3,  -",
        "kwarg,  builtins.map,        strict,                     3.14, -",
        "kwarg,  os.makedirs,         exist_ok,                   3.2,  -",
        "kwarg,  json.loads,          encoding,                   -,    3.9",
        "kwarg,  asyncio.sleep,       loop,                       3.4,  3.10",
        "member, builtins,            breakpoint,                 3.7,  -",
        "member, builtins,            aiter,                      3.10, -",
        "member, builtins,            anext,                      3.10, -",
        "member, builtins,            ExceptionGroup,             3.11, -",
        "member, builtins,            ModuleNotFoundError,        3.6,  -",
        "member, builtins,            frozendict,                 3.15, -",
        "member, builtins,            sentinel,                   3.15, -",
        "member, builtins,            unicode,                    -,    3.0",
        "member, functools,           cache,                      3.9,  -",
        "member, functools,           cached_property,            3.8,  -",
        "member, itertools,           pairwise,                   3.10, -",
        "member, itertools,           batched,                    3.12, -",
        "member, datetime,            UTC,                        3.11, -",
        "member, datetime,            datetime.fromisoformat,     3.7,  -",
        "member, pathlib,             Path.is_relative_to,        3.9,  -",
        "member, pathlib,             Path.copy,                  3.14, -",
        "member, typing,              TypeAlias,                  3.10, -",
        "member, typing,              override,                   3.12, -",
        "member, enum,                StrEnum,                    3.11, -",
        "member, contextlib,          chdir,                      3.11, -",
        "member, statistics,          fmean,                      3.8,  -",
        "member, time,                clock,                      -,    3.8",
        "member, platform,            linux_distribution,         -,    3.8",
        "member, inspect,             getargspec,                 -,    3.11",
        "member, unittest,            TestCase.assertEquals,      -,    3.12",
        "member, ast,                 Num,                        -,    3.14",
        "member, string,              letters,                    -,    3.0",
        "member, os,                  getcwdu,                    -,    3.0",
        "member, os,                  fspath,                     3.6,  -",
        "member, os,                  scandir,                    3.5,  -",
        "member, sys,                 breakpointhook,             3.7,  -",
        "method, dict,                has_key,                    -,    3.0",
        "method, list,                copy,                       3.3,  -",
        "method, range,               start,                      3.3,  -",
    })
    void knownFacts(String kind, String owner, String name, String added, String removed) {
        ApiEntry e = lookup(kind, owner, name).orElseThrow(
                () -> new AssertionError("no table entry for " + kind + " " + owner + " " + name));
        assertEquals(v(added), e.added(), "added");
        assertEquals(v(removed), e.removed(), "removed");
    }

    /**
     * Facts stated by the "What's New in Python 3.1" ... "3.5" pages (checked by hand against
     * the page and section named in the last column), which no installed interpreter can show:
     * the oldest probed Python 3 is 3.6. Besides added and removed, 2.7's availability is checked,
     * because 2.7 had many of these as backports that 3.0 lacked.
     */
    @ParameterizedTest(name = "{0} {1} {2}: added {3}, removed {4}, 2.7 {5} ({6})")
    @CsvSource(nullValues = "-", value = {
        // kind,  owner,                      name,                         added, removed, py27, page / section
        "member, collections,                 Counter,                      3.1,  -,    true,  3.1 New Improved and Deprecated Modules",
        "module, '',                          tkinter.ttk,                  3.1,  -,    false, 3.1 New Improved and Deprecated Modules",
        "method, bytearray,                   maketrans,                    3.1,  -,    false, 3.1 Other Language Changes",
        "method, int,                         bit_length,                   3.1,  -,    true,  3.1 Other Language Changes",
        "kwarg,  collections.namedtuple,      rename,                       3.1,  -,    true,  3.1 New Improved and Deprecated Modules",
        "kwarg,  re.sub,                      flags,                        3.1,  -,    true,  3.1 New Improved and Deprecated Modules",
        "module, '',                          importlib,                    3.1,  -,    true,  3.1 New Improved and Deprecated Modules",
        "member, sys,                         int_info,                     3.1,  -,    false, 3.1 IDLE / Build and C API Changes",
        "member, functools,                   lru_cache,                    3.2,  -,    false, 3.2 functools",
        "module, '',                          argparse,                     3.2,  -,    true,  3.2 PEP 389",
        "module, '',                          concurrent.futures,           3.2,  -,    false, 3.2 PEP 3148",
        "method, str,                         format_map,                   3.2,  -,    false, 3.2 Other Language Changes",
        "method, range,                       count,                        3.2,  -,    false, 3.2 Other Language Changes",
        "member, builtins,                    callable,                     3.2,  -,    true,  3.2 Other Language Changes",
        "member, builtins,                    ResourceWarning,              3.2,  -,    false, 3.2 Other Language Changes",
        "member, itertools,                   accumulate,                   3.2,  -,    false, 3.2 itertools",
        "member, datetime,                    timezone,                     3.2,  -,    false, 3.2 datetime and time",
        "member, math,                        isfinite,                     3.2,  -,    false, 3.2 math",
        "member, tempfile,                    TemporaryDirectory,           3.2,  -,    false, 3.2 tempfile",
        "member, socket,                      socket.detach,                3.2,  -,    false, 3.2 socket",
        "member, unittest,                    TestCase.assertRegex,         3.2,  -,    false, 3.2 unittest (doc marker says 3.1: the old name)",
        "member, unittest,                    TestCase.assertRaisesRegex,   3.2,  -,    false, 3.2 unittest (the Regex short form; doc marker says 3.1)",
        "member, string,                      maketrans,                    -,    3.2,  true,  3.2 Porting to Python 3.2",
        "member, contextlib,                  nested,                       -,    3.2,  true,  3.2 Porting to Python 3.2",
        "member, sys,                         setfilesystemencoding,        3.0,  3.2,  false, 3.2 Porting to Python 3.2",
        "module, '',                          ipaddress,                    3.3,  -,    false, 3.3 ipaddress",
        "module, '',                          venv,                         3.3,  -,    false, 3.3 PEP 405",
        "module, '',                          lzma,                         3.3,  -,    false, 3.3 lzma",
        "method, str,                         casefold,                     3.3,  -,    false, 3.3 Builtin functions and types",
        "method, list,                        clear,                        3.3,  -,    false, 3.3 Other Language Changes",
        "member, builtins,                    FileNotFoundError,            3.3,  -,    false, 3.3 PEP 3151",
        "member, inspect,                     Signature,                    3.3,  -,    false, 3.3 PEP 362",
        "member, types,                       SimpleNamespace,              3.3,  -,    false, 3.3 SimpleNamespace",
        "member, contextlib,                  ExitStack,                    3.3,  -,    false, 3.3 contextlib",
        "member, time,                        monotonic,                    3.3,  -,    false, 3.3 time",
        "member, datetime,                    datetime.timestamp,           3.3,  -,    false, 3.3 datetime",
        "kwarg,  functools.lru_cache,         typed,                        3.3,  -,    false, 3.3 functools",
        "member, pydoc,                       serve,                        -,    3.3,  true,  3.3 pydoc",
        "member, time,                        accept2dyear,                 -,    3.3,  true,  3.3 Porting Python code",
        "module, '',                          enum,                         3.4,  -,    false, 3.4 New Modules",
        "module, '',                          pathlib,                      3.4,  -,    false, 3.4 New Modules",
        "module, '',                          statistics,                   3.4,  -,    false, 3.4 New Modules",
        "module, '',                          email.contentmanager,         3.4,  -,    false, 3.4 email (doc marker says 3.6: end of provisional status)",
        "member, contextlib,                  suppress,                     3.4,  -,    false, 3.4 contextlib",
        "member, functools,                   singledispatch,               3.4,  -,    false, 3.4 functools",
        "member, os,                          cpu_count,                    3.4,  -,    false, 3.4 os",
        "member, re,                          fullmatch,                    3.4,  -,    false, 3.4 re",
        "kwarg,  builtins.min,                default,                      3.4,  -,    false, 3.4 Other Language Changes",
        "member, difflib,                     SequenceMatcher.isbjunk,      3.0,  3.4,  false, 3.4 API and Feature Removals",
        "module, '',                          typing,                       3.5,  -,    false, 3.5 New Modules",
        "module, '',                          zipapp,                       3.5,  -,    false, 3.5 New Modules",
        "member, math,                        isclose,                      3.5,  -,    false, 3.5 PEP 485",
        "member, math,                        gcd,                          3.5,  -,    false, 3.5 math",
        "method, bytes,                       hex,                          3.5,  -,    false, 3.5 Summary",
        "member, subprocess,                  run,                          3.5,  -,    false, 3.5 subprocess",
        "member, builtins,                    RecursionError,               3.5,  -,    false, 3.5 Other Language Changes",
        "member, asyncio,                     Queue.join,                   3.5,  -,    false, 3.5 asyncio",
        "member, ssl,                         MemoryBIO,                    3.5,  -,    false, 3.5 Memory BIO Support",
        "member, asyncio,                     JoinableQueue,                3.4,  3.5,  false, 3.5 API and Feature Removals",
        "member, ftplib,                      Netrc,                        -,    3.5,  true,  3.5 API and Feature Removals",
    })
    void whatsNew31To35Facts(String kind, String owner, String name, String added, String removed,
            boolean py27, String source) {
        ApiEntry e = lookup(kind, owner, name).orElseThrow(
                () -> new AssertionError("no table entry for " + kind + " " + owner + " " + name));
        assertEquals(v(added), e.added(), "added (" + source + ")");
        assertEquals(v(removed), e.removed(), "removed (" + source + ")");
        assertEquals(py27, e.inPython27(), "2.7 (" + source + ")");
    }

    /**
     * Rows dated by nothing of their own take the date of the 3.1-3.5 row naming the same object:
     * a re-export, or an attribute or keyword inherited from the class that defines it.
     */
    @ParameterizedTest(name = "{0} {1} {2} is {3}.{4}: added {5}")
    @CsvSource({
        // kind,  owner,                                name,                        dated owner,            dated name,          added
        "kwarg,  email.mime.text.MIMEText.as_string,   policy,                      email.message.Message.as_string, policy,   3.4",
        "member, doctest,                               DocTestCase.subTest,         unittest.TestCase,      subTest,             3.4",
        "member, unittest,                              FunctionTestCase.assertRaisesRegex, unittest.TestCase, assertRaisesRegex,  3.2",
        "kwarg,  concurrent.futures.ThreadPoolExecutor.map, chunksize,              concurrent.futures.Executor.map, chunksize,  3.5",
        "member, asyncio,                               LifoQueue.task_done,         asyncio.Queue,          task_done,           3.5",
    })
    void sameObjectRowsTakeTheDatedRowsDate(String kind, String owner, String name, String datedOwner,
            String datedName, String added) {
        ApiEntry e = lookup(kind, owner, name).orElseThrow(
                () -> new AssertionError("no table entry for " + kind + " " + owner + " " + name));
        assertEquals(v(added), e.added());
        assertEquals("same-object", e.source());
        ApiEntry dated = kind.equals("kwarg")
                ? TABLE.kwarg(datedOwner, datedName).orElseThrow()
                : TABLE.member(datedOwner.substring(0, datedOwner.lastIndexOf('.')),
                        datedOwner.substring(datedOwner.lastIndexOf('.') + 1) + "." + datedName).orElseThrow();
        assertEquals(dated.added(), e.added(), "the same date as " + dated.qualifiedName());
    }

    @Test
    void pythonTwoNamesRemovedIn31To35LiveUntilTheirRemoval() {
        ApiEntry maketrans = TABLE.member("string", "maketrans").orElseThrow();
        assertTrue(maketrans.availableIn(PythonVersion.of(3, 1)), "3.1 still had string.maketrans");
        assertFalse(maketrans.availableIn(PythonVersion.of(3, 2)));
        ApiEntry netrc = TABLE.member("ftplib", "Netrc").orElseThrow();
        assertTrue(netrc.availableIn(PythonVersion.of(3, 4)));
        assertFalse(netrc.availableIn(PythonVersion.of(3, 5)));
        ApiEntry ttk = TABLE.module("tkinter.ttk").orElseThrow();
        assertFalse(ttk.availableIn(PythonVersion.PY30), "3.0 had no tkinter.ttk");
        assertTrue(ttk.availableIn(PythonVersion.of(3, 1)));
    }

    @ParameterizedTest(name = "{0} {1} {2} is platform dependent: {3}")
    @CsvSource({
        "module, '',     winreg,             true",
        "module, '',     msvcrt,             true",
        "member, os,     add_dll_directory,  true",
        "member, os,     startfile,          true",
        "member, math,   prod,               false",
        "module, '',     tomllib,            false",
    })
    void platformFlags(String kind, String owner, String name, boolean platform) {
        ApiEntry e = lookup(kind, owner, name).orElseThrow();
        assertEquals(platform, e.platformDependent());
    }

    @Test
    void qualifiedNamesAndPython27() {
        ApiEntry run = TABLE.kwarg("subprocess.run", "capture_output").orElseThrow();
        assertEquals("subprocess.run(capture_output)", run.qualifiedName());
        assertEquals("subprocess.run", run.owner());
        assertEquals("capture_output", run.name());
        assertEquals(ApiKind.KWARG, run.kind());
        ApiEntry od = TABLE.member("collections", "OrderedDict").orElseThrow();
        assertEquals("collections.OrderedDict", od.qualifiedName());
        assertTrue(od.availableIn(PythonVersion.PY27), "2.7 had OrderedDict");
        assertFalse(od.availableIn(PythonVersion.PY30), "3.0 did not");
        assertTrue(od.availableIn(PythonVersion.of(3, 1)));
        ApiEntry imp = TABLE.module("imp").orElseThrow();
        assertTrue(imp.availableIn(PythonVersion.of(3, 11)));
        assertFalse(imp.availableIn(PythonVersion.of(3, 12)));
        assertFalse(TABLE.member("math", "prod").orElseThrow().availableIn(PythonVersion.PY27));
    }

    @Test
    void unknownNamesAreEmptyNotErrors() {
        assertTrue(TABLE.member("math", "no_such_function").isEmpty());
        assertTrue(TABLE.module("no_such_module").isEmpty());
        assertTrue(TABLE.method("str", null).isEmpty());
        assertTrue(TABLE.kwarg(null, "x").isEmpty());
    }

    @Test
    void tableIsLargeSortedAndUnique() {
        assertSame(TABLE, StdlibApiTable.get(), "loaded once");
        assertTrue(TABLE.size() >= 4000, "at least Vermin's size, was " + TABLE.size());
        assertEquals(TABLE.size(), TABLE.count(ApiKind.MODULE) + TABLE.count(ApiKind.MEMBER)
                + TABLE.count(ApiKind.METHOD) + TABLE.count(ApiKind.KWARG));
        Set<String> names = new HashSet<>();
        for (ApiEntry e : TABLE.entries()) {
            assertTrue(names.add(e.kind() + " " + e.qualifiedName()), "duplicate " + e.qualifiedName());
            e.added().ifPresent(a -> e.removed().ifPresent(r -> assertTrue(a.before(r),
                    e.qualifiedName() + " added " + a + " not before removed " + r)));
            // the one kind of dateless row: a package attribute every version has that shares its name with a
            // removed submodule (curses.wrapper), so that the attribute does not resolve to the module
            boolean shadowsRemovedModule = e.kind() == ApiKind.MEMBER
                    && TABLE.module(e.qualifiedName()).flatMap(ApiEntry::removed).isPresent();
            assertFalse(e.added().isEmpty() && e.removed().isEmpty() && e.inPython27()
                    && !e.platformDependent() && !shadowsRemovedModule, "entry without information: "
                    + e.qualifiedName());
            assertFalse(e.inPython27() && e.added().equals(Optional.of(PythonVersion.PY30)),
                    "2.7 and 3.0 both have it, so 3.0 is no addition: " + e.qualifiedName());
            assertFalse(e.added().isEmpty() && e.removed().isEmpty() && !e.inPython27(),
                    "absent from 2.7 needs an added version: " + e.qualifiedName());
        }
    }

    @Test
    void malformedRowsNameTheirLine() {
        IllegalStateException ex = assertThrows(IllegalStateException.class,
                () -> StdlibApiTable.parse(List.of("# header", "member\tmath\tprod\t3.8")));
        assertTrue(ex.getMessage().contains(":2:"), ex.getMessage());
        IllegalStateException bad = assertThrows(IllegalStateException.class,
                () -> StdlibApiTable.parse(List.of("member\tmath\tprod\tthree\t\tno\tno\tx")));
        assertTrue(bad.getMessage().contains(":1:"), bad.getMessage());
        StdlibApiTable small = StdlibApiTable.parse(
                List.of("kwarg\tsubprocess.run\tcapture_output\t3.7\t\tno\tno\tdocs"));
        assertEquals(1, small.count(ApiKind.KWARG));
        assertEquals(Optional.of(PythonVersion.of(3, 7)),
                small.kwarg("subprocess.run", "capture_output").orElseThrow().added());
    }
}
