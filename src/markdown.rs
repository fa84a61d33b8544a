//! The inline Markdown of translated messages (code spans, emphasis, links) as HTML, with
//! raw HTML shown as text and only safe link schemes kept.

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd, html};

/// A message as inline HTML (no enclosing paragraph) and as plain text without its
/// Markdown (for attributes and titles), from one parse.
pub fn render(text: &str) -> (String, String) {
    let events: Vec<Event> = Parser::new_ext(text, Options::empty()).collect();
    let mut plain = String::with_capacity(text.len());
    for event in &events {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => plain.push_str(t),
            Event::SoftBreak | Event::HardBreak => plain.push(' '),
            _ => {}
        }
    }
    let events = events.into_iter().filter_map(|event| match event {
        // A message is one paragraph: drop its wrapper so it fits inside any element.
        Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) => None,
        Event::Html(raw) | Event::InlineHtml(raw) => Some(Event::Text(raw)),
        Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
            Some(Event::Start(Tag::Link { link_type, dest_url: safe_url(dest_url), title, id }))
        }
        Event::SoftBreak => Some(Event::Text(" ".into())),
        other => Some(other),
    });
    let mut html = String::with_capacity(text.len() + 16);
    html::push_html(&mut html, events);
    html.truncate(html.trim_end().len());
    (html, plain)
}

/// Text escaped for an HTML attribute value.
pub fn escape_attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn safe_url(url: CowStr<'_>) -> CowStr<'_> {
    let lower = url.trim().to_ascii_lowercase();
    let scheme = lower.split_once(':').map(|(s, _)| s).filter(|s| !s.contains('/'));
    match scheme {
        None | Some("http" | "https" | "mailto") => url,
        Some(_) => CowStr::Borrowed("#"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inline_html(text: &str) -> String {
        render(text).0
    }

    fn plain(text: &str) -> String {
        render(text).1
    }

    #[test]
    fn code_spans_and_links_render() {
        assert_eq!(
            inline_html("Send `Retry-After` per [RFC 9110](https://www.rfc-editor.org/rfc/rfc9110.html)."),
            "Send <code>Retry-After</code> per <a href=\"https://www.rfc-editor.org/rfc/rfc9110.html\">RFC 9110</a>."
        );
    }

    #[test]
    fn raw_html_is_escaped() {
        assert_eq!(inline_html("a <script>alert(1)</script> b"), "a &lt;script&gt;alert(1)&lt;/script&gt; b");
    }

    #[test]
    fn script_urls_are_dropped() {
        assert_eq!(inline_html("[x](javascript:alert(1))"), "<a href=\"#\">x</a>");
        assert_eq!(inline_html("[x]( JavaScript:alert(1))"), "<a href=\"#\">x</a>");
    }

    #[test]
    fn plain_strips_markup() {
        assert_eq!(plain("Use `Allow` *now*"), "Use Allow now");
    }
}
