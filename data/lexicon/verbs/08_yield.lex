# CAMEO 08: YIELD (PLOVER CONCEDE, and RETREAT for 087 and the like).

# 080 Yield, not specified below
080  yield
080  yield to:$T
080  concede to:$T
080  give_in
080  give_in to:$T
080  back_down
080  cave_in
080  cave
080  relent
080  capitulate
080  bow to:pressure|demand
080  submit to:$T
080  comply
080  comply with:*
080  acquiesce
080  make concession
080  pay compensation|reparation|indemnity
080  accept demand|condition|term
080  give_up
080  back_off
080  retreat from:position|demand

# 081 Ease administrative sanctions (0811 political freedoms, 0812 ban on parties, 0813 curfew, 0814 emergency)
081  ease restriction|control|measure|rule
081  lift restriction|measure|ban|closure|lockdown
081  relax restriction|rule|control|measure
081  cancel restriction|ban|measure
081  loosen restriction|control|grip
081  remove restriction|checkpoint|barrier
081  reopen border|crossing|airport|office|school|mosque|church
081  unblock
0811 lift censorship|press_restriction|travel_ban
0811 ease censorship|press_restriction
0811 allow rally|demonstration|protest|gathering
0811 permit rally|demonstration|protest
0811 restore freedom|right|liberty|internet|access
0811 unblock website|internet|access
0811 reinstate newspaper|broadcaster|channel
0811 legalize
0811 legalise
0811 decriminalize
0811 decriminalise
0812 lift ban on:party|opposition|group|politician|candidate
0812 legalize party|opposition|group
0812 legalise party|opposition|group
0812 unban
0812 register party
0812 allow party|opposition|candidate
0812 reinstate candidate|party|politician
0813 lift curfew
0813 ease curfew
0813 relax curfew
0813 end curfew
0813 shorten curfew
0813 suspend curfew
0814 lift emergency|state_of_emergency|martial_law|emergency_rule
0814 end emergency|state_of_emergency|martial_law|emergency_rule
0814 ease emergency|martial_law
0814 revoke emergency|martial_law
0814 suspend emergency|martial_law

# 082 Ease political dissent
082  call_off protest|strike|demonstration|rally|boycott|march
082  end protest|strike|demonstration|boycott|sit-in|hunger_strike
082  suspend protest|strike|demonstration|boycott|hunger_strike
082  stop protest|strike|demonstration|boycott
082  cancel protest|strike|demonstration|rally|march
082  halt protest|strike|demonstration
082  postpone protest|strike|demonstration|rally|march
082  disperse
082  return to:work
082  go_home
082  abandon protest|strike

# 083 Accede to requests or demands for political reform (0831-0834)
083  accede to:demand|request|call
083  meet demand
083  grant demand|request
083  reform
083  enact reform
083  implement reform
083  introduce reform
083  democratize
083  democratise
0831 resign
0831 step_down
0831 quit
0831 hand_over power
0831 relinquish power|post|office|leadership
0831 cede power
0831 abdicate
0831 dismiss minister|official|government|cabinet|chief|commander|governor|general
0831 sack minister|official|government|cabinet|chief|commander|governor|general
0831 fire minister|official|chief|commander|governor|general
0831 step_aside
0831 leave office|power|post
0831 reshuffle cabinet|government
0831 call obj=election|poll|vote|snap_election   # "called elections"; "called on X to vote" is an appeal
0831 hold election|poll|vote
0831 tender resignation
0831 submit resignation
0831 dissolve government|cabinet|parliament
0832 change policy|course|law|rule
0832 reverse decision|policy|course|ruling|order
0832 revoke decision|order|law|decree
0832 scrap plan|law|policy|tax|decision|decree
0832 drop plan|proposal|demand|bill|charge
0832 abandon plan|policy|project|bill
0832 withdraw bill|proposal|plan|decree
0832 repeal law|decree|ban|act
0832 rescind decision|order|decree|ban
0832 amend law|bill|policy
0832 u-turn
0832 backtrack
0832 back_track
0832 shelve plan|project|bill
0833 grant right|freedom|citizenship|autonomy|suffrage
0833 restore citizenship
0833 recognize right
0833 recognise right
0833 extend right|suffrage to:$T
0833 guarantee right|freedom
0833 enfranchise
0833 emancipate
0834 amend constitution|charter
0834 rewrite constitution
0834 adopt constitution|new_constitution
0834 restructure government|institution
0834 dissolve assembly|agency|council
0834 create commission|council|institution
0834 hold referendum
0834 approve constitution|amendment|reform
0834 abolish monarchy|post|office|court|council

# 084 Return, release (0841 persons, 0842 property)
084  give_back
084  hand_back
0841 release
0841 return prisoner|hostage|detainee|captive|national|refugee|soldier
0841 release prisoner|hostage|detainee|captive|soldier|journalist|activist|suspect|inmate|national|crew|sailor
0841 free
0841 free prisoner|hostage|detainee|captive|soldier|journalist|activist|inmate
0841 pardon prisoner|detainee|inmate|convict|protester|activist|journalist|dissident|thousand|hundred|opponent   # a pardon that frees people is a release; bare "pardon" stays 056
0841 amnesty prisoner|detainee|inmate|protester|activist
0841 grant obj=amnesty|pardon obl:to=prisoner|detainee|inmate|convict|protester|activist|dissident|thousand|hundred|dozen   # an amnesty that frees people is a release
0841 set_free
0841 let_go
0841 parole
0841 repatriate
0841 repatriate prisoner|refugee|body|remains|national
0841 hand_over prisoner|hostage|body|remains|soldier|captive|detainee
0841 exchange obj=prisoner|detainee|captive|hostage|body|remains|pow %   # "Russia and Ukraine exchanged prisoners": each frees the other's people
0841 swap obj=prisoner|detainee|captive|hostage|body|remains|pow %
0841 exchange prisoner|detainee|captive|hostage
0841 swap prisoner|detainee|captive|hostage
0841 carry_out prisoner_swap|prisoner_exchange|swap|exchange %   # before the line without %: equally specific, the earlier wins
0841 carry_out prisoner_swap|prisoner_exchange|swap|exchange
0841 carry_out prisoner_swap|prisoner_exchange|swap|exchange with:$T
0841 conduct prisoner_swap|prisoner_exchange|hostage_swap %
0841 conduct prisoner_swap|prisoner_exchange
0841 hold prisoner_swap|prisoner_exchange|hostage_swap %
0841 complete prisoner_swap|prisoner_exchange|hostage_swap %
0841 complete prisoner_swap|prisoner_exchange|hostage_swap with:$T
0841 unshackle
0841 discharge prisoner|detainee
0841 deliver hostage|prisoner|captive
0842 return property|land|territory|asset|ship|vessel|plane|aircraft|helicopter|artifact|body|remains|weapon|equipment|vehicle|cargo|seized_property
0842 hand_back territory|land|property|asset|ship|vessel|aircraft|helicopter|weapon|equipment|vehicle
0842 hand_over territory|land|property|asset|ship|vessel|aircraft|control|region|island   # a town, city or base handed over is a retreat (0874)
0842 release asset|ship|vessel|tanker|aircraft|plane|cargo|shipment
0842 restore property|land|asset
0842 relinquish territory|land|control|village|town|region|area|island|sovereignty
0842 cede territory|land|control|village|town|city|region|area|island|district|province|enclave|sovereignty

# 085 Ease economic sanctions, boycott, embargo
085  lift sanction|embargo|boycott|trade_ban|export_ban|import_ban|freeze|tariff
085  ease sanction|embargo|boycott|trade_ban
085  relax sanction|embargo
085  suspend sanction|embargo|tariff
085  end sanction|embargo
085  remove sanction|embargo|tariff
085  waive sanction|tariff
085  drop sanction|embargo|tariff
085  roll_back sanction|tariff
085  extend tariff_truce|trade_truce|tariff_pause|tariff_exemption|sanction_waiver
085  reach tariff_truce|trade_truce %
085  announce tariff_truce|trade_truce|tariff_pause
085  announce obj=pause|suspension|delay|exemption obl:on=tariff|sanction|levy|duty   # "announced a pause on tariffs": not the tariffs themselves (163)
085  order obj=pause|suspension|delay obl:on=tariff|sanction|levy|duty
085  unfreeze asset|account|fund|aid
085  resume trade|export|import|flight
085  restore trade|aid|flight|link

# 086 Allow international involvement (0861 peacekeepers, 0862 inspectors, 0863 humanitarian aid)
086  allow observer|monitor|mission|delegation|journalist|involvement
086  admit observer|monitor|mission|delegation|journalist
086  accept observer|monitor|mission|delegation|involvement
086  permit observer|monitor|mission|journalist
086  let_in observer|monitor|journalist
086  invite observer|monitor
086  receive observer|monitor|mission
086  grant access
086  give access
086  open door to:*
0861 accept peacekeeper|peacekeeping_force|peacekeeping_troop|peacekeeping_mission|foreign_troop
0861 allow peacekeeper|peacekeeping_force|peacekeeping_troop|deployment
0861 welcome peacekeeper|peacekeeping_force|peacekeeping_troop
0861 admit peacekeeper|peacekeeping_force
0861 receive peacekeeper|peacekeeping_force|peacekeeping_troop
0862 allow inspector|inspection|investigator
0862 admit inspector|investigator
0862 accept inspector|inspection|investigator
0862 receive inspector
0862 let_in inspector
0862 permit inspector|inspection
0862 grant inspector|inspection
0862 open facility|site to:inspector|inspection
0862 resume inspection
0863 allow aid|food|delivery|convoy|shipment|humanitarian_aid|humanitarian_access|relief|supply
0863 permit aid|delivery|convoy|humanitarian_aid|relief
0863 let_in aid|convoy|food|relief|supply
0863 grant humanitarian_access
0863 open corridor|humanitarian_corridor|crossing
0863 reopen corridor
0863 admit aid|convoy|relief

# 087 De-escalate military engagement (0871 truce, 0872 blockade, 0873 demobilise, 0874 retreat/surrender)
087  de-escalate
087  deescalate
087  disengage
087  stand_down
087  scale_back operation|offensive|attack|bombing|strike
087  reduce troop|force|presence
087  halt offensive|attack|operation|bombing|advance|raid|shelling|fighting
087  stop offensive|attack|operation|bombing|shelling|fighting
087  suspend offensive|attack|operation|bombing|raid|airstrike
087  end offensive|operation|bombing|war|fighting|hostility|occupation|campaign
087  pause offensive|operation|bombing|fighting
087  cease fighting|hostility|fire|attack
087  withdraw troop|force|soldier|army|unit|tank|artillery
087  pull_back troop|force|unit
087  pull troop|force
087  lower alert
087  dismantle base|outpost|checkpoint|barrier|settlement
0871 declare ceasefire|truce|humanitarian_pause|pause_in_fighting|pause_in_the_fighting|pause_in_hostility|pause_in_the_hostility|cease-fire|armistice|cessation
0871 announce ceasefire|truce|humanitarian_pause|pause_in_fighting|pause_in_the_fighting|pause_in_hostility|pause_in_the_hostility|cease-fire|cessation
# agreeing to it in force, not a promise; tied to the object or the to/on oblique, so that a
# ceasefire only mentioned in the clause ("agreed to talks on a ceasefire") is not one
0871 agree obj=ceasefire|truce|humanitarian_pause|pause_in_fighting|pause_in_the_fighting|pause_in_hostility|pause_in_the_hostility|cease-fire|armistice|cessation
0871 agree obl:to=ceasefire|truce|humanitarian_pause|pause_in_fighting|pause_in_the_fighting|pause_in_hostility|pause_in_the_hostility|cease-fire|armistice|cessation
0871 agree obl:on=ceasefire|truce|humanitarian_pause|pause_in_fighting|pause_in_the_fighting|pause_in_hostility|pause_in_the_hostility|cease-fire|armistice|cessation
0871 observe ceasefire|truce|cease-fire
0871 sign ceasefire|truce|cease-fire|armistice
0871 extend ceasefire|truce|humanitarian_pause|pause_in_fighting|pause_in_the_fighting|pause_in_hostility|pause_in_the_hostility|cease-fire
0871 call obj=ceasefire|truce|cease-fire   # "called a truce", not "called X about the truce"
0871 respect ceasefire|truce|cease-fire
0871 uphold ceasefire|truce|cease-fire
0871 implement ceasefire|truce|cease-fire
0871 reach ceasefire|truce|humanitarian_pause|pause_in_fighting|pause_in_the_fighting|pause_in_hostility|pause_in_the_hostility|cease-fire|armistice
0871 hold fire
0872 lift blockade|siege
0872 ease blockade|siege
0872 end blockade|siege
0872 break siege
0872 reopen port|harbor|harbour|airspace|road
0872 allow ship|vessel|flight|passage
0873 demobilize
0873 demobilise
0873 disarm
0873 demilitarize
0873 demilitarise
0873 disband
0873 disband militia|unit|force|army|group
0873 demobilize fighter|troop|soldier|militia|rebel|combatant
0873 hand_over weapon|arm
0873 surrender weapon|arm
0873 give_up weapon|arm
0873 lay_down weapon|arm
0873 decommission weapon|arm
0873 destroy stockpile|arsenal
0873 dismantle arsenal|stockpile|program|programme
0874 retreat
0874 retreat from:$T
0874 withdraw
0874 withdraw from:$T
0874 pull_out
0874 pull_out of:$T
0874 complete withdrawal|pullout|pull-out
0874 begin withdrawal|pullout|pull-out
0874 start withdrawal|pullout|pull-out
0874 speed withdrawal|pullout|pull-out
0874 accelerate withdrawal|pullout|pull-out
0874 pull_back
0874 surrender
0874 surrender to:$T
0874 evacuate obj=base|position|town|city|area|outpost|garrison   # tied: "evacuated residents of northern towns" is no retreat
0874 abandon position|base|town|city|stronghold|post
0874 give_up fight|struggle
0874 vacate position|base
0874 hand_over town|city|base|position
