//! `check`: every problem of a case file beyond its schema, and of the folder (RULES.md,
//! "What `check` must catch"). Field names and values as written in the file stay as
//! they are (`planned_exit`, `destination = "work"`).

messages! {
    // The folder.
    CHECK_DUPLICATE_ID { en: "id `{id}` is used by {others} too", nl: "het id `{id}` wordt ook gebruikt door {others}" }
    CHECK_DUPLICATE_ID_HINT {
        en: "each case has one file; give one of them another id (and file name)",
        nl: "elk dossier heeft één bestand; geef een van beide een ander id (en een andere bestandsnaam)",
    }
    CHECK_OPEN_FILE {
        en: "{who} can {can} this file (mode {mode}); a case file is for its coordinators only",
        nl: "{who} kunnen dit bestand {can} (modus {mode}); een dossier is alleen voor de eigen coördinatoren",
    }
    CHECK_OPEN_FILES {
        en: "this file and {more} other case files in {dir} are open to the group or others (mode {mode} here); a case file is for its coordinators only",
        nl: "dit bestand en nog {more} dossiers in {dir} zijn open voor de groep of anderen (hier modus {mode}); een dossier is alleen voor de eigen coördinatoren",
    }
    CHECK_OPEN_FILES_HINT {
        en: "make them private: chmod -R go-rwx {dir} (and umask 077 before cloning)",
        nl: "maak ze privé: chmod -R go-rwx {dir} (en umask 077 vóór het klonen)",
    }
    CHECK_WHO_GROUP_AND_OTHERS { en: "the group and others", nl: "de groep en anderen" }
    CHECK_WHO_GROUP { en: "the group", nl: "leden van de groep" }
    CHECK_WHO_OTHERS { en: "others", nl: "anderen" }
    CHECK_CAN_READ_AND_CHANGE { en: "read and change", nl: "lezen en wijzigen" }
    CHECK_CAN_CHANGE { en: "change", nl: "wijzigen" }
    CHECK_CAN_READ { en: "read", nl: "lezen" }
    CHECK_OPEN_FILE_HINT {
        en: "make it private: chmod 600 {path} (for a whole clone: chmod -R go-rwx FOLDER, and umask 077 before cloning)",
        nl: "maak het privé: chmod 600 {path} (voor een hele kloon: chmod -R go-rwx MAP, en umask 077 vóór het klonen)",
    }
    CHECK_UNTRACKED {
        en: "git does not track this file, so a clone of the folder lacks it",
        nl: "git volgt dit bestand niet, dus een kloon van de map mist het",
    }
    CHECK_UNTRACKED_HINT {
        en: "commit it: git add {path} && git commit -m \"add {file}\"",
        nl: "leg het vast in git: `git add {path} && git commit -m \"add {file}\"`",
    }

    // One student file.
    CHECK_ID_VS_FILE {
        en: "the id `{id}` differs from the file name `{stem}.toml`",
        nl: "het id `{id}` verschilt van de bestandsnaam `{stem}.toml`",
    }
    CHECK_ID_VS_FILE_HINT {
        en: "rename the file to {id}.toml, or write id = \"{stem}\"",
        nl: "hernoem het bestand naar {id}.toml, of schrijf `id = \"{stem}\"`",
    }
    CHECK_NO_MUNICIPALITY {
        en: "no municipality: Route Arbeid applies only to students living in the region",
        nl: "geen gemeente: Route Arbeid geldt alleen voor leerlingen die in de regio wonen",
    }
    CHECK_NO_MUNICIPALITY_HINT {
        en: "add municipality = \"…\" (e.g. with `uitstroom set ID municipality Alkmaar`)",
        nl: "vul `municipality = \"…\"` in (bijvoorbeeld met `uitstroom set ID municipality Alkmaar`)",
    }
    CHECK_FORMER_MUNICIPALITY {
        en: "{municipality} is a former municipality, part of {new} since {since}",
        nl: "{municipality} is een voormalige gemeente, sinds {since} onderdeel van {new}",
    }
    CHECK_FORMER_MUNICIPALITY_HINT { en: "write municipality = \"{new}\"", nl: "schrijf `municipality = \"{new}\"`" }
    CHECK_OUTSIDE_REGION {
        en: "{municipality} is outside the Route Arbeid region ({region}): only the school's own duties are computed",
        nl: "{municipality} ligt buiten de regio van Route Arbeid ({region}): alleen de eigen taken van de school worden berekend",
    }
    CHECK_OUTSIDE_REGION_HINT {
        en: "nothing to fix if the student lives there; otherwise correct the municipality",
        nl: "niets aan te doen als de leerling daar woont; verbeter anders de gemeente",
    }
    CHECK_ENROLLED_BEFORE_BIRTH { en: "enrolled before the birth date", nl: "ingeschreven vóór de geboortedatum" }
    CHECK_ENROLLED_BEFORE_BIRTH_HINT { en: "check `enrolled` and `birth_date`", nl: "controleer `enrolled` en `birth_date`" }
    CHECK_PLANNED_EXIT_BEFORE_ENROLLED {
        en: "`planned_exit` {planned} is before `enrolled` {enrolled}",
        nl: "`planned_exit` {planned} ligt vóór `enrolled` {enrolled}",
    }
    CHECK_PLANNED_EXIT_HINT { en: "check `planned_exit`", nl: "controleer `planned_exit`" }
    CHECK_OUT_OF_ORDER {
        en: "event dated {date} comes after an event dated {prev}",
        nl: "de gebeurtenis van {date} staat na een gebeurtenis van {prev}",
    }
    CHECK_OUT_OF_ORDER_HINT {
        en: "keep events in date order: move this `[[events]]` table up",
        nl: "houd de gebeurtenissen op datumvolgorde: zet deze `[[events]]`-tabel hoger in het bestand",
    }
    CHECK_FUTURE_EVENT { en: "event dated {date} is in the future", nl: "de gebeurtenis van {date} ligt in de toekomst" }
    CHECK_FUTURE_EVENT_HINT {
        en: "log events when they have happened; a planned exit is `planned_exit`",
        nl: "leg een gebeurtenis vast als die heeft plaatsgevonden; een geplande uitstroom hoort in `planned_exit`",
    }
    CHECK_HANDOVER_AGE {
        en: "handover to Check-In on {date} while the student is not between 16 and 27",
        nl: "warme overdracht aan Check-In op {date}, terwijl de leerling niet tussen 16 en 27 jaar is",
    }
    CHECK_HANDOVER_AGE_HINT {
        en: "Jongerenpunt Check-In serves young people from 16 until their 27th birthday (002 §4.1)",
        nl: "Jongerenpunt Check-In is er voor jongeren vanaf 16 jaar tot hun 27e verjaardag (002 §4.1)",
    }
    CHECK_CLOSED_WITHOUT_HANDOVER {
        en: "`check-in-closed` without a handover to Check-In with a support question before it",
        nl: "`check-in-closed` zonder eerdere warme overdracht met ondersteuningsvraag aan Check-In",
    }
    CHECK_CLOSED_WITHOUT_HANDOVER_HINT {
        en: "log the handover (`kind = \"handover\"`, `to = \"check-in\"`, `support_question = true`) before it",
        nl: "leg eerst de warme overdracht vast (`kind = \"handover\"`, `to = \"check-in\"`, `support_question = true`)",
    }
    CHECK_CLOSED_TOO_SOON {
        en: "Check-In closed on {date}, less than 3 months after the handover of {handover}",
        nl: "Check-In afgesloten op {date}, minder dan 3 maanden na de warme overdracht van {handover}",
    }
    CHECK_CLOSED_TOO_SOON_HINT {
        en: "Check-In stays involved at least 3 months (000 Nazorg Arbeid: \"tenminste nog 3 maanden\"), until {until}",
        nl: "Check-In blijft ten minste 3 maanden betrokken (000 Nazorg Arbeid: \"tenminste nog 3 maanden\"), tot {until}",
    }
    CHECK_EXIT_NO_DESTINATION { en: "an exit without destination", nl: "een uitschrijving zonder bestemming" }
    CHECK_EXIT_NO_DESTINATION_HINT {
        en: "add `destination = \"work\"` (or `sheltered-work`, `practical-learning`, `education`, `day-activities`, `none`)",
        nl: "vul `destination = \"work\"` in (of `sheltered-work`, `practical-learning`, `education`, `day-activities`, `none`)",
    }
    CHECK_DAY_ACTIVITIES_NO_INDICATION {
        en: "exit to day activities without a benefit and without `indication_until`: the indication cannot be monitored",
        nl: "uitschrijving naar dagbesteding zonder uitkering en zonder `indication_until`: de indicatie is niet te volgen",
    }
    CHECK_DAY_ACTIVITIES_NO_INDICATION_HINT {
        en: "add `indication_until = YYYY-MM-DD` (the end of the indication dagbesteding)",
        nl: "vul `indication_until = JJJJ-MM-DD` in (het einde van de indicatie dagbesteding)",
    }
    CHECK_EARLY_EXIT {
        en: "exit on {date} before the end of the school year in which the student turns 16 ({end}), without a diploma",
        nl: "uitschrijving op {date} zonder diploma, vóór het einde van het schooljaar waarin de leerling 16 wordt ({end})",
    }
    CHECK_EARLY_EXIT_HINT {
        en: "a school leaver is at least 16 or has the diploma (002 Inleiding); check with Leerplicht, or add the diploma",
        nl: "een schoolverlater is minstens 16 jaar of heeft het diploma (002 Inleiding); overleg met Leerplicht, of vul het diploma in",
    }
    CHECK_DIPLOMA_NO_QUALIFICATION {
        en: "exit with diploma {diploma} (a startkwalificatie) but no qualification event",
        nl: "uitschrijving met diploma {diploma} (een startkwalificatie), maar zonder de gebeurtenis startkwalificatie",
    }
    CHECK_DIPLOMA_NO_QUALIFICATION_HINT {
        en: "log it: `uitstroom log ID qualification level=… --date …`; it ends the Doorstroompunt's monitoring",
        nl: "leg die vast: `uitstroom log ID startkwalificatie level=… --date …`; daarmee eindigt de monitoring door het Doorstroompunt",
    }
    CHECK_PROGRAMME_BEFORE_EXIT {
        en: "`programme_start` {start} is before the exit date {date}",
        nl: "`programme_start` {start} ligt vóór de datum van uitschrijving {date}",
    }
    CHECK_PROGRAMME_HINT { en: "check `programme_start`", nl: "controleer `programme_start`" }
    CHECK_EXTENDED_UNTIL {
        en: "`check-in-extended` until {until}, which is not after the event's date",
        nl: "`check-in-extended` tot {until}, en dat ligt niet na de datum van de gebeurtenis",
    }
    CHECK_EXTENDED_UNTIL_HINT {
        en: "`until` is the date of the next review",
        nl: "`until` is de datum van de volgende evaluatie",
    }
}
