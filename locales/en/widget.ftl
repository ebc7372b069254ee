## complaint-widget: English. Every string the widget shows.

## Shared pieces

# The brand name; merchants set it with the `brand` option.
-brand = Customer service
widget-label = { -brand }: feedback and complaints

label-optional = (optional)
error-prefix = Error:
error-rejected = The service could not accept this answer. Check it and try again.
error-custom-required = Answer “{ $label }”
error-custom-choose = Select an answer for “{ $label }”
error-custom-tick = Tick “{ $label }” to continue
error-custom-date = Enter a real date for “{ $label }”
error-custom-too-long = “{ $label }” must be { $max } characters or fewer
error-summary-title = There is a problem
button-continue = Continue
button-close = Close
button-back = Back
button-send = Send
button-sending = Sending…
button-retry = Try again
# The launcher, before the form has loaded.
launcher-loading = Loading the form…
launcher-failed = The form could not be loaded.
button-start-again = Send something else
count-remaining = { $count ->
    [one] You have { $count } character remaining
   *[other] You have { $count } characters remaining
}
count-over = { $count ->
    [one] You have { $count } character too many
   *[other] You have { $count } characters too many
}
status-step = { $title }
status-sent = Sent. Your reference is { $reference }.
send-failed = We could not send your message. Nothing you typed has been lost. Check your internet connection and try again.
send-unconfirmed = We could not confirm that your message arrived. Nothing you typed has been lost. Select Try again: it will not be sent twice.
send-queued = You are offline. Your message is saved and will be sent as soon as you are back online.
send-refused = The shop could not accept your message right now. Nothing you typed has been lost. Try again later, or contact customer service another way.
send-unavailable = This form cannot send messages at the moment. Nothing you typed has been lost. Please contact customer service another way.
form-unavailable = This form is unavailable at the moment. Please try again later or contact customer service another way.
button-copy-reference = Copy reference
button-print = Print this page
status-reference-copied = Reference copied.
status-reference-selected = Reference selected: press Ctrl+C (⌘C on a Mac) to copy it.
contact-title = How can we reach you?
days = { $working ->
    [yes] { $days ->
        [one] { $days } working day
       *[other] { $days } working days
    }
   *[no] { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
}

## Step 1: choose

step-choose-title = What would you like to do?
step-choose-intro = Everyone has the right to good service and can expect a solution if something has gone wrong.
choose-feedback = Give feedback
choose-feedback-hint = Tell us what you think of our service or products.
choose-complaint = Make a complaint
choose-complaint-hint = You are unhappy with our service and want it put right.
choose-purchase-problem = { $operator ->
    [payment-provider] Report a problem with a purchase
   *[merchant] Report a problem with an order
}
choose-purchase-problem-hint = { $operator ->
    [payment-provider] You did not receive it, it is the wrong or a faulty item, or the seller has not confirmed your return.
   *[merchant] You did not receive it, you received the wrong or a faulty item, or your return or refund has not been processed.
}

## Feedback

step-feedback-title = Give feedback
step-feedback-intro = We value your opinion because we always want to improve our service. Your feedback goes to the team responsible for the service or product.
field-feedback-topic-label = What is your feedback about?
field-feedback-topic-option-service = Our customer service
field-feedback-topic-option-app = The app or website
field-feedback-topic-option-payment = Paying with us
field-feedback-topic-option-other = Something else
field-feedback-message-label = Your feedback
field-reply-wanted-label = I would like a reply
error-feedback-topic-required = Select what your feedback is about
error-feedback-message-required = Enter your feedback
error-feedback-message-too-long = Your feedback must be { $max } characters or fewer

## Complaint and the gate

step-complaint-title = Make a complaint
step-complaint-intro = If you are unhappy with our service, we want to hear about it and find a solution.
field-contacted-before-label = Have you been in contact with our customer service about this issue before?
field-contacted-before-hint = { $escalation ->
    [none] If customer service has already handled it and you are still not satisfied, we will show you where you can turn.
   *[other] { $name } can only review cases that customer service has already handled.
}
field-contacted-before-option-yes = Yes
field-contacted-before-option-no = No, this is my first contact about it
error-contacted-before-required = Select yes if you have contacted customer service about this before
complaint-first-contact-intro = Our customer service team will handle your complaint. { $days ->
    [0] We will reply to you and tell you what happens next.
   *[other] We aim to resolve complaints within { $time }. If it takes longer, we will tell you why and what we will do next.
}
complaint-escalation-intro = { $escalation ->
    [ombudsman] { $days ->
        [0] { $name } will review your case impartially. Give as much detail as you can about your earlier contacts with us.
       *[other] { $name } will review your case impartially. Give as much detail as you can about your earlier contacts with us. You will receive a final decision within { $time } of sending this request.
    }
   *[manager] { $days ->
        [0] { $name } will look at your case again. Give as much detail as you can about your earlier contacts with us.
       *[other] { $name } will look at your case again. Give as much detail as you can about your earlier contacts with us. You will receive an answer within { $time } of sending this request.
    }
}
# The gate's yes where there is no review after customer service (the
# `escalation` option is false, or a shop names none): shown above the
# dispute bodies, in place of a form.
complaint-elsewhere-intro = If customer service has already handled your complaint and you are still not satisfied, you can take it to an independent dispute body or to court. Contact them directly: this form does not send your complaint to them.
# Who reviews after customer service, when the `escalation` option names
# nobody; used at the start of a sentence.
escalation-name = { $escalation ->
    [ombudsman] Our consumer ombudsman
   *[manager] Our complaints manager
}
field-complaint-category-label = What is your complaint about?
field-complaint-category-option-payment = A payment
field-complaint-category-option-refund = A refund
field-complaint-category-option-invoice = An invoice or reminder
field-complaint-category-option-service = How we treated you
field-complaint-category-option-other = Something else
error-complaint-category-required = Select what your complaint is about
field-order-reference-label = Order or payment reference
field-order-reference-hint = You can find it in your order confirmation email, for example ORD-2024-1234.
error-order-reference-required = Enter your order reference
error-order-reference-too-short = Order reference must be { $min } characters or more
error-order-reference-too-long = Order reference must be { $max } characters or fewer
error-order-reference-format = Order reference must only include letters, numbers, spaces and - _ / . #
field-what-went-wrong-label = What went wrong?
error-what-went-wrong-required = Enter what went wrong
error-what-went-wrong-too-long = What went wrong must be { $max } characters or fewer
field-wanted-outcome-label = What would you like us to do to put it right?
error-wanted-outcome-required = Enter what you would like us to do
error-wanted-outcome-too-long = What you would like us to do must be { $max } characters or fewer
field-previous-case-reference-label = Your previous case reference
field-previous-case-reference-hint = The reference customer service gave you, for example CS-482913.
error-previous-case-reference-required = Enter the case reference customer service gave you
error-previous-case-reference-too-short = Case reference must be { $min } characters or more
error-previous-case-reference-too-long = Case reference must be { $max } characters or fewer
error-previous-case-reference-format = Case reference must only include letters, numbers, spaces and - _ / . #
field-earlier-contacts-label = What happened in your earlier contacts with us?
field-earlier-contacts-hint = Include when you contacted us, how, and what you were told.
error-earlier-contacts-required = Enter what happened in your earlier contacts with us
error-earlier-contacts-too-long = Earlier contacts must be { $max } characters or fewer
field-why-dissatisfied-label = Why are you still dissatisfied?
error-why-dissatisfied-required = Enter why you are still dissatisfied
error-why-dissatisfied-too-long = Why you are still dissatisfied must be { $max } characters or fewer
field-wanted-resolution-label = How would you like the issue to be resolved?
error-wanted-resolution-required = Enter how you would like the issue to be resolved
error-wanted-resolution-too-long = How you would like it resolved must be { $max } characters or fewer

## Purchase problem

step-purchase-problem-title = { $operator ->
    [payment-provider] Report a problem with a purchase
   *[merchant] Report a problem with an order
}
step-purchase-problem-intro = { $operator ->
    [payment-provider] When you report a problem, we pause your payment while you contact the seller to find a solution, so you will not be charged reminder fees in the meantime.
   *[merchant] Tell us what went wrong with your order. Our customer service team will look into it and get back to you.
}
field-purchase-issue-label = What is the problem?
field-purchase-issue-option-not-received = I have not received my order
field-purchase-issue-option-wrong-item = I received the wrong or a faulty item
field-purchase-issue-option-return-not-confirmed = { $operator ->
    [payment-provider] The seller has not confirmed my return
   *[merchant] My return or refund has not been processed
}
error-purchase-issue-required = Select what the problem is
field-seller-label = Seller
error-seller-required = Enter the name of the shop you bought from
error-seller-too-long = Seller must be { $max } characters or fewer
field-return-tracking-label = Return tracking number
field-return-tracking-hint = It is on the receipt you got when you sent the parcel back.
error-return-tracking-required = Enter the tracking number of your return
error-return-tracking-too-short = Tracking number must be { $min } characters or more
error-return-tracking-too-long = Tracking number must be { $max } characters or fewer
error-return-tracking-format = Tracking number must only include letters, numbers, spaces and - _ / . #
field-problem-description-label = Describe the problem
error-problem-description-required = Describe the problem
error-problem-description-too-long = The description must be { $max } characters or fewer

## Contact details

field-name-label = Full name
error-name-required = Enter your full name
error-name-too-long = Full name must be { $max } characters or fewer
field-email-label = Email address
field-email-hint = We will only use this to reply to you.
error-email-required = Enter your email address
error-email-format = Enter an email address in the correct format, like name@example.com
field-phone-label = Phone number
field-phone-hint = Include the country code, for example +31 20 123 4567.
error-phone-format = Enter a phone number with the country code, like +31 20 123 4567

## Privacy notice

step-privacy-title = How we handle your information
privacy-text = We use the information you give us only to handle your message and to contact you about it. We handle it with the greatest care and do not share it with third parties for advertising or marketing.
link-new-tab = (opens in new tab)
privacy-link = Read our privacy policy
privacy-send-hint = When you select Send, your message goes to our customer service team.

## Confirmation

step-confirmation-title = { $kind ->
    [feedback] Thank you for your feedback
    [escalation] Your request for a new review has been sent
    [purchase_problem] Your problem has been reported
   *[complaint] Your complaint has been sent
}
confirmation-reference = Your reference
confirmation-next-title = What happens next
confirmation-next-feedback = The team responsible for the service or product will look at your feedback. If you asked for a reply, we will email you.
confirmation-next-complaint = Customer service will handle your complaint. { $days ->
    [0] We will reply to you and tell you what happens next.
   *[other] We aim to resolve it within { $time }. If it takes longer, we will tell you why and what we will do next.
}
confirmation-next-escalation = { $escalation ->
    [ombudsman] { $days ->
        [0] { $name } will review your case impartially and send you a final decision.
       *[other] { $name } will review your case impartially and send you a final decision within { $time }.
    }
   *[manager] { $days ->
        [0] { $name } will look at your case again and answer you.
       *[other] { $name } will look at your case again and answer you within { $time }.
    }
}
confirmation-next-purchase_problem = { $operator ->
    [payment-provider] Your payment is paused while you contact the seller to find a solution. Keep your receipts and tracking numbers: we may ask for them.
   *[merchant] Our customer service team will look into the problem and get back to you. Keep your receipts and tracking numbers: we may ask for them.
}
confirmation-bodies-title = If you are still not satisfied
confirmation-bodies-intro = If you are not satisfied with how we handled your case, you can turn to:

## Dispute bodies (names as the bodies use them)

body-arn = The National Board for Consumer Disputes (ARN), Sweden
body-konsumenternas = Konsumenternas Bank- och Finansbyrå (free advice)
body-municipal-adviser = The consumer adviser in your municipality
body-general-courts = The general courts
body-forbrukerradet = Forbrukerrådet (the Norwegian Consumer Council)
body-forbrukertvistutvalget = Forbrukertvistutvalget (the Consumer Disputes Commission)
body-forliksradet = Forliksrådet (the conciliation board)
body-kifid = Kifid (the Dutch Financial Services Complaints Institute)
body-civil-court = The civil court
body-bundesbank = The arbitration board at the Deutsche Bundesbank
body-forbrugerklagenaevnet = Forbrugerklagenævnet (the Danish Consumer Complaints Board)
body-kuluttajariitalautakunta = Kuluttajariitalautakunta (the Finnish Consumer Disputes Board)
body-hallakonsument = Hallå konsument (free advice from the Swedish Consumer Agency)
body-forbrukertilsynet = Forbrukertilsynet (the Norwegian Consumer Authority: mediation, then Forbrukerklageutvalget)
body-geschillencommissie = De Geschillencommissie (the Dutch disputes committees, for shops affiliated with them)
body-consuwijzer = ACM ConsuWijzer (free advice on your rights in the Netherlands)
body-universalschlichtungsstelle = Universalschlichtungsstelle des Bundes (the German general conciliation body, if the shop takes part)
body-verbraucherzentrale = Verbraucherzentrale (the German consumer advice centres)
body-forbrug = Forbrug.dk (advice from the Danish Competition and Consumer Authority)
body-kuluttajaneuvonta = Kuluttajaneuvonta (Finnish consumer advice: contact it before the Consumer Disputes Board)
body-mediateur-consommation = The shop's consumer mediator (named in its terms of sale)
body-conciliateur = A conciliateur de justice (free conciliation in France)

## Where the shopper is

# Above each step's heading; the confirmation has none.
step-progress = Step { $step } of { $total }
# Announced when a step opens.
status-step-progress = { $title } (step { $step } of { $total })

# Files (photos, receipts)
field-attachments-label = Photos or documents
field-attachments-hint = For example a photo of the item or the receipt. Up to { $max } files of up to { $mb } MB each: JPEG, PNG, WebP, HEIC or PDF.
error-attachments-too-many = Choose no more than { $max } files
error-attachments-too-large = { $name } is larger than { $mb } MB: choose a smaller file
error-attachments-type = { $name } is not a JPEG, PNG, WebP, HEIC or PDF file: choose a photo or a PDF
error-attachments-empty = { $name } is empty: choose another file
attachments-remove = Remove { $name }
attachments-size = { $kb } KB
attachments-choose-again = Choose these files again, they could not be kept: { $names }
