package dev.anvilcheck.anvil.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The requirements reader against pip's format, PEP 440 and PEP 508. */
class RequirementsParserTest {

    static Requirements.Entry one(String line) {
        List<Requirements.Entry> e = Requirements.parse(line);
        assertThat(e).hasSize(1);
        return e.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "requests", "requests==2.31.0", "Requests >= 2.0, < 3", "requests[security,socks]==2.31.0",
        "requests (>=2.0)", "pkg~=1.4.2", "pkg===1.0-weird", "pkg==1.*", "pkg!=1.5.*", "pkg==1.0.post1",
        "pkg==1.0rc1", "pkg==1!2.0", "pkg==1.0+local.1", "pkg>=1.0; python_version < \"3.8\"",
        "pkg; sys_platform == 'linux' and (python_version >= '3.6' or extra == 'x')",
        "pkg @ https://example.com/pkg-1.0.tar.gz", "https://example.com/pkg-1.0-py3-none-any.whl",
        "git+https://github.com/o/r.git@v1#egg=thing", "./local/dir", "pkg==1.0 --hash=sha256:abcdef0123",
        "pkg==1.0 --hash sha256:abcdef0123 --hash=sha512:00ff",
        "pkg; 'linux' in sys_platform", "pkg; python_version not in '3.6, 3.7'"})
    void acceptsWhatPipAccepts(String line) {
        assertThat(one(line)).isInstanceOf(Requirements.Req.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "requests=2.31.0", "requests==", "requests>=2.0,", "--requests", "requests[bad extra]==1.0",
        "pkg==1.0 --hsh=sha256:ab", "pkg==1.0 --hash=sha256", "pkg; python_versio < '3.8'",
        "pkg; python_version <", "pkg; (python_version < '3.8'", "pkg~=1", "pkg>=1.*", "pkg @ ",
        "--frobnicate", "-r", "pkg==1.0 ; python_version < '3.8' junk", "!!!", "pkg (>=1.0"})
    void rejectsWhatPipRejects(String line) {
        assertThat(one(line)).isInstanceOf(Requirements.Problem.class);
    }

    @Test
    void continuationsCommentsOptionsAndIncludes() {
        List<Requirements.Entry> e = Requirements.parse("""
                # a comment
                --index-url https://pypi.org/simple
                -r base.txt
                -c constraints.txt
                requests==2.31.0 \\
                    --hash=sha256:abcdef  # trailing comment
                -e git+https://github.com/o/r.git#egg=thing

                flask>=2 # unpinned
                """);
        assertThat(e).hasSize(6);
        assertThat(e.get(0)).isInstanceOf(Requirements.Option.class);
        assertThat(e.get(1)).isEqualTo(new Requirements.Include(3, "base.txt", false));
        assertThat(e.get(2)).isEqualTo(new Requirements.Include(4, "constraints.txt", true));
        Requirements.Req r = (Requirements.Req) e.get(3);
        assertThat(r.line()).isEqualTo(5);
        assertThat(r.name()).contains("requests");
        assertThat(r.pinned()).isTrue();
        Requirements.Req ed = (Requirements.Req) e.get(4);
        assertThat(ed.editable()).isTrue();
        assertThat(ed.name()).contains("thing");
        Requirements.Req flask = (Requirements.Req) e.get(5);
        assertThat(flask.pinned()).isFalse();
        assertThat(flask.line()).isEqualTo(9);
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "python_version < '3.8'                           | 3.7  | true",
        "python_version < '3.8'                           | 3.10 | false",
        "python_version >= '3.10' and sys_platform == 'linux' | 3.10 | true",
        "sys_platform == 'win32' or python_version == '3.7' | 3.7 | true",
        "platform_system == 'Windows'                     | 3.11 | false",
        "python_full_version >= '3.9.0'                   | 3.9  | true",
        "'3.7' in python_version                          | 3.7  | true"})
    void markersEvaluateForTheServer(String marker, String python, boolean expected) {
        Requirements.Req r = (Requirements.Req) one("pkg; " + marker);
        Map<String, String> env = Map.of("python_version", python, "python_full_version", python + ".0",
                "sys_platform", "linux", "platform_system", "Linux");
        assertThat(r.marker().orElseThrow().eval(env)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} {0}")
    @CsvSource(delimiter = '|', value = {
        "1.0      | ==1.0     | true", "1.0.0 | ==1.0 | true", "1.1 | ==1.* | true", "2.0 | ==1.* | false",
        "1.4.5    | ~=1.4.2   | true", "1.5 | ~=1.4.2 | false", "1.0rc1 | <1.0 | false", "0.9 | <1.0 | true",
        "1.0.post1 | >1.0    | false", "1.1 | >1.0 | true", "1.0a1 | >=1.0.dev0 | true",
        "3.7.99   | >=3.8     | false", "3.10.0 | >=3.6,!=3.9.* | true", "3.9.2 | >=3.6,!=3.9.* | false",
        "2.0      | !=2.0     | false", "1.0+local | ==1.0 | true", "1!1.0 | >=2.0 | true"})
    void pep440Specifiers(String version, String spec, boolean expected) {
        assertThat(Pep440.satisfies(Pep440.specifiers(spec).orElseThrow(), Pep440.version(version).orElseThrow()))
                .isEqualTo(expected);
    }

    @Test
    void versionOrdering() {
        List<String> ordered = List.of("1.0.dev1", "1.0a1", "1.0a2.dev1", "1.0a2", "1.0b1", "1.0rc1", "1.0",
                "1.0.post1.dev1", "1.0.post1", "1.1");
        for (int i = 0; i + 1 < ordered.size(); i++) {
            assertThat(Pep440.version(ordered.get(i)).orElseThrow())
                    .as(ordered.get(i) + " < " + ordered.get(i + 1))
                    .isLessThan(Pep440.version(ordered.get(i + 1)).orElseThrow());
        }
    }

    @ParameterizedTest(name = "{0} on 3.{1} -> {2}")
    @CsvSource({
        "x-1.0-py3-none-any.whl,7,true", "x-1.0-py2.py3-none-any.whl,7,true", "x-1.0-py2-none-any.whl,7,false",
        "x-1.0-cp37-cp37m-manylinux1_x86_64.whl,7,true", "x-1.0-cp38-cp38-manylinux1_x86_64.whl,7,false",
        "x-1.0-cp38-abi3-manylinux_2_17_x86_64.whl,10,true", "x-1.0-cp311-abi3-manylinux_2_17_x86_64.whl,10,false",
        "x-1.0-cp310-cp310-win_amd64.whl,10,false", "x-1.0-cp310-cp310-manylinux_2_17_aarch64.whl,10,false",
        "x-1.0-1-py3-none-any.whl,10,true", "x-1.0-py36-none-any.whl,10,true", "bad.whl,10,false"})
    void wheelTags(String file, int minor, boolean expected) {
        assertThat(WheelTags.installable(file, dev.anvilcheck.python.PythonVersion.of(3, minor))).isEqualTo(expected);
    }
}
