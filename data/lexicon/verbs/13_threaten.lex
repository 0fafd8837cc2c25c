# CAMEO 13: THREATEN. The threatened party is the target. Most threats are "threaten (to) X",
# "warn (that) X", "vow to X" with a hostile complement; the complement picks the code.

# 130 Threaten, not specified below
130  threaten
130  threaten $T with:*
130  threaten >*
130  menace
130  intimidate
130  issue threat|warning
130  make threat
130  trade threat|warning %
130  exchange threat|warning %
130  warn $T of:consequence|retaliation|retribution|response|reprisal|action
130  vow retaliation|revenge|retribution|response|reprisal
130  vow >retaliate|respond|avenge|punish|hit_back|strike_back
130  swear retaliation|revenge|retribution|reprisal   # "swore revenge": as "vow"
130  swear >retaliate|respond|avenge|punish|hit_back|strike_back
130  promise retaliation|revenge|retribution|response
130  pledge retaliation|revenge|retribution
130  threaten retaliation|reprisal|consequence|action|response
130  warn >retaliate|respond|act
130  brandish
130  bully
130  browbeat
130  blackmail

# 131 Threaten non-force (1311 aid, 1312 sanctions, 1313 relations)
131  threaten >penalize|penalise|punish|withhold|isolate
131  threaten measure|step|countermeasure
131  warn of:measure|step|countermeasure
1311 threaten >cut|reduce|stop|halt|suspend|withhold|end|freeze|withdraw aid|assistance|funding|fund|support|loan|credit|subsidy|payment
1311 threaten >cut_off aid|assistance|funding|support
1311 warn of:cut|aid_cut|cutoff|suspension
1312 threaten sanction|embargo|boycott|tariff|penalty|trade_war
1312 threaten >impose|slap|tighten|extend|expand|introduce sanction|embargo|boycott|tariff|penalty|ban
1312 threaten >sanction|embargo|boycott
1312 warn of:sanction|embargo|boycott|tariff|penalty
1312 warn >impose sanction|tariff|embargo
1313 threaten >break|sever|cut|downgrade|reduce|suspend|freeze relation|tie|contact|link
1313 threaten >expel|recall ambassador|envoy|diplomat
1313 threaten >close embassy|consulate
1313 threaten >withdraw from:*
1313 threaten >quit|leave|exit|abandon|pull_out|walk_out

# 132 Threaten with administrative sanctions (1321 freedoms, 1322 ban parties, 1323 curfew, 1324 emergency)
132  threaten >ban|outlaw|restrict|shut|revoke|dissolve|arrest|detain|prosecute|charge|jail|imprison|deport
132  warn >arrest|detain|prosecute|ban|deport
132  threaten arrest|prosecution|ban|deportation|expulsion|legal_action|punishment
1321 threaten >restrict|curb|censor|block|shut|close|ban newspaper|medium|media|press|internet|website|channel|broadcaster|station|gathering|rally|protest|demonstration|assembly
1321 threaten >impose restriction|censorship|control
1322 threaten >ban|outlaw|dissolve|bar|disqualify party|group|organization|organisation|candidate|politician|opposition|movement
1323 threaten >impose|declare|reimpose|extend curfew
1323 threaten curfew
1324 threaten >impose|declare|introduce|extend emergency|state_of_emergency|martial_law|emergency_rule|direct_rule
1324 threaten martial_law|emergency|state_of_emergency

# 133 Threaten political dissent, protest
133  threaten >protest|demonstrate|march|rally|riot|revolt|rebel|resist|block|stage
133  threaten protest|demonstration|march|sit-in|walkout|general_strike|unrest|uprising|hunger_strike
133  warn of:protest|unrest|uprising|revolt|demonstration|riot
133  vow >protest|demonstrate|march
133  swear >protest|demonstrate|march

# 134 Threaten to halt negotiations
134  threaten >halt|suspend|end|break_off|quit|abandon|walk_out|boycott|pull_out talk|negotiation|dialogue|process|meeting
134  threaten >walk_away
134  threaten boycott of:talk|negotiation|meeting

# 135 Threaten to halt mediation
135  threaten >halt|suspend|end|abandon|withdraw mediation|effort|role|involvement
135  threaten >withdraw from:mediation|talk|process
135  threaten >step_down|resign as:mediator|broker

# 136 Threaten to halt international involvement (non-mediation)
136  threaten >expel|withdraw|pull_out|recall|evict|remove peacekeeper|observer|monitor|inspector|mission|aid_worker|force|troop|agency|contingent
136  threaten >end|terminate|suspend|halt mission|operation|cooperation|inspection|monitoring|presence

136  threaten expulsion|withdrawal of:peacekeeper|observer|monitor|inspector|mission|aid_worker|troop
136  warn >expel|evict peacekeeper|observer|monitor|inspector|mission|aid_worker

# 137 Threaten with violent repression
137  threaten >suppress|quell|repress|crack_down|disperse|silence|kill|shoot
137  threaten crackdown|repression
137  vow >crush|suppress|quell|root_out|stamp_out|eliminate|wipe_out|annihilate|exterminate|eradicate
137  swear >crush|suppress|quell|root_out|stamp_out|eliminate|wipe_out|annihilate|exterminate|eradicate
137  warn >crack_down|shoot
137  warn of:crackdown|repression|bloodshed|force|violence|punishment
137  threaten >use violence
137  threaten >lock_up|hang|execute

# 138 Threaten to use military force (1381 blockade, 1382 occupation, 1383 unconventional, 1384 conventional attack, 1385 WMD)
138  threaten war|attack|strike|invasion|force|military_action|offensive|military_force|military_response|airstrike
138  threaten >attack|strike|invade|bomb|hit|destroy|target|fight|wage|intervene|shell|annihilate|obliterate|wipe_out|crush|raze|level
138  vow >attack|strike|hit|destroy|target|fight|wage|bomb|invade
138  swear >attack|strike|hit|destroy|target|fight|wage|bomb|invade
138  warn of:war|attack|strike|invasion|military_action|offensive|escalation
138  warn >attack|strike|invade|bomb|hit|destroy|target|launch|intervene
138  declare war
138  declare war on:$T
138  rattle saber|sabre
1381 threaten >close|seal|cut_off port|strait|border|city|coast|sea_lane|route|crossing|supply|airspace
1381 threaten blockade|siege|closure
1381 threaten >blockade|besiege|encircle
1381 vow >blockade|besiege|encircle
1381 swear >blockade|besiege|encircle
1382 threaten >occupy|seize|capture|annex|take_over|overrun|retake|reclaim
1382 threaten occupation|annexation|takeover
1382 vow >occupy|seize|capture|annex|take_over|retake|reclaim|liberate
1382 swear >occupy|seize|capture|annex|take_over|retake|reclaim|liberate
1383 threaten >kidnap|abduct|behead|assassinate|blow_up
1383 threaten terrorist_attack|suicide_attack|bombing|kidnapping|assassination|execution|terrorism|terror|jihad|beheading|attack_on_civilian
1383 vow >kidnap|abduct|behead|execute|assassinate|blow_up
1383 swear >kidnap|abduct|behead|execute|assassinate|blow_up
1383 threaten terrorist_activity|terror_attack|suicide_bombing|car_bombing
1384 threaten >launch|fire|use|deploy missile|rocket|airstrike|strike|tank|artillery|army|troop|force|warship|fighter|bomber|drone
1384 threaten >shoot_down|sink|intercept
1384 threaten military_strike|air_strike|missile_strike|ground_offensive|ground_invasion
1384 threaten >deliver blow
1384 vow >shoot_down|sink|intercept
1385 threaten >use|deploy|launch|fire|test|detonate|build chemical_weapon|biological_weapon|nuclear_weapon|wmd|weapon_of_mass_destruction|nuke|nuclear|atomic_bomb|bomb|gas|chemical
1385 threaten nuclear_attack|nuclear_strike|nuclear_war|chemical_attack|nuclear_response|nuclear_retaliation|annihilation|obliteration
1385 warn of:nuclear_war|nuclear_attack|nuclear_strike|nuclear_catastrophe|armageddon

# 139 Give ultimatum
139  issue ultimatum
139  give ultimatum
139  deliver ultimatum
139  present ultimatum
139  set deadline
139  set deadline for:*
139  give $T deadline|hour|day|week
139  impose deadline
139  extend ultimatum|deadline
