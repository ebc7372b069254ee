## complaint-widget: norsk bokmål. All tekst som widgeten viser.

## Felles deler

# Merkenavnet; butikker angir det med innstillingen `brand`.
-brand = Kundeservice
widget-label = { -brand }: tilbakemelding og klager

label-optional = (valgfritt)
error-prefix = Feil:
error-rejected = Tjenesten kunne ikke ta imot dette svaret. Kontroller det og prøv igjen.
error-custom-required = Svar på «{ $label }»
error-custom-choose = Velg et svar for «{ $label }»
error-custom-tick = Kryss av for «{ $label }» for å gå videre
error-custom-date = Skriv inn en gyldig dato for «{ $label }»
error-custom-too-long = «{ $label }» kan være maks { $max } tegn
error-summary-title = Det er et problem
button-continue = Fortsett
button-close = Lukk
button-back = Tilbake
button-send = Send
button-sending = Sender…
button-retry = Prøv igjen
launcher-loading = Skjemaet lastes inn…
launcher-failed = Skjemaet kunne ikke lastes inn.
button-start-again = Send noe annet
count-remaining = { $count ->
    [one] Du har { $count } tegn igjen
   *[other] Du har { $count } tegn igjen
}
count-over = { $count ->
    [one] Du har { $count } tegn for mye
   *[other] Du har { $count } tegn for mye
}
status-step = { $title }
status-sent = Sendt. Referansen din er { $reference }.
send-failed = Vi kunne ikke sende meldingen din. Ingenting av det du har skrevet, har gått tapt. Sjekk internettforbindelsen din og prøv igjen.
send-unconfirmed = Vi kunne ikke bekrefte at meldingen din kom fram. Ingenting av det du har skrevet, har gått tapt. Velg Prøv igjen: meldingen blir ikke sendt to ganger.
send-queued = Du er frakoblet. Meldingen din er lagret og blir sendt så snart du er på nett igjen.
send-refused = Butikken kunne ikke ta imot meldingen din akkurat nå. Ingenting av det du har skrevet, har gått tapt. Prøv igjen senere, eller kontakt kundeservice på en annen måte.
send-unavailable = Dette skjemaet kan ikke sende meldinger akkurat nå. Ingenting av det du har skrevet, har gått tapt. Kontakt kundeservice på en annen måte.
form-unavailable = Dette skjemaet er ikke tilgjengelig akkurat nå. Prøv igjen senere, eller kontakt kundeservice på en annen måte.
button-copy-reference = Kopier referansen
button-print = Skriv ut siden
status-reference-copied = Referansen er kopiert.
status-reference-selected = Referansen er merket: trykk Ctrl+C (⌘C på Mac) for å kopiere den.
contact-title = Hvordan kan vi nå deg?
days = { $working ->
    [yes] { $days ->
        [one] { $days } virkedag
       *[other] { $days } virkedager
    }
   *[no] { $days ->
        [one] { $days } dag
       *[other] { $days } dager
    }
}

## Trinn 1: velg

step-choose-title = Hva vil du gjøre?
step-choose-intro = Alle har rett til god service og kan forvente en løsning hvis noe har gått galt.
choose-feedback = Gi tilbakemelding
choose-feedback-hint = Fortell oss hva du synes om servicen eller produktene våre.
choose-complaint = Send inn en klage
choose-complaint-hint = Du er misfornøyd med servicen vår og vil at vi skal rette det opp.
choose-purchase-problem = { $operator ->
    [payment-provider] Meld fra om et problem med et kjøp
   *[merchant] Meld fra om et problem med en bestilling
}
choose-purchase-problem-hint = { $operator ->
    [payment-provider] Du har ikke mottatt bestillingen, du har fått feil eller defekt vare, eller selgeren har ikke bekreftet returen din.
   *[merchant] Du har ikke mottatt den, du har fått feil eller defekt vare, eller returen eller tilbakebetalingen din er ikke behandlet.
}

## Tilbakemelding

step-feedback-title = Gi tilbakemelding
step-feedback-intro = Vi verdsetter din mening fordi vi stadig streber etter å forbedre servicen vår. Tilbakemeldingen din går til teamet som har ansvar for tjenesten eller produktet.
field-feedback-topic-label = Hva gjelder tilbakemeldingen din?
field-feedback-topic-option-service = Kundeservicen vår
field-feedback-topic-option-app = Appen eller nettstedet
field-feedback-topic-option-payment = Betaling via oss
field-feedback-topic-option-other = Noe annet
field-feedback-message-label = Tilbakemeldingen din
field-reply-wanted-label = Jeg ønsker svar
error-feedback-topic-required = Velg hva tilbakemeldingen din gjelder
error-feedback-message-required = Skriv tilbakemeldingen din
error-feedback-message-too-long = Tilbakemeldingen din kan ikke være lengre enn { $max } tegn

## Klage og kontrollspørsmålet

step-complaint-title = Send inn en klage
step-complaint-intro = Hvis du er misfornøyd med servicen vår, vil vi gjerne høre om det og finne en løsning.
field-contacted-before-label = Har du vært i kontakt med kundeservicen vår om denne saken før?
field-contacted-before-hint = { $escalation ->
    [none] Hvis kundeservice allerede har behandlet saken og du fortsatt er misfornøyd, viser vi deg hvor du kan henvende deg.
   *[other] { $name } kan bare vurdere saker som kundeservice allerede har behandlet.
}
field-contacted-before-option-yes = Ja
field-contacted-before-option-no = Nei, dette er første gang jeg tar kontakt om dette
error-contacted-before-required = Velg ja hvis du har kontaktet kundeservice om dette før
complaint-first-contact-intro = Kundeservicen vår behandler klagen din. { $days ->
    [0] Vi svarer deg og forteller hva som skjer videre.
   *[other] Vi har som mål å løse klager innen { $time }. Hvis det tar lengre tid, forteller vi deg hvorfor og hva vi gjør videre.
}
complaint-escalation-intro = { $escalation ->
    [ombudsman] { $days ->
        [0] { $name } vurderer saken din på en upartisk måte. Gi så mange opplysninger som mulig om de tidligere kontaktene dine med oss.
       *[other] { $name } vurderer saken din på en upartisk måte. Gi så mange opplysninger som mulig om de tidligere kontaktene dine med oss. Du får en endelig avgjørelse innen { $time } etter at du har sendt inn denne henvendelsen.
    }
   *[manager] { $days ->
        [0] { $name } ser på saken din på nytt. Gi så mange opplysninger som mulig om de tidligere kontaktene dine med oss.
       *[other] { $name } ser på saken din på nytt. Gi så mange opplysninger som mulig om de tidligere kontaktene dine med oss. Du får svar innen { $time } etter at du har sendt inn denne henvendelsen.
    }
}
# The gate's yes where there is no review after customer service (the
# `escalation` option is false, or a shop names none): shown above the
# dispute bodies, in place of a form.
complaint-elsewhere-intro = Hvis kundeservice allerede har behandlet klagen din og du fortsatt er misfornøyd, kan du ta saken videre til et uavhengig klageorgan eller til domstolene. Kontakt dem direkte: Dette skjemaet sender ikke klagen din til dem.
# Who reviews after customer service, when the `escalation` option names
# nobody; used at the start of a sentence.
escalation-name = { $escalation ->
    [ombudsman] Vår klageansvarlige
   *[manager] Vår klageansvarlige
}
field-complaint-category-label = Hva gjelder klagen din?
field-complaint-category-option-payment = En betaling
field-complaint-category-option-refund = En tilbakebetaling
field-complaint-category-option-invoice = En faktura eller purring
field-complaint-category-option-service = Hvordan vi har behandlet deg
field-complaint-category-option-other = Noe annet
error-complaint-category-required = Velg hva klagen din gjelder
field-order-reference-label = Ordre- eller betalingsreferanse
field-order-reference-hint = Du finner den i e-posten med ordrebekreftelsen, for eksempel ORD-2024-1234.
error-order-reference-required = Skriv inn ordrereferansen din
error-order-reference-too-short = Ordrereferansen må være på minst { $min } tegn
error-order-reference-too-long = Ordrereferansen kan ikke være lengre enn { $max } tegn
error-order-reference-format = Ordrereferansen kan bare inneholde bokstaver, tall, mellomrom og - _ / . #
field-what-went-wrong-label = Hva gikk galt?
error-what-went-wrong-required = Beskriv hva som gikk galt
error-what-went-wrong-too-long = Beskrivelsen av hva som gikk galt, kan ikke være lengre enn { $max } tegn
field-wanted-outcome-label = Hva vil du at vi skal gjøre for å rette det opp?
error-wanted-outcome-required = Skriv hva du vil at vi skal gjøre
error-wanted-outcome-too-long = Teksten om hva du vil at vi skal gjøre, kan ikke være lengre enn { $max } tegn
field-previous-case-reference-label = Det tidligere saksnummeret ditt
field-previous-case-reference-hint = Saksnummeret du fikk fra kundeservice, for eksempel CS-482913.
error-previous-case-reference-required = Skriv inn saksnummeret du fikk fra kundeservice
error-previous-case-reference-too-short = Saksnummeret må være på minst { $min } tegn
error-previous-case-reference-too-long = Saksnummeret kan ikke være lengre enn { $max } tegn
error-previous-case-reference-format = Saksnummeret kan bare inneholde bokstaver, tall, mellomrom og - _ / . #
field-earlier-contacts-label = Hva skjedde da du var i kontakt med oss tidligere?
field-earlier-contacts-hint = Skriv når du kontaktet oss, hvordan du gjorde det og hva du fikk beskjed om.
error-earlier-contacts-required = Beskriv hva som skjedde da du var i kontakt med oss tidligere
error-earlier-contacts-too-long = Beskrivelsen av de tidligere kontaktene kan ikke være lengre enn { $max } tegn
field-why-dissatisfied-label = Hvorfor er du fortsatt misfornøyd?
error-why-dissatisfied-required = Skriv hvorfor du fortsatt er misfornøyd
error-why-dissatisfied-too-long = Teksten om hvorfor du fortsatt er misfornøyd, kan ikke være lengre enn { $max } tegn
field-wanted-resolution-label = Hvordan vil du at saken skal løses?
error-wanted-resolution-required = Skriv hvordan du vil at saken skal løses
error-wanted-resolution-too-long = Teksten om hvordan du vil at saken skal løses, kan ikke være lengre enn { $max } tegn

## Problem med et kjøp

step-purchase-problem-title = { $operator ->
    [payment-provider] Meld fra om et problem med et kjøp
   *[merchant] Meld fra om et problem med en bestilling
}
step-purchase-problem-intro = { $operator ->
    [payment-provider] Når du melder fra om et problem, setter vi betalingen din på pause mens du kontakter selgeren for å finne en løsning. Da slipper du purregebyr i mellomtiden.
   *[merchant] Fortell oss hva som gikk galt med bestillingen din. Kundeservicen vår ser på saken og tar kontakt med deg.
}
field-purchase-issue-label = Hva er problemet?
field-purchase-issue-option-not-received = Jeg har ikke mottatt bestillingen min
field-purchase-issue-option-wrong-item = Jeg har fått feil eller defekt vare
field-purchase-issue-option-return-not-confirmed = { $operator ->
    [payment-provider] Selgeren har ikke bekreftet returen min
   *[merchant] Returen eller tilbakebetalingen min er ikke behandlet
}
error-purchase-issue-required = Velg hva problemet er
field-seller-label = Selger
error-seller-required = Skriv inn navnet på butikken du handlet fra
error-seller-too-long = Navnet på selgeren kan ikke være lengre enn { $max } tegn
field-return-tracking-label = Sporingsnummer for returen
field-return-tracking-hint = Det står på kvitteringen du fikk da du sendte pakken tilbake.
error-return-tracking-required = Skriv inn sporingsnummeret for returen din
error-return-tracking-too-short = Sporingsnummeret må være på minst { $min } tegn
error-return-tracking-too-long = Sporingsnummeret kan ikke være lengre enn { $max } tegn
error-return-tracking-format = Sporingsnummeret kan bare inneholde bokstaver, tall, mellomrom og - _ / . #
field-problem-description-label = Beskriv problemet
error-problem-description-required = Beskriv problemet
error-problem-description-too-long = Beskrivelsen kan ikke være lengre enn { $max } tegn

## Kontaktopplysninger

field-name-label = Fullt navn
error-name-required = Skriv inn hele navnet ditt
error-name-too-long = Navnet kan ikke være lengre enn { $max } tegn
field-email-label = E-postadresse
field-email-hint = Vi bruker den bare til å svare deg.
error-email-required = Skriv inn e-postadressen din
error-email-format = Skriv inn en e-postadresse i riktig format, for eksempel navn@example.com
field-phone-label = Telefonnummer
field-phone-hint = Ta med landskoden, for eksempel +47 22 12 34 56.
error-phone-format = Skriv inn et telefonnummer med landskode, for eksempel +47 22 12 34 56

## Personvern

step-privacy-title = Slik behandler vi dine opplysninger
privacy-text = Vi bruker opplysningene du gir oss, bare til å behandle meldingen din og kontakte deg om den. Vi behandler dem med ytterste forsiktighet og gir dem ikke videre til tredjeparter for reklame eller markedsføring.
link-new-tab = (åpnes i ny fane)
privacy-link = Les personvernerklæringen vår
privacy-send-hint = Når du velger Send, går meldingen din til kundeservicen vår.

## Bekreftelse

step-confirmation-title = { $kind ->
    [feedback] Takk for tilbakemeldingen din
    [escalation] Henvendelsen din om en ny vurdering er sendt
    [purchase_problem] Problemet ditt er meldt
   *[complaint] Klagen din er sendt
}
confirmation-reference = Referansen din
confirmation-next-title = Hva skjer nå
confirmation-next-feedback = Teamet som har ansvar for tjenesten eller produktet, ser på tilbakemeldingen din. Hvis du ba om svar, sender vi deg en e-post.
confirmation-next-complaint = Kundeservice behandler klagen din. { $days ->
    [0] Vi svarer deg og forteller hva som skjer videre.
   *[other] Vi har som mål å løse den innen { $time }. Hvis det tar lengre tid, forteller vi deg hvorfor og hva vi gjør videre.
}
confirmation-next-escalation = { $escalation ->
    [ombudsman] { $days ->
        [0] { $name } vurderer saken din på en upartisk måte og sender deg en endelig avgjørelse.
       *[other] { $name } vurderer saken din på en upartisk måte og sender deg en endelig avgjørelse innen { $time }.
    }
   *[manager] { $days ->
        [0] { $name } ser på saken din på nytt og svarer deg.
       *[other] { $name } ser på saken din på nytt og svarer deg innen { $time }.
    }
}
confirmation-next-purchase_problem = { $operator ->
    [payment-provider] Betalingen din er satt på pause mens du kontakter selgeren for å finne en løsning. Ta vare på kvitteringer og sporingsnumre, siden vi kan komme til å be om dem.
   *[merchant] Kundeservicen vår ser på problemet og tar kontakt med deg. Ta vare på kvitteringer og sporingsnumre, siden vi kan komme til å be om dem.
}
confirmation-bodies-title = Hvis du fortsatt ikke er fornøyd
confirmation-bodies-intro = Hvis du ikke er fornøyd med hvordan vi har håndtert saken din, kan du henvende deg til:

## Tvisteløsningsorganer (navnene slik organene selv bruker dem)

body-arn = Allmänna reklamationsnämnden (ARN, den svenske nemnda for forbrukertvister)
body-konsumenternas = Konsumenternas Bank- och Finansbyrå (gratis rådgivning om bank og finans i Sverige)
body-municipal-adviser = Forbrukerveilederen i kommunen din
body-general-courts = De alminnelige domstolene
body-forbrukerradet = Forbrukerrådet (gratis råd i forbrukersaker)
body-forbrukertvistutvalget = Forbrukertvistutvalget
body-forliksradet = Forliksrådet
body-kifid = Kifid (det nederlandske klageinstituttet for finansielle tjenester)
body-civil-court = Sivil domstol
body-bundesbank = Schlichtungsstelle der Deutschen Bundesbank (tvisteløsningsorganet ved den tyske sentralbanken)
body-forbrugerklagenaevnet = Forbrugerklagenævnet (den danske klagenemnda for forbrukersaker)
body-kuluttajariitalautakunta = Kuluttajariitalautakunta (den finske nemnda for forbrukertvister)
body-hallakonsument = Hallå konsument (gratis veiledning fra det svenske Konsumentverket)
body-forbrukertilsynet = Forbrukertilsynet (mekling, og deretter Forbrukerklageutvalget)
body-geschillencommissie = De Geschillencommissie (de nederlandske tvisteløsningsnemndene, for butikker som er tilsluttet)
body-consuwijzer = ACM ConsuWijzer (gratis veiledning om rettighetene dine i Nederland)
body-universalschlichtungsstelle = Universalschlichtungsstelle des Bundes (det tyske tvisteløsningsorganet, hvis butikken deltar)
body-verbraucherzentrale = Verbraucherzentrale (tysk forbrukerveiledning)
body-forbrug = Forbrug.dk (veiledning fra den danske konkurranse- og forbrukermyndigheten)
body-kuluttajaneuvonta = Kuluttajaneuvonta (finsk forbrukerveiledning: kontakt den før Kuluttajariitalautakunta)
body-mediateur-consommation = Butikkens forbrukermekler (står i butikkens salgsvilkår)
body-conciliateur = En conciliateur de justice (gratis forliksmekling i Frankrike)

## Hvor kunden er

# Over overskriften på hvert steg; bekreftelsen har ingen.
step-progress = Steg { $step } av { $total }
# Leses opp når et steg åpnes.
status-step-progress = { $title } (steg { $step } av { $total })

# Files (photos, receipts)
field-attachments-label = Bilder eller dokumenter
field-attachments-hint = For eksempel et bilde av varen eller kvitteringen. Opptil { $max } filer på maks { $mb } MB hver: JPEG, PNG, WebP, HEIC eller PDF.
error-attachments-too-many = Velg maks { $max } filer
error-attachments-too-large = { $name } er større enn { $mb } MB: velg en mindre fil
error-attachments-type = { $name } er ikke en JPEG-, PNG-, WebP-, HEIC- eller PDF-fil: velg et bilde eller en PDF
error-attachments-empty = { $name } er tom: velg en annen fil
attachments-remove = Fjern { $name }
attachments-size = { $kb } kB
attachments-choose-again = Velg disse filene på nytt, de kunne ikke tas vare på: { $names }
