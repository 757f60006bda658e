//! `why ID RULE`: one rule for one student, and the dates and settings it came from.

messages! {
    WHY_UNKNOWN_RULE { en: "unknown rule `{rule}`", nl: "onbekende regel `{rule}`" }

    WHY_OWNER { en: "owner {owner}", nl: "eigenaar {owner}" }
    WHY_SCOPE { en: "scope {scope}", nl: "bereik {scope}" }
    WHY_SOURCE { en: "source: {source}", nl: "bron: {source}" }
    WHY_APPLIES { en: "applies to: {text}", nl: "geldt voor: {text}" }
    WHY_OPENS { en: "opens: {text}", nl: "opent: {text}" }
    WHY_DUE { en: "due: {text}", nl: "uiterlijk: {text}" }
    WHY_COMPLETED_BY { en: "completed by: {how}", nl: "afronden met: {how}" }

    WHY_FOR { en: "For {id} on {date}:", nl: "Voor {id} op {date}:" }
    WHY_BORN { en: "born {date}", nl: "geboren {date}" }
    WHY_ENROLLED { en: "enrolled {date}", nl: "ingeschreven {date}" }
    WHY_TRACK { en: "track {track}", nl: "schoolsoort {track}" }
    WHY_IN_REGION {
        en: "in the Route Arbeid region: {yes_no} ({municipality})",
        nl: "in de regio van Route Arbeid: {yes_no} ({municipality})",
    }
    WHY_NO_MUNICIPALITY { en: "no municipality", nl: "geen gemeente" }
    WHY_MONITORING {
        en: "Doorstroompunt monitoring until {cutoff} · Check-In until {check_in}",
        nl: "monitoring door het Doorstroompunt tot {cutoff} · Check-In tot {check_in}",
    }
    WHY_SETTINGS {
        en: "settings: school year from {school_year} · summer from {summer} · start meeting by {start_meeting} · spring review {spring_from} to {spring_by} · follow-up within {days} days · aftercare every {months} months",
        nl: "instellingen: schooljaar vanaf {school_year} · zomer vanaf {summer} · startgesprek uiterlijk {start_meeting} · voorjaarsbespreking van {spring_from} tot {spring_by} · opvolging binnen {days} dagen · nazorg elke {months} maanden",
    }

    WHY_NONE_OUTSIDE_REGION {
        en: "No `{rule}` action: the student lives outside the Route Arbeid region.",
        nl: "Geen actie `{rule}`: de leerling woont buiten de regio van Route Arbeid.",
    }
    WHY_NONE {
        en: "No `{rule}` action: its conditions do not hold for this student (see the rule catalogue, `man uitstroom-rules`), or it ended when monitoring ended.",
        nl: "Geen actie `{rule}`: de voorwaarden gelden niet voor deze leerling (zie de regelcatalogus, `man uitstroom-rules`), of de actie verviel toen de monitoring eindigde.",
    }
    WHY_INSTANCE { en: "{status}: opens {opens}, due {due}", nl: "{status}: opent {opens}, uiterlijk {due}" }
    WHY_BECAUSE { en: "because of {event} on {date}", nl: "naar aanleiding van {event} op {date}" }
    WHY_MOVED { en: "moved by {event} on {date}", nl: "verschoven door {event} op {date}" }
    WHY_CLOSED { en: "closed by {event} on {date}", nl: "afgesloten door {event} op {date}" }
    WHY_TO_COMPLETE {
        en: "to complete: {how} (or `uitstroom done {id} {rule}`)",
        nl: "afronden met: {how} (of `uitstroom done {id} {rule}`)",
    }
}
