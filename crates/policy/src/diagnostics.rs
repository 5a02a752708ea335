//! Cedar's errors, located: `file:line:column: message`, so an administrator
//! sees where a policy file is wrong.

use miette::Diagnostic;

/// Every error of `diagnostic` (and its related ones) with its place in `src`.
pub fn located(file: &str, src: &str, diagnostic: &dyn Diagnostic) -> String {
    let mut lines = Vec::new();
    collect(file, src, diagnostic, &mut lines);
    if lines.is_empty() {
        lines.push(format!("{file}: {diagnostic}"));
    }
    lines.join("; ")
}

fn collect(file: &str, src: &str, diagnostic: &dyn Diagnostic, out: &mut Vec<String>) {
    let mut related = diagnostic.related().map(|r| r.collect::<Vec<_>>()).unwrap_or_default();
    if !related.is_empty() {
        for inner in related.drain(..) {
            collect(file, src, inner, out);
        }
        return;
    }
    let help = diagnostic.help().map(|h| format!(" ({h})")).unwrap_or_default();
    match diagnostic.labels().and_then(|mut labels| labels.next()) {
        Some(label) => {
            let (line, column) = line_column(src, label.offset());
            out.push(format!("{file}:{line}:{column}: {diagnostic}{help}"));
        }
        None => out.push(format!("{file}: {diagnostic}{help}")),
    }
}

/// 1-based line and column of a byte offset.
fn line_column(src: &str, offset: usize) -> (usize, usize) {
    let before = src.get(..offset.min(src.len())).unwrap_or(src);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    #[test]
    fn offsets_become_lines_and_columns() {
        assert_eq!(super::line_column("ab\ncd\nef", 0), (1, 1));
        assert_eq!(super::line_column("ab\ncd\nef", 4), (2, 2));
        assert_eq!(super::line_column("ab\ncd\nef", 99), (3, 3));
    }
}
