# CAMEO 06: ENGAGE IN MATERIAL COOPERATION (PLOVER COOPERATE).

# 060 Engage in material cooperation, not specified below
060  cooperate
060  cooperate with:$T
060  collaborate
060  collaborate with:$T
060  work with:$T
060  work together
060  team_up with:$T
060  join force with:$T
060  partner with:$T
060  assist $T in:*
060  launch joint_project|joint_initiative
060  implement agreement|accord|deal
060  carry_out project|program|programme

# 061 Cooperate economically
061  trade
061  trade with:$T
061  invest
061  invest in:$T
061  export
061  export to:$T
061  import
061  import from:$T
061  sell $T
061  sell to:$T
061  buy from:$T
061  purchase from:$T
061  supply oil|gas|energy|electricity|grain|fuel
061  open market
061  sign trade_deal|trade_agreement
061  launch joint_venture
061  lower tariff|duty
061  cut tariff|duty
061  reduce tariff|duty
061  grant trade_preference|market_access
061  establish trade_tie|economic_tie|free_trade_zone
061  boost trade|investment|export
061  finance project
061  build pipeline|plant|factory|port|railway

# 062 Cooperate militarily
062  conduct joint_exercise|joint_patrol|joint_drill|joint_operation|joint_maneuver
062  hold joint_exercise|joint_drill|joint_maneuver
062  stage joint_exercise|joint_drill
062  undertake joint_exercise|joint_drill|joint_operation
062  launch joint_exercise|joint_drill|joint_operation|joint_patrol
062  train
062  patrol jointly
062  hold joint_exercise|joint_drill|joint_patrol with:$T
062  hold joint_military_exercise|joint_military_drill|joint_naval_exercise|joint_naval_drill|joint_air_exercise|joint_war_game|joint_exercise|joint_drill %   # "Greece and Egypt held joint military exercises": each with the other
062  conduct joint_military_exercise|joint_military_drill|joint_naval_exercise|joint_naval_drill|joint_air_exercise|joint_war_game|joint_exercise|joint_drill %
062  stage joint_military_exercise|joint_military_drill|joint_naval_exercise|joint_naval_drill|joint_war_game|joint_exercise|joint_drill %
062  launch joint_military_exercise|joint_military_drill|joint_naval_exercise|joint_naval_drill|joint_war_game|joint_exercise|joint_drill %
062  begin joint_military_exercise|joint_military_drill|joint_naval_exercise|joint_naval_drill|joint_war_game|joint_exercise|joint_drill %
062  start joint_military_exercise|joint_military_drill|joint_naval_exercise|joint_naval_drill|joint_war_game|joint_exercise|joint_drill %
062  kick_off joint_military_exercise|joint_military_drill|joint_naval_exercise|joint_naval_drill|joint_war_game|joint_exercise|joint_drill %
062  hold joint_military_exercise|joint_military_drill|joint_naval_exercise|joint_naval_drill|joint_air_exercise|joint_war_game with:$T
062  conduct joint_military_exercise|joint_naval_exercise|joint_naval_drill with:$T
062  patrol jointly %
062  sign defense_pact|defence_pact|security_pact|defense_agreement|defence_agreement|security_agreement|military_agreement|defense_cooperation_agreement|defence_cooperation_agreement
062  sign defense_pact|defence_pact|security_pact|defense_agreement|defence_agreement|security_agreement|military_agreement %
062  deploy jointly
062  coordinate strike|operation|offensive
062  fight alongside:$T
062  join operation|offensive
062  provide training|basing|base
062  host base|troop
062  grant basing_right|overflight_right
062  allow overflight
062  sell weapon|arm|jet|missile|tank|helicopter   # arms sales are trade with military content

# 063 Engage in judicial cooperation
063  extradite
063  hand_over suspect|fugitive
063  transfer suspect|prisoner|detainee
063  hand_over figure|member|leader|boss|kingpin|trafficker|drug_lord|cartel_figure|cartel_member|cartel_leader|gang_leader|fugitive|suspect to:$T   # "Mexico handed over 29 cartel figures to the United States"
063  send figure|member|leader|boss|kingpin|trafficker|drug_lord|cartel_figure|cartel_member|cartel_leader|fugitive|suspect to:$T
063  transfer figure|member|leader|boss|kingpin|trafficker|drug_lord|cartel_figure|cartel_member|cartel_leader|fugitive|suspect to:$T
063  expel figure|member|leader|boss|kingpin|trafficker|drug_lord|cartel_figure|cartel_member|cartel_leader|fugitive|suspect to:$T
063  prosecute on:behalf
063  cooperate with:court|tribunal|investigation|inquiry|prosecutor
063  sign extradition_treaty|extradition_agreement
063  execute warrant
063  assist investigation|inquiry|probe

# 064 Share intelligence or information
064  share intelligence|information|data|evidence|expertise|technology|knowledge|know-how|experience
064  share intelligence|information|data|evidence|expertise with:$T
064  exchange intelligence|information|data
064  exchange intelligence|information with:$T
064  pass intelligence|information|data to:$T
064  pass_on intelligence|information|data
064  hand_over intelligence|information|evidence|document|file|data
064  provide intelligence|information|data|evidence to:$T
064  provide intelligence|information|evidence|document
064  supply intelligence|information|data
064  give intelligence|information|data|evidence
064  disclose information|data
064  transfer technology|know-how
064  brief $T on:intelligence|finding
064  tip_off $T
