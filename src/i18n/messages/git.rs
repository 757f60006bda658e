//! Committing through git, and why a change was written but not committed (`git.rs`).
//! git's own words (its first line of an error) are passed on as git says them, in the
//! language git was installed with.

messages! {
    NO_WORK_TREE_NAMED { en: "git did not name the work tree", nl: "git noemde de werkmap niet" }
    MERGE_IN_PROGRESS {
        en: "a merge or rebase is in progress",
        nl: "er loopt nog een merge of rebase",
    }
    OTHER_CHANGES_STAGED {
        en: "other changes are staged",
        nl: "er staan al andere wijzigingen klaar voor een commit (git add)",
    }
    GIT_NOT_FOUND {
        en: "git is not installed (it is not on PATH)",
        nl: "git is niet geïnstalleerd (het staat niet in PATH)",
    }
    GIT_DID_NOT_RUN { en: "git could not run: {reason}", nl: "git kon niet starten: {reason}" }
    GIT_FAILED { en: "git failed", nl: "git meldde een fout" }
}
