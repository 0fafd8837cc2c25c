# CAMEO 03: EXPRESS INTENT TO COOPERATE (PLOVER AGREE). Mostly a verb of promising or agreeing
# with an infinitive complement (">VERB"): the complement picks the 4-digit code.

# 030 Express intent to cooperate, not specified below
030  agree
030  agree >*
030  agree on:*
030  agree to:*
030  offer
030  offer >*
030  promise
030  promise >*
030  assure
030  reassure
030  pledge
030  pledge >*
030  vow   # a promise; with a hostile complement the coder makes it a threat (138)
030  vow >work|strengthen|boost|expand|deepen
030  swear >work|strengthen|boost|expand|deepen|cooperate|support|back|help|defend|protect|uphold|respect|honour|honor|abide_by   # no bare "swear": "was sworn in" is no event
030  commit >*
030  commit to:*
030  undertake >*
030  volunteer
030  intend
030  plan >cooperate|work
030  reach understanding|consensus|accord|agreement|deal
030  reach understanding|consensus|accord|agreement|deal %   # "Washington and Beijing reached a deal": each with the other
030  reach agreement|deal on:*
030  strike deal|bargain
030  seal deal
030  clinch deal
030  hammer_out deal|agreement|accord
030  forge partnership|alliance
030  express willingness|readiness|desire|intention|interest
030  signal willingness|readiness|intention
030  state willingness|readiness
030  announce intention|plan
030  ready >*
030  willing >*
030  prepared >*
030  eager >*
030  keen >*
030  determined >cooperate|work|strengthen
030  accept offer|proposal|plan
030  accept
030  welcome offer|proposal|plan|initiative|idea
030  endorse plan|proposal|initiative
030  back plan|proposal|initiative
030  approve plan|proposal|deal|agreement|accord
030  ratify agreement|treaty|accord|deal|convention|pact   # CAMEO codes ratification as intent until carried out
030  build_up cooperation|partnership|relation|tie
030  boost cooperation|tie|relation|partnership
030  strengthen cooperation|tie|relation|partnership
030  deepen cooperation|tie|relation|partnership
030  expand cooperation|tie|relation|partnership
030  enhance cooperation|tie|relation|partnership
030  promote cooperation|tie|relation|partnership
030  develop cooperation|tie|relation|partnership
030  improve relation|tie
030  foster cooperation|relation|tie
030  seek >cooperate|improve|strengthen|boost
030  look_forward to:cooperation|partnership|visit|meeting

# 031 Express intent to engage in material cooperation (0311 economic, 0312 military, 0313 judicial, 0314 intelligence)
031  agree >cooperate|collaborate
031  pledge cooperation|collaboration
031  promise cooperation|collaboration
031  offer cooperation|collaboration|partnership
031  vow >cooperate|collaborate
0311 agree >trade|invest|export|import
0311 pledge investment|trade
0311 promise investment|trade|market_access
0311 offer investment|trade_deal|trade_agreement|trade_concession
0311 plan >invest|build
0312 agree >conduct|undertake|hold exercise|drill
0312 agree >train
0312 offer training|base|basing_right
0312 pledge troop|force
0312 offer troop|force
0313 agree >extradite|prosecute
0313 offer >extradite|prosecute
0313 promise >extradite|prosecute|investigate
0313 pledge >extradite|prosecute
0314 agree >share
0314 offer >share
0314 promise >share|provide information|intelligence|data
0314 pledge >share

# 032 Express intent to provide diplomatic cooperation, such as policy support
032  pledge support|backing|solidarity
032  promise support|backing
032  offer support|backing|solidarity
032  express support|backing|solidarity
032  voice support|backing
032  vow >support|back|stand_by
032  promise >support|back|recognize|recognise
032  agree >support|back|recognize|recognise
032  reaffirm support|commitment|backing|solidarity
032  reiterate support|commitment|backing
032  affirm support|commitment
032  stand_by $T
032  stand with:$T
032  side with:$T

# 033 Express intent to provide material aid (0331 economic, 0332 military, 0333 humanitarian, 0334 protection)
033  pledge aid|help|assistance
033  promise aid|help|assistance
033  offer aid|help|assistance
033  agree >aid|help|assist
033  promise >aid|help|assist|provide|send|give|deliver
033  pledge >aid|help|assist|provide|send|give|deliver
033  offer >help|assist|provide|send|give|deliver
033  vow >help|assist|provide|send|give
033  announce aid|assistance|package
0331 pledge money|fund|funding|loan|credit|grant|dollar|euro|million|billion|donation|contribution
0331 promise money|fund|funding|loan|credit|grant|million|billion
0331 offer money|fund|funding|loan|credit|grant|bailout|debt_relief
0331 agree >lend|fund|finance|donate|contribute|forgive
0331 pledge >lend|fund|finance|donate|contribute
0332 pledge weapon|arm|ammunition|tank|missile|jet|military_aid|military_assistance
0332 promise weapon|arm|ammunition|tank|missile|jet|military_aid
0332 offer weapon|arm|ammunition|military_aid|military_assistance
0332 agree >arm|supply|equip
0333 pledge relief|food|medicine|shelter|humanitarian_aid|humanitarian_assistance
0333 promise relief|food|medicine|humanitarian_aid
0333 offer relief|food|medicine|shelter|humanitarian_aid
0334 pledge peacekeeper|protection|peacekeeping_force|peacekeeping_troop
0334 offer peacekeeper|protection|peacekeeping_force|peacekeeping_troop|security_guarantee
0334 promise protection|security_guarantee|peacekeeper
0334 agree >protect|defend|guarantee
0334 vow >protect|defend

# 034 Express intent to institute political reform (0341 leadership, 0342 policy, 0343 rights, 0344 institutions)
034  promise reform|change|democracy
034  pledge reform|change
034  vow reform
034  promise >reform|democratize|democratise
034  pledge >reform
034  commit to:reform|democracy
034  announce reform|reform_plan
0341 promise election|vote|poll
0341 pledge election|vote|poll
0341 agree >step_down|resign
0341 agree >hold election|vote|poll
0341 offer >resign|step_down
0341 promise >step_down|resign
0341 promise >hold election|vote|poll
0341 announce election|resignation
0342 promise >change|review|reconsider|reverse|revise|abandon|drop
0342 agree >change|review|reconsider|reverse|revise|drop
0342 pledge >change|review|revise
0343 promise >respect|protect|guarantee|grant|restore right|freedom
0343 pledge >respect|protect|guarantee|restore
0343 agree >grant|restore|respect
0344 promise >amend|rewrite|overhaul|restructure
0344 agree >amend|rewrite|overhaul
0344 pledge >amend|overhaul
0344 promise referendum|constitution|amendment

# 035 Express intent to yield (0351-0356)
035  agree >yield|concede|compromise|back_down|give_in|relent
035  offer concession|compromise
035  promise concession
035  signal flexibility|compromise
0351 agree >lift|ease|relax
0351 promise >lift|ease|relax
0351 offer >lift|ease|relax
0352 agree >disperse|leave
0352 promise >disperse
0353 agree >release|free|return|hand_over|repatriate|give_back
0353 promise >release|free|return|hand_over|give_back
0353 offer >release|free|return|hand_over|give_back|swap|exchange
0353 pledge >release|free|return
0353 vow >release|free
0353 agree prisoner_swap|prisoner_exchange
0353 agree obl:to=prisoner_swap|prisoner_exchange|hostage_deal|hostage_release|hostage_swap|body_swap|prisoner_release   # not bare swap/exchange: "agreed to a currency swap"; "agreed to a hostage deal": to free captives
0353 agree obl:to=prisoner_swap|prisoner_exchange|hostage_deal|hostage_release|hostage_swap %
0353 agree obl:on=prisoner_swap|prisoner_exchange|hostage_deal|hostage_release|hostage_swap %
0354 agree >lift|ease|end sanction|embargo|boycott
0354 promise >lift|ease|end sanction|embargo|boycott
0354 offer >lift|ease sanction|embargo|boycott
0354 offer sanction_relief
0354 agree obl:to=tariff_truce|trade_truce|tariff_pause   # a truce in a trade war eases tariffs, it is no military truce (0871)
0354 agree obl:to=tariff_truce|trade_truce|tariff_pause %
0354 agree obj=tariff_truce|trade_truce|tariff_pause %
0355 agree >allow|admit|accept|permit
0355 promise >allow|admit|permit
0355 agree >receive inspector|observer|monitor|peacekeeper
0356 agree >withdraw|pull_out|disengage|demobilize|demobilise|disarm|stop|halt|cease|end
0356 promise >withdraw|pull_out|disengage|disarm|stop|halt|cease
0356 offer >withdraw|pull_out|disarm
0356 pledge >withdraw|pull_out|disarm
0356 agree withdrawal|pullout
0356 accept ceasefire|truce
0356 accept ceasefire_proposal|ceasefire_plan|ceasefire_deal|ceasefire_offer|truce_proposal|truce_plan|truce_offer|peace_plan|peace_proposal
0356 agree obl:to=ceasefire_proposal|ceasefire_plan|ceasefire_deal|truce_proposal|truce_plan|peace_plan   # beats 0871 agree obl:to=ceasefire by its compound
0356 endorse ceasefire_proposal|ceasefire_plan|ceasefire_deal|truce_proposal|peace_plan
0356 back ceasefire_proposal|ceasefire_plan|truce_proposal|peace_plan

# 036 Express intent to meet or negotiate
036  agree >meet|talk|negotiate|visit|host|hold|resume
036  offer >meet|talk|negotiate|host
036  promise >meet|visit|talk
036  plan >meet|visit|hold|host
036  invite
036  invite $T to:*
036  extend invitation
036  accept invitation
036  agree to:talk|meeting|negotiation|summit|dialogue
036  offer talk|dialogue|negotiation
036  seek meeting|talk|audience
036  arrange meeting|visit|talk
036  schedule meeting|visit|talk

# 037 Express intent to settle dispute
037  agree >settle|resolve|reconcile
037  offer >settle|resolve
037  promise >settle|resolve|end
037  vow >settle|resolve|end
037  propose settlement|solution|peace_plan|peace_deal
037  offer settlement|solution|peace_plan|peace_deal|peace
037  commit to:peace|settlement|solution
037  agree on:settlement|solution|peace_deal

# 038 Express intent to accept mediation
038  accept mediation|arbitration|mediator|good_office
038  agree to:mediation|arbitration
038  welcome mediation|mediator
038  agree >accept mediation|mediator|arbitration

# 039 Express intent to mediate
039  offer >mediate|broker|facilitate|arbitrate
039  offer mediation|good_office
039  propose >mediate|broker
039  volunteer >mediate
039  agree >mediate|broker
039  promise >mediate|broker
