//! A byte trie over the surface forms, walked from each word start of a text: every
//! form that begins where a word begins is found, with one step per byte and no failure
//! links (a form that starts inside a word is no hit, so the unanchored automaton's work
//! at every other byte is not needed).

/// No pattern ends at a node.
const NONE: u32 = u32::MAX;

/// A trie in flat arrays: node `n`'s children are `edges[first[n]..first[n + 1]]`,
/// sorted by byte; `pattern[n]` is the pattern that ends at `n`, if any.
#[derive(Debug, Default)]
pub struct Trie {
    /// The root's child for each byte (`NONE` where there is none): most walks end
    /// after the first byte or two.
    root: Vec<u32>,
    first: Vec<u32>,
    edges: Vec<(u8, u32)>,
    pattern: Vec<u32>,
}

impl Trie {
    /// The trie of `patterns` (pattern `i` is reported as `i`; the same bytes twice keep
    /// the first index).
    pub fn new(patterns: &[String]) -> Self {
        // Built with a child list per node, then laid out flat.
        let mut children: Vec<Vec<(u8, u32)>> = vec![Vec::new()];
        let mut pattern = vec![NONE];
        for (i, p) in patterns.iter().enumerate() {
            let mut node = 0usize;
            for &b in p.as_bytes() {
                node = match children[node].binary_search_by_key(&b, |&(c, _)| c) {
                    Ok(k) => children[node][k].1 as usize,
                    Err(k) => {
                        let child = children.len();
                        children[node].insert(k, (b, child as u32));
                        children.push(Vec::new());
                        pattern.push(NONE);
                        child
                    }
                };
            }
            if pattern[node] == NONE {
                pattern[node] = i as u32;
            }
        }
        let mut first = Vec::with_capacity(children.len() + 1);
        let mut edges = Vec::with_capacity(children.len());
        for list in &children {
            first.push(edges.len() as u32);
            edges.extend_from_slice(list);
        }
        first.push(edges.len() as u32);
        let mut root = vec![NONE; 256];
        for &(b, child) in &children[0] {
            root[b as usize] = child;
        }
        Trie {
            root,
            first,
            edges,
            pattern,
        }
    }

    /// Calls `found(end, pattern)` for every pattern that `hay` begins with, shortest
    /// first (`end` is the pattern's length in bytes).
    pub fn prefixes(&self, hay: &[u8], mut found: impl FnMut(usize, usize)) {
        let Some(&b) = hay.first() else {
            return;
        };
        let mut node = self.root[b as usize];
        if node == NONE {
            return;
        }
        let mut k = 1;
        loop {
            if self.pattern[node as usize] != NONE {
                found(k, self.pattern[node as usize] as usize);
            }
            let Some(&b) = hay.get(k) else {
                return;
            };
            let edges = &self.edges
                [self.first[node as usize] as usize..self.first[node as usize + 1] as usize];
            // Inner nodes have few children: a scan beats a binary search.
            match edges.iter().find(|&&(c, _)| c >= b) {
                Some(&(c, child)) if c == b => node = child,
                _ => return,
            }
            k += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every pattern the text begins with is found, nested ones too, and nothing else.
    #[test]
    fn finds_every_prefix_pattern() {
        let patterns: Vec<String> = ["us", "usa", "uno", "u", "usa-bürger"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let trie = Trie::new(&patterns);
        let mut hits = Vec::new();
        trie.prefixes("usa-bürger sagten".as_bytes(), |end, p| {
            hits.push((end, p))
        });
        assert_eq!(hits, vec![(1, 3), (2, 0), (3, 1), (11, 4)]);
        hits.clear();
        trie.prefixes(b"xusa", |end, p| hits.push((end, p)));
        assert!(hits.is_empty());
    }
}
