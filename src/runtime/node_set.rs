//! A compact set of node indices.

/// A set of node indices.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NodeSet(Vec<u64>);

impl NodeSet {
    pub fn with_capacity(nodes: usize) -> NodeSet {
        NodeSet(vec![0; nodes.div_ceil(64)])
    }

    pub fn insert(&mut self, node: usize) {
        if let Some(word) = self.0.get_mut(node / 64) {
            *word |= 1 << (node % 64);
        }
    }

    pub fn contains(&self, node: usize) -> bool {
        self.0
            .get(node / 64)
            .is_some_and(|w| w & (1 << (node % 64)) != 0)
    }

    pub fn len(&self) -> usize {
        self.0.iter().map(|w| w.count_ones() as usize).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|w| *w == 0)
    }

    pub fn clear(&mut self) {
        self.0.iter_mut().for_each(|w| *w = 0);
    }

    pub fn union(&mut self, other: &NodeSet) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a |= b;
        }
    }
}
