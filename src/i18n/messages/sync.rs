//! Sharing a folder through git: `sync` and `git-setup`. The git commands in hints are
//! typed as they are; what git itself says is quoted in its own language.

messages! {
    // `git-setup`, and the same steps in `init` and `sync`.
    GITSETUP_REGISTERED {
        en: "registered the merge driver for case files: merge.uitstroom.driver = {command}",
        nl: "merge-driver voor dossierbestanden ingesteld: merge.uitstroom.driver = {command}",
    }
    GITSETUP_ATTRIBUTES {
        en: "{path} sends case files to the merge driver",
        nl: "{path} stuurt dossierbestanden naar de merge-driver",
    }
    GITSETUP_REGISTER_FAILED {
        en: "registering the merge driver in git's config: {why}",
        nl: "kan de merge-driver niet in de git-configuratie zetten: {why}",
    }
    GITSETUP_READING { en: "reading {path}", nl: "{path} lezen" }
    GITSETUP_NOT_IN_GIT { en: "this case folder is not in git", nl: "deze dossiermap staat niet in git" }
    GITSETUP_NOT_IN_GIT_HINT {
        en: "`git init` in the folder, or `git clone` the shared folder, then `uitstroom git-setup`",
        nl: "voer `git init` uit in de map, of haal de gedeelde map op met `git clone`, en daarna `uitstroom git-setup`",
    }
    GITSETUP_ALREADY {
        en: "the merge driver for case files is set up already",
        nl: "de merge-driver voor dossierbestanden is al ingesteld",
    }

    // `sync`: running git.
    SYNC_GIT_FAILED { en: "git {args}: {why}", nl: "git {args} is mislukt: {why}" }
    SYNC_GIT_DID_NOT_RUN { en: "git could not run: {why}", nl: "git kon niet worden gestart: {why}" }
    SYNC_PULL_FAILED {
        en: "git pull --rebase {remote} {branch}: {why}",
        nl: "git pull --rebase {remote} {branch} is mislukt: {why}",
    }
    SYNC_PUSH_FAILED { en: "git push to {remote}: {why}", nl: "git push naar {remote} is mislukt: {why}" }

    // `sync`: why it stops before it starts.
    SYNC_NOT_IN_GIT {
        en: "this case folder is not in git, so there is nothing to sync with",
        nl: "deze dossiermap staat niet in git, dus er is niets om mee te synchroniseren",
    }
    SYNC_NOT_IN_GIT_HINT {
        en: "clone the shared folder (git clone URL), or: git init, git remote add origin URL",
        nl: "haal de gedeelde map op (`git clone URL`), of: `git init`, `git remote add origin URL`",
    }
    SYNC_DETACHED {
        en: "this clone is not on a branch (detached HEAD)",
        nl: "deze kloon staat niet op een branch (detached HEAD)",
    }
    SYNC_DETACHED_HINT {
        en: "switch to the shared branch (git switch main), then `uitstroom sync`",
        nl: "ga naar de gedeelde branch (`git switch main`) en voer dan `uitstroom sync` uit",
    }
    SYNC_NO_REMOTE {
        en: "this case folder has no git remote to sync with",
        nl: "deze dossiermap heeft geen git-remote om mee te synchroniseren",
    }
    SYNC_NO_REMOTE_HINT {
        en: "add the shared repository once: git remote add origin URL, then `uitstroom sync`",
        nl: "voeg de gedeelde repository één keer toe: `git remote add origin URL`, en voer dan `uitstroom sync` uit",
    }
    SYNC_NO_UPSTREAM {
        en: "this branch has no upstream and the clone has {n} remotes",
        nl: "deze branch heeft geen upstream en de kloon heeft {n} remotes",
    }
    SYNC_NO_UPSTREAM_HINT {
        en: "choose one once: git push -u {remote} {branch}",
        nl: "kies er één keer een: `git push -u {remote} {branch}`",
    }
    SYNC_DIRTY {
        en: "uncommitted changes in {files}; sync brings in other changes only on top of commits",
        nl: "niet vastgelegde wijzigingen in {files}; sync haalt de wijzigingen van anderen alleen binnen als uw eigen wijzigingen in git zijn vastgelegd",
    }
    SYNC_DIRTY_HINT {
        en: "commit them (git commit -am \"…\") or put them aside (git stash), then `uitstroom sync`",
        nl: "leg ze vast (`git commit -am \"…\"`) of zet ze opzij (`git stash`), en voer dan `uitstroom sync` uit",
    }

    // `sync`: a rebase that stopped.
    SYNC_WAITING {
        en: "sync is waiting for a rebase to be finished",
        nl: "sync wacht tot een rebase is afgerond",
    }
    SYNC_RESOLVED_RUN { en: "the conflicts are resolved; run:", nl: "de conflicten zijn opgelost; voer uit:" }
    SYNC_CONFLICT {
        en: "sync stopped: changes from the other clones conflict with yours in",
        nl: "sync is gestopt: wijzigingen uit de andere klonen botsen met die van u in",
    }
    SYNC_CONFLICT_HINT {
        en: "in each file keep one side between <<<<<<< and >>>>>>> and remove the marker lines (`uitstroom check` lists them; during sync `ours` is what came in, `theirs` is your change), then run:",
        nl: "houd in elk bestand één kant tussen <<<<<<< en >>>>>>> over en verwijder de markeringsregels (`uitstroom check` toont ze; tijdens sync is `ours` wat binnenkwam en `theirs` uw wijziging), en voer dan uit:",
    }
    SYNC_ABORT {
        en: "(or `git rebase --abort` to go back to where you were before the sync)",
        nl: "(of `git rebase --abort` om terug te gaan naar de stand van voor de sync)",
    }

    // `sync`: what came in and what went out.
    SYNC_CAME_IN {
        en: "came in: {changed} changed, {added} added, {archived} archived",
        nl: "binnengekomen: {changed} gewijzigd, {added} toegevoegd, {archived} gearchiveerd",
    }
    SYNC_CAME_IN_REMOVED { en: ", {removed} removed", nl: ", {removed} verwijderd" }
    SYNC_CASES_ONE { en: "1 case", nl: "1 dossier" }
    SYNC_CASES_MANY { en: "{n} cases", nl: "{n} dossiers" }
    SYNC_NOT_SENT_ONE {
        en: "not sent: the folder has 1 error (above); fix, commit, then `uitstroom sync`",
        nl: "niet verzonden: de map bevat 1 fout (hierboven); herstel die, leg het vast in git en voer dan `uitstroom sync` uit",
    }
    SYNC_NOT_SENT_MANY {
        en: "not sent: the folder has {n} errors (above); fix, commit, then `uitstroom sync`",
        nl: "niet verzonden: de map bevat {n} fouten (hierboven); herstel ze, leg het vast in git en voer dan `uitstroom sync` uit",
    }
    SYNC_SENT_NOTHING {
        en: "sent: nothing (up to date with {remote})",
        nl: "verzonden: niets (gelijk met {remote})",
    }
    SYNC_SENT_ONE { en: "sent: 1 commit to {remote}", nl: "verzonden: 1 wijziging naar {remote}" }
    SYNC_SENT_MANY { en: "sent: {n} commits to {remote}", nl: "verzonden: {n} wijzigingen naar {remote}" }
}
