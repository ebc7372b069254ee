## complaint-widget: Deutsch. Alle Texte, die das Widget anzeigt.

## Gemeinsame Bausteine

# Der Markenname; Händler legen ihn mit der Option `brand` fest.
-brand = Kundenservice
widget-label = { -brand }: Feedback und Beschwerden

label-optional = (optional)
error-prefix = Fehler:
error-rejected = Der Dienst konnte diese Antwort nicht annehmen. Prüfe sie und versuche es noch einmal.
error-custom-required = Beantworte „{ $label }“
error-custom-choose = Wähle eine Antwort für „{ $label }“
error-custom-tick = Kreuze „{ $label }“ an, um fortzufahren
error-custom-date = Gib für „{ $label }“ ein gültiges Datum ein
error-custom-too-long = „{ $label }“ darf höchstens { $max } Zeichen lang sein
error-summary-title = Es gibt ein Problem
button-continue = Weiter
button-close = Schließen
button-back = Zurück
button-send = Senden
button-sending = Wird gesendet…
button-retry = Erneut versuchen
launcher-loading = Das Formular wird geladen…
launcher-failed = Das Formular konnte nicht geladen werden.
button-start-again = Etwas anderes senden
count-remaining = { $count ->
    [one] Du hast noch { $count } Zeichen übrig
   *[other] Du hast noch { $count } Zeichen übrig
}
count-over = { $count ->
    [one] Du hast { $count } Zeichen zu viel
   *[other] Du hast { $count } Zeichen zu viel
}
status-step = { $title }
status-sent = Gesendet. Deine Vorgangsnummer lautet { $reference }.
send-failed = Wir konnten deine Nachricht nicht senden. Deine Eingaben sind nicht verloren gegangen. Prüfe deine Internetverbindung und versuche es noch einmal.
send-unconfirmed = Wir konnten nicht bestätigen, dass deine Nachricht angekommen ist. Deine Eingaben sind nicht verloren gegangen. Wähle „Erneut versuchen“: Die Nachricht wird nicht doppelt gesendet.
send-queued = Du bist offline. Deine Nachricht ist gespeichert und wird gesendet, sobald du wieder online bist.
send-refused = Der Shop konnte deine Nachricht gerade nicht annehmen. Deine Eingaben sind nicht verloren gegangen. Versuche es später noch einmal oder kontaktiere den Kundenservice auf einem anderen Weg.
send-unavailable = Mit diesem Formular können im Moment keine Nachrichten gesendet werden. Deine Eingaben sind nicht verloren gegangen. Bitte kontaktiere den Kundenservice auf einem anderen Weg.
form-unavailable = Dieses Formular ist im Moment nicht verfügbar. Bitte versuche es später noch einmal oder kontaktiere den Kundenservice auf einem anderen Weg.
button-copy-reference = Vorgangsnummer kopieren
button-print = Diese Seite drucken
status-reference-copied = Vorgangsnummer kopiert.
status-reference-selected = Vorgangsnummer markiert: Drücke Strg+C (⌘C auf dem Mac), um sie zu kopieren.
contact-title = Wie können wir dich erreichen?
# Wird nur nach „innerhalb von“ eingesetzt, daher Dativ Plural (Werktagen, Tagen).
days = { $working ->
    [yes] { $days ->
        [one] { $days } Werktag
       *[other] { $days } Werktagen
    }
   *[no] { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    }
}

## Schritt 1: Auswahl

step-choose-title = Was möchtest du tun?
step-choose-intro = Alle haben Anspruch auf guten Service und können eine Lösung erwarten, wenn etwas schiefgelaufen ist.
choose-feedback = Feedback geben
choose-feedback-hint = Sag uns, was du von unserem Service oder unseren Produkten hältst.
choose-complaint = Beschwerde einreichen
choose-complaint-hint = Du bist mit unserem Service unzufrieden und möchtest, dass wir das in Ordnung bringen.
choose-purchase-problem = { $operator ->
    [payment-provider] Problem mit einem Kauf melden
   *[merchant] Problem mit einer Bestellung melden
}
choose-purchase-problem-hint = { $operator ->
    [payment-provider] Du hast die Ware nicht erhalten, es ist der falsche oder ein defekter Artikel, oder der Händler hat deine Rücksendung nicht bestätigt.
   *[merchant] Du hast die Ware nicht erhalten, es ist der falsche oder ein defekter Artikel, oder deine Rücksendung oder Erstattung wurde nicht bearbeitet.
}

## Feedback

step-feedback-title = Feedback geben
step-feedback-intro = Deine Meinung ist uns wichtig, denn wir möchten unseren Service ständig verbessern. Dein Feedback geht an das Team, das für den jeweiligen Service oder das Produkt zuständig ist.
field-feedback-topic-label = Worum geht es in deinem Feedback?
field-feedback-topic-option-service = Unser Kundenservice
field-feedback-topic-option-app = Die App oder Website
field-feedback-topic-option-payment = Das Bezahlen über uns
field-feedback-topic-option-other = Etwas anderes
field-feedback-message-label = Dein Feedback
field-reply-wanted-label = Ich möchte eine Antwort erhalten
error-feedback-topic-required = Wähle aus, worum es in deinem Feedback geht
error-feedback-message-required = Gib dein Feedback ein
error-feedback-message-too-long = Dein Feedback darf höchstens { $max } Zeichen lang sein

## Beschwerde und Vorabfrage

step-complaint-title = Beschwerde einreichen
step-complaint-intro = Wenn du mit unserem Service unzufrieden bist, möchten wir davon erfahren und eine Lösung finden.
field-contacted-before-label = Hast du wegen dieses Anliegens schon einmal unseren Kundenservice kontaktiert?
field-contacted-before-hint = { $escalation ->
    [none] Wenn der Kundenservice dein Anliegen schon bearbeitet hat und du weiterhin unzufrieden bist, zeigen wir dir, an wen du dich wenden kannst.
   *[other] { $name } kann nur Fälle prüfen, die der Kundenservice bereits bearbeitet hat.
}
field-contacted-before-option-yes = Ja
field-contacted-before-option-no = Nein, ich melde mich zum ersten Mal deswegen
error-contacted-before-required = Wähle „Ja“, wenn du den Kundenservice deswegen schon einmal kontaktiert hast
complaint-first-contact-intro = Unser Kundenservice bearbeitet deine Beschwerde. { $days ->
    [0] Wir antworten dir und sagen dir, wie es weitergeht.
   *[other] Wir möchten Beschwerden innerhalb von { $time } lösen. Dauert es länger, sagen wir dir, warum und wie es weitergeht.
}
complaint-escalation-intro = { $escalation ->
    [ombudsman] { $days ->
        [0] { $name } prüft deinen Fall unparteiisch. Beschreibe deine bisherigen Kontakte mit uns so genau wie möglich.
       *[other] { $name } prüft deinen Fall unparteiisch. Beschreibe deine bisherigen Kontakte mit uns so genau wie möglich. Du erhältst innerhalb von { $time } nach dem Absenden dieser Anfrage eine abschließende Entscheidung.
    }
   *[manager] { $days ->
        [0] { $name } sieht sich deinen Fall noch einmal an. Beschreibe deine bisherigen Kontakte mit uns so genau wie möglich.
       *[other] { $name } sieht sich deinen Fall noch einmal an. Beschreibe deine bisherigen Kontakte mit uns so genau wie möglich. Du erhältst innerhalb von { $time } nach dem Absenden dieser Anfrage eine Antwort.
    }
}
# The gate's yes where there is no review after customer service (the
# `escalation` option is false, or a shop names none): shown above the
# dispute bodies, in place of a form.
complaint-elsewhere-intro = Wenn der Kundenservice deine Beschwerde schon bearbeitet hat und du weiterhin unzufrieden bist, kannst du dich an eine unabhängige Schlichtungsstelle oder an ein Gericht wenden. Wende dich direkt an sie: Dieses Formular leitet deine Beschwerde nicht an sie weiter.
# Who reviews after customer service, when the `escalation` option names
# nobody; used at the start of a sentence.
escalation-name = { $escalation ->
    [ombudsman] Unsere Ombudsstelle für Verbraucher
   *[manager] Unser Beschwerdemanagement
}
field-complaint-category-label = Worum geht es in deiner Beschwerde?
field-complaint-category-option-payment = Eine Zahlung
field-complaint-category-option-refund = Eine Erstattung
field-complaint-category-option-invoice = Eine Rechnung oder Zahlungserinnerung
field-complaint-category-option-service = Wie wir dich behandelt haben
field-complaint-category-option-other = Etwas anderes
error-complaint-category-required = Wähle aus, worum es in deiner Beschwerde geht
field-order-reference-label = Bestellnummer oder Zahlungsreferenz
field-order-reference-hint = Du findest sie in der Bestellbestätigung, die du per E-Mail bekommen hast, zum Beispiel ORD-2024-1234.
error-order-reference-required = Gib deine Bestellnummer ein
error-order-reference-too-short = Die Bestellnummer muss mindestens { $min } Zeichen lang sein
error-order-reference-too-long = Die Bestellnummer darf höchstens { $max } Zeichen lang sein
error-order-reference-format = Die Bestellnummer darf nur Buchstaben, Ziffern, Leerzeichen und - _ / . # enthalten
field-what-went-wrong-label = Was ist schiefgelaufen?
error-what-went-wrong-required = Beschreibe, was schiefgelaufen ist
error-what-went-wrong-too-long = Deine Beschreibung, was schiefgelaufen ist, darf höchstens { $max } Zeichen lang sein
field-wanted-outcome-label = Was sollen wir tun, um das in Ordnung zu bringen?
error-wanted-outcome-required = Gib an, was wir tun sollen
error-wanted-outcome-too-long = Deine Antwort, was wir tun sollen, darf höchstens { $max } Zeichen lang sein
field-previous-case-reference-label = Deine bisherige Vorgangsnummer
field-previous-case-reference-hint = Die Vorgangsnummer, die du vom Kundenservice bekommen hast, zum Beispiel CS-482913.
error-previous-case-reference-required = Gib die Vorgangsnummer ein, die du vom Kundenservice bekommen hast
error-previous-case-reference-too-short = Die Vorgangsnummer muss mindestens { $min } Zeichen lang sein
error-previous-case-reference-too-long = Die Vorgangsnummer darf höchstens { $max } Zeichen lang sein
error-previous-case-reference-format = Die Vorgangsnummer darf nur Buchstaben, Ziffern, Leerzeichen und - _ / . # enthalten
field-earlier-contacts-label = Was ist bei deinen bisherigen Kontakten mit uns passiert?
field-earlier-contacts-hint = Gib an, wann und wie du uns kontaktiert hast und was man dir gesagt hat.
error-earlier-contacts-required = Beschreibe, was bei deinen bisherigen Kontakten mit uns passiert ist
error-earlier-contacts-too-long = Die Beschreibung deiner bisherigen Kontakte darf höchstens { $max } Zeichen lang sein
field-why-dissatisfied-label = Warum bist du immer noch unzufrieden?
error-why-dissatisfied-required = Gib an, warum du immer noch unzufrieden bist
error-why-dissatisfied-too-long = Deine Begründung, warum du unzufrieden bist, darf höchstens { $max } Zeichen lang sein
field-wanted-resolution-label = Wie soll das Problem gelöst werden?
error-wanted-resolution-required = Gib an, wie das Problem gelöst werden soll
error-wanted-resolution-too-long = Deine Antwort, wie das Problem gelöst werden soll, darf höchstens { $max } Zeichen lang sein

## Problem mit einem Kauf

step-purchase-problem-title = { $operator ->
    [payment-provider] Problem mit einem Kauf melden
   *[merchant] Problem mit einer Bestellung melden
}
step-purchase-problem-intro = { $operator ->
    [payment-provider] Wenn du ein Problem meldest, pausieren wir deine Zahlung, während du mit dem Händler eine Lösung suchst. So fallen in der Zwischenzeit keine Mahngebühren an.
   *[merchant] Sag uns, was mit deiner Bestellung schiefgelaufen ist. Unser Kundenservice kümmert sich darum und meldet sich bei dir.
}
field-purchase-issue-label = Was ist das Problem?
field-purchase-issue-option-not-received = Ich habe meine Bestellung nicht erhalten
field-purchase-issue-option-wrong-item = Ich habe einen falschen oder defekten Artikel erhalten
field-purchase-issue-option-return-not-confirmed = { $operator ->
    [payment-provider] Der Händler hat meine Rücksendung nicht bestätigt
   *[merchant] Meine Rücksendung oder Erstattung wurde nicht bearbeitet
}
error-purchase-issue-required = Wähle aus, was das Problem ist
field-seller-label = Händler
error-seller-required = Gib den Namen des Shops ein, in dem du gekauft hast
error-seller-too-long = Der Name des Händlers darf höchstens { $max } Zeichen lang sein
field-return-tracking-label = Sendungsnummer der Rücksendung
field-return-tracking-hint = Sie steht auf dem Beleg, den du beim Zurückschicken des Pakets bekommen hast.
error-return-tracking-required = Gib die Sendungsnummer deiner Rücksendung ein
error-return-tracking-too-short = Die Sendungsnummer muss mindestens { $min } Zeichen lang sein
error-return-tracking-too-long = Die Sendungsnummer darf höchstens { $max } Zeichen lang sein
error-return-tracking-format = Die Sendungsnummer darf nur Buchstaben, Ziffern, Leerzeichen und - _ / . # enthalten
field-problem-description-label = Beschreibe das Problem
error-problem-description-required = Beschreibe das Problem
error-problem-description-too-long = Die Beschreibung darf höchstens { $max } Zeichen lang sein

## Kontaktdaten

field-name-label = Vollständiger Name
error-name-required = Gib deinen vollständigen Namen ein
error-name-too-long = Dein vollständiger Name darf höchstens { $max } Zeichen lang sein
field-email-label = E-Mail-Adresse
field-email-hint = Wir verwenden sie nur, um dir zu antworten.
error-email-required = Gib deine E-Mail-Adresse ein
error-email-format = Gib eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@example.com
field-phone-label = Telefonnummer
field-phone-hint = Mit Ländervorwahl, zum Beispiel +49 30 1234567.
error-phone-format = Gib eine Telefonnummer mit Ländervorwahl ein, zum Beispiel +49 30 1234567

## Datenschutzhinweis

step-privacy-title = So gehen wir mit deinen Daten um
privacy-text = Wir verwenden deine Angaben nur, um deine Nachricht zu bearbeiten und dich dazu zu kontaktieren. Wir behandeln sie mit größter Sorgfalt und geben sie nicht zu Werbe- oder Marketingzwecken an Dritte weiter.
link-new-tab = (öffnet in neuem Tab)
privacy-link = Unsere Datenschutzerklärung lesen
privacy-send-hint = Wenn du „Senden“ wählst, geht deine Nachricht an unser Kundenservice-Team.

## Bestätigung

step-confirmation-title = { $kind ->
    [feedback] Danke für dein Feedback
    [escalation] Deine Anfrage auf erneute Prüfung wurde gesendet
    [purchase_problem] Dein Problem wurde gemeldet
   *[complaint] Deine Beschwerde wurde gesendet
}
confirmation-reference = Deine Vorgangsnummer
confirmation-next-title = So geht es weiter
confirmation-next-feedback = Das Team, das für den Service oder das Produkt zuständig ist, sieht sich dein Feedback an. Wenn du um eine Antwort gebeten hast, schreiben wir dir eine E-Mail.
confirmation-next-complaint = Der Kundenservice bearbeitet deine Beschwerde. { $days ->
    [0] Wir antworten dir und sagen dir, wie es weitergeht.
   *[other] Wir möchten sie innerhalb von { $time } lösen. Dauert es länger, sagen wir dir, warum und wie es weitergeht.
}
confirmation-next-escalation = { $escalation ->
    [ombudsman] { $days ->
        [0] { $name } prüft deinen Fall unparteiisch und schickt dir eine abschließende Entscheidung.
       *[other] { $name } prüft deinen Fall unparteiisch und schickt dir innerhalb von { $time } eine abschließende Entscheidung.
    }
   *[manager] { $days ->
        [0] { $name } sieht sich deinen Fall noch einmal an und antwortet dir.
       *[other] { $name } sieht sich deinen Fall noch einmal an und antwortet dir innerhalb von { $time }.
    }
}
confirmation-next-purchase_problem = { $operator ->
    [payment-provider] Deine Zahlung ist pausiert, während du mit dem Händler eine Lösung suchst. Bewahre deine Belege und Sendungsnummern auf: Wir könnten danach fragen.
   *[merchant] Unser Kundenservice kümmert sich um das Problem und meldet sich bei dir. Bewahre deine Belege und Sendungsnummern auf: Wir könnten danach fragen.
}
confirmation-bodies-title = Wenn du immer noch nicht zufrieden bist
confirmation-bodies-intro = Wenn du nicht zufrieden damit bist, wie wir deinen Fall bearbeitet haben, kannst du dich an folgende Stellen wenden:

## Streitbeilegungsstellen (Namen so, wie die Stellen sie selbst verwenden)

body-arn = Allmänna reklamationsnämnden (ARN, der schwedische Ausschuss für Verbraucherstreitigkeiten)
body-konsumenternas = Konsumenternas Bank- och Finansbyrå (kostenlose Beratung)
body-municipal-adviser = Die Verbraucherberatung deiner Gemeinde
body-general-courts = Die ordentlichen Gerichte
body-forbrukerradet = Forbrukerrådet (der norwegische Verbraucherrat)
body-forbrukertvistutvalget = Forbrukertvistutvalget (der norwegische Ausschuss für Verbraucherstreitigkeiten)
body-forliksradet = Forliksrådet (der norwegische Schlichtungsrat)
body-kifid = Kifid (das niederländische Beschwerdeinstitut für Finanzdienstleistungen)
body-civil-court = Das Zivilgericht
body-bundesbank = Die Schlichtungsstelle bei der Deutschen Bundesbank
body-forbrugerklagenaevnet = Forbrugerklagenævnet (der dänische Verbraucherbeschwerdeausschuss)
body-kuluttajariitalautakunta = Kuluttajariitalautakunta (der finnische Ausschuss für Verbraucherstreitigkeiten)
body-hallakonsument = Hallå konsument (kostenlose Beratung der schwedischen Verbraucherbehörde)
body-forbrukertilsynet = Forbrukertilsynet (die norwegische Verbraucherbehörde: Schlichtung, dann Forbrukerklageutvalget)
body-geschillencommissie = De Geschillencommissie (die niederländischen Schlichtungsstellen, für angeschlossene Shops)
body-consuwijzer = ACM ConsuWijzer (kostenlose Beratung zu deinen Rechten in den Niederlanden)
body-universalschlichtungsstelle = Die Universalschlichtungsstelle des Bundes (wenn der Shop teilnimmt)
body-verbraucherzentrale = Die Verbraucherzentrale (Beratung für Verbraucherinnen und Verbraucher)
body-forbrug = Forbrug.dk (Beratung der dänischen Wettbewerbs- und Verbraucherbehörde)
body-kuluttajaneuvonta = Kuluttajaneuvonta (die finnische Verbraucherberatung, vor dem Ausschuss für Verbraucherstreitigkeiten zu kontaktieren)
body-mediateur-consommation = Der Verbraucherschlichter des Shops (in seinen Verkaufsbedingungen genannt)
body-conciliateur = Ein conciliateur de justice (kostenlose Schlichtung in Frankreich)

## Wo die Kundin oder der Kunde steht

# Über der Überschrift jedes Schritts; die Bestätigung hat keine.
step-progress = Schritt { $step } von { $total }
# Wird vorgelesen, wenn ein Schritt öffnet.
status-step-progress = { $title } (Schritt { $step } von { $total })

# Files (photos, receipts)
field-attachments-label = Fotos oder Dokumente
field-attachments-hint = Zum Beispiel ein Foto des Artikels oder der Beleg. Bis zu { $max } Dateien mit je höchstens { $mb } MB: JPEG, PNG, WebP, HEIC oder PDF.
error-attachments-too-many = Wähle höchstens { $max } Dateien
error-attachments-too-large = { $name } ist größer als { $mb } MB: Wähle eine kleinere Datei
error-attachments-type = { $name } ist keine JPEG-, PNG-, WebP-, HEIC- oder PDF-Datei: Wähle ein Foto oder ein PDF
error-attachments-empty = { $name } ist leer: Wähle eine andere Datei
attachments-remove = { $name } entfernen
attachments-size = { $kb } KB
attachments-choose-again = Wähle diese Dateien noch einmal, sie konnten nicht behalten werden: { $names }
