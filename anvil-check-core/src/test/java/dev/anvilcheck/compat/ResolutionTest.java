package dev.anvilcheck.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anvilcheck.CodeRoot;
import dev.anvilcheck.Details;
import dev.anvilcheck.Finding;
import dev.anvilcheck.Severity;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * API resolution through imports, aliases, attribute chains, builtins, literals and scopes; guards, backports,
 * suppressions, annotations and the browser runtime. Each row: source ({@code |} is a newline), target, code root,
 * and the expected findings as {@code RULE:feature} (empty: none); {@code ¦} stands for the {@code |} operator.
 */
class ResolutionTest {

    @ParameterizedTest(name = "{0} @ {1}")
    @CsvSource(delimiter = ';', textBlock = """
            import math|math.prod([1]);                                   3.7; SERVER; PY201:math.prod
            import math|math.prod([1]);                                   3.8; SERVER;
            from math import prod|prod([1]);                              3.7; SERVER; PY201:math.prod
            from math import prod as p|p([1]);                            3.7; SERVER; PY201:math.prod
            import math as m|m.prod([1]);                                 3.7; SERVER; PY201:math.prod
            from math import *|prod([1]);                                 3.7; SERVER; PY201:math.prod
            from math import *|def prod(x): pass|prod([1]);               3.7; SERVER;
            def prod(x): pass|prod([1]);                                  3.7; SERVER;
            def f(prod):|    return prod(1);                              3.7; SERVER;
            import math|def f():|    math = 1|    return math.prod;       3.7; SERVER;
            import os.path|os.path.join('a');                            3.7; SERVER;
            import importlib.metadata as md|md.version('x');              3.7; SERVER; PY201:importlib.metadata
            import tomllib;                                               3.10; SERVER; PY201:tomllib
            import imp;                                                   3.12; SERVER; PY302:imp
            import imp;                                                   3.11; SERVER;
            import asyncio|@asyncio.coroutine|def f(): pass;              3.7-3.13; SERVER; PY302:asyncio.coroutine
            from collections import Mapping;                              3.10; SERVER; PY302:collections.Mapping
            import collections|collections.Mapping;                       3.10; SERVER; PY302:collections.Mapping
            import collections.abc|collections.abc.Mapping;               3.10; SERVER;
            x = 'ab'.removeprefix('a');                                   3.8; SERVER; PY201:str.removeprefix
            x = f'{a}'.removeprefix('a');                                 3.8; SERVER; PY201:str.removeprefix
            x = b'ab'.hex();                                              3.4; SERVER; PY201:bytes.hex
            x = (5).bit_count();                                          3.9; SERVER; PY201:int.bit_count
            x = str(y).removesuffix('a');                                 3.8; SERVER; PY201:str.removesuffix
            x = str.removeprefix(s, 'a');                                 3.8; SERVER; PY201:str.removeprefix
            s = 'ab'|t = s.removeprefix('a');                             3.8; SERVER; PY201:str.removeprefix
            def f():|    s = str(1)|    return s.removesuffix('a');        3.8; SERVER; PY201:str.removesuffix
            s = 'ab'|s = 1|t = s.removeprefix('a');                       3.8; SERVER;
            s = 'ab'|for s in x:|    pass|t = s.removeprefix('a');        3.8; SERVER;
            def f(s):|    s = 'a'|    return s.removeprefix('a');         3.8; SERVER;
            n = 5|x = n.bit_count();                                      3.9; SERVER; PY201:int.bit_count
            x = breakpoint();                                             3.6; SERVER; PY201:breakpoint
            x = anext(it);                                                3.9; SERVER; PY201:anext
            def anext(it): pass|x = anext(it);                            3.9; SERVER;
            x = unicode('a');                                             3.7; SERVER; PY302:unicode
            try:|    unicode|except NameError:|    pass;                  3.7; SERVER;
            x = {1: 2} ¦ {3: 4};                                          3.8; SERVER; PY203:dict ¦
            x = dict(a=1) ¦ y;                                            3.8; SERVER; PY203:dict ¦
            x ¦= {1: 2};                                                  3.8; SERVER; PY203:dict ¦=
            x = 1 ¦ 2;                                                    3.8; SERVER;
            D = {'a': 1}|def f(o):|    return D ¦ o;                       3.8; SERVER; PY203:dict ¦
            D = {'a': 1}|D = load()|def f(o):|    return D ¦ o;            3.8; SERVER;
            def f(text: str):|    return text.removeprefix('a');         3.8; SERVER; PY201:str.removeprefix
            def f(text: str):|    text = text.strip()|    return text.removeprefix('a'); 3.8; SERVER; PY201:str.removeprefix
            def f(text: str):|    text = parse(text)|    return text.removeprefix('a'); 3.8; SERVER;
            def f(text):|    text = text.strip()|    return text.removeprefix('a'); 3.8; SERVER;
            class str: pass|def f(text: str):|    return text.removeprefix('a'); 3.8; SERVER;
            def f(n: int):|    return n.bit_count();                    3.9; SERVER; PY201:int.bit_count
            x = isinstance(y, int ¦ str);                                 3.9; SERVER; PY203:X ¦ Y
            def f(x: list[int]): pass;                                    3.8; SERVER; PY203:list[...]
            def f(x: 'list[int]'): pass;                                  3.8; SERVER;
            from __future__ import annotations|def f(x: list[int]) -> int ¦ None: pass; 3.8; SERVER;
            def f():|    x: list[int] = []|    return x;                  3.8; SERVER;
            x: list[int] = [];                                            3.8; SERVER; PY203:list[...]
            def f(x: int ¦ None): pass;                                   3.9; SERVER; PY203:X ¦ Y
            import subprocess|subprocess.run(['a'], capture_output=True); 3.6; SERVER; PY202:subprocess.run(capture_output=)
            import subprocess|subprocess.run(['a'], capture_output=True); 3.7; SERVER;
            x = 'aaa'.replace('a', 'b', count=1);                         3.12; SERVER; PY202:str.replace(count=)
            x = 'aaa'.replace('a', 'b', count=1);                         3.13; SERVER;
            x = open('f', opener=o);                                      3.2; SERVER; PY202:open(opener=)
            import sys, math|if sys.version_info >= (3, 8):|    math.prod([1]); 3.7; SERVER;
            import sys, math|if sys.version_info > (3, 7):|    math.prod([1]); 3.7; SERVER; PY201:math.prod
            import sys, math|if sys.version_info[:2] > (3, 7):|    math.prod([1]); 3.7; SERVER;
            import sys, math|if (3, 8) <= sys.version_info:|    math.prod([1]); 3.7; SERVER;
            import sys, math|if sys.version_info < (3, 8):|    pass|else:|    math.prod([1]); 3.7; SERVER;
            import sys, math|if not sys.version_info < (3, 8):|    math.prod([1]); 3.7; SERVER;
            import sys, math|if sys.version_info.minor >= 8:|    math.prod([1]); 3.7; SERVER;
            import sys, math|if sys.version_info >= (3, 8) and x:|    math.prod([1]); 3.7; SERVER;
            import sys, math|PY38 = sys.version_info >= (3, 8)|if PY38:|    math.prod([1]); 3.7; SERVER;
            from sys import version_info|import math|if version_info >= (3, 8):|    math.prod([1]); 3.7; SERVER;
            import sys|if sys.version_info >= (3, 12):|    import imp;   3.7-3.13; SERVER; PY302:imp
            import sys|if sys.version_info < (3, 12):|    import imp;    3.7-3.13; SERVER;
            import sys|if sys.version_info >= (3, 11):|    import imp;   3.7-3.13; SERVER; PY302:imp
            try:|    import tomllib|except ImportError:|    import tomli as tomllib; 3.7; SERVER;
            try:|    from math import prod|except ImportError:|    prod = None; 3.7; SERVER;
            import math|if hasattr(math, 'prod'):|    math.prod([1]);      3.7; SERVER;
            import math|if hasattr(math, 'prod'):|    pass|math.prod([1]); 3.7; SERVER; PY201:math.prod
            from typing import TYPE_CHECKING|if TYPE_CHECKING:|    import tomllib; 3.7; SERVER;
            from typing_extensions import Literal;                        3.7; SERVER;
            from importlib_metadata import version;                       3.7; SERVER;
            from backports.zoneinfo import ZoneInfo;                      3.7; SERVER;
            from zoneinfo import ZoneInfo;                                3.7; SERVER; PY201:zoneinfo
            import math|math.prod([1])  # anvil-check: ignore[PY201];     3.7; SERVER;
            import math|# anvil-check: ignore[PY201]|math.prod([1]);      3.7; SERVER;
            import math|math.prod([1])  # anvil-check: ignore[PY101];     3.7; SERVER; PY201:math.prod
            import math|math.prod([1])  # novm;                           3.7; SERVER;
            import math|math.prod([1])  # novermin;                       3.7; SERVER;
            import math|s = "# novm"|math.prod([1]);                      3.7; SERVER; PY201:math.prod
            import math|math.prod([1])  # an anvil-check: ignore here;    3.7; SERVER;
            import math|math.prod([1])  # (noted: nonce) novm;            3.7; SERVER;
            import math|math.prod([1])  # November, novel;                3.7; SERVER; PY201:math.prod
            import math|x = 1  # novm|math.prod([1]);                     3.7; SERVER;
            import math|x = 1  # novm|y = 2|math.prod([1]);               3.7; SERVER; PY201:math.prod
            try:|    from collections.abc import Mapping|except ImportError:|    from collections import Mapping; 3.7-3.13; SERVER;
            try:|    from urllib.parse import quote|except ImportError:|    from urllib import quote; 3.7; SERVER;
            try:|    import cPickle as p|except ImportError:|    import pickle as p; 3.7; SERVER;
            try:|    import tomllib|except ImportError:|    from collections import Mapping; 3.10-3.13; SERVER; PY302:collections.Mapping
            try:|    import tomllib|except ImportError:|    import tomli as tomllib; 3.7; SERVER;
            try:|    import tomllib|except KeyError:|    from collections import Mapping; 3.8-3.13; SERVER; PY201:tomllib, PY302:collections.Mapping
            x = {0: 'a', 1: 'b'}[0];                                      3.7; SERVER;
            import io|f = io.BytesIO()|while buffer := f.read(1):|    print(buffer); 3.8; SERVER;
            x = [buffer := i for i in range(3)]|print(buffer);          3.8; SERVER;
            print(buffer);                                                3.8; SERVER; PY302:buffer
            global x|x = 1|print(x);                                      3.8; SERVER;
            import curses|curses.wrapper(print);                          3.7; SERVER;
            try:|    import tomllib|except Exception:|    tomllib = None;  3.7; SERVER;
            try:|    import tomllib|except:|    tomllib = None;           3.7; SERVER;
            import math|try:|    x = math.prod([1])|except Exception:|    x = 0; 3.7; SERVER; PY201:math.prod
            import math|try:|    x = math.prod([1])|except ImportError:|    x = 0; 3.7; SERVER; PY201:math.prod
            import math|try:|    x = math.prod([1])|except AttributeError:|    x = 0; 3.7; SERVER;
            import math|try:|    x = math.prod([1])|except (ValueError, AttributeError):|    x = 0; 3.7; SERVER;
            try:|    f = anext|except NameError:|    f = None;             3.7; SERVER;
            try:|    f = anext|except AttributeError:|    f = None;        3.7; SERVER; PY201:anext
            import subprocess|try:|    subprocess.run('x', capture_output=True)|except TypeError:|    pass; 3.6; SERVER;
            import subprocess|try:|    subprocess.run('x', capture_output=True)|except ValueError:|    pass; 3.6; SERVER; PY202:subprocess.run(capture_output=)
            from curses import wrapper|wrapper(print);                    3.7; SERVER;
            import curses.wrapper;                                        3.7; SERVER; PY302:curses.wrapper
            global buffer|print(buffer);                                  3.8; SERVER; PY302:buffer
            import math|def f():|    global math|    return math.prod([1]); 3.7; SERVER; PY201:math.prod
            x = ['a', 'b'][0];                                            3.7; SERVER;
            x = dict[str, int];                                           3.7; SERVER; PY203:dict[...]
            import builtins|x = builtins.list[int];                       3.7; SERVER; PY203:list[...]
            import os|n = os.cpu_count() if hasattr(os, 'cpu_count') else 1; 3.3; SERVER;
            import os|n = 1 if not hasattr(os, 'cpu_count') else os.cpu_count(); 3.3; SERVER;
            import os|n = os.cpu_count() if hasattr(os, 'getpid') else 1; 3.3; SERVER; PY201:os.cpu_count
            import sys, math|x = math.prod([1]) if sys.version_info >= (3, 8) else 1; 3.7; SERVER;
            from sys import version_info as vi|import math|if vi >= (3, 8):|    math.prod([1]); 3.7; SERVER;
            import sys as s2, math|if s2.version_info[:2] >= (3, 8):|    math.prod([1]); 3.7; SERVER;
            import sys, math|if sys.hexversion >= 0x03080000:|    math.prod([1]); 3.7; SERVER;
            import six, math|if six.PY2:|    pass|else:|    math.prod([1]); 3.7; SERVER; PY201:math.prod
            import math|from six import PY3|if PY3:|    import urllib.parse|else:|    import urlparse; 3.7; SERVER;
            import sys, math|x = 1 if sys.version_info < (3, 8) else math.prod([1]); 3.7; SERVER;
            import decimal;                                               3.7-skulpt; CLIENT; PY402:decimal
            import json, math, datetime, re;                              3.7-skulpt; CLIENT;
            import collections.abc;                                       3.7-skulpt; CLIENT; PY402:collections.abc
            def f():|    import decimal;                                  3.7-skulpt; CLIENT; PY402:decimal
            import anvil.email;                                           3.7-skulpt; CLIENT; PY403:anvil.email
            from anvil import files;                                      3.7-skulpt; CLIENT; PY403:anvil.files
            import anvil.email|def f():|    anvil.email.send(to='a');     3.7-skulpt; CLIENT; PY403:anvil.email
            import anvil.secrets;                                         3.7-skulpt; CLIENT;
            import anvil.server|@anvil.server.callable|def f(): pass;     3.7-skulpt; CLIENT; PY403:anvil.server.callable
            import anvil.server|anvil.server.call('f');                   3.7-skulpt; CLIENT;
            import anvil.email;                                           3.7; SERVER;
            if (n := 1):|    pass;                                        3.7-skulpt; CLIENT; PY401:walrus
            async def f():|    pass;                                      3.7-skulpt; CLIENT; PY401:async-await
            x = locals();                                                 3.7-skulpt; CLIENT; PY404:locals
            try:|    import decimal|except ImportError:|    decimal = None; 3.7-skulpt; CLIENT;
            """)
    void resolves(String source, String target, CodeRoot root, String expected) {
        String src = source.strip().replace("|", "\n").replace('¦', '|') + "\n";
        FileCompatibility f = CompatibilityCheck.ofSource("t.py", src, root, Optional.of(Target.parse(target)));
        assertThat(f.syntaxErrors()).as("syntax errors").isEmpty();
        List<String> got = f.findings().stream().filter(x -> x.rule() != PyRule.NO_VERSION).map(ResolutionTest::key)
                .collect(Collectors.toList());
        List<String> want = expected == null ? List.of()
                : List.of(expected.strip().replace('¦', '|').split("\\s*,\\s*"));
        assertThat(got).as("findings of %s", src).containsExactlyInAnyOrderElementsOf(want);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            import decimal;               error
            def f():|    import decimal;  warning
            """)
    void clientModulesAtTopLevelAreErrorsInFunctionsWarnings(String source, String severity) {
        String src = source.replace("|", "\n") + "\n";
        FileCompatibility f = CompatibilityCheck.ofSource("t.py", src, CodeRoot.CLIENT,
                Optional.of(Target.SKULPT));
        assertThat(f.findings()).singleElement().satisfies(x -> assertThat(x.severity().jsonName()).isEqualTo(severity));
    }

    @ParameterizedTest(name = "line ends {0}")
    @CsvSource({"LF, '\n'", "CRLF, '\r\n'", "CR, '\r'"})
    void theConstructThatDecidesTheMinimumIsNamedWithItsLine(String name, String eol) {
        String src = String.join(eol, "import math", "# a comment", "x = [", "  1]", "math.prod(x)", "");
        for (String target : List.of("3.7", "3.13")) { // with a finding (its location) and without (the line alone)
            FileCompatibility f = CompatibilityCheck.ofSource("t.py", src, CodeRoot.SERVER,
                    Optional.of(Target.parse(target)));
            assertThat(f.findings()).as(target).hasSize(target.equals("3.7") ? 1 : 0);
            assertThat(f.decidedBy()).as(name + " " + target).hasValue("math.prod at line 5");
        }
    }

    static String key(Finding f) {
        String feature = f.details() instanceof Details.Compatibility c ? c.feature() : "";
        return f.rule().code() + ":" + feature;
    }

    static boolean isError(Finding f) {
        return f.severity() == Severity.ERROR;
    }
}
