//! A path into the scenario's tree, such as `nodes."door".options[1].goto`: how validation says
//! where a problem is before anything knows its line and column.

/// One step into a RON value.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Seg {
    Field(String),
    Key(String),
    Index(usize),
}

/// Where something is inside the scenario's tree, such as `nodes."door".options[1].goto`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct SourcePath(pub Vec<Seg>);

impl SourcePath {
    pub fn root() -> Self {
        Self::default()
    }
    pub fn field(&self, name: &str) -> Self {
        self.with(Seg::Field(name.to_owned()))
    }
    pub fn key(&self, key: &str) -> Self {
        self.with(Seg::Key(key.to_owned()))
    }
    pub fn index(&self, i: usize) -> Self {
        self.with(Seg::Index(i))
    }
    pub fn node(id: &str) -> Self {
        Self::root().field("nodes").key(id)
    }
    fn with(&self, seg: Seg) -> Self {
        let mut segs = self.0.clone();
        segs.push(seg);
        Self(segs)
    }
    /// The enclosing value, or None at the root.
    pub fn parent(&self) -> Option<Self> {
        let mut segs = self.0.clone();
        segs.pop().map(|_| Self(segs))
    }
}
