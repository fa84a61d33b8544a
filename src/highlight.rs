//! Syntax highlighting at build time: each distinct snippet is parsed once with its
//! language's tree-sitter grammar and its syntax tree walked into HTML with one-letter
//! classes, so pages need no highlighting script and stay light.
//!
//! The tree is classified by rules written as data for each language (the node kinds that
//! are strings, comments, numbers; the fields that name a called function, a type, a
//! property) rather than by the grammars' highlight queries: compiling those queries costs
//! tens of milliseconds per grammar, more than highlighting every snippet of the site.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

use rayon::prelude::*;
use tree_sitter::{Language, Node, Parser, TreeCursor};

use crate::sample::Sample;

/// The classes, as `static/style.css` colours them.
const KEYWORD: &str = "k";
const STRING: &str = "s";
const COMMENT: &str = "c";
const NUMBER: &str = "n";
const FUNCTION: &str = "f";
const TYPE: &str = "t";
const ATTRIBUTE: &str = "a";
const TAG: &str = "g";

/// How one language's syntax tree is marked. A node gets the class of the first rule that
/// applies, in this order: `whole` (the node and everything in it), then, for a leaf, a
/// `fields` rule of an ancestor that named it, its own `fields` rule, `within`, `leaves`,
/// `capitalised`, and last the grammar's own words (keywords: unnamed tokens made of
/// letters).
struct Rules {
    language: fn() -> Language,
    /// Node kinds marked whole: strings, comments, numbers, annotations.
    whole: &'static [(&'static str, &'static str)],
    /// Leaf kinds marked wherever they are.
    leaves: &'static [(&'static str, &'static str)],
    /// (parent kind, field, class): the child in that field; when the child is not a
    /// leaf, the leaf that names it (`a.b.c()` marks `c`).
    fields: &'static [(&'static str, &'static str, &'static str)],
    /// (parent kind, leaf kind, class): a leaf of that kind directly in such a parent.
    within: &'static [(&'static str, &'static str, &'static str)],
    /// The identifier kind whose capitalised names are types (and names in capitals only,
    /// constants), by the language's naming convention.
    capitalised: Option<&'static str>,
}

/// The fields that hold the name of a compound node, in order of preference.
const NAME_FIELDS: [&str; 6] = ["name", "field", "property", "attribute", "method", "function"];

fn rules(lang: &str) -> Option<&'static Rules> {
    Some(match lang {
        "python" => &PYTHON,
        "javascript" => &JAVASCRIPT,
        "go" => &GO,
        "java" => &JAVA,
        "ruby" => &RUBY,
        "php" => &PHP,
        "csharp" => &CSHARP,
        "rust" => &RUST,
        "shell" => &SHELL,
        "xml" => &XML,
        _ => return None,
    })
}

static PYTHON: Rules = Rules {
    language: || tree_sitter_python::LANGUAGE.into(),
    whole: &[
        ("comment", COMMENT),
        ("string", STRING),
        ("integer", NUMBER),
        ("float", NUMBER),
        ("true", NUMBER),
        ("false", NUMBER),
        ("none", NUMBER),
    ],
    leaves: &[],
    fields: &[
        ("call", "function", FUNCTION),
        ("function_definition", "name", FUNCTION),
        ("class_definition", "name", TYPE),
        ("attribute", "attribute", ATTRIBUTE),
        ("keyword_argument", "name", ATTRIBUTE),
    ],
    within: &[("decorator", "@", ATTRIBUTE)],
    capitalised: Some("identifier"),
};

static JAVASCRIPT: Rules = Rules {
    language: || tree_sitter_javascript::LANGUAGE.into(),
    whole: &[
        ("comment", COMMENT),
        ("string", STRING),
        ("template_string", STRING),
        ("regex", STRING),
        ("number", NUMBER),
        ("true", NUMBER),
        ("false", NUMBER),
        ("null", NUMBER),
        ("undefined", NUMBER),
    ],
    leaves: &[("property_identifier", ATTRIBUTE), ("shorthand_property_identifier", ATTRIBUTE)],
    fields: &[
        ("call_expression", "function", FUNCTION),
        ("new_expression", "constructor", TYPE),
        ("function_declaration", "name", FUNCTION),
        ("method_definition", "name", FUNCTION),
        ("class_declaration", "name", TYPE),
    ],
    within: &[],
    capitalised: Some("identifier"),
};

static GO: Rules = Rules {
    language: || tree_sitter_go::LANGUAGE.into(),
    whole: &[
        ("comment", COMMENT),
        ("interpreted_string_literal", STRING),
        ("raw_string_literal", STRING),
        ("rune_literal", STRING),
        ("int_literal", NUMBER),
        ("float_literal", NUMBER),
        ("true", NUMBER),
        ("false", NUMBER),
        ("nil", NUMBER),
        ("iota", NUMBER),
    ],
    leaves: &[("type_identifier", TYPE), ("field_identifier", ATTRIBUTE)],
    fields: &[
        ("call_expression", "function", FUNCTION),
        ("function_declaration", "name", FUNCTION),
        ("method_declaration", "name", FUNCTION),
    ],
    within: &[],
    capitalised: None,
};

static JAVA: Rules = Rules {
    language: || tree_sitter_java::LANGUAGE.into(),
    whole: &[
        ("line_comment", COMMENT),
        ("block_comment", COMMENT),
        ("string_literal", STRING),
        ("character_literal", STRING),
        ("decimal_integer_literal", NUMBER),
        ("hex_integer_literal", NUMBER),
        ("decimal_floating_point_literal", NUMBER),
        ("true", NUMBER),
        ("false", NUMBER),
        ("null_literal", NUMBER),
        ("marker_annotation", ATTRIBUTE),
    ],
    leaves: &[
        ("type_identifier", TYPE),
        ("integral_type", TYPE),
        ("floating_point_type", TYPE),
        ("boolean_type", TYPE),
        ("void_type", TYPE),
    ],
    fields: &[
        ("method_invocation", "name", FUNCTION),
        ("method_declaration", "name", FUNCTION),
        ("class_declaration", "name", TYPE),
        ("annotation", "name", ATTRIBUTE),
    ],
    within: &[("annotation", "@", ATTRIBUTE)],
    capitalised: Some("identifier"),
};

static RUBY: Rules = Rules {
    language: || tree_sitter_ruby::LANGUAGE.into(),
    whole: &[
        ("comment", COMMENT),
        ("string", STRING),
        ("heredoc_body", STRING),
        ("heredoc_beginning", STRING),
        ("simple_symbol", STRING),
        ("hash_key_symbol", STRING),
        ("delimited_symbol", STRING),
        ("regex", STRING),
        ("integer", NUMBER),
        ("float", NUMBER),
        ("true", NUMBER),
        ("false", NUMBER),
        ("nil", NUMBER),
    ],
    leaves: &[("self", KEYWORD)],
    fields: &[
        ("call", "method", FUNCTION),
        ("method", "name", FUNCTION),
        ("singleton_method", "name", FUNCTION),
    ],
    within: &[],
    capitalised: Some("constant"),
};

static PHP: Rules = Rules {
    language: || tree_sitter_php::LANGUAGE_PHP.into(),
    whole: &[
        ("comment", COMMENT),
        ("string", STRING),
        ("encapsed_string", STRING),
        ("heredoc", STRING),
        ("nowdoc", STRING),
        ("integer", NUMBER),
        ("float", NUMBER),
        ("boolean", NUMBER),
        ("null", NUMBER),
        ("php_tag", TAG),
    ],
    leaves: &[("primitive_type", TYPE)],
    fields: &[
        ("function_call_expression", "function", FUNCTION),
        ("member_call_expression", "name", FUNCTION),
        ("scoped_call_expression", "name", FUNCTION),
        ("function_definition", "name", FUNCTION),
        ("method_declaration", "name", FUNCTION),
        ("member_access_expression", "name", ATTRIBUTE),
        ("class_declaration", "name", TYPE),
    ],
    within: &[("named_type", "name", TYPE), ("object_creation_expression", "name", TYPE)],
    capitalised: Some("name"),
};

static CSHARP: Rules = Rules {
    language: || tree_sitter_c_sharp::LANGUAGE.into(),
    whole: &[
        ("comment", COMMENT),
        ("string_literal", STRING),
        ("verbatim_string_literal", STRING),
        ("raw_string_literal", STRING),
        ("interpolated_string_expression", STRING),
        ("character_literal", STRING),
        ("integer_literal", NUMBER),
        ("real_literal", NUMBER),
        ("boolean_literal", NUMBER),
        ("null_literal", NUMBER),
    ],
    leaves: &[("implicit_type", KEYWORD), ("predefined_type", TYPE)],
    fields: &[
        ("invocation_expression", "function", FUNCTION),
        ("method_declaration", "name", FUNCTION),
        ("local_function_statement", "name", FUNCTION),
        ("class_declaration", "name", TYPE),
        ("object_creation_expression", "type", TYPE),
        ("parameter", "type", TYPE),
        ("attribute", "name", ATTRIBUTE),
        ("member_access_expression", "name", ATTRIBUTE),
    ],
    within: &[],
    capitalised: None,
};

static RUST: Rules = Rules {
    language: || tree_sitter_rust::LANGUAGE.into(),
    whole: &[
        ("line_comment", COMMENT),
        ("block_comment", COMMENT),
        ("string_literal", STRING),
        ("raw_string_literal", STRING),
        ("char_literal", STRING),
        ("integer_literal", NUMBER),
        ("float_literal", NUMBER),
        ("boolean_literal", NUMBER),
        ("attribute_item", ATTRIBUTE),
        ("inner_attribute_item", ATTRIBUTE),
    ],
    leaves: &[
        ("type_identifier", TYPE),
        ("primitive_type", TYPE),
        ("field_identifier", ATTRIBUTE),
        ("self", KEYWORD),
        ("mutable_specifier", KEYWORD),
    ],
    fields: &[
        ("call_expression", "function", FUNCTION),
        ("macro_invocation", "macro", FUNCTION),
        ("function_item", "name", FUNCTION),
    ],
    within: &[("macro_invocation", "!", FUNCTION)],
    capitalised: Some("identifier"),
};

static SHELL: Rules = Rules {
    language: || tree_sitter_bash::LANGUAGE.into(),
    whole: &[
        ("comment", COMMENT),
        ("string", STRING),
        ("raw_string", STRING),
        ("ansi_c_string", STRING),
        ("number", NUMBER),
    ],
    leaves: &[],
    fields: &[("command", "name", FUNCTION)],
    within: &[],
    capitalised: None,
};

static XML: Rules = Rules {
    language: || tree_sitter_xml::LANGUAGE_XML.into(),
    whole: &[("Comment", COMMENT), ("AttValue", STRING), ("CDSect", STRING)],
    leaves: &[],
    fields: &[],
    within: &[
        ("STag", "Name", TAG),
        ("ETag", "Name", TAG),
        ("EmptyElemTag", "Name", TAG),
        ("Attribute", "Name", ATTRIBUTE),
    ],
    capitalised: None,
};

/// Highlights programs, remembering those of the last build: `serve` keeps one
/// highlighter for all its rebuilds, so an edit that changes no program highlights nothing.
pub struct Highlighter {
    /// `language \0 program` → HTML, from the last call of `html_all`.
    memo: Mutex<HashMap<String, String>>,
}

thread_local! {
    static PARSER: RefCell<Parser> = RefCell::new(Parser::new());
}

impl Highlighter {
    pub fn new() -> Highlighter {
        Highlighter { memo: Mutex::new(HashMap::new()) }
    }

    /// Every (language, program) highlighted, in parallel, reusing the last call's results;
    /// afterwards the memo holds exactly these programs.
    pub fn html_all(&self, items: &[(&str, &str)]) -> Vec<String> {
        let key = |lang: &str, code: &str| format!("{lang}\0{code}");
        let memo = std::mem::take(&mut *self.memo.lock().unwrap_or_else(PoisonError::into_inner));
        let html: Vec<String> = items
            .par_iter()
            .map(|(lang, code)| memo.get(&key(lang, code)).cloned().unwrap_or_else(|| self.html(lang, code)))
            .collect();
        let next =
            items.iter().zip(&html).map(|((lang, code), html)| (key(lang, code), html.clone())).collect();
        *self.memo.lock().unwrap_or_else(PoisonError::into_inner) = next;
        html
    }

    /// `code` as HTML: escaped, with `<span class>` around the tokens of interest; plain
    /// escaped text in a language without a grammar.
    pub fn html(&self, lang: &str, code: &str) -> String {
        let Some(rules) = rules(lang) else { return escape(code) };
        let tree = PARSER.with(|parser| {
            let mut parser = parser.borrow_mut();
            parser.set_language(&(rules.language)()).ok()?;
            parser.parse(code, None)
        });
        let Some(tree) = tree else { return escape(code) };
        let mut out = String::with_capacity(code.len() * 3 / 2);
        let mut at = 0;
        for (start, end, class) in marks(tree.walk(), code, rules) {
            push_escaped(&mut out, &code[at..start]);
            out.push_str("<span class=\"");
            out.push_str(class);
            out.push_str("\">");
            push_escaped(&mut out, &code[start..end]);
            out.push_str("</span>");
            at = end;
        }
        push_escaped(&mut out, &code[at..]);
        out
    }
}

impl Default for Highlighter {
    fn default() -> Self {
        Highlighter::new()
    }
}

/// The marked spans of a syntax tree, in order and never overlapping: (start, end, class).
fn marks(mut cursor: TreeCursor, code: &str, rules: &Rules) -> Vec<(usize, usize, &'static str)> {
    let mut out = Vec::new();
    // Leaves named by an ancestor's field rule (node id → class), and the kinds of the
    // nodes above the cursor.
    let mut named: Vec<(usize, &'static str)> = Vec::new();
    let mut parents: Vec<&str> = Vec::new();
    loop {
        let node = cursor.node();
        let parent = parents.last().copied().unwrap_or("");
        let field = cursor.field_name().unwrap_or("");
        let rule = rules.fields.iter().find(|(p, f, _)| *p == parent && *f == field).map(|r| r.2);
        let mut descend = false;
        if let Some(class) = lookup(rules.whole, node.kind()) {
            out.push((node.start_byte(), node.end_byte(), class));
        } else if node.child_count() > 0 {
            if let Some(class) = rule {
                named.push((name_leaf(node).id(), class));
            }
            descend = true;
        } else if let Some(class) = named
            .iter()
            .find(|(id, _)| *id == node.id())
            .map(|n| n.1)
            .or(rule)
            .or_else(|| leaf_class(node, parent, code, rules))
            && node.end_byte() > node.start_byte()
        {
            out.push((node.start_byte(), node.end_byte(), class));
        }
        if descend && cursor.goto_first_child() {
            parents.push(node.kind());
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return out;
            }
            parents.pop();
        }
    }
}

/// The class of a leaf by its own kind and text.
fn leaf_class(node: Node, parent: &str, code: &str, rules: &Rules) -> Option<&'static str> {
    let kind = node.kind();
    if let Some(class) = rules.within.iter().find(|(p, k, _)| *p == parent && *k == kind).map(|r| r.2) {
        return Some(class);
    }
    if let Some(class) = lookup(rules.leaves, kind) {
        return Some(class);
    }
    if rules.capitalised == Some(kind) {
        let text = &code[node.start_byte()..node.end_byte()];
        if text.starts_with(|c: char| c.is_ascii_uppercase()) {
            let constant = text.len() > 1
                && text.bytes().all(|b| b.is_ascii_uppercase() || b == b'_' || b.is_ascii_digit());
            return Some(if constant { NUMBER } else { TYPE });
        }
    }
    let word = kind.len() > 1 && kind.bytes().all(|b| b.is_ascii_alphabetic() || b == b'_');
    (!node.is_named() && word).then_some(KEYWORD)
}

/// The leaf that names a compound node: its name field, followed down (`a.b.c` → `c`),
/// else its first named child.
fn name_leaf(mut node: Node) -> Node {
    loop {
        let next = NAME_FIELDS
            .iter()
            .find_map(|field| node.child_by_field_name(field))
            .or_else(|| node.named_child(0));
        match next {
            Some(child) => node = child,
            None => return node,
        }
    }
}

fn lookup(table: &[(&str, &'static str)], kind: &str) -> Option<&'static str> {
    table.iter().find(|(k, _)| *k == kind).map(|r| r.1)
}

/// Text escaped for element content (quotes need no escaping there).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    push_escaped(&mut out, text);
    out
}

fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
}

/// A raw HTTP or SIP message as HTML: the status line's version and each header name
/// marked; the body as plain text.
pub fn message_html(sample: &Sample) -> String {
    let mut out = String::with_capacity(sample.body.len() + 512);
    let (version, status) = sample.status_line.split_once(' ').unwrap_or((&sample.status_line, ""));
    out.push_str("<span class=\"k\">");
    push_escaped(&mut out, version);
    out.push_str("</span> ");
    push_escaped(&mut out, status);
    for (name, value) in &sample.headers {
        out.push_str("\n<span class=\"a\">");
        push_escaped(&mut out, name);
        out.push_str("</span>: ");
        push_escaped(&mut out, value);
    }
    if !sample.body.is_empty() {
        out.push_str("\n\n");
        push_escaped(&mut out, &sample.body);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_keywords_and_strings_are_marked_and_the_text_is_kept() {
        let highlighter = Highlighter::new();
        let code = "def f():\n    return \"<b>\" # note\n";
        let html = highlighter.html("python", code);
        assert!(html.contains("<span class=\"k\">def</span>"), "{html}");
        assert!(html.contains("<span class=\"s\">\"&lt;b&gt;\"</span>"), "{html}");
        assert!(html.contains("<span class=\"c\"># note</span>"), "{html}");
        let text: String = strip_tags(&html).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        assert_eq!(text, code);
    }

    /// One short program per language, and spans its highlighting must hold.
    const CASES: [(&str, &str, &[&str]); 10] = [
        (
            "python",
            "@app.get(\"/x\")\ndef f():\n    return JSONResponse(None, status_code=204)\n",
            &[
                "<span class=\"a\">@</span>app.<span class=\"f\">get</span>(<span class=\"s\">\"/x\"</span>)",
                "<span class=\"f\">JSONResponse</span>(<span class=\"n\">None</span>, <span class=\"a\">status_code</span>=<span class=\"n\">204</span>)",
            ],
        ),
        (
            "javascript",
            "// x\nconst app = new Srf();\nres.status(404).send(`a`);\n",
            &[
                "<span class=\"c\">// x</span>",
                "<span class=\"k\">new</span> <span class=\"t\">Srf</span>()",
                "res.<span class=\"f\">status</span>(<span class=\"n\">404</span>).<span class=\"f\">send</span>(<span class=\"s\">`a`</span>)",
            ],
        ),
        (
            "go",
            "package main\nfunc main() { log.Fatal(http.ListenAndServe(\":80\", nil)) }\n",
            &[
                "<span class=\"k\">package</span> main",
                "log.<span class=\"f\">Fatal</span>(http.<span class=\"f\">ListenAndServe</span>(<span class=\"s\">\":80\"</span>, <span class=\"n\">nil</span>))",
            ],
        ),
        (
            "java",
            "@RestController\nclass A { @GetMapping(\"/x\") ResponseEntity<Void> x() { return ResponseEntity.status(HttpStatus.OK).build(); } }\n",
            &[
                "<span class=\"a\">@RestController</span>",
                "<span class=\"a\">@</span><span class=\"a\">GetMapping</span>",
                "<span class=\"t\">ResponseEntity</span>.<span class=\"f\">status</span>(<span class=\"t\">HttpStatus</span>.<span class=\"n\">OK</span>)",
            ],
        ),
        (
            "ruby",
            "class App < Sinatra::Base\n  get '/x' do\n    status 204\n  end\nend\n",
            &[
                "<span class=\"k\">class</span> <span class=\"t\">App</span>",
                "<span class=\"f\">get</span> <span class=\"s\">'/x'</span> <span class=\"k\">do</span>",
                "<span class=\"f\">status</span> <span class=\"n\">204</span>",
            ],
        ),
        (
            "php",
            "<?php\nheader('Retry-After: 120');\nhttp_response_code(503);\n",
            &[
                "<span class=\"g\">&lt;?php</span>",
                "<span class=\"f\">header</span>(<span class=\"s\">'Retry-After: 120'</span>)",
            ],
        ),
        (
            "csharp",
            "var app = builder.Build();\napp.MapGet(\"/x\", () => Results.StatusCode(StatusCodes.Status204NoContent));\n",
            &[
                "<span class=\"k\">var</span> app",
                "app.<span class=\"f\">MapGet</span>(<span class=\"s\">\"/x\"</span>",
            ],
        ),
        (
            "rust",
            "#[tokio::main]\nasync fn main() { let x = StatusCode::NO_CONTENT; println!(\"{x}\"); }\n",
            &[
                "<span class=\"a\">#[tokio::main]</span>",
                "<span class=\"k\">async</span> <span class=\"k\">fn</span> <span class=\"f\">main</span>()",
                "<span class=\"t\">StatusCode</span>::<span class=\"n\">NO_CONTENT</span>",
                "<span class=\"f\">println</span><span class=\"f\">!</span>(<span class=\"s\">\"{x}\"</span>)",
            ],
        ),
        (
            "shell",
            "# try it\ncurl -i \"http://x/\"\n",
            &[
                "<span class=\"c\"># try it</span>",
                "<span class=\"f\">curl</span> -i <span class=\"s\">\"http://x/\"</span>",
            ],
        ),
        (
            "xml",
            "<!-- a -->\n<param name=\"x\"/>\n",
            &[
                "<span class=\"c\">&lt;!-- a --&gt;</span>",
                "&lt;<span class=\"g\">param</span> <span class=\"a\">name</span>=<span class=\"s\">\"x\"</span>/&gt;",
            ],
        ),
    ];

    #[test]
    fn every_language_marks_its_keywords_strings_calls_and_types() {
        let highlighter = Highlighter::new();
        for (lang, code, spans) in CASES {
            let html = highlighter.html(lang, code);
            for span in spans {
                assert!(html.contains(span), "{lang}: no {span} in\n{html}");
            }
            let text = strip_tags(&html).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
            assert_eq!(text, code, "{lang}: the text is kept");
        }
    }

    #[test]
    fn languages_without_a_grammar_are_escaped_text() {
        let highlighter = Highlighter::new();
        assert_eq!(highlighter.html("kamailio", "if ($rU == \"486\") <x>"), "if ($rU == \"486\") &lt;x&gt;");
    }

    #[test]
    fn messages_mark_the_status_line_and_header_names() {
        let sample = Sample {
            status_line: "HTTP/1.1 200 OK".into(),
            headers: vec![("Content-Type".into(), "text/plain".into())],
            body: "a<b".into(),
        };
        let html = message_html(&sample);
        assert_eq!(
            html,
            "<span class=\"k\">HTTP/1.1</span> 200 OK\n<span class=\"a\">Content-Type</span>: text/plain\n\na&lt;b"
        );
    }

    fn strip_tags(html: &str) -> String {
        let mut out = String::new();
        let mut inside = false;
        for c in html.chars() {
            match c {
                '<' => inside = true,
                '>' => inside = false,
                c if !inside => out.push(c),
                _ => {}
            }
        }
        out
    }
}
