//! `show ID`: the case at a glance, its timeline and its actions; and how an event is
//! described there and in `why`.

messages! {
    // Who, where, when.
    SHOW_TRACK { en: "track {track}", nl: "schoolsoort {track}" }
    SHOW_SCHOOL { en: "school {school}", nl: "school {school}" }
    SHOW_LIVES_IN_REGION { en: "lives in {municipality} ({region})", nl: "woont in {municipality} ({region})" }
    SHOW_LIVES_OUTSIDE {
        en: "lives in {municipality}: outside the Route Arbeid region",
        nl: "woont in {municipality}: buiten de regio van Route Arbeid",
    }
    SHOW_NO_MUNICIPALITY {
        en: "municipality unknown: outside the Route Arbeid region",
        nl: "gemeente onbekend: buiten de regio van Route Arbeid",
    }
    SHOW_BORN { en: "born {date} (age {age})", nl: "geboren {date} ({age} jaar)" }
    SHOW_ENROLLED { en: "enrolled {date}", nl: "ingeschreven {date}" }
    SHOW_PLANNED_EXIT { en: "planned exit {date}", nl: "geplande uitstroom {date}" }
    SHOW_PROFILE { en: "profile {profile}", nl: "uitstroomprofiel {profile}" }
    SHOW_NO_PROFILE { en: "no profile yet", nl: "nog geen uitstroomprofiel" }
    SHOW_PHASE { en: "phase {phase}", nl: "fase {phase}" }
    SHOW_VSV { en: "vsv {yes_no}", nl: "vsv {yes_no}" }
    SHOW_YES { en: "yes", nl: "ja" }
    SHOW_NO { en: "no", nl: "nee" }
    SHOW_MONITORED_UNTIL { en: "monitored until {date}", nl: "gemonitord tot {date}" }
    SHOW_MONITORING_ENDED { en: "monitoring ended {date}", nl: "monitoring beëindigd op {date}" }
    SHOW_CONTACTS { en: "contacts: {contacts}", nl: "contactpersonen: {contacts}" }

    // The timeline.
    SHOW_TIMELINE { en: "Timeline", nl: "Tijdlijn" }
    SHOW_NO_EVENTS { en: "(no events yet)", nl: "(nog geen gebeurtenissen)" }
    SHOW_MILESTONE { en: "milestone", nl: "mijlpaal" }
    SHOW_MILESTONE_PASSED { en: "passed", nl: "verstreken" }

    // The actions.
    SHOW_ACTIONS { en: "Actions", nl: "Acties" }
    SHOW_NO_ACTIONS { en: "(none)", nl: "(geen)" }
    SHOW_OPENS { en: "opens {date}", nl: "opent {date}" }
    SHOW_DONE_BY { en: "done by {event} on {date}", nl: "afgerond met {event} op {date}" }
    SHOW_WAIVED_ON { en: "waived on {date}: {reason}", nl: "vervallen op {date}: {reason}" }
    SHOW_COMPLETED_BY { en: "completed by {how}", nl: "afronden met {how}" }
    SHOW_DEFERRED_ON { en: "deferred on {date}: {reason}", nl: "uitgesteld op {date}: {reason}" }
    SHOW_SOURCE { en: "source: {source}", nl: "bron: {source}" }
    SHOW_OUTSIDE_REGION {
        en: "Outside the Route Arbeid region: only the school's own duties are computed.",
        nl: "Buiten de regio van Route Arbeid: alleen de eigen taken van de school worden berekend.",
    }

    // An event in a few words: its kind, then the fields that matter.
    EVENT_OUTCOME { en: "outcome {outcome}", nl: "uitkomst: {outcome}" }
    EVENT_TO { en: "to {to}", nl: "naar {to}" }
    EVENT_NO_DESTINATION { en: "no destination", nl: "geen bestemming" }
    EVENT_NO_NEXT_STEP { en: "no next step", nl: "geen vervolgplek" }
    EVENT_DIPLOMA { en: "diploma {diploma}", nl: "diploma {diploma}" }
    EVENT_JOB_FOUND { en: "job found", nl: "baan gevonden" }
    EVENT_NO_JOB_FOUND { en: "no job found", nl: "geen baan gevonden" }
    EVENT_WAGE_SUBSIDY { en: "wage subsidy", nl: "loonkostensubsidie" }
    EVENT_HOURS { en: "{hours} h/week", nl: "{hours} uur per week" }
    EVENT_PROGRAMME { en: "programme {programme}", nl: "opleiding {programme}" }
    EVENT_STARTS { en: "starts {date}", nl: "start {date}" }
    EVENT_WITH_BENEFIT { en: "with benefit", nl: "met uitkering" }
    EVENT_NO_BENEFIT { en: "no benefit", nl: "zonder uitkering" }
    EVENT_INDICATION_UNTIL { en: "indication until {date}", nl: "indicatie tot {date}" }
    EVENT_JOBCOACH_NEEDED { en: "jobcoach needed", nl: "jobcoach nodig" }
    EVENT_NO_JOBCOACH_NEEDED { en: "no jobcoach needed", nl: "geen jobcoach nodig" }
    EVENT_SUPPORT_QUESTION { en: "with support question", nl: "met ondersteuningsvraag" }
    EVENT_UNTIL { en: "until {date}", nl: "tot {date}" }
    EVENT_LEVEL { en: "level {level}", nl: "niveau {level}" }
    EVENT_DEFERRED { en: "{rule} until {date}: {reason}", nl: "{rule} tot {date}: {reason}" }
}
