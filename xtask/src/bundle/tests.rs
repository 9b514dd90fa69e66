//! The linker and the page assembly on small, hand-written module graphs.

use super::*;

fn files(list: &[(&str, &str)]) -> impl Fn(&str) -> Result<String, String> {
    let map: BTreeMap<String, String> = list
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    move |path: &str| map.get(path).cloned().ok_or(format!("no file {path}"))
}

#[test]
fn links_dependencies_first_with_renamed_and_default_imports() {
    let read = files(&[
        (
            "main.js",
            "import init, { Lab as L, f } from './pkg/glue.js';\nimport { g } from './util.js';\nexport function run() { return f() + g(); }\n",
        ),
        (
            "pkg/glue.js",
            "let wasm;\nexport class Lab {}\nexport function f() { return 1; }\nfunction __wbg_init() {}\nexport { __wbg_init as default };\n",
        ),
        (
            "util.js",
            "import { f } from './pkg/glue.js';\nexport const g = () => f() + 1;\n",
        ),
    ]);
    let out = link_modules("main.js", &read).unwrap();
    let glue = out.find("// --- pkg/glue.js").unwrap();
    let util = out.find("// --- util.js").unwrap();
    let main = out.find("// --- main.js").unwrap();
    assert!(glue < util && util < main, "{out}");
    assert!(
        out.contains("const { default: init, Lab: L, f: f } = __m0;"),
        "{out}"
    );
    assert!(
        out.contains("return { Lab: Lab, f: f, default: __wbg_init };"),
        "{out}"
    );
    assert!(out.contains("return { g: g };"), "{out}");
    assert!(!out.contains("export "), "{out}");
}

#[test]
fn multi_line_imports_and_default_exports() {
    let read = files(&[
        (
            "a.js",
            "import {\n  x,\n  y,\n} from './b.js';\nexport default x + y;\n",
        ),
        ("b.js", "export const x = 1;\nexport const y = 2;\n"),
    ]);
    let out = link_modules("a.js", &read).unwrap();
    assert!(out.contains("const { x: x, y: y } = __m0;"), "{out}");
    assert!(out.contains("const __default = x + y;"), "{out}");
}

#[test]
fn refuses_what_one_scope_cannot_keep() {
    let cyc = files(&[
        ("a.js", "import { b } from './b.js';\nexport const a = 1;\n"),
        ("b.js", "import { a } from './a.js';\nexport const b = 2;\n"),
    ]);
    assert!(link_modules("a.js", &cyc).unwrap_err().contains("cycle"));
    let live = files(&[("a.js", "export let counter = 0;\n")]);
    assert!(
        link_modules("a.js", &live)
            .unwrap_err()
            .contains("export let")
    );
    let bare = files(&[("a.js", "import x from 'left-pad';\n")]);
    assert!(
        link_modules("a.js", &bare)
            .unwrap_err()
            .contains("relative")
    );
    let star = files(&[("a.js", "import * as m from './b.js';\n")]);
    assert!(
        link_modules("a.js", &star)
            .unwrap_err()
            .contains("unsupported import")
    );
}

#[test]
fn resolves_parent_directories() {
    assert_eq!(join_path(Path::new("a/b"), "../c.js").unwrap(), "a/c.js");
    assert_eq!(join_path(Path::new(""), "./pkg/x.js").unwrap(), "pkg/x.js");
    assert!(join_path(Path::new(""), "../x.js").is_err());
}

#[test]
fn the_page_is_assembled_with_hashes_of_what_it_inlines() {
    let html = "<head>\n<meta charset=\"utf-8\">\n<link rel=\"stylesheet\" href=\"style.css\">\n<link rel=\"modulepreload\" href=\"pkg/x.js\">\n<script type=\"module\" src=\"main.js\"></script>\n<script src=\"w.js\" defer></script>\n</head>\n";
    let page = assemble(html, "main.js", "let s = '</script>';", "b{}").unwrap();
    assert!(page.contains("<style>b{}</style>"));
    assert!(page.contains("<script type=\"module\">let s = '<\\/script>';</script>"));
    assert!(!page.contains("modulepreload"));
    assert!(!page.contains("w.js"), "classic scripts are left out");
    assert!(page.contains(&sha256_source("let s = '<\\/script>';")));
    assert!(page.contains(&sha256_source("b{}")));
}

#[test]
fn a_module_linked_for_a_classic_worker_keeps_no_module_syntax() {
    let read = files(&[
        (
            "lab/worker.js",
            "import { initSync, Lab } from '../pkg/glue.js';\nself.addEventListener('message', () => initSync(new Lab()));\n",
        ),
        (
            "pkg/glue.js",
            "export class Lab {}\nexport function initSync() { return new URL('x.wasm', import.meta.url); }\n",
        ),
    ]);
    let out = link_modules("lab/worker.js", &read).unwrap();
    for module_syntax in ["import ", "export "] {
        assert!(!out.contains(module_syntax), "{out}");
    }
    assert!(out.contains("self.addEventListener"));
}
