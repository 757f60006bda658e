//! The names of the months, for dates written out as people read them (`1 augustus`).

messages! {
    JANUARY { en: "January", nl: "januari" }
    FEBRUARY { en: "February", nl: "februari" }
    MARCH { en: "March", nl: "maart" }
    APRIL { en: "April", nl: "april" }
    MAY { en: "May", nl: "mei" }
    JUNE { en: "June", nl: "juni" }
    JULY { en: "July", nl: "juli" }
    AUGUST { en: "August", nl: "augustus" }
    SEPTEMBER { en: "September", nl: "september" }
    OCTOBER { en: "October", nl: "oktober" }
    NOVEMBER { en: "November", nl: "november" }
    DECEMBER { en: "December", nl: "december" }
}

/// The months, January first.
pub static MONTHS: [&crate::i18n::Msg; 12] = [
    &JANUARY, &FEBRUARY, &MARCH, &APRIL, &MAY, &JUNE, &JULY, &AUGUST, &SEPTEMBER, &OCTOBER, &NOVEMBER,
    &DECEMBER,
];

/// A day of the year written out: `1 August`, `1 augustus`.
pub fn day_month(day: u32, month: u32) -> String {
    day_month_in(crate::i18n::lang(), day, month)
}

/// As [`day_month`], in a given language.
pub fn day_month_in(lang: crate::Lang, day: u32, month: u32) -> String {
    match MONTHS.get(month.wrapping_sub(1) as usize) {
        Some(name) => format!("{day} {}", name.get(lang)),
        None => format!("{day}-{month}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    #[test]
    fn days_are_written_out_in_either_language() {
        assert_eq!(day_month_in(Lang::Nl, 1, 8), "1 augustus");
        assert_eq!(day_month_in(Lang::En, 31, 5), "31 May");
        assert_eq!(day_month_in(Lang::Nl, 1, 13), "1-13");
    }
}
