//! Cutting long texts into messages a chat will take.

/// Joins parts into as few messages as fit `limit`, never splitting a part
/// unless it alone is too long (then between its lines, then anywhere).
pub fn split(parts: &[String], limit: usize) -> Vec<String> {
    let mut messages: Vec<String> = vec![];
    let mut current = String::new();
    let mut push = |piece: &str, current: &mut String, sep: &str| {
        if !current.is_empty()
            && current.chars().count() + sep.len() + piece.chars().count() > limit
        {
            messages.push(std::mem::take(current));
        }
        if !current.is_empty() {
            current.push_str(sep);
        }
        current.push_str(piece);
    };
    for part in parts {
        if part.chars().count() <= limit {
            push(part, &mut current, "\n\n");
            continue;
        }
        for line in part.lines() {
            let chars: Vec<char> = line.chars().collect();
            for chunk in chars.chunks(limit.max(1)) {
                push(&chunk.iter().collect::<String>(), &mut current, "\n");
            }
        }
    }
    if !current.is_empty() {
        messages.push(current);
    }
    messages
}
