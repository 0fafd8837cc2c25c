# CAMEO 10: DEMAND. As with appeals, the one demanded of is the target (direct object of
# "demand that X ...", "press", "order", "insist"; object of "from", "of").

# 100 Demand, not specified below
100  demand
100  demand from:$T
100  insist
100  insist on:*
100  order
100  order $T >*
100  require
100  require $T >*
100  command
100  instruct
100  direct $T >*
100  tell $T >*
100  press $T >*
100  push for:*
100  push $T >*
100  pressure $T >*
100  pressure
100  pressurize
100  make demand
100  issue demand|order|directive|instruction
100  renew demand
100  reiterate demand
100  set condition|precondition
100  impose condition|precondition
100  stipulate
100  want $T >*

# 101 Demand material cooperation (1011 economic, 1012 military, 1013 judicial, 1014 intelligence)
101  demand cooperation|collaboration
101  insist on:cooperation|collaboration
101  demand >cooperate|collaborate
1011 demand investment|trade|payment|compensation|reparation|repayment|money|fund|share
1011 insist on:payment|compensation|reparation|repayment
1011 demand >pay|repay|compensate|invest|open
1012 demand troop|force|base|military_cooperation|basing_right
1012 demand >send|contribute troop|force|soldier
1013 demand extradition|handover|prosecution|trial|arrest|punishment|justice
1013 demand >extradite|hand_over|prosecute|try|arrest|punish
1013 insist on:extradition|handover|prosecution|trial|punishment|justice
1014 demand information|intelligence|data|explanation|clarification|answer|detail|disclosure|account|proof|evidence
1014 demand >disclose|share|reveal|explain|clarify
1014 insist on:information|explanation|clarification|disclosure

# 102 Demand policy support
102  demand support|backing|endorsement|recognition|loyalty|solidarity
102  demand >support|back|recognize|recognise|endorse|join
102  insist on:support|backing|recognition
102  insist >support|back

# 103 Demand aid, protection, or peacekeeping (1031-1034)
103  demand aid|assistance|help|relief
103  demand >aid|help|assist|provide|send|give|deliver
103  insist on:aid|assistance
1031 demand loan|credit|funding|bailout|debt_relief|economic_aid
1031 demand >lend|fund|finance
1032 demand weapon|arm|ammunition|military_aid|military_assistance
1032 demand >arm|supply
1033 demand food|medicine|shelter|humanitarian_aid|humanitarian_access|relief_supply
1033 demand >feed|shelter|evacuate
1034 demand protection|peacekeeper|peacekeeping_force|security|security_guarantee|intervention|no-fly_zone
1034 demand >protect|defend|ensure|guarantee|intervene
1034 insist on:protection|security|security_guarantee

# 104 Demand political reform (1041 leadership, 1042 policy, 1043 rights, 1044 institutions)
104  demand reform|democracy|democratization|democratisation|transparency|accountability
104  demand >reform|democratize|democratise
104  insist on:reform|democracy
1041 demand resignation|ouster|removal|dismissal|election|poll|vote|recall|impeachment|departure|overthrow|fall
1041 demand >resign|step_down|quit|leave|go|hold|call|dismiss|sack|fire|remove|impeach
1041 insist on:resignation|ouster|removal|election|departure
1042 demand change|reversal|repeal|review|rethink|cancellation|revocation|suspension
1042 demand >change|reverse|repeal|review|rethink|cancel|revoke|scrap|drop|abandon|end|stop|halt|suspend|comply|respect|abide|implement|honor|honour
1042 insist on:change|reversal|repeal|implementation|compliance
1043 demand right|freedom|liberty|equality|autonomy|independence|self-determination|citizenship|suffrage
1043 demand >grant|restore
1043 insist on:right|freedom|autonomy|independence
1044 demand constitution|referendum|amendment|overhaul|restructuring|dissolution|abolition
1044 demand >amend|rewrite|overhaul|restructure|dissolve|abolish|establish|create
1044 insist on:referendum|amendment|constitution

# 105 Demand that target yields (1051-1056)
105  demand concession|compromise|surrender|capitulation|restraint
105  demand >yield|concede|compromise|back_down|give_in|relent|capitulate|surrender|submit
105  insist on:concession|compromise|surrender
1051 demand lifting|easing|relaxation|end of:curfew|restriction|ban|censorship|emergency|martial_law
1051 demand >lift|ease|relax|end|remove curfew|restriction|ban|censorship|emergency|martial_law|checkpoint
1052 demand >disperse|end|stop|call_off protest|demonstration|strike|uprising|rebellion|riot|blockade
1052 demand end of:protest|demonstration|strike|violence|unrest|uprising|rebellion
1052 demand calm|order
1053 demand release|return|repatriation|restitution
1053 demand >release|free|return|give_back|repatriate|unfreeze
1053 insist on:release|return
1054 demand lifting|easing|end|removal of:sanction|embargo|boycott|blockade|tariff
1054 demand >lift|ease|end|remove|drop sanction|embargo|boycott|tariff
1055 demand access|inspection|observer|monitor|inquiry|investigation
1055 demand >allow|admit|permit|accept|let_in
1055 insist on:access|inspection|inquiry|investigation
1056 demand withdrawal|pullout|ceasefire|truce|halt|cessation|de-escalation|disarmament|demobilization|demilitarization|retreat
1056 demand >withdraw|pull_out|pull_back|disarm|demobilize|demobilise|cease|de-escalate|retreat|evacuate|halt|stop|end attack|offensive|fighting|operation|bombing|shelling|hostility|war|violence|occupation|aggression|airstrike
1056 demand >withdraw|pull_out|pull_back|disarm|demobilize|demobilise|de-escalate|retreat
1056 insist on:withdrawal|ceasefire|pullout|disarmament

# 106 Demand meeting, negotiation
106  demand talk|meeting|negotiation|dialogue|summit|consultation|session
106  demand >meet|negotiate|talk|resume|sit_down|convene
106  insist on:talk|meeting|negotiation|dialogue

# 107 Demand settling of dispute
107  demand settlement|solution|resolution|agreement|peace|deal
107  demand >settle|resolve|reach|conclude|reconcile|find
107  insist on:settlement|solution|resolution|agreement|peace

# 108 Demand mediation
108  demand mediation|arbitration|mediator|referral
108  demand >mediate|arbitrate|refer
108  insist on:mediation|arbitration
