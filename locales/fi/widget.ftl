## complaint-widget: suomi. Kaikki widgetin näyttämät tekstit.

## Yhteiset osat

# Brändin nimi; kaupat asettavat sen `brand`-asetuksella.
-brand = Asiakaspalvelu
widget-label = { -brand }: palaute ja valitukset

label-optional = (valinnainen)
error-prefix = Virhe:
error-rejected = Palvelu ei voinut hyväksyä tätä vastausta. Tarkista vastaus ja yritä uudelleen.
error-custom-required = Vastaa kohtaan ”{ $label }”
error-custom-choose = Valitse vastaus kohtaan ”{ $label }”
error-custom-tick = Valitse ”{ $label }” jatkaaksesi
error-custom-date = Anna kohtaan ”{ $label }” oikea päivämäärä
error-custom-too-long = Kohdassa ”{ $label }” voi olla enintään { $max } merkkiä
error-summary-title = Lomakkeessa on ongelma
button-continue = Jatka
button-close = Sulje
button-back = Takaisin
button-send = Lähetä
button-sending = Lähetetään…
button-retry = Yritä uudelleen
launcher-loading = Lomaketta ladataan…
launcher-failed = Lomaketta ei voitu ladata.
button-start-again = Lähetä uusi viesti
count-remaining = { $count ->
    [one] Sinulla on { $count } merkki jäljellä
   *[other] Sinulla on { $count } merkkiä jäljellä
}
count-over = { $count ->
    [one] Sinulla on { $count } merkki liikaa
   *[other] Sinulla on { $count } merkkiä liikaa
}
status-step = { $title }
status-sent = Lähetetty. Viitteesi on { $reference }.
send-failed = Viestiäsi ei voitu lähettää. Kirjoittamasi tiedot eivät ole kadonneet. Tarkista internetyhteytesi ja yritä uudelleen.
send-unconfirmed = Emme voineet varmistaa, että viestisi meni perille. Kirjoittamasi tiedot eivät ole kadonneet. Valitse Yritä uudelleen: viestiä ei lähetetä kahteen kertaan.
send-queued = Olet offline-tilassa. Viestisi on tallennettu, ja se lähetetään heti, kun olet taas verkossa.
send-refused = Kauppa ei voinut ottaa viestiäsi vastaan juuri nyt. Kirjoittamasi tiedot eivät ole kadonneet. Yritä myöhemmin uudelleen tai ota yhteyttä asiakaspalveluun muulla tavalla.
send-unavailable = Tällä lomakkeella ei voi juuri nyt lähettää viestejä. Kirjoittamasi tiedot eivät ole kadonneet. Ota yhteyttä asiakaspalveluun muulla tavalla.
form-unavailable = Lomake ei ole juuri nyt käytettävissä. Yritä myöhemmin uudelleen tai ota yhteyttä asiakaspalveluun muulla tavalla.
button-copy-reference = Kopioi viite
button-print = Tulosta sivu
status-reference-copied = Viite kopioitu.
status-reference-selected = Viite on valittu: kopioi se painamalla Ctrl+C (Macissa ⌘C).
contact-title = Miten voimme tavoittaa sinut?
days = { $working ->
    [yes] { $days ->
        [one] { $days } arkipäivä
       *[other] { $days } arkipäivää
    }
   *[no] { $days ->
        [one] { $days } päivä
       *[other] { $days } päivää
    }
}

## Vaihe 1: valitse

step-choose-title = Mitä haluat tehdä?
step-choose-intro = Jokaisella on oikeus hyvään palveluun, ja jokainen voi odottaa ratkaisua, jos jokin on mennyt vikaan.
choose-feedback = Anna palautetta
choose-feedback-hint = Kerro meille, mitä mieltä olet palvelustamme tai tuotteistamme.
choose-complaint = Tee valitus
choose-complaint-hint = Olet tyytymätön palveluumme ja haluat, että asia korjataan.
choose-purchase-problem = { $operator ->
    [payment-provider] Ilmoita ostokseen liittyvästä ongelmasta
   *[merchant] Ilmoita tilaukseen liittyvästä ongelmasta
}
choose-purchase-problem-hint = { $operator ->
    [payment-provider] Et ole saanut tilaustasi, sait väärän tai viallisen tuotteen tai myyjä ei ole vahvistanut palautustasi.
   *[merchant] Et ole saanut tilaustasi, sait väärän tai viallisen tuotteen tai palautustasi tai hyvitystäsi ei ole käsitelty.
}

## Palaute

step-feedback-title = Anna palautetta
step-feedback-intro = Arvostamme mielipidettäsi, koska haluamme kehittää palveluamme jatkuvasti. Palautteesi välitetään tiimille, joka vastaa kyseisestä palvelusta tai tuotteesta.
field-feedback-topic-label = Mitä palautteesi koskee?
field-feedback-topic-option-service = Asiakaspalvelumme
field-feedback-topic-option-app = Sovellus tai verkkosivusto
field-feedback-topic-option-payment = Maksaminen kauttamme
field-feedback-topic-option-other = Jokin muu
field-feedback-message-label = Palautteesi
field-reply-wanted-label = Haluan vastauksen
error-feedback-topic-required = Valitse, mitä palautteesi koskee
error-feedback-message-required = Kirjoita palautteesi
error-feedback-message-too-long = Palautteessa voi olla enintään { $max } merkkiä

## Valitus ja alkukysymys

step-complaint-title = Tee valitus
step-complaint-intro = Jos olet tyytymätön palveluumme, haluamme kuulla siitä ja löytää ratkaisun.
field-contacted-before-label = Oletko ollut aiemmin yhteydessä asiakaspalveluumme tästä asiasta?
field-contacted-before-hint = { $escalation ->
    [none] Jos asiakaspalvelu on jo käsitellyt asian etkä ole vieläkään tyytyväinen, kerromme, mihin voit kääntyä.
   *[other] { $name } voi tutkia vain asioita, jotka asiakaspalvelu on jo käsitellyt.
}
field-contacted-before-option-yes = Kyllä
field-contacted-before-option-no = En, tämä on ensimmäinen yhteydenottoni asiasta
error-contacted-before-required = Valitse kyllä, jos olet ollut aiemmin yhteydessä asiakaspalveluun tästä asiasta
complaint-first-contact-intro = Asiakaspalvelumme käsittelee valituksesi. { $days ->
    [0] Vastaamme sinulle ja kerromme, miten asia etenee.
   *[other] Pyrimme ratkaisemaan valitukset viimeistään { $time } niiden vastaanottamisen jälkeen. Jos käsittely kestää pidempään, kerromme sinulle syyn ja seuraavat toimenpiteemme.
}
complaint-escalation-intro = { $escalation ->
    [ombudsman] { $days ->
        [0] { $name } arvioi asiasi puolueettomasti. Kerro mahdollisimman tarkasti aiemmista yhteydenotoistasi meihin.
       *[other] { $name } arvioi asiasi puolueettomasti. Kerro mahdollisimman tarkasti aiemmista yhteydenotoistasi meihin. Saat lopullisen päätöksen viimeistään { $time } sen jälkeen, kun olet lähettänyt tämän pyynnön.
    }
   *[manager] { $days ->
        [0] { $name } käy asiasi uudelleen läpi. Kerro mahdollisimman tarkasti aiemmista yhteydenotoistasi meihin.
       *[other] { $name } käy asiasi uudelleen läpi. Kerro mahdollisimman tarkasti aiemmista yhteydenotoistasi meihin. Saat vastauksen viimeistään { $time } sen jälkeen, kun olet lähettänyt tämän pyynnön.
    }
}
# The gate's yes where there is no review after customer service (the
# `escalation` option is false, or a shop names none): shown above the
# dispute bodies, in place of a form.
complaint-elsewhere-intro = Jos asiakaspalvelu on jo käsitellyt valituksesi etkä ole vieläkään tyytyväinen, voit viedä asian riippumattoman riidanratkaisuelimen tai tuomioistuimen käsiteltäväksi. Ota niihin yhteyttä suoraan: tämä lomake ei välitä valitustasi niille.
# Who reviews after customer service, when the `escalation` option names
# nobody; used at the start of a sentence.
escalation-name = { $escalation ->
    [ombudsman] Asiakasasiamiehemme
   *[manager] Valituksista vastaava henkilömme
}
field-complaint-category-label = Mitä valituksesi koskee?
field-complaint-category-option-payment = Maksu
field-complaint-category-option-refund = Hyvitys
field-complaint-category-option-invoice = Lasku tai maksumuistutus
field-complaint-category-option-service = Tapa, jolla kohtelimme sinua
field-complaint-category-option-other = Jokin muu
error-complaint-category-required = Valitse, mitä valituksesi koskee
field-order-reference-label = Tilauksen tai maksun viite
field-order-reference-hint = Löydät sen sähköpostitse saamastasi tilausvahvistuksesta, esimerkiksi ORD-2024-1234.
error-order-reference-required = Anna tilauksesi viite
error-order-reference-too-short = Tilauksen viitteessä on oltava vähintään { $min } merkkiä
error-order-reference-too-long = Tilauksen viitteessä voi olla enintään { $max } merkkiä
error-order-reference-format = Tilauksen viitteessä voi olla vain kirjaimia, numeroita, välilyöntejä ja merkkejä - _ / . #
field-what-went-wrong-label = Mikä meni vikaan?
error-what-went-wrong-required = Kirjoita, mikä meni vikaan
error-what-went-wrong-too-long = Kuvauksessa siitä, mikä meni vikaan, voi olla enintään { $max } merkkiä
field-wanted-outcome-label = Mitä haluat meidän tekevän asian korjaamiseksi?
error-wanted-outcome-required = Kirjoita, mitä haluat meidän tekevän
error-wanted-outcome-too-long = Kuvauksessa siitä, mitä haluat meidän tekevän, voi olla enintään { $max } merkkiä
field-previous-case-reference-label = Aiempi asianumerosi
field-previous-case-reference-hint = Asiakaspalvelulta saamasi asianumero, esimerkiksi CS-482913.
error-previous-case-reference-required = Anna asiakaspalvelulta saamasi asianumero
error-previous-case-reference-too-short = Asianumerossa on oltava vähintään { $min } merkkiä
error-previous-case-reference-too-long = Asianumerossa voi olla enintään { $max } merkkiä
error-previous-case-reference-format = Asianumerossa voi olla vain kirjaimia, numeroita, välilyöntejä ja merkkejä - _ / . #
field-earlier-contacts-label = Mitä tapahtui, kun olit aiemmin yhteydessä meihin?
field-earlier-contacts-hint = Kerro, milloin ja miten otit meihin yhteyttä ja mitä sinulle kerrottiin.
error-earlier-contacts-required = Kirjoita, mitä tapahtui, kun olit aiemmin yhteydessä meihin
error-earlier-contacts-too-long = Aiempien yhteydenottojen kuvauksessa voi olla enintään { $max } merkkiä
field-why-dissatisfied-label = Miksi olet yhä tyytymätön?
error-why-dissatisfied-required = Kirjoita, miksi olet yhä tyytymätön
error-why-dissatisfied-too-long = Kuvauksessa siitä, miksi olet yhä tyytymätön, voi olla enintään { $max } merkkiä
field-wanted-resolution-label = Miten haluaisit asian ratkaistavan?
error-wanted-resolution-required = Kirjoita, miten haluaisit asian ratkaistavan
error-wanted-resolution-too-long = Kuvauksessa siitä, miten haluaisit asian ratkaistavan, voi olla enintään { $max } merkkiä

## Ostokseen liittyvä ongelma

step-purchase-problem-title = { $operator ->
    [payment-provider] Ilmoita ostokseen liittyvästä ongelmasta
   *[merchant] Ilmoita tilaukseen liittyvästä ongelmasta
}
step-purchase-problem-intro = { $operator ->
    [payment-provider] Kun ilmoitat ongelmasta, keskeytämme maksusi siksi aikaa, kun selvität asiaa myyjän kanssa. Näin sinulta ei peritä sillä välin muistutusmaksuja.
   *[merchant] Kerro, mikä tilauksessasi meni vikaan. Asiakaspalvelumme selvittää asian ja ottaa sinuun yhteyttä.
}
field-purchase-issue-label = Mikä on ongelmana?
field-purchase-issue-option-not-received = En ole saanut tilaustani
field-purchase-issue-option-wrong-item = Sain väärän tai viallisen tuotteen
field-purchase-issue-option-return-not-confirmed = { $operator ->
    [payment-provider] Myyjä ei ole vahvistanut palautustani
   *[merchant] Palautustani tai hyvitystäni ei ole käsitelty
}
error-purchase-issue-required = Valitse, mikä on ongelmana
field-seller-label = Myyjä
error-seller-required = Kirjoita sen kaupan nimi, josta teit ostoksen
error-seller-too-long = Myyjän nimessä voi olla enintään { $max } merkkiä
field-return-tracking-label = Palautuksen seurantakoodi
field-return-tracking-hint = Se on kuitissa, jonka sait, kun lähetit paketin takaisin.
error-return-tracking-required = Anna palautuksesi seurantakoodi
error-return-tracking-too-short = Seurantakoodissa on oltava vähintään { $min } merkkiä
error-return-tracking-too-long = Seurantakoodissa voi olla enintään { $max } merkkiä
error-return-tracking-format = Seurantakoodissa voi olla vain kirjaimia, numeroita, välilyöntejä ja merkkejä - _ / . #
field-problem-description-label = Kuvaile ongelmaa
error-problem-description-required = Kuvaile ongelmaa
error-problem-description-too-long = Kuvauksessa voi olla enintään { $max } merkkiä

## Yhteystiedot

field-name-label = Koko nimi
error-name-required = Anna koko nimesi
error-name-too-long = Nimessä voi olla enintään { $max } merkkiä
field-email-label = Sähköpostiosoite
field-email-hint = Käytämme sitä vain vastataksemme sinulle.
error-email-required = Anna sähköpostiosoitteesi
error-email-format = Anna sähköpostiosoite oikeassa muodossa, esimerkiksi nimi@example.com
field-phone-label = Puhelinnumero
field-phone-hint = Lisää maatunnus, esimerkiksi +358 40 123 4567.
error-phone-format = Anna puhelinnumero maatunnuksen kanssa, esimerkiksi +358 40 123 4567

## Tietosuojailmoitus

step-privacy-title = Miten käsittelemme tietojasi
privacy-text = Käytämme antamiasi tietoja vain viestisi käsittelyyn ja siihen liittyvään yhteydenpitoon kanssasi. Käsittelemme tietoja erittäin huolellisesti emmekä luovuta niitä kolmansille osapuolille mainontaa tai markkinointia varten.
link-new-tab = (avautuu uuteen välilehteen)
privacy-link = Lue tietosuojaselosteemme
privacy-send-hint = Kun valitset Lähetä, viestisi välitetään asiakaspalvelullemme.

## Vahvistus

step-confirmation-title = { $kind ->
    [feedback] Kiitos palautteestasi
    [escalation] Pyyntösi asian uudelleenarvioinnista on lähetetty
    [purchase_problem] Ilmoituksesi ongelmasta on vastaanotettu
   *[complaint] Valituksesi on lähetetty
}
confirmation-reference = Viitteesi
confirmation-next-title = Mitä tapahtuu seuraavaksi
confirmation-next-feedback = Palvelusta tai tuotteesta vastaava tiimi käy palautteesi läpi. Jos pyysit vastausta, lähetämme sinulle sähköpostia.
confirmation-next-complaint = Asiakaspalvelu käsittelee valituksesi. { $days ->
    [0] Vastaamme sinulle ja kerromme, miten asia etenee.
   *[other] Pyrimme ratkaisemaan sen viimeistään { $time } vastaanottamisen jälkeen. Jos käsittely kestää pidempään, kerromme sinulle syyn ja seuraavat toimenpiteemme.
}
confirmation-next-escalation = { $escalation ->
    [ombudsman] { $days ->
        [0] { $name } arvioi asiasi puolueettomasti ja lähettää sinulle lopullisen päätöksen.
       *[other] { $name } arvioi asiasi puolueettomasti ja lähettää sinulle lopullisen päätöksen viimeistään { $time } pyyntösi lähettämisen jälkeen.
    }
   *[manager] { $days ->
        [0] { $name } käy asiasi uudelleen läpi ja vastaa sinulle.
       *[other] { $name } käy asiasi uudelleen läpi ja vastaa sinulle viimeistään { $time } pyyntösi lähettämisen jälkeen.
    }
}
confirmation-next-purchase_problem = { $operator ->
    [payment-provider] Maksusi on keskeytetty siksi aikaa, kun selvität asiaa myyjän kanssa. Säilytä kuitit ja seurantakoodit, sillä saatamme pyytää niitä.
   *[merchant] Asiakaspalvelumme selvittää ongelman ja ottaa sinuun yhteyttä. Säilytä kuitit ja seurantakoodit, sillä saatamme pyytää niitä.
}
confirmation-bodies-title = Jos olet edelleen tyytymätön
confirmation-bodies-intro = Jos et ole tyytyväinen siihen, miten käsittelimme asiasi, voit kääntyä seuraavien puoleen:

## Riidanratkaisuelimet (nimet sellaisina kuin elimet itse niitä käyttävät)

body-arn = Allmänna reklamationsnämnden (ARN, Ruotsin kuluttajariitalautakunta)
body-konsumenternas = Konsumenternas Bank- och Finansbyrå (maksutonta pankki- ja rahoitusneuvontaa Ruotsissa)
body-municipal-adviser = Kuntasi kuluttajaneuvoja
body-general-courts = Yleiset tuomioistuimet
body-forbrukerradet = Forbrukerrådet (Norjan kuluttajaneuvosto)
body-forbrukertvistutvalget = Forbrukertvistutvalget (Norjan kuluttajariitalautakunta)
body-forliksradet = Forliksrådet (Norjan sovittelulautakunta)
body-kifid = Kifid (Alankomaiden rahoituspalvelujen valituslautakunta)
body-civil-court = Siviilituomioistuin
body-bundesbank = Schlichtungsstelle bei der Deutschen Bundesbank (Saksan keskuspankin yhteydessä toimiva riidanratkaisuelin)
body-forbrugerklagenaevnet = Forbrugerklagenævnet (Tanskan kuluttajavalituslautakunta)
body-kuluttajariitalautakunta = Kuluttajariitalautakunta
body-hallakonsument = Hallå konsument (Ruotsin kuluttajaviraston maksuton neuvonta)
body-forbrukertilsynet = Forbrukertilsynet (Norjan kuluttajaviranomainen: sovittelu ja sen jälkeen Forbrukerklageutvalget)
body-geschillencommissie = De Geschillencommissie (Alankomaiden riidanratkaisulautakunnat, niihin liittyneille kaupoille)
body-consuwijzer = ACM ConsuWijzer (maksutonta neuvontaa oikeuksistasi Alankomaissa)
body-universalschlichtungsstelle = Universalschlichtungsstelle des Bundes (Saksan yleinen sovitteluelin, jos kauppa osallistuu)
body-verbraucherzentrale = Verbraucherzentrale (Saksan kuluttajaneuvonta)
body-forbrug = Forbrug.dk (Tanskan kilpailu- ja kuluttajaviraston neuvonta)
body-kuluttajaneuvonta = Kuluttajaneuvonta (ota yhteyttä ennen kuluttajariitalautakuntaa)
body-mediateur-consommation = Kaupan kuluttajasovittelija (mainittu kaupan myyntiehdoissa)
body-conciliateur = Conciliateur de justice (maksuton sovittelu Ranskassa)

## Missä vaiheessa asiakas on

# Jokaisen vaiheen otsikon yläpuolella; vahvistuksessa ei ole.
step-progress = Vaihe { $step }/{ $total }
# Luetaan ääneen, kun vaihe avautuu.
status-step-progress = { $title } (vaihe { $step }/{ $total })

# Files (photos, receipts)
field-attachments-label = Kuvat tai asiakirjat
field-attachments-hint = Esimerkiksi kuva tuotteesta tai kuitista. Enintään { $max } tiedostoa, kukin enintään { $mb } Mt: JPEG, PNG, WebP, HEIC tai PDF.
error-attachments-too-many = Valitse enintään { $max } tiedostoa
error-attachments-too-large = { $name } on suurempi kuin { $mb } Mt: valitse pienempi tiedosto
error-attachments-type = { $name } ei ole JPEG-, PNG-, WebP-, HEIC- tai PDF-tiedosto: valitse kuva tai PDF
error-attachments-empty = { $name } on tyhjä: valitse toinen tiedosto
attachments-remove = Poista { $name }
attachments-size = { $kb } kt
attachments-choose-again = Valitse nämä tiedostot uudelleen, niitä ei voitu säilyttää: { $names }
