package dev.anvilcheck.anvil;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.Finding;
import dev.anvilcheck.Severity;
import dev.anvilcheck.testing.TempApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every AX rule fires on a bad fixture app and stays silent on the matching good one. */
class AnvilRulesTest {

    static final String BASE_YAML = """
            name: Fixture
            package_name: Fixture
            dependencies: []
            runtime_options: {version: 3, client_version: '3', server_version: python3-sandbox,
              server_spec: {base: python310-standard}}
            services:
            - {source: /runtime/services/tables.yml, client_config: {}, server_config: {}}
            - {source: /runtime/services/anvil/users.yml, client_config: {}, server_config: {user_table: users}}
            db_schema:
              notes:
                title: Notes
                client: search
                server: full
                columns:
                - {name: text, type: string}
                - {name: owner, type: link_single, target: users}
              hidden:
                title: Hidden
                client: none
                server: full
                columns:
                - {name: value, type: string}
              users:
                title: Users
                client: none
                server: full
                columns:
                - {name: email, type: string}
            """;

    static final String SERVER = """
            import anvil.server
            from anvil.tables import app_tables


            @anvil.server.callable
            def get_notes():
                return [n['text'] for n in app_tables.notes.search()]


            @anvil.server.callable("fetch")
            def fetch_impl(key):
                return key


            @anvil.server.callable(name="fetch2", require_user=True)
            def fetch2_impl():
                return 2


            @anvil.server.callable_as("legacy")
            def legacy_impl():
                return 3


            def registered_impl(x, y=0):
                return x + y


            anvil.server.register(registered_impl, "reg_name")


            @anvil.server.callable
            def add(a, b, c=1, *, flag=False):
                return a + b + c


            @anvil.server.background_task
            def crunch():
                pass


            @anvil.server.callable
            def start():
                anvil.server.launch_background_task('crunch')
            """;

    static final String CLIENT_CALLS = """
            import anvil.server
            from anvil.server import call
            from anvil import server as srv


            def run():
                anvil.server.call('get_notes')
                call('fetch', 'k')
                srv.call_s('fetch2')
                anvil.server.call('legacy')
                srv.call('reg_name', 1)
                call('add', 1, 2)
                call('start')
            """;

    /** One fixture pair. */
    record Case(String name, String rule, String badPath, Map<String, String> bad, Map<String, String> good) {
        @Override
        public String toString() {
            return rule + " " + name;
        }
    }

    static Map<String, String> files(String... pathsAndTexts) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("anvil.yaml", BASE_YAML);
        m.put("server_code/api.py", SERVER);
        m.put("client_code/calls.py", CLIENT_CALLS);
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            m.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return m;
    }

    static final String FORM = """
            from ._anvil_designer import PageTemplate
            from anvil import *


            class Page(PageTemplate):
                def __init__(self, **properties):
                    self.init_components(**properties)

                def save_click(self, **event_args):
                    pass
            """;

    static String template(String componentType, String handler, String code) {
        return "container: {type: ColumnPanel, event_bindings: {show: save_click}}\n"
                + "components:\n"
                + "- type: " + componentType + "\n"
                + "  name: c1\n"
                + "  properties: {}\n"
                + "  event_bindings: {click: " + handler + "}\n"
                + "  data_bindings:\n"
                + "  - {property: text, code: \"" + code + "\", writeback: false}\n"
                + "is_package: true\n";
    }

    static final String GOOD_TEMPLATE = template("Button", "save_click", "self.item['text']");

    static final String CARD = """
            from ._anvil_designer import CardTemplate


            class Card(CardTemplate):
                def __init__(self, **properties):
                    self.init_components(**properties)
            """;

    static Stream<Case> cases() {
        return Stream.of(
                new Case("literal name", "AX001", "client_code/util.py",
                        files("client_code/util.py", "import anvil.server\nanvil.server.call('get_note')\n"),
                        files("client_code/util.py", "import anvil.server\nanvil.server.call('get_notes')\n")),
                new Case("positional name in callable", "AX001", "client_code/util.py",
                        files("client_code/util.py", "from anvil.server import call\ncall('fetch_impl', 1)\n"),
                        files("client_code/util.py", "from anvil.server import call\ncall('fetch', 1)\n")),
                new Case("name= and require_user", "AX001", "client_code/util.py",
                        files("client_code/util.py", "import anvil.server as s\ns.call('fetch2_impl')\n"),
                        files("client_code/util.py", "import anvil.server as s\ns.call('fetch2')\n")),
                new Case("server code calls too", "AX001", "server_code/other.py",
                        files("server_code/other.py", "from anvil import server\nserver.call('legacy_impl')\n"),
                        files("server_code/other.py", "from anvil import server\nserver.call('legacy')\n")),
                new Case("too many positional", "AX002", "client_code/util.py",
                        files("client_code/util.py", "import anvil.server\nanvil.server.call('add', 1, 2, 3, 4)\n"),
                        files("client_code/util.py", "import anvil.server\nanvil.server.call('add', 1, 2, 3)\n")),
                new Case("missing required", "AX002", "client_code/util.py",
                        files("client_code/util.py", "import anvil.server\nanvil.server.call('add', 1)\n"),
                        files("client_code/util.py", "import anvil.server\nanvil.server.call('add', 1, b=2)\n")),
                new Case("unknown keyword", "AX002", "client_code/util.py",
                        files("client_code/util.py", "import anvil.server\nanvil.server.call('add', 1, 2, d=3)\n"),
                        files("client_code/util.py",
                                "import anvil.server\nanvil.server.call('add', 1, 2, flag=True)\n")),
                new Case("same argument twice", "AX002", "client_code/util.py",
                        files("client_code/util.py", "import anvil.server\nanvil.server.call('add', 1, 2, b=3)\n"),
                        files("client_code/util.py", "import anvil.server\nanvil.server.call('add', 1, 2, c=3)\n")),
                new Case("register signature", "AX002", "client_code/util.py",
                        files("client_code/util.py", "import anvil.server\nanvil.server.call('reg_name')\n"),
                        files("client_code/util.py", "import anvil.server\nanvil.server.call('reg_name', 1, 2)\n")),
                new Case("never called", "AX003", "server_code/extra.py",
                        files("server_code/extra.py", "import anvil.server\n@anvil.server.callable\ndef lonely():\n"
                                + "    pass\n"),
                        files("server_code/extra.py", "import anvil.server\n@anvil.server.callable\ndef lonely():\n"
                                + "    pass\n", "client_code/util.py",
                                "import anvil.server\nanvil.server.call('lonely')\n")),
                new Case("called only from a script outside the app's code", "AX003", "server_code/extra.py",
                        files("server_code/extra.py", "import anvil.server\n@anvil.server.callable\ndef lonely():\n"
                                + "    pass\n", "scripts/uplink.py", "import anvil.server\nanvil.server.call('other')\n"),
                        files("server_code/extra.py", "import anvil.server\n@anvil.server.callable\ndef lonely():\n"
                                + "    pass\n", "scripts/uplink.py", "import anvil.server\nanvil.server.call('lonely')\n")),
                new Case("launch unknown task", "AX004", "server_code/jobs.py",
                        files("server_code/jobs.py", "import anvil.server\nanvil.server.launch_background_task("
                                + "'crunsh')\n"),
                        files("server_code/jobs.py", "import anvil.server\nanvil.server.launch_background_task("
                                + "'crunch')\n")),
                new Case("scheduled task", "AX005", "anvil.yaml",
                        files("anvil.yaml", BASE_YAML + "scheduled_tasks:\n- task_name: nightly\n  time_spec: "
                                + "{every: day}\n  job_id: J1\n"),
                        files("anvil.yaml", BASE_YAML + "scheduled_tasks:\n- task_name: nightly\n  time_spec: "
                                + "{every: day}\n  job_id: J1\n", "server_code/jobs.py", "import anvil.server\n"
                                + "@anvil.server.background_task('nightly')\ndef run_nightly():\n    pass\n")),
                new Case("client launches", "AX006", "client_code/util.py",
                        files("client_code/util.py", "import anvil.server\n"
                                + "anvil.server.launch_background_task('crunch')\n"),
                        files("client_code/util.py", "import anvil.server\nanvil.server.call('start')\n")),
                new Case("attribute", "AX010", "server_code/t.py",
                        files("server_code/t.py", "from anvil.tables import app_tables\napp_tables.notez.search()\n"),
                        files("server_code/t.py", "from anvil.tables import app_tables\napp_tables.notes.search()\n")),
                new Case("subscript", "AX010", "server_code/t.py",
                        files("server_code/t.py", "import anvil.tables\nanvil.tables.app_tables['nope'].search()\n"),
                        files("server_code/t.py", "import anvil.tables\nanvil.tables.app_tables['notes'].search()\n")),
                new Case("add_row keyword", "AX011", "server_code/t.py",
                        files("server_code/t.py", "from anvil.tables import app_tables\n"
                                + "app_tables.notes.add_row(txt='x')\n"),
                        files("server_code/t.py", "from anvil.tables import app_tables\n"
                                + "app_tables.notes.add_row(text='x')\n")),
                new Case("row subscript", "AX011", "server_code/t.py",
                        files("server_code/t.py", "from anvil.tables import app_tables\ndef f():\n"
                                + "    for n in app_tables.notes.search(text='a'):\n        print(n['txt'])\n"),
                        files("server_code/t.py", "from anvil.tables import app_tables\ndef f():\n"
                                + "    for n in app_tables.notes.search(text='a'):\n        print(n['text'])\n")),
                new Case("client reads hidden table", "AX012", "client_code/util.py",
                        files("client_code/util.py", "from anvil.tables import app_tables\n"
                                + "rows = app_tables.hidden.search()\n"),
                        files("client_code/util.py", "from anvil.tables import app_tables\n"
                                + "rows = app_tables.notes.search()\n")),
                new Case("client add_row on search table", "AX013", "client_code/util.py",
                        files("client_code/util.py", "from anvil.tables import app_tables\n"
                                + "app_tables.notes.add_row(text='x')\n"),
                        files("client_code/util.py", "from anvil.tables import app_tables\n"
                                + "app_tables.notes.get(text='x')\n")),
                new Case("client assigns a row column", "AX013", "client_code/util.py",
                        files("client_code/util.py", "from anvil.tables import app_tables\ndef f():\n"
                                + "    row = app_tables.notes.get(text='a')\n    row['text'] = 'b'\n"),
                        files("client_code/util.py", "from anvil.tables import app_tables\ndef f():\n"
                                + "    row = app_tables.notes.get(text='a')\n    return row['text']\n")),
                new Case("secrets without its service", "AX020", "server_code/s.py",
                        files("server_code/s.py", "import anvil.secrets\n"),
                        files("server_code/s.py", "import anvil.users\n")),
                new Case("email via from-import", "AX020", "server_code/s.py",
                        files("server_code/s.py", "from anvil import email\n"),
                        files("server_code/s.py", "from anvil import server\n")),
                new Case("package form", "AX030", "client_code/Page/__init__.py",
                        files("client_code/Page/__init__.py", FORM),
                        files("client_code/Page/__init__.py", FORM, "client_code/Page/form_template.yaml",
                                GOOD_TEMPLATE)),
                new Case("module form", "AX030", "client_code/Card.py",
                        files("client_code/Card.py", CARD),
                        files("client_code/Card.py", CARD, "client_code/Card.yaml", "container: {type: "
                                + "ColumnPanel}\ncomponents: []\n")),
                new Case("older forms/ layout", "AX030", "forms/Old.Sub.py",
                        files("forms/Old.Sub.py", "from anvil import *\nclass Sub(SubTemplate):\n    pass\n"),
                        files("forms/Old.Sub.py", "from anvil import *\nclass Sub(SubTemplate):\n    pass\n",
                                "forms/Old.Sub.yaml", "components: []\ncontainer: {type: ColumnPanel}\n")),
                new Case("event handler", "AX031", "client_code/Page/form_template.yaml",
                        files("client_code/Page/__init__.py", FORM, "client_code/Page/form_template.yaml",
                                template("Button", "sav_click", "self.item['text']")),
                        files("client_code/Page/__init__.py", FORM, "client_code/Page/form_template.yaml",
                                GOOD_TEMPLATE)),
                new Case("form component", "AX032", "client_code/Page/form_template.yaml",
                        files("client_code/Page/__init__.py", FORM, "client_code/Page/form_template.yaml",
                                template("form:Crad", "save_click", "self.item['text']"),
                                "client_code/Card.py", CARD, "client_code/Card.yaml", "components: []\n"),
                        files("client_code/Page/__init__.py", FORM, "client_code/Page/form_template.yaml",
                                template("form:Card", "save_click", "self.item['text']"),
                                "client_code/Card.py", CARD, "client_code/Card.yaml", "components: []\n")),
                new Case("dependency form without the dependency", "AX032", "client_code/Page/form_template.yaml",
                        files("client_code/Page/__init__.py", FORM, "client_code/Page/form_template.yaml",
                                template("form:dep_x1:Widgets.Chip", "save_click", "self.item['text']")),
                        files("anvil.yaml", BASE_YAML.replace("dependencies: []\n", "dependencies:\n- dep_id: dep_x1\n"
                                        + "  version: {dev: false}\n  resolution_hints: {app_id: ABCDEF, name: W, "
                                        + "package_name: widgets}\n"),
                                "client_code/Page/__init__.py", FORM, "client_code/Page/form_template.yaml",
                                template("form:dep_x1:Widgets.Chip", "save_click", "self.item['text']"))),
                new Case("open_form", "AX033", "client_code/util.py",
                        files("client_code/Page/__init__.py", FORM, "client_code/Page/form_template.yaml",
                                GOOD_TEMPLATE, "client_code/util.py", "from anvil import *\nopen_form('Pgae')\n"),
                        files("client_code/Page/__init__.py", FORM, "client_code/Page/form_template.yaml",
                                GOOD_TEMPLATE, "client_code/util.py", "import anvil\nanvil.open_form('Page')\n")),
                new Case("data binding code", "AX034", "client_code/Page/form_template.yaml",
                        files("client_code/Page/__init__.py", FORM, "client_code/Page/form_template.yaml",
                                template("Button", "save_click", "self.item['text'")),
                        files("client_code/Page/__init__.py", FORM, "client_code/Page/form_template.yaml",
                                GOOD_TEMPLATE)),
                new Case("single =", "AX040", "server_code/requirements.txt",
                        files("server_code/requirements.txt", "requests=2.31.0\n"),
                        files("server_code/requirements.txt", "requests==2.31.0\n")),
                new Case("bad marker", "AX040", "server_code/requirements.txt",
                        files("server_code/requirements.txt", "requests==2.31.0; python_versio < '3.8'\n"),
                        files("server_code/requirements.txt", "requests==2.31.0; python_version < '3.8'\n")),
                new Case("missing -r include", "AX040", "server_code/requirements.txt",
                        files("server_code/requirements.txt", "-r base.txt\n"),
                        files("server_code/requirements.txt", "-r base.txt\n", "server_code/base.txt",
                                "requests==2.31.0 \\\n    --hash=sha256:0123abcd\n")),
                new Case("duplicate", "AX041", "server_code/requirements.txt",
                        files("server_code/requirements.txt", "requests==2.31.0\nRequests==2.31.0\n"),
                        files("server_code/requirements.txt", "requests==2.31.0\n")),
                new Case("conflict across an include", "AX042", "server_code/base.txt",
                        files("server_code/requirements.txt", "requests==2.31.0\n-r base.txt\n",
                                "server_code/base.txt", "requests==2.30.0\n"),
                        files("server_code/requirements.txt", "requests==2.31.0\n-r base.txt\n",
                                "server_code/base.txt", "urllib3==2.0.7\n")),
                new Case("unpinned", "AX043", "server_code/requirements.txt",
                        files("server_code/requirements.txt", "requests>=2\n"),
                        files("server_code/requirements.txt", "requests==2.31.0\n")),
                new Case("undeclared import", "AX045", "server_code/s.py",
                        files("server_code/requirements.txt", "requests==2.31.0\n", "server_code/s.py",
                                "import requests\nimport yaml\n"),
                        files("server_code/requirements.txt", "requests==2.31.0\nPyYAML==6.0.1\n",
                                "server_code/s.py", "import requests\nimport yaml\nimport json\n")));
    }

    static List<Finding> run(Path dir, Map<String, String> files) {
        TempApp app = TempApp.of(dir, files.get("anvil.yaml"));
        for (Map.Entry<String, String> e : files.entrySet()) {
            if (!e.getKey().equals("anvil.yaml")) {
                app.file(e.getKey(), e.getValue());
            }
        }
        return AnvilProject.load(app.root()).checkAnvil().findings();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void firesOnTheBadCase(Case c, @TempDir Path dir) {
        List<Finding> findings = run(dir, c.bad());
        assertThat(findings).as(findings.toString())
                .anySatisfy(f -> {
                    assertThat(f.rule().code()).isEqualTo(c.rule());
                    assertThat(f.location()).hasValueSatisfying(l -> assertThat(l.path()).isEqualTo(c.badPath()));
                    assertThat(f.hint()).isPresent();
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void silentOnTheGoodCase(Case c, @TempDir Path dir) {
        List<Finding> findings = run(dir, c.good());
        assertThat(findings).as(findings.toString()).noneMatch(f -> f.rule().code().equals(c.rule()));
    }

    @Test
    void theBaseFixtureHasNoErrorsOrWarnings(@TempDir Path dir) {
        List<Finding> findings = run(dir, files());
        assertThat(findings).as(findings.toString()).noneMatch(f -> f.severity().atLeast(Severity.WARNING)
                && f.rule() instanceof AnvilRule);
    }

    @Test
    void everyRuleHasAFixture() {
        Set<String> covered = cases().map(Case::rule).collect(Collectors.toSet());
        covered.addAll(Set.of("AX044", "AX046"));
        assertThat(covered).containsAll(Arrays.stream(AnvilRule.values()).map(AnvilRule::code).toList());
    }

    @Test
    void unresolvedNamesAreWarningsWhenTheAppHasDependenciesOrUplink(@TempDir Path dir) {
        String yaml = BASE_YAML + "uplink_visible: true\n";
        List<Finding> findings = run(dir, files("anvil.yaml", yaml, "client_code/util.py",
                "import anvil.server\nanvil.server.call('from_uplink')\n"));
        assertThat(findings).filteredOn(f -> f.rule() == AnvilRule.UNKNOWN_SERVER_FUNCTION)
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void unknownTablesAreWarningsWhenTheAppHasDependencies(@TempDir Path dir) {
        String yaml = BASE_YAML.replace("dependencies: []\n", "dependencies:\n- dep_id: dep_lib\n"
                + "  version: {dev: false}\n  resolution_hints: {app_id: ABCDEF, name: Lib, package_name: lib}\n");
        List<Finding> findings = run(dir, files("anvil.yaml", yaml, "server_code/t.py",
                "from anvil.tables import app_tables\napp_tables.lib_settings.get()\n"));
        assertThat(findings).filteredOn(f -> f.rule() == AnvilRule.UNKNOWN_TABLE)
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void listFormSchemaTablesAndColumnsResolve(@TempDir Path dir) {
        String yaml = """
                name: Old
                runtime_options: {version: 2}
                services:
                - {source: /runtime/services/tables.yml, client_config: {}, server_config: {}}
                db_schema:
                - name: Forms
                  id: 63199
                  python_name: forms
                  columns:
                    ZyPWM1iuKCU=: {name: title, type: string, admin_ui: {order: 0, width: 200}}
                    AbCdEf12345=: {name: owner, type: liveObject, backend: anvil.tables.Row, table_id: 63200}
                  access: {python_name: forms, app_id: X, server: full, client: none,
                           table_mapping_name: null, table_mapping_id: null, table_id: 63199}
                - name: People
                  id: 63200
                  python_name: people
                  columns:
                    QWERTY12345=: {name: email, type: string, admin_ui: {order: 0, width: 200}}
                  access: {python_name: people, app_id: X, server: full, client: full,
                           table_mapping_name: null, table_mapping_id: null, table_id: 63200}
                """;
        List<Finding> good = run(dir.resolve("good"), Map.of("anvil.yaml", yaml, "server_code/s.py",
                "from anvil.tables import app_tables\nr = app_tables.forms.get(title='x')\nprint(r['owner'])\n"));
        assertThat(good).as(good.toString()).noneMatch(f -> f.rule() instanceof AnvilRule);
        List<Finding> bad = run(dir.resolve("bad"), Map.of("anvil.yaml", yaml, "client_code/c.py",
                "from anvil.tables import app_tables\nr = app_tables.forms.get(titel='x')\n"));
        assertThat(bad).extracting(f -> f.rule().code()).contains("AX011", "AX012");
    }

    @Test
    void resultCarriesTypedData(@TempDir Path dir) {
        TempApp app = TempApp.of(dir, BASE_YAML).file("server_code/api.py", SERVER)
                .file("client_code/calls.py", CLIENT_CALLS);
        AnvilResult r = AnvilProject.load(app.root()).checkAnvil().result(AnvilResult.class).orElseThrow();
        assertThat(r.serverFunctions()).extracting(AnvilResult.ServerFunction::name)
                .containsExactly("get_notes", "fetch", "fetch2", "legacy", "reg_name", "add", "crunch", "start");
        assertThat(r.tasks()).extracting(AnvilResult.ServerFunction::function).containsExactly("crunch");
        assertThat(r.calls()).filteredOn(AnvilResult.ServerCall::launch).singleElement()
                .satisfies(c -> assertThat(c.from()).isEqualTo(dev.anvilcheck.CodeRoot.SERVER));
        assertThat(r.calls()).hasSize(8).allMatch(AnvilResult.ServerCall::resolved);
    }
}
