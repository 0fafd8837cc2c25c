# CAMEO 04: CONSULT. The other party is the target: direct object ("met Putin"), or the object
# of "with" ("held talks with", "met with").

# 040 Consult, not specified below
040  consult
040  consult with:$T
040  confer
040  confer with:$T
040  reach_out to:$T   # "reached out to the Algerian president": made contact
040  meet
040  meet with:$T
040  meet obl:in=*   # the place of a meeting is no target: "met in Alaska"
040  meet obl:in=* %   # "Trump and Putin met in Alaska": each meets the other
040  hold obj=talk|negotiation|meeting|discussion|consultation obl:in=*
040  hold obj=talk|negotiation|meeting|discussion|consultation obl:in=* %   # "Russia and Ukraine held talks in Istanbul"
040  hold obj=talk|negotiation|meeting|discussion|consultation|summit obl:under=mediation|auspice|aegis|sponsorship|chairmanship %   # the mediator is no party: "held talks under U.S. mediation"
040  hold obj=summit|conference obl:in=*
040  hold obj=summit|conference obl:in=* %
040  talk
040  talk with:$T
040  talk to:$T
040  speak obl:with=$T   # a conversation ("Macron spoke with Putin for two hours"); "speak to reporters" stays 010
040  hold conversation with:$T
040  discuss
040  discuss with:$T
040  hold talk|discussion|consultation|meeting with:$T
040  hold talk|discussion|consultation|meeting
040  have talk|discussion|meeting with:$T
040  conduct talk|consultation
040  exchange view|idea|opinion with:$T
040  exchange view|idea|opinion
040  sit_down with:$T
040  huddle with:$T
040  engage with:$T
040  engage in:dialogue|discussion|talk
040  convene meeting|summit|conference|session
040  attend meeting|summit|conference|session|talk
040  chair meeting|summit|talk
040  hold summit|conference|session
040  brief $T on:*
040  receive briefing
040  debate

# 041 Discuss by telephone
041  phone
041  telephone
041  ring
041  hold telephone_conversation|phone_conversation|phone_call|telephone_call|call with:$T
041  speak by:phone|telephone with:$T
041  speak by:phone|telephone
041  talk by:phone|telephone
041  make telephone_call|phone_call|call to:$T
041  have telephone_conversation|phone_conversation|phone_call with:$T
041  hold telephone_conversation|phone_conversation|phone_call|telephone_call|call %   # "Biden and Xi held a phone call"
041  have telephone_conversation|phone_conversation|phone_call|telephone_call %
041  speak by:phone|telephone %
041  videoconference
041  hold videoconference|video_call|video_conference with:$T
:041 receive call|phone_call|telephone_call

# 042 Make a visit
042  visit
042  travel to:$T
042  fly to:$T
042  arrive in:$T
042  arrive at:$T
042  arrive
042  go obl:to=$T   # tied: "is going to be hiring" is no visit
042  come obl:to=$T   # tied: "when it comes to X", "comes to involve" are no visit
042  tour
042  pay visit to:$T
042  pay visit
042  make visit|trip to:$T
042  make visit|trip
042  begin visit|tour|trip
042  start visit|tour|trip
042  end visit|tour|trip
042  wrap_up visit|tour|trip
042  conclude visit|tour|trip
042  undertake visit|tour|trip
042  head to:$T
042  land in:$T
042  depart for:$T
042  leave for:$T
042  embark on:visit|tour|trip
042  send delegation|emissary|mission|negotiator to:$T   # a visit by proxy ("Ruto sent a delegation to Khartoum"); sending an ambassador is 050
042  dispatch delegation|emissary|negotiator to:$T

# 043 Host a visit
043  host
043  receive
---  receive obj=report|information|letter|message|complaint|request|threat|news|intelligence|update|warning|application|petition|bid|offer|proposal|response|reply|document|evidence|vote|award|prize|sentence|treatment|payment|order|notice|notification|assurance|guarantee|invitation|criticism   # things received are no visit hosted ("the UN received reports of killings")
043  welcome
043  greet
043  entertain $T
043  give welcome|reception to:$T
043  hold reception for:$T
043  play host to:$T
043  hold banquet|dinner|lunch for:$T

# 044 Meet at a "third" location
# Whether a place is a third party's needs the actors (the coder's job): only the wording that
# says so is here.
044  meet obl:on=sideline|margin %   # "Xi and Trump met on the sidelines of the summit": each meets the other
044  meet on:sideline|margin
044  meet on:neutral_ground|neutral_territory
044  hold talk|meeting on:sideline|margin
044  hold obj=talk|meeting|summit obl:on=sideline|margin obl:in=* %   # the city of the sideline meeting is no party

# 045 Mediate
045  mediate
045  mediate between:*
045  mediate in:*
045  broker
045  broker deal|agreement|truce|ceasefire|accord|talk|settlement
045  arbitrate
045  facilitate talk|negotiation|dialogue
045  intercede
045  intervene in:dispute|conflict
045  launch mediation|mediation_effort|initiative
045  undertake mediation|mediation_effort|mission
045  act as:mediator|intermediary|go-between
045  host talk|negotiation between:*
045  shuttle between:*
045  relay message
045  convey proposal|message|offer|response|reply|demand|position to:$T   # passing one side's words to the other ("Qatar conveyed Israel's proposal to Hamas")
045  relay proposal|offer|response|reply|demand|position to:$T

# 046 Engage in negotiation
046  negotiate
046  negotiate with:$T
046  bargain
046  bargain with:$T
046  hold negotiation with:$T
046  hold negotiation
046  conduct negotiation with:$T
046  resume talk|negotiation
046  resume talk|negotiation with:$T
046  resume obj=talk|negotiation|dialogue obl:in=*   # the place of the talks is no party: "resumed trade talks in New Delhi"
046  resume obj=talk|negotiation|dialogue obl:in=* %
046  renew talk|negotiation|dialogue|contact
046  open talk|negotiation with:$T
046  open talk|negotiation
046  begin talk|negotiation with:$T
046  begin talk|negotiation
046  start talk|negotiation
046  launch talk|negotiation
046  enter negotiation|talk with:$T
046  enter into:negotiation|talk
046  hold round
046  haggle
046  haggle over:*

# Last (the earlier entry wins ties): figurative "come to".
---  come to:power|agreement|conclusion|end|halt|standstill|blow|term

# Nominal events (noun triggers, docs/formats/lexicon.md "Noun triggers"): "during a meeting
# with Maliki", "the talks between A and B", "Putin's visit to Baghdad".
040  noun:meeting
040  noun:talk
040  noun:summit
040  noun:consultation
042  noun:visit
046  noun:negotiation
041  noun:call with:$T   # "in a phone call with Macron, Zelensky said"; calls for, on or to are not this
041  noun:conversation with:$T
040  noun:conference with:$T   # "at a joint news conference with Zelensky"
042  noun:trip to:$T   # "during Lavrov's trip to Pyongyang"
