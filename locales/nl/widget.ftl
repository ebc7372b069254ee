## complaint-widget: Nederlands. Formulering uit de klantenservicepagina (seed 000).

## Gedeelde onderdelen

# De merknaam; winkels stellen die in met de optie `brand`.
-brand = Klantenservice
widget-label = { -brand }: feedback en klachten

label-optional = (optioneel)
error-prefix = Fout:
error-rejected = Dit antwoord kon niet worden verwerkt. Controleer het en probeer het opnieuw.
error-custom-required = Vul „{ $label }” in
error-custom-choose = Kies een antwoord bij „{ $label }”
error-custom-tick = Vink „{ $label }” aan om verder te gaan
error-custom-date = Vul bij „{ $label }” een bestaande datum in
error-custom-too-long = „{ $label }” mag maximaal { $max } tekens lang zijn
error-summary-title = Er is een probleem
button-continue = Doorgaan
button-close = Sluiten
button-back = Terug
button-send = Versturen
button-sending = Bezig met versturen…
button-retry = Opnieuw proberen
launcher-loading = Het formulier wordt geladen…
launcher-failed = Het formulier kon niet worden geladen.
button-start-again = Nog iets anders versturen
count-remaining = { $count ->
    [one] Je hebt nog { $count } teken over
   *[other] Je hebt nog { $count } tekens over
}
count-over = { $count ->
    [one] Je hebt { $count } teken te veel
   *[other] Je hebt { $count } tekens te veel
}
status-step = { $title }
status-sent = Verstuurd. Je referentie is { $reference }.
send-failed = We konden je bericht niet versturen. Wat je hebt ingevuld is niet verloren gegaan. Controleer je internetverbinding en probeer het opnieuw.
send-unconfirmed = We konden niet bevestigen dat je bericht is aangekomen. Wat je hebt ingevuld is niet verloren gegaan. Kies Opnieuw proberen: het wordt niet twee keer verstuurd.
send-queued = Je bent offline. Je bericht is bewaard en wordt verstuurd zodra je weer online bent.
send-refused = De winkel kon je bericht nu niet aannemen. Wat je hebt ingevuld is niet verloren gegaan. Probeer het later opnieuw of neem op een andere manier contact op met de klantenservice.
send-unavailable = Met dit formulier kunnen op dit moment geen berichten worden verstuurd. Wat je hebt ingevuld is niet verloren gegaan. Neem op een andere manier contact op met de klantenservice.
form-unavailable = Dit formulier is op dit moment niet beschikbaar. Probeer het later opnieuw of neem op een andere manier contact op met de klantenservice.
button-copy-reference = Referentie kopiëren
button-print = Deze pagina afdrukken
status-reference-copied = Referentie gekopieerd.
status-reference-selected = Referentie geselecteerd: druk op Ctrl+C (⌘C op een Mac) om hem te kopiëren.
contact-title = Hoe kunnen we je bereiken?
days = { $working ->
    [yes] { $days ->
        [one] { $days } werkdag
       *[other] { $days } werkdagen
    }
   *[no] { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    }
}

## Stap 1: kiezen

step-choose-title = Wat wil je doen?
step-choose-intro = Iedereen heeft recht op goede service en mag een oplossing verwachten als er iets fout is gegaan.
choose-feedback = Feedback geven
choose-feedback-hint = Laat ons weten wat je vindt van onze service of producten.
choose-complaint = Een klacht indienen
choose-complaint-hint = Je bent ontevreden over onze service en wilt dat het wordt opgelost.
choose-purchase-problem = { $operator ->
    [payment-provider] Een probleem met een aankoop melden
   *[merchant] Een probleem met een bestelling melden
}
choose-purchase-problem-hint = { $operator ->
    [payment-provider] Je hebt het niet ontvangen, het is een verkeerd of kapot product, of de verkoper heeft je retour niet bevestigd.
   *[merchant] Je hebt het niet ontvangen, je hebt een verkeerd of kapot product gekregen, of je retour of terugbetaling is niet verwerkt.
}

## Feedback

step-feedback-title = Feedback geven
step-feedback-intro = We stellen je mening erg op prijs want we willen onze service blijven verbeteren. Je feedback zal behandeld worden door het team dat verantwoordelijk is voor de service of het product.
field-feedback-topic-label = Waar gaat je feedback over?
field-feedback-topic-option-service = Onze klantenservice
field-feedback-topic-option-app = De app of website
field-feedback-topic-option-payment = Betalen via ons
field-feedback-topic-option-other = Iets anders
field-feedback-message-label = Je feedback
field-reply-wanted-label = Ik wil graag een reactie
error-feedback-topic-required = Kies waar je feedback over gaat
error-feedback-message-required = Vul je feedback in
error-feedback-message-too-long = Je feedback mag maximaal { $max } tekens lang zijn

## Klacht en de vraag vooraf

step-complaint-title = Een klacht indienen
step-complaint-intro = Als je ontevreden bent over onze service, horen we dat graag en gaan we op zoek naar een oplossing.
field-contacted-before-label = Ben je eerder in contact geweest met onze klantenservice over deze kwestie?
field-contacted-before-hint = { $escalation ->
    [none] Heeft onze klantenservice je klacht al behandeld en ben je nog steeds ontevreden? Dan laten we je zien waar je terechtkunt.
   *[other] { $name } kan alleen verzoeken behandelen die eerder door onze klantenservice zijn behandeld.
}
field-contacted-before-option-yes = Ja
field-contacted-before-option-no = Nee, dit is mijn eerste contact hierover
error-contacted-before-required = Kies ja als je eerder contact hebt gehad met de klantenservice hierover
complaint-first-contact-intro = Een medewerker van onze klantenservice neemt je klacht in behandeling. { $days ->
    [0] We reageren op je klacht en laten je weten wat de volgende stappen zijn.
   *[other] We streven ernaar om klachten binnen { $time } af te handelen. Lukt dat niet, dan sturen we je een bericht waarin we uitleggen waarom het langer duurt en wat onze vervolgstappen zijn.
}
complaint-escalation-intro = { $escalation ->
    [ombudsman] { $days ->
        [0] { $name } bekijkt en beoordeelt je zaak onpartijdig. Vermeld de volledige informatie over je zaak en wat er is gebeurd tijdens je vorige contacten met ons.
       *[other] { $name } bekijkt en beoordeelt je zaak onpartijdig. Vermeld de volledige informatie over je zaak en wat er is gebeurd tijdens je vorige contacten met ons. Je ontvangt uiterlijk binnen { $time } na het indienen van je verzoek een definitieve beslissing.
    }
   *[manager] { $days ->
        [0] { $name } bekijkt je zaak opnieuw. Vermeld de volledige informatie over je zaak en wat er is gebeurd tijdens je vorige contacten met ons.
       *[other] { $name } bekijkt je zaak opnieuw. Vermeld de volledige informatie over je zaak en wat er is gebeurd tijdens je vorige contacten met ons. Je krijgt uiterlijk binnen { $time } na het indienen van je verzoek een antwoord.
    }
}
# The gate's yes where there is no review after customer service (the
# `escalation` option is false, or a shop names none): shown above the
# dispute bodies, in place of a form.
complaint-elsewhere-intro = Heeft onze klantenservice je klacht al behandeld en ben je nog steeds ontevreden? Dan kun je het geschil voorleggen aan een onafhankelijke geschilleninstantie of aan de rechter. Neem zelf contact met hen op: dit formulier stuurt je klacht niet naar hen door.
# Who reviews after customer service, when the `escalation` option names
# nobody; used at the start of a sentence.
escalation-name = { $escalation ->
    [ombudsman] Onze consumentenombudsman
   *[manager] Onze klachtenfunctionaris
}
field-complaint-category-label = Waar gaat je klacht over?
field-complaint-category-option-payment = Een betaling
field-complaint-category-option-refund = Een terugbetaling
field-complaint-category-option-invoice = Een factuur of herinnering
field-complaint-category-option-service = Hoe we je hebben behandeld
field-complaint-category-option-other = Iets anders
error-complaint-category-required = Kies waar je klacht over gaat
field-order-reference-label = Bestel- of betalingsreferentie
field-order-reference-hint = Je vindt deze in de bevestigingsmail van je bestelling, bijvoorbeeld ORD-2024-1234.
error-order-reference-required = Vul je bestelreferentie in
error-order-reference-too-short = De bestelreferentie moet minimaal { $min } tekens lang zijn
error-order-reference-too-long = De bestelreferentie mag maximaal { $max } tekens lang zijn
error-order-reference-format = De bestelreferentie mag alleen letters, cijfers, spaties en - _ / . # bevatten
field-what-went-wrong-label = Wat is er fout gegaan?
error-what-went-wrong-required = Vul in wat er fout is gegaan
error-what-went-wrong-too-long = Wat er fout is gegaan mag maximaal { $max } tekens lang zijn
field-wanted-outcome-label = Wat wil je dat we doen om het op te lossen?
error-wanted-outcome-required = Vul in wat je wilt dat we doen
error-wanted-outcome-too-long = Wat je wilt dat we doen mag maximaal { $max } tekens lang zijn
field-previous-case-reference-label = Je eerdere zaakreferentie
field-previous-case-reference-hint = De referentie die je van de klantenservice hebt gekregen, bijvoorbeeld CS-482913.
error-previous-case-reference-required = Vul de zaakreferentie in die je van de klantenservice hebt gekregen
error-previous-case-reference-too-short = De zaakreferentie moet minimaal { $min } tekens lang zijn
error-previous-case-reference-too-long = De zaakreferentie mag maximaal { $max } tekens lang zijn
error-previous-case-reference-format = De zaakreferentie mag alleen letters, cijfers, spaties en - _ / . # bevatten
field-earlier-contacts-label = Wat is er gebeurd tijdens je vorige contacten met ons?
field-earlier-contacts-hint = Vermeld wanneer en hoe je contact met ons had en wat je te horen kreeg.
error-earlier-contacts-required = Vul in wat er is gebeurd tijdens je vorige contacten met ons
error-earlier-contacts-too-long = Je vorige contacten mogen maximaal { $max } tekens lang zijn
field-why-dissatisfied-label = Waarom ben je nog steeds ontevreden?
error-why-dissatisfied-required = Vul in waarom je nog steeds ontevreden bent
error-why-dissatisfied-too-long = Waarom je ontevreden bent mag maximaal { $max } tekens lang zijn
field-wanted-resolution-label = Hoe wil je de kwestie opgelost zien?
error-wanted-resolution-required = Vul in hoe je de kwestie opgelost wilt zien
error-wanted-resolution-too-long = Hoe je het opgelost wilt zien mag maximaal { $max } tekens lang zijn

## Probleem met een aankoop

step-purchase-problem-title = { $operator ->
    [payment-provider] Een probleem met een aankoop melden
   *[merchant] Een probleem met een bestelling melden
}
step-purchase-problem-intro = { $operator ->
    [payment-provider] Als je een probleem meldt, zetten we je betaling in de pauzestand terwijl je contact opneemt met de verkoper om een oplossing te vinden. Zo worden er in de tussentijd geen herinneringskosten in rekening gebracht.
   *[merchant] Vertel ons wat er mis is gegaan met je bestelling. Onze klantenservice zoekt het uit en neemt contact met je op.
}
field-purchase-issue-label = Wat is het probleem?
field-purchase-issue-option-not-received = Ik heb mijn bestelling niet ontvangen
field-purchase-issue-option-wrong-item = Ik heb een verkeerd of kapot product ontvangen
field-purchase-issue-option-return-not-confirmed = { $operator ->
    [payment-provider] De verkoper heeft mijn retour niet bevestigd
   *[merchant] Mijn retour of terugbetaling is niet verwerkt
}
error-purchase-issue-required = Kies wat het probleem is
field-seller-label = Verkoper
error-seller-required = Vul de naam in van de webwinkel waar je hebt gekocht
error-seller-too-long = De verkoper mag maximaal { $max } tekens lang zijn
field-return-tracking-label = Trackingnummer van je retourzending
field-return-tracking-hint = Dit staat op het bewijs dat je kreeg toen je het pakket terugstuurde.
error-return-tracking-required = Vul het trackingnummer van je retourzending in
error-return-tracking-too-short = Het trackingnummer moet minimaal { $min } tekens lang zijn
error-return-tracking-too-long = Het trackingnummer mag maximaal { $max } tekens lang zijn
error-return-tracking-format = Het trackingnummer mag alleen letters, cijfers, spaties en - _ / . # bevatten
field-problem-description-label = Beschrijf het probleem
error-problem-description-required = Beschrijf het probleem
error-problem-description-too-long = De beschrijving mag maximaal { $max } tekens lang zijn

## Contactgegevens

field-name-label = Volledige naam
error-name-required = Vul je volledige naam in
error-name-too-long = Je naam mag maximaal { $max } tekens lang zijn
field-email-label = E-mailadres
field-email-hint = We gebruiken dit alleen om je te antwoorden.
error-email-required = Vul je e-mailadres in
error-email-format = Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl
field-phone-label = Telefoonnummer
field-phone-hint = Met landcode, bijvoorbeeld +31 20 123 4567.
error-phone-format = Vul een telefoonnummer in met landcode, zoals +31 20 123 4567

## Privacy

step-privacy-title = Zo gaan we om met je gegevens
privacy-text = We gebruiken de gegevens die je ons geeft alleen om je bericht te behandelen en om contact met je op te nemen. We gaan er uiterst zorgvuldig mee om en delen ze niet met derden voor reclame of marketing.
link-new-tab = (opent in een nieuw tabblad)
privacy-link = Lees onze privacyverklaring
privacy-send-hint = Als je op Versturen klikt, gaat je bericht naar onze klantenservice.

## Bevestiging

step-confirmation-title = { $kind ->
    [feedback] Bedankt voor je feedback
    [escalation] Je verzoek om een nieuwe beoordeling is verstuurd
    [purchase_problem] Je probleem is gemeld
   *[complaint] Je klacht is verstuurd
}
confirmation-reference = Je referentie
confirmation-next-title = Wat gebeurt er nu
confirmation-next-feedback = Het team dat verantwoordelijk is voor de service of het product bekijkt je feedback. Als je om een reactie hebt gevraagd, mailen we je.
confirmation-next-complaint = De klantenservice neemt je klacht in behandeling. { $days ->
    [0] We reageren op je klacht en laten je weten wat de volgende stappen zijn.
   *[other] We streven ernaar om die binnen { $time } af te handelen. Duurt het langer, dan laten we je weten waarom en wat onze vervolgstappen zijn.
}
confirmation-next-escalation = { $escalation ->
    [ombudsman] { $days ->
        [0] { $name } beoordeelt je zaak onpartijdig en stuurt je een definitieve beslissing.
       *[other] { $name } beoordeelt je zaak onpartijdig en stuurt je binnen { $time } een definitieve beslissing.
    }
   *[manager] { $days ->
        [0] { $name } bekijkt je zaak opnieuw en geeft je een antwoord.
       *[other] { $name } bekijkt je zaak opnieuw en geeft je binnen { $time } een antwoord.
    }
}
confirmation-next-purchase_problem = { $operator ->
    [payment-provider] Je betaling staat in de pauzestand terwijl je contact opneemt met de verkoper om een oplossing te vinden. Bewaar je bonnen en trackingnummers: we kunnen erom vragen.
   *[merchant] Onze klantenservice zoekt het probleem uit en neemt contact met je op. Bewaar je bonnen en trackingnummers: we kunnen erom vragen.
}
confirmation-bodies-title = Als je nog steeds ontevreden bent
confirmation-bodies-intro = Als je niet tevreden bent over de manier waarop je zaak is behandeld, kun je terecht bij:

## Geschilleninstanties

body-arn = Het Zweedse Nationale bureau voor consumentengeschillen (ARN)
body-konsumenternas = Konsumenternas Bank- och Finansbyrå (gratis advies)
body-municipal-adviser = De consumentenadviseur van je gemeente
body-general-courts = De algemene rechter
body-forbrukerradet = Forbrukerrådet (de Noorse consumentenraad)
body-forbrukertvistutvalget = Forbrukertvistutvalget (de Noorse geschillencommissie)
body-forliksradet = Forliksrådet (de Noorse verzoeningsraad)
body-kifid = Kifid (Klachteninstituut Financiële Dienstverlening)
body-civil-court = De burgerlijke rechter
body-bundesbank = De geschillencommissie van de Deutsche Bundesbank
body-forbrugerklagenaevnet = Forbrugerklagenævnet (de Deense geschillencommissie voor consumenten)
body-kuluttajariitalautakunta = Kuluttajariitalautakunta (de Finse geschillencommissie voor consumenten)
body-hallakonsument = Hallå konsument (gratis advies van de Zweedse consumentenautoriteit)
body-forbrukertilsynet = Forbrukertilsynet (de Noorse consumentenautoriteit: bemiddeling, daarna Forbrukerklageutvalget)
body-geschillencommissie = De Geschillencommissie (voor winkels die erbij zijn aangesloten)
body-consuwijzer = ACM ConsuWijzer (gratis advies over je rechten)
body-universalschlichtungsstelle = Universalschlichtungsstelle des Bundes (de Duitse algemene geschillencommissie, als de winkel meedoet)
body-verbraucherzentrale = Verbraucherzentrale (de Duitse consumentenadviescentra)
body-forbrug = Forbrug.dk (advies van de Deense mededingings- en consumentenautoriteit)
body-kuluttajaneuvonta = Kuluttajaneuvonta (Fins consumentenadvies: neem hier eerst contact mee op)
body-mediateur-consommation = De consumentenbemiddelaar van de winkel (vermeld in de algemene voorwaarden)
body-conciliateur = Een conciliateur de justice (gratis bemiddeling in Frankrijk)

## Waar de klant is

# Boven de kop van elke stap; de bevestiging heeft er geen.
step-progress = Stap { $step } van { $total }
# Voorgelezen wanneer een stap opent.
status-step-progress = { $title } (stap { $step } van { $total })

# Files (photos, receipts)
field-attachments-label = Foto’s of documenten
field-attachments-hint = Bijvoorbeeld een foto van het artikel of de bon. Maximaal { $max } bestanden van elk maximaal { $mb } MB: JPEG, PNG, WebP, HEIC of PDF.
error-attachments-too-many = Kies niet meer dan { $max } bestanden
error-attachments-too-large = { $name } is groter dan { $mb } MB: kies een kleiner bestand
error-attachments-type = { $name } is geen JPEG-, PNG-, WebP-, HEIC- of PDF-bestand: kies een foto of een pdf
error-attachments-empty = { $name } is leeg: kies een ander bestand
attachments-remove = { $name } verwijderen
attachments-size = { $kb } kB
attachments-choose-again = Kies deze bestanden opnieuw, ze konden niet bewaard worden: { $names }
