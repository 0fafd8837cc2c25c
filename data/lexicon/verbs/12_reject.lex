# CAMEO 12: REJECT. The rejected party (or the party whose proposal is rejected) is the target.
# Rejections are often negated verbs of agreement ("did not accept"); negation is the coder's
# business, these are the explicit rejection words.

# 120 Reject, not specified below
120  reject
120  refuse
120  refuse >*
120  decline
120  decline >*
120  turn_down
120  rebuff
120  spurn
120  dismiss
120  dismiss proposal|offer|call|demand|request|idea
120  deny obj=request|application|permission|permit|allocation|license|licence|appeal|plea|petition|authorization|authorisation   # bare "deny" is 016
120  repudiate
120  renounce
120  oppose
120  resist
120  snub
120  shun
120  brush_aside
120  brush_off
120  shoot_down proposal|idea|plan
120  vote against:$T
120  vote_down
120  balk
120  balk at:*
120  baulk at:*
120  block
120  obstruct
120  stonewall
120  disregard
120  ignore
120  ignore call|appeal|demand|warning|request|plea
120  defy call|appeal|demand|warning|request
120  resist call|demand
120  refuse >recognize|recognise|approve
120  push_back against:plan|proposal|demand|pressure|call|idea|decision|request|criticism|claim   # "pushed back against the proposal"
120  push_back on:plan|proposal|demand|pressure|call|idea|decision|request|claim
120  pour cold_water on:*   # "poured cold water on the plan"
120  rule_out

# 121 Reject material cooperation (1211 economic, 1212 military)
121  reject cooperation|collaboration|partnership
121  refuse >cooperate|collaborate|work
121  decline >cooperate|collaborate
121  refuse cooperation|collaboration
1211 reject trade_deal|trade_agreement|investment|bid|offer|contract|loan|trade
1211 refuse >trade|invest|buy|sell|export|import
1211 block deal|merger|acquisition|takeover
1211 veto deal|merger|acquisition|takeover|investment
1211 cancel contract|deal|order|purchase|investment
1212 reject military_cooperation|alliance|base|basing|troop|military_exercise|joint_exercise
1212 refuse >join|deploy|host|send troop|force|soldier|coalition|alliance|operation
1212 refuse base|basing|overflight|access|troop
1212 deny obj=overflight|basing|base

# 122 Reject request or demand for material aid (1221 economic, 1222 military, 1223 humanitarian, 1224 protection)
122  reject request|call|plea|appeal|demand for:aid|help|assistance|support
122  refuse aid|help|assistance|support
122  refuse >aid|help|assist|provide|send|give|supply
122  deny obj=aid|help|assistance
122  decline >aid|help|assist|provide|send|give
1221 reject request|call|plea|appeal|demand for:loan|money|fund|funding|bailout|credit|debt_relief
1221 refuse loan|credit|bailout|money|fund|funding
1221 refuse >lend|fund|finance|bail_out|pay
1221 deny obj=loan|credit|funding|bailout
1222 refuse weapon|arm|ammunition|military_aid|military_assistance
1222 refuse >arm|supply weapon|arm|ammunition
1222 deny obj=weapon|arm|military_aid
1222 reject request|call|plea|appeal|demand for:weapon|arm|ammunition|military_aid|troop
1223 refuse medicine|relief|humanitarian_aid|humanitarian_access|refugee
1223 deny obj=food|medicine|relief|humanitarian_aid|humanitarian_access
1223 block aid|food|medicine|relief|convoy|humanitarian_aid|delivery|shipment
1223 reject request|call|plea|appeal|demand for:relief|food|humanitarian_aid|humanitarian_access
1224 refuse protection|peacekeeper|peacekeeping_force|intervention|security_guarantee|deployment
1224 reject peacekeeper|peacekeeping_force|peacekeeping_troop|peacekeeping_mission|deployment|intervention|protection
1224 reject request|call|plea|appeal|demand for:protection|peacekeeper|peacekeeping_force|intervention|no-fly_zone
1224 refuse >protect|defend|intervene|deploy

# 123 Reject request or demand for political reform (1231-1234)
123  reject reform|democracy
123  refuse >reform|democratize|democratise
123  resist reform|change
123  block reform
1231 refuse >resign|step_down|quit|leave|go|cede
1231 refuse >hold|call election|vote|poll
1231 decline >resign|step_down|quit|leave
1231 reject call|demand for:resignation|election|ouster|removal
1231 reject resignation|election|ouster|removal
1231 cling to:power|office|post
1231 hang_on to:power|office
1231 postpone election|vote|poll
1231 delay election|vote|poll
1231 cancel election|vote|poll
1231 refuse >recognize|recognise|accept result|outcome|victory|election|defeat
1232 reject change|reversal|repeal|review|rethink
1232 refuse >change|reverse|repeal|review|rethink|drop|abandon|scrap|budge|cancel|revoke
1232 stick to:policy|position|decision|plan|stance|guns
1232 stand by:decision|policy|position|ruling
1232 stand firm
1232 hold firm
1232 maintain policy|position|stance
1233 refuse >grant|recognize|recognise|respect|restore|guarantee right|freedom|autonomy|independence|citizenship|suffrage
1233 deny obj=right|freedom|autonomy|independence|citizenship|suffrage|recognition
1233 reject demand|call|request for:right|freedom|autonomy|independence|self-determination
1233 reject autonomy|independence|self-determination|statehood
1234 reject amendment|referendum|constitution|overhaul|restructuring|constitutional_change|constitutional_reform
1234 refuse >amend|rewrite|overhaul|restructure|dissolve|abolish
1234 block referendum|amendment|constitutional_change
1234 veto amendment|constitutional_change|reform

# 124 Refuse to yield (1241-1246)
124  refuse >yield|concede|compromise|back_down|give_in|relent|capitulate|surrender|submit|accept|comply|obey
124  vow >fight_on|resist
124  reject concession|compromise|surrender|ultimatum|term
124  rule_out concession|compromise|surrender|retreat
124  stand ground
124  hold ground
124  resist pressure
124  dig_in
1241 refuse >lift|ease|relax|end|remove curfew|restriction|ban|censorship|emergency|martial_law|checkpoint|closure|lockdown
1241 extend restriction|ban|lockdown|closure
1241 maintain curfew|restriction|ban|emergency|martial_law|closure
1241 keep curfew|restriction|ban|checkpoint|closure
1241 renew emergency|state_of_emergency|martial_law|ban
1242 refuse >disperse|end|stop|call_off protest|demonstration|strike|sit-in|hunger_strike
1242 vow >continue protest|demonstration|strike|boycott|struggle
1242 continue protest|demonstration|sit-in
1242 refuse >disperse
1243 refuse >release|free|return|hand_over|give_back|extradite|repatriate|unfreeze
1243 decline >release|free|return|hand_over|extradite|repatriate
1243 reject request|call|demand for:release|return|extradition|handover|repatriation
1243 reject release|return|extradition|handover
1243 keep prisoner|hostage|detainee|captive
1243 hold obj=prisoner|detainee   # not "held a rally for prisoners"
1243 continue >hold|detain
1243 extend detention|custody
1243 deny obj=bail
1243 refuse bail|extradition|release
1244 refuse >lift|ease|end|remove|drop sanction|embargo|boycott|blockade|tariff
1244 maintain sanction|embargo|blockade
1244 renew sanction|embargo
1244 keep sanction|embargo
1244 reject lifting|easing|removal|end of:sanction|embargo|blockade
1244 rule_out lifting|easing|removal of:sanction|embargo
1245 refuse >allow|admit|permit|let_in|accept|receive inspector|observer|monitor|peacekeeper|investigator|journalist|mission|delegation|access|inspection|aid
1245 refuse >allow|admit|permit|let_in
1245 bar inspector|observer|monitor|investigator|journalist|mission|delegation
1245 deny obj=access
1245 deny obj=inspector|observer|investigator|monitor|journalist|mission|delegation
1245 block inspector|inspection|investigation|inquiry|probe|mission|access
1245 reject inspection|inquiry|investigation|monitor|observer|mission|probe
1246 refuse >withdraw|pull_out|pull_back|disarm|demobilize|demobilise|de-escalate|retreat|halt|stop|cease|end|lay_down
1246 reject ceasefire|truce|withdrawal|disarmament|pullout|armistice|cessation|de-escalation
1246 reject ceasefire_proposal|ceasefire_plan|ceasefire_deal|ceasefire_offer|truce_proposal|truce_plan|truce_offer
1246 dismiss ceasefire_proposal|ceasefire_plan|ceasefire_offer|truce_proposal|truce_offer|call_for_ceasefire
1246 reject call|demand|appeal|proposal|offer for:ceasefire|truce|withdrawal|pullout|cessation|disarmament|peace
1246 vow >continue|press_on|keep
1246 continue offensive|attack|fighting|operation|bombing|shelling|war|campaign|advance
1246 press_ahead with:offensive|attack|operation|war|campaign
1246 press_on with:offensive|attack|operation|war|campaign|advance
1246 pursue offensive|operation|war|campaign
1246 rule_out ceasefire|truce|withdrawal|pullout|disarmament

# 125 Reject proposal to meet, discuss, or negotiate
125  reject talk|meeting|negotiation|dialogue|invitation|summit|conference|contact
125  refuse >meet|negotiate|talk|attend|participate|join|sit_down|engage|discuss|receive
125  decline >meet|negotiate|talk|attend|participate|join|discuss
125  decline invitation|offer|talk|meeting
125  turn_down invitation|offer|meeting|talk
125  boycott talk|meeting|negotiation|summit|conference|session|ceremony
125  snub talk|meeting|summit|invitation
125  rule_out talk|meeting|negotiation|dialogue|contact
125  cancel conference   # a cancelled visit, trip or meeting is 160, cancelled talks 164 (as "call off")
125  postpone talk|meeting|visit|summit|trip

# 126 Reject mediation
126  reject mediation|mediator|arbitration|good_office
126  refuse mediation|mediator|arbitration
126  decline mediation
126  refuse >accept mediation|mediator|arbitration
126  rebuff mediation|mediator|effort
126  rule_out mediation|arbitration

# 127 Reject plan, agreement to settle dispute
127  reject plan|peace_plan|proposal|deal|agreement|accord|settlement|treaty|initiative|roadmap|framework|resolution|formula|draft
127  dismiss plan|peace_plan|deal|settlement|initiative|roadmap
127  turn_down plan|deal|proposal|settlement
127  refuse >sign|ratify|implement|endorse
127  pull_out of:deal|agreement|accord|treaty|pact
127  withdraw from:deal|agreement|accord|treaty|pact|convention
127  quit deal|agreement|accord|treaty|pact
127  abandon deal|agreement|accord|treaty
127  scrap deal|agreement|accord|treaty|pact
127  tear_up deal|agreement|accord|treaty
127  renege on:deal|agreement|accord|promise|commitment|pledge
127  back_out of:deal|agreement|accord
127  abrogate treaty|agreement|accord
127  suspend treaty|agreement|accord|deal|pact|peace_deal|memorandum
127  denounce treaty|agreement|accord

# 128 Defy norms, law
128  defy
128  defy ban|law|order|ruling|resolution|court|sanction|curfew|ultimatum|norm
128  violate law|ban|rule|resolution|order|norm|sanction|embargo|agreement|curfew|constitution
128  flout law|ban|rule|resolution|order|norm|sanction|convention|curfew
128  breach law|ban|rule|resolution|agreement|sanction|embargo|convention
128  break law|ban|rule|curfew|embargo|sanction|promise|pledge
128  disobey
128  disobey order|law|ruling|court
128  ignore ruling|law|order|resolution|ban|court
128  contravene
128  infringe
128  circumvent sanction|embargo|ban|law
128  evade sanction|embargo|ban|tax
128  bust sanction|embargo|blockade
128  run blockade
128  disregard law|ruling|order|resolution

# 129 Veto
129  veto
129  veto resolution|bill|law|draft|measure|proposal|nomination|decision|plan
129  block resolution|bill|draft|measure|nomination
129  use veto
129  cast veto
129  exercise veto
129  wield veto
129  kill bill|resolution|measure
129  overrule
129  overturn decision|ruling|law|result
129  strike_down law|bill|ruling|decree
129  annul
129  annul result|election|law|decree|contract
129  nullify
129  invalidate
129  quash ruling|verdict|conviction|decision|law|decree|sentence|order
129  override veto|decision|ruling|objection
129  countermand
