//! A multinomial logistic regression over sparse named features: trained from labelled
//! examples in a fixed order, so that the same examples always give the same weights.

use std::collections::HashMap;

/// How hard training pulls: the settings are fixed, so the model is the same on every machine.
const EPOCHS: usize = 40;
const LEARNING_RATE: f32 = 0.6;
/// Weight decay against memorising the phrasing of the examples.
const L2: f32 = 2e-4;

/// One example: its class and its features.
pub struct Example {
    pub class: usize,
    pub features: Vec<String>,
}

/// The trained weights: one row of `classes` weights per known feature, and a bias per class.
#[derive(Debug, Clone)]
pub struct Model {
    index: HashMap<String, u32>,
    weights: Vec<f32>,
    bias: Vec<f32>,
    classes: usize,
}

/// A sparse vector: feature rows and values, scaled to length one.
type Sparse = Vec<(u32, f32)>;

impl Model {
    /// Trains on the examples. Rarer classes weigh more, so that each class counts alike.
    pub fn train(examples: &[Example], classes: usize) -> Model {
        let mut index: HashMap<String, u32> = HashMap::new();
        for example in examples {
            for f in &example.features {
                let next = index.len() as u32;
                index.entry(f.clone()).or_insert(next);
            }
        }
        let mut model = Model {
            weights: vec![0.0; index.len() * classes],
            bias: vec![0.0; classes],
            index,
            classes,
        };
        let vectors: Vec<Sparse> = examples.iter().map(|e| model.vector(&e.features)).collect();
        let mut counts = vec![0usize; classes];
        for e in examples {
            counts[e.class] += 1;
        }
        let balance: Vec<f32> = counts
            .iter()
            .map(|&n| examples.len() as f32 / (classes as f32 * n.max(1) as f32))
            .collect();
        let order = shuffled(examples.len());
        let mut probabilities = vec![0.0f32; classes];
        for epoch in 0..EPOCHS {
            let rate = LEARNING_RATE / (1.0 + 0.1 * epoch as f32);
            for &i in &order {
                let (vector, class) = (&vectors[i], examples[i].class);
                model.fill(vector, &mut probabilities);
                let weight = balance[class];
                for (c, p) in probabilities.iter().enumerate() {
                    let target = if c == class { 1.0 } else { 0.0 };
                    let gradient = (p - target) * weight;
                    model.bias[c] -= rate * gradient;
                    for &(row, value) in vector {
                        let w = &mut model.weights[row as usize * classes + c];
                        *w -= rate * (gradient * value + L2 * *w);
                    }
                }
            }
        }
        model
    }

    /// The probability of each class.
    pub fn probabilities(&self, features: &[String]) -> Vec<f64> {
        let mut out = vec![0.0f32; self.classes];
        self.fill(&self.vector(features), &mut out);
        out.into_iter().map(f64::from).collect()
    }

    /// How many features the model knows.
    #[cfg(test)]
    fn known_features(&self) -> usize {
        self.index.len()
    }

    fn vector(&self, features: &[String]) -> Sparse {
        let mut counts: HashMap<u32, f32> = HashMap::with_capacity(features.len());
        for f in features {
            if let Some(&row) = self.index.get(f) {
                *counts.entry(row).or_insert(0.0) += 1.0;
            }
        }
        let mut vector: Sparse = counts.into_iter().collect();
        vector.sort_unstable_by_key(|&(row, _)| row);
        let norm = vector.iter().map(|(_, v)| v * v).sum::<f32>().sqrt();
        if norm > 0.0 {
            for (_, v) in &mut vector {
                *v /= norm;
            }
        }
        vector
    }

    /// Softmax of the scores of a vector, into `out`.
    fn fill(&self, vector: &Sparse, out: &mut [f32]) {
        out.copy_from_slice(&self.bias);
        for &(row, value) in vector {
            let weights = &self.weights[row as usize * self.classes..][..self.classes];
            for (o, w) in out.iter_mut().zip(weights) {
                *o += w * value;
            }
        }
        let top = out.iter().copied().fold(f32::MIN, f32::max);
        let mut sum = 0.0;
        for o in out.iter_mut() {
            *o = (*o - top).exp();
            sum += *o;
        }
        for o in out.iter_mut() {
            *o /= sum;
        }
    }
}

/// 0..n in a fixed pseudo-random order, so that examples written class by class do not train
/// the model one class at a time.
fn shuffled(n: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    for i in (1..n).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        order.swap(i, (state % (i as u64 + 1)) as usize);
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example(class: usize, features: &[&str]) -> Example {
        Example {
            class,
            features: features.iter().map(|f| (*f).to_owned()).collect(),
        }
    }

    #[test]
    fn it_learns_a_separable_pair_and_ignores_unknown_features() {
        let examples = [
            example(0, &["a", "x"]),
            example(0, &["a", "y"]),
            example(1, &["b", "x"]),
            example(1, &["b", "y"]),
        ];
        let model = Model::train(&examples, 2);
        let p = model.probabilities(&["a".to_owned(), "never-seen".to_owned()]);
        assert!(p[0] > 0.8, "{p:?}");
        let q = model.probabilities(&["b".to_owned()]);
        assert!(q[1] > 0.8, "{q:?}");
        assert_eq!(model.known_features(), 4);
    }

    #[test]
    fn the_order_is_a_permutation() {
        let mut order = shuffled(100);
        order.sort_unstable();
        assert_eq!(order, (0..100).collect::<Vec<_>>());
    }
}
