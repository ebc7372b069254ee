## complaint-widget: dansk. Alle tekster, som widgetten viser.

## Fælles elementer

# Brandnavnet; butikker angiver det med indstillingen `brand`.
-brand = Kundeservice
widget-label = { -brand }: feedback og klager

label-optional = (valgfrit)
error-prefix = Fejl:
error-rejected = Tjenesten kunne ikke modtage dette svar. Tjek svaret, og prøv igen.
error-custom-required = Besvar “{ $label }”
error-custom-choose = Vælg et svar til “{ $label }”
error-custom-tick = Sæt kryds ved “{ $label }” for at fortsætte
error-custom-date = Indtast en gyldig dato i “{ $label }”
error-custom-too-long = “{ $label }” må højst være { $max } tegn
error-summary-title = Der er et problem
button-continue = Fortsæt
button-close = Luk
button-back = Tilbage
button-send = Send
button-sending = Sender…
button-retry = Prøv igen
launcher-loading = Formularen indlæses…
launcher-failed = Formularen kunne ikke indlæses.
button-start-again = Send noget andet
count-remaining = { $count ->
    [one] Du har { $count } tegn tilbage
   *[other] Du har { $count } tegn tilbage
}
count-over = { $count ->
    [one] Du har { $count } tegn for meget
   *[other] Du har { $count } tegn for meget
}
status-step = { $title }
status-sent = Sendt. Dit referencenummer er { $reference }.
send-failed = Vi kunne ikke sende din besked. Intet af det, du har skrevet, er gået tabt. Tjek din internetforbindelse, og prøv igen.
send-unconfirmed = Vi kunne ikke bekræfte, at din besked er kommet frem. Intet af det, du har skrevet, er gået tabt. Vælg Prøv igen: beskeden bliver ikke sendt to gange.
send-queued = Du er offline. Din besked er gemt og bliver sendt, så snart du er online igen.
send-refused = Butikken kunne ikke modtage din besked lige nu. Intet af det, du har skrevet, er gået tabt. Prøv igen senere, eller kontakt kundeservice på en anden måde.
send-unavailable = Denne formular kan ikke sende beskeder i øjeblikket. Intet af det, du har skrevet, er gået tabt. Kontakt kundeservice på en anden måde.
form-unavailable = Formularen er ikke tilgængelig i øjeblikket. Prøv igen senere, eller kontakt kundeservice på en anden måde.
button-copy-reference = Kopiér referencenummeret
button-print = Udskriv siden
status-reference-copied = Referencenummeret er kopieret.
status-reference-selected = Referencenummeret er markeret: tryk Ctrl+C (⌘C på en Mac) for at kopiere det.
contact-title = Hvordan kan vi kontakte dig?
days = { $working ->
    [yes] { $days ->
        [one] { $days } arbejdsdag
       *[other] { $days } arbejdsdage
    }
   *[no] { $days ->
        [one] { $days } dag
       *[other] { $days } dage
    }
}

## Trin 1: vælg

step-choose-title = Hvad vil du gerne gøre?
step-choose-intro = Alle har ret til god service og kan forvente en løsning, hvis noget er gået galt.
choose-feedback = Giv feedback
choose-feedback-hint = Fortæl os, hvad du synes om vores service eller produkter.
choose-complaint = Indgiv en klage
choose-complaint-hint = Du er utilfreds med vores service og vil gerne have, at vi retter op på det.
choose-purchase-problem = { $operator ->
    [payment-provider] Meld et problem med et køb
   *[merchant] Meld et problem med en ordre
}
choose-purchase-problem-hint = { $operator ->
    [payment-provider] Du har ikke modtaget varen, du har fået en forkert eller defekt vare, eller sælgeren har ikke bekræftet din returnering.
   *[merchant] Du har ikke modtaget varen, du har fået en forkert eller defekt vare, eller din returnering eller tilbagebetaling er ikke blevet behandlet.
}

## Feedback

step-feedback-title = Giv feedback
step-feedback-intro = Vi sætter stor pris på din mening, fordi vi altid gerne vil forbedre vores service. Din feedback går til det team, der er ansvarligt for tjenesten eller produktet.
field-feedback-topic-label = Hvad handler din feedback om?
field-feedback-topic-option-service = Vores kundeservice
field-feedback-topic-option-app = Appen eller hjemmesiden
field-feedback-topic-option-payment = Betaling med os
field-feedback-topic-option-other = Noget andet
field-feedback-message-label = Din feedback
field-reply-wanted-label = Jeg vil gerne have et svar
error-feedback-topic-required = Vælg, hvad din feedback handler om
error-feedback-message-required = Skriv din feedback
error-feedback-message-too-long = Din feedback må højst være på { $max } tegn

## Klage og det indledende spørgsmål

step-complaint-title = Indgiv en klage
step-complaint-intro = Hvis du er utilfreds med vores service, vil vi gerne høre om det og finde en løsning.
field-contacted-before-label = Har du tidligere været i kontakt med vores kundeservice om denne sag?
field-contacted-before-hint = { $escalation ->
    [none] Hvis kundeservice allerede har behandlet sagen, og du stadig er utilfreds, viser vi dig, hvor du kan henvende dig.
   *[other] { $name } kan kun se på sager, som kundeservice allerede har behandlet.
}
field-contacted-before-option-yes = Ja
field-contacted-before-option-no = Nej, det er første gang, jeg kontakter jer om det
error-contacted-before-required = Vælg ja, hvis du tidligere har kontaktet kundeservice om dette
complaint-first-contact-intro = Vores kundeservice behandler din klage. { $days ->
    [0] Vi svarer dig og fortæller dig, hvad der sker nu.
   *[other] Vi bestræber os på at løse klager inden for { $time }. Hvis det tager længere tid, fortæller vi dig hvorfor, og hvad vi gør som det næste.
}
complaint-escalation-intro = { $escalation ->
    [ombudsman] { $days ->
        [0] { $name } vurderer din sag upartisk. Giv så mange oplysninger som muligt om dine tidligere henvendelser til os.
       *[other] { $name } vurderer din sag upartisk. Giv så mange oplysninger som muligt om dine tidligere henvendelser til os. Du får en endelig afgørelse senest { $time } efter, at du har sendt denne anmodning.
    }
   *[manager] { $days ->
        [0] { $name } ser på din sag igen. Giv så mange oplysninger som muligt om dine tidligere henvendelser til os.
       *[other] { $name } ser på din sag igen. Giv så mange oplysninger som muligt om dine tidligere henvendelser til os. Du får et svar senest { $time } efter, at du har sendt denne anmodning.
    }
}
# The gate's yes where there is no review after customer service (the
# `escalation` option is false, or a shop names none): shown above the
# dispute bodies, in place of a form.
complaint-elsewhere-intro = Hvis kundeservice allerede har behandlet din klage, og du stadig er utilfreds, kan du gå videre til et uafhængigt klageorgan eller til domstolene. Kontakt dem direkte: Denne formular sender ikke din klage til dem.
# Who reviews after customer service, when the `escalation` option names
# nobody; used at the start of a sentence.
escalation-name = { $escalation ->
    [ombudsman] Vores kundeombudsmand
   *[manager] Vores klageansvarlige
}
field-complaint-category-label = Hvad handler din klage om?
field-complaint-category-option-payment = En betaling
field-complaint-category-option-refund = En tilbagebetaling
field-complaint-category-option-invoice = En faktura eller rykker
field-complaint-category-option-service = Hvordan vi har behandlet dig
field-complaint-category-option-other = Noget andet
error-complaint-category-required = Vælg, hvad din klage handler om
field-order-reference-label = Ordre- eller betalingsreference
field-order-reference-hint = Du kan finde den i den ordrebekræftelse, du har fået på e-mail, for eksempel ORD-2024-1234.
error-order-reference-required = Indtast din ordrereference
error-order-reference-too-short = Ordrereferencen skal være på mindst { $min } tegn
error-order-reference-too-long = Ordrereferencen må højst være på { $max } tegn
error-order-reference-format = Ordrereferencen må kun indeholde bogstaver, tal, mellemrum og - _ / . #
field-what-went-wrong-label = Hvad gik galt?
error-what-went-wrong-required = Skriv, hvad der gik galt
error-what-went-wrong-too-long = Beskrivelsen af, hvad der gik galt, må højst være på { $max } tegn
field-wanted-outcome-label = Hvad vil du gerne have, at vi gør for at rette op på det?
error-wanted-outcome-required = Skriv, hvad du gerne vil have, at vi gør
error-wanted-outcome-too-long = Beskrivelsen af, hvad du gerne vil have, at vi gør, må højst være på { $max } tegn
field-previous-case-reference-label = Dit tidligere sagsnummer
field-previous-case-reference-hint = Det sagsnummer, du har fået af kundeservice, for eksempel CS-482913.
error-previous-case-reference-required = Indtast det sagsnummer, du har fået af kundeservice
error-previous-case-reference-too-short = Sagsnummeret skal være på mindst { $min } tegn
error-previous-case-reference-too-long = Sagsnummeret må højst være på { $max } tegn
error-previous-case-reference-format = Sagsnummeret må kun indeholde bogstaver, tal, mellemrum og - _ / . #
field-earlier-contacts-label = Hvad skete der, da du tidligere var i kontakt med os?
field-earlier-contacts-hint = Skriv, hvornår og hvordan du kontaktede os, og hvad du fik at vide.
error-earlier-contacts-required = Skriv, hvad der skete, da du tidligere var i kontakt med os
error-earlier-contacts-too-long = Beskrivelsen af dine tidligere henvendelser må højst være på { $max } tegn
field-why-dissatisfied-label = Hvorfor er du stadig utilfreds?
error-why-dissatisfied-required = Skriv, hvorfor du stadig er utilfreds
error-why-dissatisfied-too-long = Beskrivelsen af, hvorfor du stadig er utilfreds, må højst være på { $max } tegn
field-wanted-resolution-label = Hvordan vil du gerne have, at sagen bliver løst?
error-wanted-resolution-required = Skriv, hvordan du gerne vil have, at sagen bliver løst
error-wanted-resolution-too-long = Beskrivelsen af, hvordan sagen skal løses, må højst være på { $max } tegn

## Problem med et køb

step-purchase-problem-title = { $operator ->
    [payment-provider] Meld et problem med et køb
   *[merchant] Meld et problem med en ordre
}
step-purchase-problem-intro = { $operator ->
    [payment-provider] Når du melder et problem, sætter vi din betaling på pause, mens du kontakter sælgeren for at finde en løsning. Så bliver du ikke opkrævet rykkergebyrer i mellemtiden.
   *[merchant] Fortæl os, hvad der gik galt med din ordre. Vores kundeservice ser på det og vender tilbage til dig.
}
field-purchase-issue-label = Hvad er problemet?
field-purchase-issue-option-not-received = Jeg har ikke modtaget min ordre
field-purchase-issue-option-wrong-item = Jeg har modtaget en forkert eller defekt vare
field-purchase-issue-option-return-not-confirmed = { $operator ->
    [payment-provider] Sælgeren har ikke bekræftet min returnering
   *[merchant] Min returnering eller tilbagebetaling er ikke blevet behandlet
}
error-purchase-issue-required = Vælg, hvad problemet er
field-seller-label = Sælger
error-seller-required = Indtast navnet på den butik, du har købt hos
error-seller-too-long = Sælgerens navn må højst være på { $max } tegn
field-return-tracking-label = Trackingnummer for returpakken
field-return-tracking-hint = Det står på den kvittering, du fik, da du sendte pakken retur.
error-return-tracking-required = Indtast trackingnummeret for din returpakke
error-return-tracking-too-short = Trackingnummeret skal være på mindst { $min } tegn
error-return-tracking-too-long = Trackingnummeret må højst være på { $max } tegn
error-return-tracking-format = Trackingnummeret må kun indeholde bogstaver, tal, mellemrum og - _ / . #
field-problem-description-label = Beskriv problemet
error-problem-description-required = Beskriv problemet
error-problem-description-too-long = Beskrivelsen må højst være på { $max } tegn

## Kontaktoplysninger

field-name-label = Fulde navn
error-name-required = Indtast dit fulde navn
error-name-too-long = Dit fulde navn må højst være på { $max } tegn
field-email-label = E-mailadresse
field-email-hint = Vi bruger den kun til at svare dig.
error-email-required = Indtast din e-mailadresse
error-email-format = Indtast en e-mailadresse i det rigtige format, for eksempel navn@example.com
field-phone-label = Telefonnummer
field-phone-hint = Skriv landekoden med, for eksempel +45 12 34 56 78.
error-phone-format = Indtast et telefonnummer med landekode, for eksempel +45 12 34 56 78

## Privatlivserklæring

step-privacy-title = Sådan behandler vi dine oplysninger
privacy-text = Vi bruger kun de oplysninger, du giver os, til at behandle din besked og til at kontakte dig om den. Vi behandler dem med den største omhu og deler dem ikke med tredjeparter til reklame eller markedsføring.
link-new-tab = (åbner i en ny fane)
privacy-link = Læs vores privatlivspolitik
privacy-send-hint = Når du vælger Send, går din besked til vores kundeservice.

## Bekræftelse

step-confirmation-title = { $kind ->
    [feedback] Tak for din feedback
    [escalation] Din anmodning om en ny vurdering er sendt
    [purchase_problem] Dit problem er registreret
   *[complaint] Din klage er sendt
}
confirmation-reference = Dit referencenummer
confirmation-next-title = Det sker der nu
confirmation-next-feedback = Det team, der er ansvarligt for tjenesten eller produktet, ser på din feedback. Hvis du har bedt om et svar, sender vi dig en e-mail.
confirmation-next-complaint = Kundeservice behandler din klage. { $days ->
    [0] Vi svarer dig og fortæller dig, hvad der sker nu.
   *[other] Vi bestræber os på at løse den inden for { $time }. Hvis det tager længere tid, fortæller vi dig hvorfor, og hvad vi gør som det næste.
}
confirmation-next-escalation = { $escalation ->
    [ombudsman] { $days ->
        [0] { $name } vurderer din sag upartisk og sender dig en endelig afgørelse.
       *[other] { $name } vurderer din sag upartisk og sender dig en endelig afgørelse inden for { $time }.
    }
   *[manager] { $days ->
        [0] { $name } ser på din sag igen og svarer dig.
       *[other] { $name } ser på din sag igen og svarer dig inden for { $time }.
    }
}
confirmation-next-purchase_problem = { $operator ->
    [payment-provider] Din betaling er sat på pause, mens du kontakter sælgeren for at finde en løsning. Gem dine kvitteringer og trackingnumre, for vi kan få brug for dem.
   *[merchant] Vores kundeservice ser på problemet og vender tilbage til dig. Gem dine kvitteringer og trackingnumre, for vi kan få brug for dem.
}
confirmation-bodies-title = Hvis du stadig ikke er tilfreds
confirmation-bodies-intro = Hvis du ikke er tilfreds med den måde, vi har behandlet din sag på, kan du henvende dig til:

## Klageinstanser (navnene, som instanserne selv bruger dem)

body-arn = Allmänna reklamationsnämnden (ARN, det svenske nævn for forbrugerklager)
body-konsumenternas = Konsumenternas Bank- och Finansbyrå (gratis rådgivning om bank og finans i Sverige)
body-municipal-adviser = Forbrugervejlederen i din kommune
body-general-courts = De almindelige domstole
body-forbrukerradet = Forbrukerrådet (det norske forbrugerråd)
body-forbrukertvistutvalget = Forbrukertvistutvalget (det norske nævn for forbrugertvister)
body-forliksradet = Forliksrådet (den norske forligsinstans)
body-kifid = Kifid (det hollandske klageinstitut for finansielle tjenester)
body-civil-court = Den civile domstol
body-bundesbank = Schlichtungsstelle bei der Deutschen Bundesbank (Deutsche Bundesbanks mæglingsinstans)
body-forbrugerklagenaevnet = Forbrugerklagenævnet
body-kuluttajariitalautakunta = Kuluttajariitalautakunta (det finske forbrugerklagenævn)
body-hallakonsument = Hallå konsument (gratis vejledning fra den svenske forbrugermyndighed)
body-forbrukertilsynet = Forbrukertilsynet (den norske forbrugermyndighed: mægling og derefter Forbrukerklageutvalget)
body-geschillencommissie = De Geschillencommissie (de hollandske tvistløsningsnævn, for butikker, der er tilsluttet)
body-consuwijzer = ACM ConsuWijzer (gratis vejledning om dine rettigheder i Holland)
body-universalschlichtungsstelle = Universalschlichtungsstelle des Bundes (den tyske mæglingsinstans, hvis butikken deltager)
body-verbraucherzentrale = Verbraucherzentrale (tysk forbrugerrådgivning)
body-forbrug = Forbrug.dk (vejledning fra Konkurrence- og Forbrugerstyrelsen)
body-kuluttajaneuvonta = Kuluttajaneuvonta (finsk forbrugerrådgivning: kontakt den før det finske forbrugerklagenævn)
body-mediateur-consommation = Butikkens forbrugermægler (står i butikkens salgsbetingelser)
body-conciliateur = En conciliateur de justice (gratis forligsmægling i Frankrig)

## Hvor kunden er

# Over overskriften på hvert trin; bekræftelsen har ingen.
step-progress = Trin { $step } af { $total }
# Læses op, når et trin åbner.
status-step-progress = { $title } (trin { $step } af { $total })

# Files (photos, receipts)
field-attachments-label = Billeder eller dokumenter
field-attachments-hint = For eksempel et billede af varen eller kvitteringen. Op til { $max } filer på højst { $mb } MB hver: JPEG, PNG, WebP, HEIC eller PDF.
error-attachments-too-many = Vælg højst { $max } filer
error-attachments-too-large = { $name } er større end { $mb } MB: vælg en mindre fil
error-attachments-type = { $name } er ikke en JPEG-, PNG-, WebP-, HEIC- eller PDF-fil: vælg et billede eller en PDF
error-attachments-empty = { $name } er tom: vælg en anden fil
attachments-remove = Fjern { $name }
attachments-size = { $kb } kB
attachments-choose-again = Vælg disse filer igen, de kunne ikke gemmes: { $names }
