## complaint-widget : français. Tous les textes affichés par le widget.

## Éléments communs

# Le nom de la marque ; les marchands le définissent avec l’option `brand`.
-brand = Service client
widget-label = { -brand } : avis et plaintes

label-optional = (facultatif)
error-prefix = Erreur :
error-rejected = Le service n’a pas pu accepter cette réponse. Vérifiez-la et réessayez.
error-custom-required = Répondez à « { $label } »
error-custom-choose = Choisissez une réponse pour « { $label } »
error-custom-tick = Cochez « { $label } » pour continuer
error-custom-date = Saisissez une date qui existe pour « { $label } »
error-custom-too-long = « { $label } » ne doit pas dépasser { $max } caractères
error-summary-title = Il y a un problème
button-continue = Continuer
button-close = Fermer
button-back = Retour
button-send = Envoyer
button-sending = Envoi en cours…
button-retry = Réessayer
launcher-loading = Chargement du formulaire…
launcher-failed = Le formulaire n’a pas pu être chargé.
button-start-again = Envoyer autre chose
count-remaining = { $count ->
    [one] Il vous reste { $count } caractère
   *[other] Il vous reste { $count } caractères
}
count-over = { $count ->
    [one] Vous avez { $count } caractère en trop
   *[other] Vous avez { $count } caractères en trop
}
status-step = { $title }
status-sent = Envoyé. Votre référence est { $reference }.
send-failed = Nous n’avons pas pu envoyer votre message. Rien de ce que vous avez saisi n’a été perdu. Vérifiez votre connexion internet et réessayez.
send-unconfirmed = Nous n’avons pas pu confirmer la bonne réception de votre message. Rien de ce que vous avez saisi n’a été perdu. Sélectionnez « Réessayer » : il ne sera pas envoyé deux fois.
send-queued = Vous êtes hors ligne. Votre message est enregistré et sera envoyé dès que vous serez de nouveau en ligne.
send-refused = La boutique n’a pas pu accepter votre message pour le moment. Rien de ce que vous avez saisi n’a été perdu. Réessayez plus tard ou contactez le service client par un autre moyen.
send-unavailable = Ce formulaire ne peut pas envoyer de message pour le moment. Rien de ce que vous avez saisi n’a été perdu. Veuillez contacter le service client par un autre moyen.
form-unavailable = Ce formulaire est indisponible pour le moment. Veuillez réessayer plus tard ou contacter le service client par un autre moyen.
button-copy-reference = Copier la référence
button-print = Imprimer cette page
status-reference-copied = Référence copiée.
status-reference-selected = Référence sélectionnée : appuyez sur Ctrl+C (⌘C sur Mac) pour la copier.
contact-title = Comment pouvons-nous vous joindre ?
days = { $working ->
    [yes] { $days ->
        [one] { $days } jour ouvrable
       *[other] { $days } jours ouvrables
    }
   *[no] { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
}

## Étape 1 : choisir

step-choose-title = Que souhaitez-vous faire ?
step-choose-intro = Tout le monde doit recevoir un bon service et peut s’attendre à une solution si quelque chose s’est mal passé.
choose-feedback = Donner votre avis
choose-feedback-hint = Dites-nous ce que vous pensez de nos services ou de nos produits.
choose-complaint = Déposer une plainte
choose-complaint-hint = Vous n’êtes pas satisfait(e) de notre service et souhaitez que le problème soit réglé.
choose-purchase-problem = { $operator ->
    [payment-provider] Signaler un problème avec un achat
   *[merchant] Signaler un problème avec une commande
}
choose-purchase-problem-hint = { $operator ->
    [payment-provider] Vous ne l’avez pas reçu, c’est le mauvais produit ou un produit défectueux, ou le vendeur n’a pas confirmé la réception de votre retour.
   *[merchant] Vous ne l’avez pas reçue, vous avez reçu le mauvais produit ou un produit défectueux, ou votre retour ou remboursement n’a pas été traité.
}

## Avis

step-feedback-title = Donner votre avis
step-feedback-intro = Votre opinion est très importante pour nous, car nous nous efforçons toujours d’améliorer nos services. Vos commentaires seront étudiés par l’équipe responsable du service ou du produit en question.
field-feedback-topic-label = Sur quoi porte votre avis ?
field-feedback-topic-option-service = Notre service client
field-feedback-topic-option-app = L’application ou le site web
field-feedback-topic-option-payment = Le paiement avec nous
field-feedback-topic-option-other = Autre chose
field-feedback-message-label = Votre avis
field-reply-wanted-label = Je souhaite recevoir une réponse
error-feedback-topic-required = Sélectionnez le sujet de votre avis
error-feedback-message-required = Saisissez votre avis
error-feedback-message-too-long = Votre avis doit comporter { $max } caractères maximum

## Plainte et question préalable

step-complaint-title = Déposer une plainte
step-complaint-intro = Si vous n’êtes pas satisfait(e) de notre service, nous voulons le savoir et trouver une solution.
field-contacted-before-label = Avez-vous déjà contacté notre service client à propos de ce problème ?
field-contacted-before-hint = { $escalation ->
    [none] Si le service client a déjà traité votre demande et que vous n’êtes toujours pas satisfait(e), nous vous indiquerons à qui vous adresser.
   *[other] { $name } ne peut examiner que les dossiers déjà traités par le service client.
}
field-contacted-before-option-yes = Oui
field-contacted-before-option-no = Non, c’est mon premier contact à ce sujet
error-contacted-before-required = Sélectionnez oui si vous avez déjà contacté le service client à ce sujet
complaint-first-contact-intro = Notre service client traitera votre plainte. { $days ->
    [0] Nous vous répondrons et vous indiquerons la suite donnée à votre plainte.
   *[other] Nous nous efforçons de résoudre les plaintes dans un délai de { $time }. Si cela prend plus de temps, nous vous expliquerons pourquoi et ce que nous ferons ensuite.
}
complaint-escalation-intro = { $escalation ->
    [ombudsman] { $days ->
        [0] { $name } examinera votre dossier de manière impartiale. Fournissez autant d’informations que possible sur vos précédents échanges avec nous.
       *[other] { $name } examinera votre dossier de manière impartiale. Fournissez autant d’informations que possible sur vos précédents échanges avec nous. Vous recevrez une décision définitive dans un délai de { $time } à compter de l’envoi de cette demande.
    }
   *[manager] { $days ->
        [0] { $name } réexaminera votre dossier. Fournissez autant d’informations que possible sur vos précédents échanges avec nous.
       *[other] { $name } réexaminera votre dossier. Fournissez autant d’informations que possible sur vos précédents échanges avec nous. Vous recevrez une réponse dans un délai de { $time } à compter de l’envoi de cette demande.
    }
}
# The gate's yes where there is no review after customer service (the
# `escalation` option is false, or a shop names none): shown above the
# dispute bodies, in place of a form.
complaint-elsewhere-intro = Si le service client a déjà traité votre plainte et que vous n’êtes toujours pas satisfait(e), vous pouvez saisir un organisme indépendant de règlement des litiges ou la justice. Contactez-les directement : ce formulaire ne leur transmet pas votre plainte.
# Who reviews after customer service, when the `escalation` option names
# nobody; used at the start of a sentence.
escalation-name = { $escalation ->
    [ombudsman] Notre médiateur client
   *[manager] Notre responsable des réclamations
}
field-complaint-category-label = Sur quoi porte votre plainte ?
field-complaint-category-option-payment = Un paiement
field-complaint-category-option-refund = Un remboursement
field-complaint-category-option-invoice = Une facture ou une relance
field-complaint-category-option-service = La façon dont nous vous avons traité(e)
field-complaint-category-option-other = Autre chose
error-complaint-category-required = Sélectionnez le sujet de votre plainte
field-order-reference-label = Référence de commande ou de paiement
field-order-reference-hint = Vous la trouverez dans l’e-mail de confirmation de votre commande, par exemple ORD-2024-1234.
error-order-reference-required = Saisissez la référence de votre commande
error-order-reference-too-short = La référence de commande doit comporter au moins { $min } caractères
error-order-reference-too-long = La référence de commande doit comporter { $max } caractères maximum
error-order-reference-format = La référence de commande ne doit contenir que des lettres, des chiffres, des espaces et les caractères - _ / . #
field-what-went-wrong-label = Qu’est-ce qui s’est mal passé ?
error-what-went-wrong-required = Indiquez ce qui s’est mal passé
error-what-went-wrong-too-long = La description de ce qui s’est mal passé doit comporter { $max } caractères maximum
field-wanted-outcome-label = Que souhaitez-vous que nous fassions pour y remédier ?
error-wanted-outcome-required = Indiquez ce que vous souhaitez que nous fassions
error-wanted-outcome-too-long = La description de ce que vous attendez de nous doit comporter { $max } caractères maximum
field-previous-case-reference-label = Référence de votre dossier précédent
field-previous-case-reference-hint = La référence que le service client vous a communiquée, par exemple CS-482913.
error-previous-case-reference-required = Saisissez la référence de dossier que le service client vous a communiquée
error-previous-case-reference-too-short = La référence de dossier doit comporter au moins { $min } caractères
error-previous-case-reference-too-long = La référence de dossier doit comporter { $max } caractères maximum
error-previous-case-reference-format = La référence de dossier ne doit contenir que des lettres, des chiffres, des espaces et les caractères - _ / . #
field-earlier-contacts-label = Que s’est-il passé lors de vos précédents échanges avec nous ?
field-earlier-contacts-hint = Indiquez quand et comment vous nous avez contactés, et ce qui vous a été répondu.
error-earlier-contacts-required = Indiquez ce qui s’est passé lors de vos précédents échanges avec nous
error-earlier-contacts-too-long = La description de vos précédents échanges doit comporter { $max } caractères maximum
field-why-dissatisfied-label = Pourquoi n’êtes-vous toujours pas satisfait(e) ?
error-why-dissatisfied-required = Indiquez pourquoi vous n’êtes toujours pas satisfait(e)
error-why-dissatisfied-too-long = Les raisons de votre insatisfaction doivent comporter { $max } caractères maximum
field-wanted-resolution-label = Comment souhaitez-vous que le problème soit résolu ?
error-wanted-resolution-required = Indiquez comment vous souhaitez que le problème soit résolu
error-wanted-resolution-too-long = La description de la solution souhaitée doit comporter { $max } caractères maximum

## Problème avec un achat

step-purchase-problem-title = { $operator ->
    [payment-provider] Signaler un problème avec un achat
   *[merchant] Signaler un problème avec une commande
}
step-purchase-problem-intro = { $operator ->
    [payment-provider] Lorsque vous signalez un problème, nous suspendons votre paiement pendant que vous contactez le vendeur pour trouver une solution : vous n’aurez donc pas de frais de relance entre-temps.
   *[merchant] Dites-nous ce qui s’est mal passé avec votre commande. Notre service client examinera le problème et reviendra vers vous.
}
field-purchase-issue-label = Quel est le problème ?
field-purchase-issue-option-not-received = Je n’ai pas reçu ma commande
field-purchase-issue-option-wrong-item = J’ai reçu le mauvais produit ou un produit défectueux
field-purchase-issue-option-return-not-confirmed = { $operator ->
    [payment-provider] Le vendeur n’a pas confirmé la réception de mon retour
   *[merchant] Mon retour ou mon remboursement n’a pas été traité
}
error-purchase-issue-required = Sélectionnez le problème
field-seller-label = Vendeur
error-seller-required = Saisissez le nom de la boutique où vous avez effectué votre achat
error-seller-too-long = Le nom du vendeur doit comporter { $max } caractères maximum
field-return-tracking-label = Numéro de suivi du retour
field-return-tracking-hint = Il figure sur le reçu qui vous a été remis lorsque vous avez renvoyé le colis.
error-return-tracking-required = Saisissez le numéro de suivi de votre retour
error-return-tracking-too-short = Le numéro de suivi doit comporter au moins { $min } caractères
error-return-tracking-too-long = Le numéro de suivi doit comporter { $max } caractères maximum
error-return-tracking-format = Le numéro de suivi ne doit contenir que des lettres, des chiffres, des espaces et les caractères - _ / . #
field-problem-description-label = Décrivez le problème
error-problem-description-required = Décrivez le problème
error-problem-description-too-long = La description doit comporter { $max } caractères maximum

## Coordonnées

field-name-label = Nom complet
error-name-required = Saisissez votre nom complet
error-name-too-long = Votre nom complet doit comporter { $max } caractères maximum
field-email-label = Adresse e-mail
field-email-hint = Nous l’utiliserons uniquement pour vous répondre.
error-email-required = Saisissez votre adresse e-mail
error-email-format = Saisissez une adresse e-mail au bon format, par exemple nom@example.com
field-phone-label = Numéro de téléphone
field-phone-hint = Indiquez l’indicatif du pays, par exemple +33 1 23 45 67 89.
error-phone-format = Saisissez un numéro de téléphone avec l’indicatif du pays, par exemple +33 1 23 45 67 89

## Protection des données

step-privacy-title = Comment nous traitons vos données
privacy-text = Nous utilisons les informations que vous nous fournissez uniquement pour traiter votre message et vous contacter à ce sujet. Nous les traitons avec le plus grand soin et ne les communiquons pas à des tiers à des fins publicitaires ou marketing.
link-new-tab = (s’ouvre dans un nouvel onglet)
privacy-link = Lire notre politique de confidentialité
privacy-send-hint = Lorsque vous sélectionnez « Envoyer », votre message est transmis à notre service client.

## Confirmation

step-confirmation-title = { $kind ->
    [feedback] Merci pour votre avis
    [escalation] Votre demande de réexamen a été envoyée
    [purchase_problem] Votre problème a été signalé
   *[complaint] Votre plainte a été envoyée
}
confirmation-reference = Votre référence
confirmation-next-title = Prochaines étapes
confirmation-next-feedback = L’équipe responsable du service ou du produit étudiera votre avis. Si vous avez demandé une réponse, nous vous écrirons par e-mail.
confirmation-next-complaint = Le service client traitera votre plainte. { $days ->
    [0] Nous vous répondrons et vous indiquerons la suite donnée à votre plainte.
   *[other] Nous nous efforçons de la résoudre dans un délai de { $time }. Si cela prend plus de temps, nous vous expliquerons pourquoi et ce que nous ferons ensuite.
}
confirmation-next-escalation = { $escalation ->
    [ombudsman] { $days ->
        [0] { $name } examinera votre dossier de manière impartiale et vous enverra une décision définitive.
       *[other] { $name } examinera votre dossier de manière impartiale et vous enverra une décision définitive dans un délai de { $time }.
    }
   *[manager] { $days ->
        [0] { $name } réexaminera votre dossier et vous répondra.
       *[other] { $name } réexaminera votre dossier et vous répondra dans un délai de { $time }.
    }
}
confirmation-next-purchase_problem = { $operator ->
    [payment-provider] Votre paiement est suspendu pendant que vous contactez le vendeur pour trouver une solution. Conservez vos reçus et vos numéros de suivi : nous pourrions vous les demander.
   *[merchant] Notre service client examinera le problème et reviendra vers vous. Conservez vos reçus et vos numéros de suivi : nous pourrions vous les demander.
}
confirmation-bodies-title = Si vous n’êtes toujours pas satisfait(e)
confirmation-bodies-intro = Si vous n’êtes pas satisfait(e) de la façon dont nous avons traité votre dossier, vous pouvez vous adresser à :

## Organismes de règlement des litiges (noms tels que les organismes les emploient)

body-arn = Allmänna reklamationsnämnden (ARN, la commission nationale suédoise des litiges de consommation)
body-konsumenternas = Konsumenternas Bank- och Finansbyrå (conseils gratuits)
body-municipal-adviser = Le conseiller aux consommateurs de votre commune
body-general-courts = Les tribunaux ordinaires
body-forbrukerradet = Forbrukerrådet (le Conseil norvégien des consommateurs)
body-forbrukertvistutvalget = Forbrukertvistutvalget (la commission norvégienne des litiges de consommation)
body-forliksradet = Forliksrådet (la commission de conciliation norvégienne)
body-kifid = Kifid (l’institut néerlandais des plaintes relatives aux services financiers)
body-civil-court = Le tribunal civil
body-bundesbank = Schlichtungsstelle bei der Deutschen Bundesbank (l’organe de conciliation de la Banque fédérale d’Allemagne)
body-forbrugerklagenaevnet = Forbrugerklagenævnet (la commission danoise des plaintes des consommateurs)
body-kuluttajariitalautakunta = Kuluttajariitalautakunta (la commission finlandaise des litiges de consommation)
body-hallakonsument = Hallå konsument (conseils gratuits de l’agence suédoise de la consommation)
body-forbrukertilsynet = Forbrukertilsynet (l’autorité norvégienne de la consommation : médiation, puis Forbrukerklageutvalget)
body-geschillencommissie = De Geschillencommissie (les commissions néerlandaises des litiges, pour les boutiques qui y adhèrent)
body-consuwijzer = ACM ConsuWijzer (conseils gratuits sur vos droits aux Pays-Bas)
body-universalschlichtungsstelle = Universalschlichtungsstelle des Bundes (l’organe fédéral allemand de conciliation, si la boutique y participe)
body-verbraucherzentrale = Verbraucherzentrale (les centres allemands de conseil aux consommateurs)
body-forbrug = Forbrug.dk (conseils de l’autorité danoise de la concurrence et de la consommation)
body-kuluttajaneuvonta = Kuluttajaneuvonta (le conseil aux consommateurs finlandais, à contacter avant la commission des litiges)
body-mediateur-consommation = Le médiateur de la consommation de la boutique (indiqué dans ses conditions générales de vente)
body-conciliateur = Un conciliateur de justice (conciliation gratuite)

## Où en est le client

# Au-dessus du titre de chaque étape ; la confirmation n’en a pas.
step-progress = Étape { $step } sur { $total }
# Annoncé à l’ouverture d’une étape.
status-step-progress = { $title } (étape { $step } sur { $total })

# Files (photos, receipts)
field-attachments-label = Photos ou documents
field-attachments-hint = Par exemple une photo de l’article ou le reçu. Jusqu’à { $max } fichiers de { $mb } Mo maximum chacun : JPEG, PNG, WebP, HEIC ou PDF.
error-attachments-too-many = Ne choisissez pas plus de { $max } fichiers
error-attachments-too-large = { $name } dépasse { $mb } Mo : choisissez un fichier plus petit
error-attachments-type = { $name } n’est pas un fichier JPEG, PNG, WebP, HEIC ou PDF : choisissez une photo ou un PDF
error-attachments-empty = { $name } est vide : choisissez un autre fichier
attachments-remove = Retirer { $name }
attachments-size = { $kb } Ko
attachments-choose-again = Choisissez à nouveau ces fichiers, ils n’ont pas pu être conservés : { $names }
