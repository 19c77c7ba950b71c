//! Which nodes a conversation can come back to: the nodes on a cycle of the scenario's links.

use crate::scenario::links::successors;
use crate::scenario::model::Scenario;

/// For each node (by position), whether some path of links leads from it back to itself.
/// Tarjan's algorithm, iterative so that a long chain cannot overflow the stack.
pub fn nodes_in_loops(scenario: &Scenario) -> Vec<bool> {
    let count = scenario.nodes.len();
    let edges: Vec<Vec<usize>> = scenario
        .nodes
        .values()
        .map(|node| {
            successors(node)
                .filter_map(|id| scenario.nodes.position(id))
                .collect()
        })
        .collect();
    let mut index = vec![usize::MAX; count];
    let mut low = vec![0; count];
    let mut on_stack = vec![false; count];
    let mut stack = Vec::new();
    let mut in_loop = vec![false; count];
    let mut next_index = 0;
    for root in 0..count {
        if index[root] != usize::MAX {
            continue;
        }
        // Each frame: a node and how many of its edges have been followed.
        let mut frames = vec![(root, 0usize)];
        index[root] = next_index;
        low[root] = next_index;
        next_index += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (node, ref mut edge)) = frames.last_mut() {
            if let Some(&to) = edges[node].get(*edge) {
                *edge += 1;
                if to == node {
                    in_loop[node] = true;
                } else if index[to] == usize::MAX {
                    index[to] = next_index;
                    low[to] = next_index;
                    next_index += 1;
                    stack.push(to);
                    on_stack[to] = true;
                    frames.push((to, 0));
                } else if on_stack[to] {
                    low[node] = low[node].min(index[to]);
                }
                continue;
            }
            frames.pop();
            if let Some(&(parent, _)) = frames.last() {
                low[parent] = low[parent].min(low[node]);
            }
            if low[node] == index[node] {
                let mut component = Vec::new();
                while let Some(member) = stack.pop() {
                    on_stack[member] = false;
                    component.push(member);
                    if member == node {
                        break;
                    }
                }
                if component.len() > 1 {
                    for member in component {
                        in_loop[member] = true;
                    }
                }
            }
        }
    }
    in_loop
}
