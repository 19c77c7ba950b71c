//! A string-keyed map that keeps source order and duplicate keys, so validation can report them.

use foldhash::{HashMap, HashMapExt};
use std::fmt;
use std::marker::PhantomData;

use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Entries in the order written. Lookups go to the first entry with a key.
#[derive(Clone)]
pub struct OrderedMap<V> {
    entries: Vec<(String, V)>,
    index: HashMap<String, usize>,
}

impl<V> Default for OrderedMap<V> {
    fn default() -> Self {
        Self {
            entries: Vec::new(),
            index: HashMap::new(),
        }
    }
}

impl<V: PartialEq> PartialEq for OrderedMap<V> {
    fn eq(&self, other: &Self) -> bool {
        self.entries == other.entries
    }
}

impl<V: fmt::Debug> fmt::Debug for OrderedMap<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(self.entries.iter().map(|(k, v)| (k, v)))
            .finish()
    }
}

impl<V> OrderedMap<V> {
    pub fn new() -> Self {
        Self::default()
    }

    /// Builds the map from entries in order, indexing each key's first occurrence.
    pub fn from_entries(entries: Vec<(String, V)>) -> Self {
        let mut index = HashMap::with_capacity(entries.len());
        for (position, (key, _)) in entries.iter().enumerate() {
            index.entry(key.clone()).or_insert(position);
        }
        Self { entries, index }
    }

    /// Appends an entry; a repeated key is kept but not indexed.
    pub fn push(&mut self, key: impl Into<String>, value: V) {
        let key = key.into();
        let position = self.entries.len();
        self.index.entry(key.clone()).or_insert(position);
        self.entries.push((key, value));
    }

    pub fn get(&self, key: &str) -> Option<&V> {
        self.index.get(key).map(|&i| &self.entries[i].1)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        self.index.get(key).map(|&i| &mut self.entries[i].1)
    }

    /// Position of the first entry with this key.
    pub fn position(&self, key: &str) -> Option<usize> {
        self.index.get(key).copied()
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.index.contains_key(key)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &V)> {
        self.entries.iter().map(|(k, v)| (k.as_str(), v))
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(k, _)| k.as_str())
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.entries.iter().map(|(_, v)| v)
    }

    /// Consumes the map, yielding its entries in order.
    pub fn into_entries(self) -> impl Iterator<Item = (String, V)> {
        self.entries.into_iter()
    }

    /// The entry at a position.
    pub fn at(&self, position: usize) -> Option<(&str, &V)> {
        self.entries.get(position).map(|(k, v)| (k.as_str(), v))
    }

    /// Keys written more than once, with the occurrence number (1 = second) of each repeat.
    pub fn repeats(&self) -> Vec<(&str, usize)> {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        let mut out = Vec::new();
        for (key, _) in &self.entries {
            let count = seen.entry(key.as_str()).or_insert(0);
            if *count > 0 {
                out.push((key.as_str(), *count));
            }
            *count += 1;
        }
        out
    }
}

impl<V> FromIterator<(String, V)> for OrderedMap<V> {
    fn from_iter<I: IntoIterator<Item = (String, V)>>(iter: I) -> Self {
        let mut map = Self::new();
        for (k, v) in iter {
            map.push(k, v);
        }
        map
    }
}

impl<V: Serialize> Serialize for OrderedMap<V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.entries.len()))?;
        for (k, v) in &self.entries {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// A map's entries in source order, repeats included, without an index: what the parser
/// produces before the entries are put together (see `load::parse_in_halves`).
#[derive(Debug)]
pub struct EntryList<V>(pub Vec<(String, V)>);

impl<'de, V: Deserialize<'de>> Deserialize<'de> for EntryList<V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MapVisitor<V>(PhantomData<V>);

        impl<'de, V: Deserialize<'de>> Visitor<'de> for MapVisitor<V> {
            type Value = EntryList<V>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map of \"id\": value entries")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
                let mut entries = Vec::with_capacity(access.size_hint().unwrap_or(0));
                while let Some(entry) = access.next_entry::<String, V>()? {
                    entries.push(entry);
                }
                Ok(EntryList(entries))
            }
        }

        deserializer.deserialize_map(MapVisitor(PhantomData))
    }
}

impl<'de, V: Deserialize<'de>> Deserialize<'de> for OrderedMap<V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        EntryList::deserialize(deserializer).map(|list| OrderedMap::from_entries(list.0))
    }
}
