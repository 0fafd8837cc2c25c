# CAMEO 15: EXHIBIT FORCE POSTURE (PLOVER MOBILIZE). Mostly no target; "deploy troops to X"
# or "mass troops on X's border" names it.

# 150 Demonstrate military or police power, not specified below
150  show force|strength|muscle
150  flex muscle
150  display force|strength|might|weapon|missile
150  parade troop|tank|missile|weapon|hardware
150  hold parade|military_parade
150  stage parade|military_parade|show_of_force
150  conduct exercise|drill|maneuver|manoeuvre|war_game|test   # without a partner: a display of force
150  hold war_game|exercise|drill|maneuver|manoeuvre|military_exercise|military_drill|naval_exercise|naval_drill|air_drill|live-fire_exercise|live-fire_drill   # "held joint drills with X" is 062
150  launch war_game|exercise|drill|maneuver|manoeuvre
150  stage exercise|drill|war_game|maneuver|manoeuvre
150  test missile|rocket|weapon|warhead|bomb
150  test-fire
150  test-fire missile|rocket
150  launch test|missile_test|test_missile
150  fly_over
150  buzz
150  sail through:*
150  patrol
150  patrol near:*
150  send warship|carrier|bomber|fighter|submarine|destroyer|aircraft_carrier|navy|fleet
150  dispatch warship|carrier|bomber|fighter|submarine|destroyer|aircraft_carrier
150  fly bomber|jet|fighter|drone
150  shadow
150  unveil missile|weapon|drone|jet|tank|submarine
150  demonstrate capability|might|power
150  position missile|weapon|troop
150  expel obj=vessel|ship|boat|warship|aircraft|plane|jet|submarine   # coast guards "expelling" a ship from claimed waters
150  drive_away vessel|ship|boat|warship|aircraft|plane|jet
150  chase_away vessel|ship|boat|warship|aircraft|plane|jet
150  violate airspace|territorial_water|water|maritime_border|air_border   # incursions of jets, drones, ships: a show of force on the state whose airspace it is
150  breach airspace|territorial_water
150  enter airspace|territorial_water
150  intrude into:airspace|territorial_water|water
150  stray into:airspace|territorial_water

# 151 Increase police alert status
151  put police on:alert|standby
151  place police on:alert|standby
151  raise alert|alert_level|threat_level|security_level
151  heighten security|alert|vigilance
151  tighten security
151  step_up security|patrol|check|checkpoint
151  beef_up security
151  boost security
151  increase security|patrol|vigilance|checkpoint
151  go on:alert
151  remain on:alert|high_alert|standby
151  stay on:alert|high_alert|standby
151  declare alert|red_alert|high_alert
151  put on:alert|high_alert|standby
151  cordon_off
151  cordon_off area|street|building|district|city|square
151  seal_off street|building|district|square|neighborhood|neighbourhood
151  set_up checkpoint
151  erect checkpoint

# 152 Increase military alert status
152  put troop|force|army|military|unit|navy|fleet|air_defense|air_defence|air_force|missile_force|nuclear_force on:alert|high_alert|standby|combat_readiness|war_footing
152  place troop|force|army|military|unit on:alert|high_alert|standby|combat_readiness
152  raise defcon|readiness|combat_readiness
152  go on:war_footing|high_alert|combat_alert
152  declare combat_readiness|war_footing
152  order troop|force|army|unit >stand_by
152  scramble jet|fighter|interceptor|aircraft|plane
152  scramble
152  activate air_defense|air_defence|reserve|air_defence_system|air_defense_system
152  heighten readiness
152  increase readiness|alert

# 153 Mobilize or increase police power
153  deploy police|riot_police|officer|policeman|security_force|gendarme|paramilitary|national_guard
153  send police|riot_police|officer|policeman|security_force|paramilitary|national_guard
153  dispatch police|riot_police|officer|security_force|paramilitary
153  reinforce police|security|patrol
153  mobilize police|security_force
153  mobilise police|security_force
153  call_in police|riot_police|national_guard
153  station police|officer|riot_police
153  bring_in police|riot_police
153  expand police|police_force|security_force
153  recruit police|officer|policeman
153  flood police|officer
153  post police|guard|sentry

# 154 Mobilize or increase armed forces
154  mobilize
154  mobilise
154  order obj=mobilization|mobilisation|general_mobilization|partial_mobilization|partial_mobilisation|call-up   # "ordered the mobilization of the militia"
154  announce obj=mobilization|mobilisation|general_mobilization|partial_mobilization|partial_mobilisation|call-up
154  declare obj=mobilization|mobilisation|general_mobilization|partial_mobilization|partial_mobilisation
154  mobilize troop|force|army|reservist|reserve|soldier|division|brigade|militia|fighter
154  mobilise troop|force|army|reservist|reserve|soldier|division|brigade|militia|fighter
154  mobilize troop|force|army|reservist|soldier against:$T
154  mobilise troop|force|army|reservist|soldier against:$T
154  deploy
154  deploy troop|force|soldier|tank|missile|warship|jet|army|unit|battalion|brigade|division|artillery|marine|reinforcement|system|battery
154  deploy troop|force|soldier|tank|missile|warship to:$T
154  send troop|force|soldier|reinforcement|army|unit|battalion|brigade|division|marine|paratrooper to:$T
154  send troop|force|soldier|reinforcement|battalion|brigade|division|marine|paratrooper
154  dispatch troop|force|soldier|reinforcement|unit|battalion
154  mass troop|force|soldier|tank|army|armor|armour
154  mass troop|force|tank on:border|frontier
154  amass troop|force|soldier|tank|army
154  build_up troop|force|presence|arsenal|military
154  move troop|force|tank|unit|artillery|missile
154  rush troop|force|reinforcement|soldier
154  station troop|force|soldier|missile|warship
154  reinforce
154  reinforce troop|force|position|presence|garrison|border|unit|defense|defence
154  strengthen force|troop|presence|defense|defence|military|garrison
154  bolster force|troop|presence|defense|defence|military
154  boost force|troop|presence|military|defense|defence|defense_spending
154  increase troop|force|presence|defense_spending|military_spending
154  call_up reservist|reserve|conscript|soldier
154  call_up
154  call_out troop|army|military|national_guard|reserve|reservist|soldier
154  draft reservist|reserve|conscript|soldier|recruit|troop|man   # the call-up, not drafting a text
154  conscript
154  recruit fighter|soldier|recruit|troop|militia
154  expand army|military|arsenal|force|navy
154  prepare >attack|strike|invade|launch|resume|fight|shell
154  prepare for:war|attack|offensive|invasion|battle|conflict
154  gear_up for:war|attack|offensive|battle
154  ready troop|force
154  reposition troop|force|unit
154  redeploy troop|force|unit
154  redeploy
154  build military_base|base|fortification
154  fortify
