//! The names of the enums that are part of the format: what a student file, a rule, the
//! JSON and CSV outputs and the command line call each value (`track = "pro"`, owner
//! `check-in`, `--phase monitoring`). [`named_enum!`] declares such an enum once, with its
//! names; from that one list come reading (`Named::from_name`), writing (`Display`,
//! serde), the command line (`clap::ValueEnum`) and the manual.

/// A name table for an enum stored as a string (`track = "pro"`).
pub trait Named: Sized + Copy + 'static {
    /// What a value is called in messages: "track", "event kind".
    const WHAT: &'static str;
    /// The same in Dutch: "onderwijssoort", "soort gebeurtenis".
    const WHAT_NL: &'static str = Self::WHAT;
    /// What a value is called, in the language of this run.
    fn what() -> &'static str {
        match crate::i18n::lang() {
            crate::Lang::En => Self::WHAT,
            crate::Lang::Nl => Self::WHAT_NL,
        }
    }
    const ALL: &'static [Self];
    /// The names, in the order of [`Named::ALL`].
    const NAMES: &'static [&'static str];
    fn name(self) -> &'static str;
    fn names() -> Vec<&'static str> {
        Self::NAMES.to_vec()
    }
    fn from_name(s: &str) -> Option<Self> {
        Self::NAMES.iter().position(|n| *n == s).map(|i| Self::ALL[i])
    }
}

/// Declares a string enum with its names, and what a value is called in messages (in
/// English, and in Dutch when it differs): `Named`, an inherent `name()`, `Display`,
/// `Serialize` and `clap::ValueEnum` all come from the one list.
macro_rules! named_enum {
    ($(#[$m:meta])* $vis:vis enum $name:ident ($what:literal $(, $what_nl:literal)?) {
        $($(#[$vm:meta])* $variant:ident = $s:literal),+ $(,)?
    }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        $vis enum $name { $($(#[$vm])* $variant),+ }
        impl $name {
            /// The name in files, outputs and on the command line.
            pub const fn name(self) -> &'static str {
                match self { $($name::$variant => $s),+ }
            }
        }
        impl $crate::names::Named for $name {
            const WHAT: &'static str = $what;
            $(const WHAT_NL: &'static str = $what_nl;)?
            const ALL: &'static [Self] = &[$($name::$variant),+];
            const NAMES: &'static [&'static str] = &[$($s),+];
            fn name(self) -> &'static str {
                $name::name(self)
            }
        }
        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.name())
            }
        }
        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.name())
            }
        }
        impl ::clap::ValueEnum for $name {
            fn value_variants<'a>() -> &'a [Self] {
                <$name as $crate::names::Named>::ALL
            }
            fn to_possible_value(&self) -> Option<::clap::builder::PossibleValue> {
                Some(::clap::builder::PossibleValue::new(self.name()))
            }
        }
    };
}
pub(crate) use named_enum;

#[cfg(test)]
mod tests {
    use super::Named;
    use clap::ValueEnum;

    named_enum! {
        enum Colour ("colour") { Red = "red", DarkBlue = "dark-blue" }
    }

    #[test]
    fn one_list_gives_every_name() {
        assert_eq!(Colour::NAMES, &["red", "dark-blue"]);
        assert_eq!(Colour::from_name("dark-blue"), Some(Colour::DarkBlue));
        assert_eq!(Colour::from_name("Dark-Blue"), None);
        assert_eq!(Colour::DarkBlue.to_string(), "dark-blue");
        assert_eq!(serde_json::to_string(&Colour::DarkBlue).unwrap(), "\"dark-blue\"");
        // The command line accepts exactly the file's names.
        assert_eq!(Colour::from_str("dark-blue", false), Ok(Colour::DarkBlue));
        assert!(Colour::from_str("darkblue", false).is_err());
        for c in Colour::ALL {
            assert_eq!(Colour::from_name(c.name()), Some(*c));
        }
    }
}
