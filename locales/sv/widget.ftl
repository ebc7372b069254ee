## complaint-widget: svenska. Alla texter som widgeten visar.

## Gemensamma delar

# Varumärkesnamnet; handlare anger det med alternativet `brand`.
-brand = Kundservice
widget-label = { -brand }: feedback och klagomål

label-optional = (valfritt)
error-prefix = Fel:
error-rejected = Tjänsten kunde inte ta emot det här svaret. Kontrollera det och försök igen.
error-custom-required = Svara på ”{ $label }”
error-custom-choose = Välj ett svar för ”{ $label }”
error-custom-tick = Kryssa i ”{ $label }” för att fortsätta
error-custom-date = Ange ett giltigt datum för ”{ $label }”
error-custom-too-long = ”{ $label }” får vara högst { $max } tecken
error-summary-title = Det finns ett problem
button-continue = Fortsätt
button-close = Stäng
button-back = Tillbaka
button-send = Skicka
button-sending = Skickar…
button-retry = Försök igen
launcher-loading = Formuläret laddas…
launcher-failed = Formuläret kunde inte laddas.
button-start-again = Skicka något annat
count-remaining = { $count ->
    [one] Du har { $count } tecken kvar
   *[other] Du har { $count } tecken kvar
}
count-over = { $count ->
    [one] Du har { $count } tecken för mycket
   *[other] Du har { $count } tecken för mycket
}
status-step = { $title }
status-sent = Skickat. Ditt referensnummer är { $reference }.
send-failed = Vi kunde inte skicka ditt meddelande. Inget av det du har skrivit har gått förlorat. Kontrollera din internetanslutning och försök igen.
send-unconfirmed = Vi kunde inte bekräfta att ditt meddelande kom fram. Inget av det du har skrivit har gått förlorat. Välj Försök igen: meddelandet skickas inte två gånger.
send-queued = Du är offline. Ditt meddelande är sparat och skickas så snart du är online igen.
send-refused = Butiken kunde inte ta emot ditt meddelande just nu. Inget av det du har skrivit har gått förlorat. Försök igen senare eller kontakta kundservice på något annat sätt.
send-unavailable = Det går inte att skicka meddelanden med formuläret just nu. Inget av det du har skrivit har gått förlorat. Kontakta kundservice på något annat sätt.
form-unavailable = Formuläret är inte tillgängligt just nu. Försök igen senare eller kontakta kundservice på något annat sätt.
button-copy-reference = Kopiera referensnumret
button-print = Skriv ut sidan
status-reference-copied = Referensnumret är kopierat.
status-reference-selected = Referensnumret är markerat: tryck Ctrl+C (⌘C på en Mac) för att kopiera det.
contact-title = Hur kan vi nå dig?
days = { $working ->
    [yes] { $days ->
        [one] { $days } arbetsdag
       *[other] { $days } arbetsdagar
    }
   *[no] { $days ->
        [one] { $days } dag
       *[other] { $days } dagar
    }
}

## Steg 1: välj

step-choose-title = Vad vill du göra?
step-choose-intro = Alla har rätt till god service och kan förvänta sig en lösning om något har gått fel.
choose-feedback = Lämna feedback
choose-feedback-hint = Berätta vad du tycker om vår service eller våra produkter.
choose-complaint = Skicka in ett klagomål
choose-complaint-hint = Du är missnöjd med vår service och vill att vi rättar till det.
choose-purchase-problem = { $operator ->
    [payment-provider] Anmäl ett problem med ett köp
   *[merchant] Anmäl ett problem med en beställning
}
choose-purchase-problem-hint = { $operator ->
    [payment-provider] Du har inte fått din beställning, du har fått fel vara eller en defekt vara, eller säljaren har inte bekräftat din retur.
   *[merchant] Du har inte fått den, du har fått fel vara eller en defekt vara, eller din retur eller återbetalning har inte hanterats.
}

## Feedback

step-feedback-title = Lämna feedback
step-feedback-intro = Vi värdesätter din åsikt eftersom vi alltid strävar efter att utveckla vår service. Din feedback går till det team som ansvarar för tjänsten eller produkten.
field-feedback-topic-label = Vad gäller din feedback?
field-feedback-topic-option-service = Vår kundservice
field-feedback-topic-option-app = Appen eller webbplatsen
field-feedback-topic-option-payment = Betalning via oss
field-feedback-topic-option-other = Något annat
field-feedback-message-label = Din feedback
field-reply-wanted-label = Jag vill ha svar
error-feedback-topic-required = Välj vad din feedback gäller
error-feedback-message-required = Skriv din feedback
error-feedback-message-too-long = Din feedback får vara högst { $max } tecken

## Klagomål och kontrollfrågan

step-complaint-title = Skicka in ett klagomål
step-complaint-intro = Om du är missnöjd med vår service vill vi veta det och hitta en lösning.
field-contacted-before-label = Har du varit i kontakt med vår kundservice om det här ärendet tidigare?
field-contacted-before-hint = { $escalation ->
    [none] Om kundservice redan har hanterat ärendet och du fortfarande inte är nöjd visar vi var du kan vända dig.
   *[other] { $name } kan bara granska ärenden som kundservice redan har hanterat.
}
field-contacted-before-option-yes = Ja
field-contacted-before-option-no = Nej, det här är första gången jag hör av mig om det
error-contacted-before-required = Välj ja om du har kontaktat kundservice om det här tidigare
complaint-first-contact-intro = Vår kundservice hanterar ditt klagomål. { $days ->
    [0] Vi svarar dig och berättar vad som händer härnäst.
   *[other] Vi strävar efter att lösa klagomål inom { $time }. Om det tar längre tid berättar vi varför och vad vi gör härnäst.
}
complaint-escalation-intro = { $escalation ->
    [ombudsman] { $days ->
        [0] { $name } gör en ny, opartisk bedömning av ditt ärende. Ge så mycket information som möjligt om dina tidigare kontakter med oss.
       *[other] { $name } gör en ny, opartisk bedömning av ditt ärende. Ge så mycket information som möjligt om dina tidigare kontakter med oss. Du får ett slutligt beslut inom { $time } från det att du skickar in din begäran.
    }
   *[manager] { $days ->
        [0] { $name } går igenom ditt ärende en gång till. Ge så mycket information som möjligt om dina tidigare kontakter med oss.
       *[other] { $name } går igenom ditt ärende en gång till. Ge så mycket information som möjligt om dina tidigare kontakter med oss. Du får ett svar inom { $time } från det att du skickar in din begäran.
    }
}
# The gate's yes where there is no review after customer service (the
# `escalation` option is false, or a shop names none): shown above the
# dispute bodies, in place of a form.
complaint-elsewhere-intro = Om kundservice redan har hanterat ditt klagomål och du fortfarande inte är nöjd kan du vända dig till en oberoende tvistlösningsnämnd eller till domstol. Kontakta dem direkt: formuläret skickar inte ditt klagomål till dem.
# Who reviews after customer service, when the `escalation` option names
# nobody; used at the start of a sentence.
escalation-name = { $escalation ->
    [ombudsman] Vårt kundombud
   *[manager] Vår klagomålsansvarige
}
field-complaint-category-label = Vad gäller ditt klagomål?
field-complaint-category-option-payment = En betalning
field-complaint-category-option-refund = En återbetalning
field-complaint-category-option-invoice = En faktura eller påminnelse
field-complaint-category-option-service = Hur vi har bemött dig
field-complaint-category-option-other = Något annat
error-complaint-category-required = Välj vad ditt klagomål gäller
field-order-reference-label = Order- eller betalningsreferens
field-order-reference-hint = Du hittar den i mejlet med din orderbekräftelse, till exempel ORD-2024-1234.
error-order-reference-required = Ange din orderreferens
error-order-reference-too-short = Orderreferensen måste vara minst { $min } tecken
error-order-reference-too-long = Orderreferensen får vara högst { $max } tecken
error-order-reference-format = Orderreferensen får bara innehålla bokstäver, siffror, mellanslag och - _ / . #
field-what-went-wrong-label = Vad gick fel?
error-what-went-wrong-required = Beskriv vad som gick fel
error-what-went-wrong-too-long = Beskrivningen av vad som gick fel får vara högst { $max } tecken
field-wanted-outcome-label = Vad vill du att vi gör för att rätta till det?
error-wanted-outcome-required = Beskriv vad du vill att vi gör
error-wanted-outcome-too-long = Beskrivningen av vad du vill att vi gör får vara högst { $max } tecken
field-previous-case-reference-label = Ditt tidigare ärendenummer
field-previous-case-reference-hint = Ärendenumret som du fick av kundservice, till exempel CS-482913.
error-previous-case-reference-required = Ange ärendenumret som du fick av kundservice
error-previous-case-reference-too-short = Ärendenumret måste vara minst { $min } tecken
error-previous-case-reference-too-long = Ärendenumret får vara högst { $max } tecken
error-previous-case-reference-format = Ärendenumret får bara innehålla bokstäver, siffror, mellanslag och - _ / . #
field-earlier-contacts-label = Vad hände när du var i kontakt med oss tidigare?
field-earlier-contacts-hint = Skriv när du kontaktade oss, hur du gjorde det och vilket besked du fick.
error-earlier-contacts-required = Beskriv vad som hände när du var i kontakt med oss tidigare
error-earlier-contacts-too-long = Beskrivningen av dina tidigare kontakter får vara högst { $max } tecken
field-why-dissatisfied-label = Varför är du fortfarande missnöjd?
error-why-dissatisfied-required = Beskriv varför du fortfarande är missnöjd
error-why-dissatisfied-too-long = Beskrivningen av varför du fortfarande är missnöjd får vara högst { $max } tecken
field-wanted-resolution-label = Hur vill du att ärendet ska lösas?
error-wanted-resolution-required = Beskriv hur du vill att ärendet ska lösas
error-wanted-resolution-too-long = Beskrivningen av hur du vill att ärendet ska lösas får vara högst { $max } tecken

## Problem med ett köp

step-purchase-problem-title = { $operator ->
    [payment-provider] Anmäl ett problem med ett köp
   *[merchant] Anmäl ett problem med en beställning
}
step-purchase-problem-intro = { $operator ->
    [payment-provider] När du anmäler ett problem pausar vi din betalning medan du kontaktar säljaren för att hitta en lösning. Då får du inga påminnelseavgifter under tiden.
   *[merchant] Berätta vad som gick fel med din beställning. Vår kundservice tittar på det och återkommer till dig.
}
field-purchase-issue-label = Vad är problemet?
field-purchase-issue-option-not-received = Jag har inte fått min beställning
field-purchase-issue-option-wrong-item = Jag har fått fel vara eller en defekt vara
field-purchase-issue-option-return-not-confirmed = { $operator ->
    [payment-provider] Säljaren har inte bekräftat min retur
   *[merchant] Min retur eller återbetalning har inte hanterats
}
error-purchase-issue-required = Välj vad problemet är
field-seller-label = Säljare
error-seller-required = Ange namnet på butiken där du handlade
error-seller-too-long = Säljarens namn får vara högst { $max } tecken
field-return-tracking-label = Spårningsnummer för returen
field-return-tracking-hint = Det står på kvittot som du fick när du skickade tillbaka paketet.
error-return-tracking-required = Ange spårningsnumret för din retur
error-return-tracking-too-short = Spårningsnumret måste vara minst { $min } tecken
error-return-tracking-too-long = Spårningsnumret får vara högst { $max } tecken
error-return-tracking-format = Spårningsnumret får bara innehålla bokstäver, siffror, mellanslag och - _ / . #
field-problem-description-label = Beskriv problemet
error-problem-description-required = Beskriv problemet
error-problem-description-too-long = Beskrivningen får vara högst { $max } tecken

## Kontaktuppgifter

field-name-label = För- och efternamn
error-name-required = Ange ditt för- och efternamn
error-name-too-long = Ditt namn får vara högst { $max } tecken
field-email-label = E-postadress
field-email-hint = Vi använder den bara för att svara dig.
error-email-required = Ange din e-postadress
error-email-format = Ange en e-postadress i rätt format, till exempel namn@example.com
field-phone-label = Telefonnummer
field-phone-hint = Ta med landsnumret, till exempel +46 8 123 456 78.
error-phone-format = Ange ett telefonnummer med landsnummer, till exempel +46 8 123 456 78

## Integritet

step-privacy-title = Så hanterar vi dina uppgifter
privacy-text = Vi använder uppgifterna som du lämnar till oss bara för att hantera ditt meddelande och kontakta dig om det. Vi hanterar dem med största omsorg och lämnar inte ut dem till tredje part för reklam eller marknadsföring.
link-new-tab = (öppnas i en ny flik)
privacy-link = Läs vår integritetspolicy
privacy-send-hint = När du väljer Skicka går ditt meddelande till vår kundservice.

## Bekräftelse

step-confirmation-title = { $kind ->
    [feedback] Tack för din feedback
    [escalation] Din begäran om en ny bedömning har skickats
    [purchase_problem] Ditt problem har anmälts
   *[complaint] Ditt klagomål har skickats
}
confirmation-reference = Ditt referensnummer
confirmation-next-title = Vad händer nu
confirmation-next-feedback = Det team som ansvarar för tjänsten eller produkten tittar på din feedback. Om du bad om svar mejlar vi dig.
confirmation-next-complaint = Kundservice hanterar ditt klagomål. { $days ->
    [0] Vi svarar dig och berättar vad som händer härnäst.
   *[other] Vi strävar efter att lösa det inom { $time }. Om det tar längre tid berättar vi varför och vad vi gör härnäst.
}
confirmation-next-escalation = { $escalation ->
    [ombudsman] { $days ->
        [0] { $name } gör en opartisk bedömning av ditt ärende och skickar ett slutligt beslut till dig.
       *[other] { $name } gör en opartisk bedömning av ditt ärende och skickar ett slutligt beslut till dig inom { $time }.
    }
   *[manager] { $days ->
        [0] { $name } går igenom ditt ärende en gång till och svarar dig.
       *[other] { $name } går igenom ditt ärende en gång till och svarar dig inom { $time }.
    }
}
confirmation-next-purchase_problem = { $operator ->
    [payment-provider] Din betalning är pausad medan du kontaktar säljaren för att hitta en lösning. Spara dina kvitton och spårningsnummer, eftersom vi kan komma att be om dem.
   *[merchant] Vår kundservice tittar på problemet och återkommer till dig. Spara dina kvitton och spårningsnummer, eftersom vi kan komma att be om dem.
}
confirmation-bodies-title = Om du fortfarande inte är nöjd
confirmation-bodies-intro = Om du inte är nöjd med hur vi har hanterat ditt ärende kan du vända dig till:

## Tvistlösningsorgan (namnen som organen själva använder)

body-arn = Allmänna reklamationsnämnden (ARN)
body-konsumenternas = Konsumenternas Bank- och Finansbyrå (kostnadsfri rådgivning)
body-municipal-adviser = Konsumentvägledaren i din kommun
body-general-courts = Allmän domstol
body-forbrukerradet = Forbrukerrådet (Norges konsumentråd)
body-forbrukertvistutvalget = Forbrukertvistutvalget (norsk nämnd för konsumenttvister)
body-forliksradet = Forliksrådet (norsk förlikningsnämnd)
body-kifid = Kifid (nederländskt klagoinstitut för finansiella tjänster)
body-civil-court = Civil domstol
body-bundesbank = Schlichtungsstelle der Deutschen Bundesbank (tvistlösningsnämnden vid Tysklands centralbank)
body-forbrugerklagenaevnet = Forbrugerklagenævnet (dansk nämnd för konsumentklagomål)
body-kuluttajariitalautakunta = Kuluttajariitalautakunta (Konsumenttvistenämnden i Finland)
body-hallakonsument = Hallå konsument (kostnadsfri vägledning från Konsumentverket)
body-forbrukertilsynet = Forbrukertilsynet (Norges konsumentmyndighet: medling, sedan Forbrukerklageutvalget)
body-geschillencommissie = De Geschillencommissie (nederländska tvistlösningsnämnder, för butiker som är anslutna)
body-consuwijzer = ACM ConsuWijzer (kostnadsfri vägledning om dina rättigheter i Nederländerna)
body-universalschlichtungsstelle = Universalschlichtungsstelle des Bundes (Tysklands allmänna tvistlösningsorgan, om butiken deltar)
body-verbraucherzentrale = Verbraucherzentrale (tysk konsumentrådgivning)
body-forbrug = Forbrug.dk (vägledning från Danmarks konkurrens- och konsumentmyndighet)
body-kuluttajaneuvonta = Kuluttajaneuvonta (finsk konsumentrådgivning: kontakta den före Konsumenttvistenämnden)
body-mediateur-consommation = Butikens konsumentmedlare (anges i butikens försäljningsvillkor)
body-conciliateur = En conciliateur de justice (kostnadsfri förlikning i Frankrike)

## Var kunden är

# Ovanför varje stegs rubrik; bekräftelsen har ingen.
step-progress = Steg { $step } av { $total }
# Läses upp när ett steg öppnas.
status-step-progress = { $title } (steg { $step } av { $total })

# Files (photos, receipts)
field-attachments-label = Foton eller dokument
field-attachments-hint = Till exempel ett foto av varan eller kvittot. Upp till { $max } filer på högst { $mb } MB var: JPEG, PNG, WebP, HEIC eller PDF.
error-attachments-too-many = Välj högst { $max } filer
error-attachments-too-large = { $name } är större än { $mb } MB: välj en mindre fil
error-attachments-type = { $name } är inte en JPEG-, PNG-, WebP-, HEIC- eller PDF-fil: välj ett foto eller en PDF
error-attachments-empty = { $name } är tom: välj en annan fil
attachments-remove = Ta bort { $name }
attachments-size = { $kb } kB
attachments-choose-again = Välj de här filerna igen, de kunde inte sparas: { $names }
