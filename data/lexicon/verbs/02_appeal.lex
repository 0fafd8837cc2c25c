# CAMEO 02: APPEAL (PLOVER REQUEST). The one appealed to is the target: the direct object of
# "urge", "ask", "press", or the object of "to"/"on" in "appeal to", "call on".

# 020 Appeal, not specified below
020  appeal
020  appeal to:$T
020  urge
020  call on:$T
020  call upon:$T
020  ask
020  request
020  plead
020  plead with:$T
020  press
020  implore
020  beseech
020  entreat
020  exhort
020  petition
020  lobby
020  encourage
020  recommend
020  advocate
020  seek
020  make appeal|plea|request
020  issue appeal|plea|call
020  renew appeal|call|plea
020  repeat appeal|call
020  call for:*
020  press for:*
020  ask for:*
020  appeal for:*
020  plead for:*

# 021 Appeal for material cooperation (0211 economic, 0212 military, 0213 judicial, 0214 intelligence)
021  call for:cooperation|collaboration|partnership
021  appeal for:cooperation|collaboration
021  seek cooperation|collaboration|partnership
021  urge >cooperate|collaborate
0211 call for:investment|trade|loan|credit
0211 seek investment|trade|financing
0211 appeal for:investment|trade
0211 urge >invest|trade
0212 seek weapon|arm|troop|military_cooperation
0212 call for:weapon|arm|troop
0212 request weapon|arm|troop|jet|missile
0212 ask for:weapon|arm|troop
0213 seek extradition
0213 request extradition
0213 call for:extradition
0213 ask for:extradition
0214 seek information|intelligence
0214 request information|intelligence|data
0214 ask for:information|intelligence

# 022 Appeal for diplomatic cooperation, such as policy support
022  seek support|backing|endorsement|recognition
022  ask for:support|backing|endorsement|recognition
022  appeal for:support|backing|solidarity|recognition
022  call for:support|backing|solidarity|recognition
022  request support|backing
022  solicit support|backing
022  canvass support
022  urge >support|back|recognize|recognise|endorse
022  court
022  woo

# 023 Appeal for aid (0231 economic, 0232 military, 0233 humanitarian, 0234 protection or peacekeeping)
023  appeal for:aid|help|assistance
023  call for:aid|help|assistance
023  ask for:aid|help|assistance
023  seek aid|help|assistance
023  request aid|help|assistance
023  plead for:aid|help|assistance
023  beg for:aid|help
023  launch appeal
0231 seek loan|credit|fund|funding|money|grant|bailout|debt_relief
0231 request loan|credit|fund|funding|money|bailout
0231 appeal for:loan|fund|funding|money|donation
023  appeal for:billion|million   # "appealed for $4 billion for Sudan": an aid appeal of unnamed kind
0231 ask for:loan|credit|money|fund|bailout
0231 call for:debt_relief|funding|donation
0232 seek military_aid|military_assistance
0232 request military_aid|military_assistance
0232 appeal for:weapon|arm|ammunition|military_aid
0233 appeal for:food|medicine|shelter|relief|humanitarian_aid
0233 call for:relief|humanitarian_aid|humanitarian_access
0233 seek relief|food|humanitarian_aid
0233 request relief|food|medicine|humanitarian_aid
0233 seek asylum|refuge|sanctuary|political_asylum   # asking a state for asylum is an appeal for humanitarian aid (075 grants it)
0233 request asylum|political_asylum|refuge
0233 apply for:asylum|political_asylum|refugee_status
0233 ask for:asylum|political_asylum|refuge
0233 claim asylum
0234 seek protection
0234 request protection|peacekeeper|peacekeeping_force
0234 call for:protection|peacekeeper|peacekeeping_force|intervention
0234 appeal for:protection|peacekeeper|intervention
0234 ask for:protection|peacekeeper

# 024 Appeal for political reform (0241 leadership, 0242 policy, 0243 rights, 0244 institutions)
024  call for:reform|democracy|democratization
024  appeal for:reform|change|democracy
024  urge reform
024  press for:reform|change|democracy
0241 call for:resignation|election|vote|ouster|removal
0241 urge >resign|step_down|quit
0241 ask >resign|step_down
0241 call on:* >resign|step_down
0242 call for:change|review|reversal|rethink
0242 urge >reconsider|change|reverse|rethink|review|drop|abandon
0242 ask >reconsider|change|reverse
0243 call for:right|freedom|liberty|equality
0243 appeal for:right|freedom|liberty
0243 urge >respect|protect|guarantee
0244 call for:constitution|referendum|amendment|overhaul
0244 urge >amend|overhaul|restructure

# 025 Appeal to yield (0251-0256)
025  urge >yield|concede|compromise|back_down|give_in|relent
025  call for:restraint|compromise|concession|calm
025  appeal for:restraint|calm|compromise
025  urge restraint|calm|compromise
025  call for:lifting|easing|relaxation
025  urge >lift|ease|relax
0252 urge >disperse|refrain
0253 call for:release|return|repatriation
0253 appeal for:release|return
0253 urge >release|free|return|hand_over
0253 call on:* >release|free|return|hand_over|repatriate
0253 ask >release|free|return
0253 press for:release|return
0253 plead for:release|freedom
0255 call for:access|monitor|observer|inspector|inquiry
0255 urge >allow|admit|permit
0256 call for:ceasefire|truce|de-escalation|withdrawal|pullout|halt|cessation|armistice
0256 appeal for:ceasefire|truce|de-escalation
0256 urge >withdraw|pull_out|stop|halt|cease|de-escalate
0256 call on:* >withdraw|pull_out|stop|halt|cease|de-escalate
0256 urge ceasefire|truce|de-escalation|withdrawal

# 026 Appeal to others to meet or negotiate
026  call for:talk|negotiation|dialogue|meeting|summit|conference
026  appeal for:talk|negotiation|dialogue
026  urge >negotiate|meet|talk|resume
026  call on:* >negotiate|meet|talk|resume
026  urge dialogue|talk|negotiation
026  press for:talk|negotiation|dialogue|meeting
026  propose talk|meeting|summit|negotiation|dialogue  # proposing a meeting asks the other side to meet

# 027 Appeal to others to settle dispute
027  call for:settlement|solution|resolution|reconciliation|peace
027  appeal for:settlement|reconciliation|peace
027  urge >settle|resolve|reconcile|end
027  press for:settlement|solution|peace
027  urge settlement|reconciliation|peace

# 028 Appeal to others to engage in or accept mediation
028  call for:mediation|arbitration|mediator
028  appeal for:mediation|arbitration
028  urge mediation|arbitration
028  ask >mediate
028  invite >mediate

# Last, so that the more specific "call on X to VERB" lines above win ties (the earlier entry
# wins): any other complement, then "called X on Monday", which is no appeal.
020  call on:* >*
---  call on:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend   # "called X on Monday" is no appeal
