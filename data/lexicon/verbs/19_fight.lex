# CAMEO 19: FIGHT (conventional military force). The attacked party is the target: direct
# object ("shelled Rafah"), object of "on"/"against" ("launched airstrikes on"), or the passive
# subject.

# 190 Use conventional military force, not specified below
190  attack
190  raid
190  storm
190:--- fire   # "troops fired"; "was fired" (dismissed) is no attack
190  strike
190  hit
190  fight
190  fight %
190  fight against:$T
190  fight with:$T
190  battle
190  battle %
190  battle with:$T
---  battle >save|reach|rescue|contain|control|restore|survive|cope|recover|extinguish|stem|feed|repair|clear|evacuate|deliver|treat|house|pay|fix|find|keep_up   # "battling to reach survivors": an effort, not a fight
---  battle obj=fire|blaze|wildfire|flood|disease|epidemic|outbreak|virus|cancer|inflation|unemployment|poverty|corruption|drought|addiction|flame|storm|illness|injury|obesity|crime
190  clash
190  clash %
190  clash with:$T
190  engage enemy|force|troop|militant|rebel|insurgent
190  skirmish
190  skirmish %
190  skirmish with:$T
190  wage war|campaign|offensive|battle on:$T
190  wage war|campaign|offensive|battle against:$T
190  wage war|campaign|offensive|battle
190  go to:war
190  launch attack|offensive|operation|assault|counteroffensive|counter-offensive|incursion|invasion|war|raid|strike|military_operation|ground_offensive|ground_operation
190  launch attack|offensive|operation|assault|raid|strike|military_operation on:$T
190  launch attack|offensive|operation|assault|raid|strike|military_operation against:$T
190  mount offensive|attack|operation|counteroffensive|invasion|incursion|assault
190  begin offensive|assault|operation|invasion
190  start war|offensive
190  step_up attack|offensive|operation|strike|bombardment|raid|campaign
190  intensify attack|offensive|operation|strike|bombardment|raid|campaign|fighting
190  escalate attack|offensive|operation|fighting|war
190  press offensive|attack|advance
190  resume attack|offensive|fighting|operation|hostility|strike|airstrike|shelling
190  renew attack|offensive|assault|operation|hostility|strike|bombardment|bombing|shelling|fighting
190  unleash attack|offensive|assault|war|onslaught|firepower
190  unleash attack|offensive|assault|war|onslaught on:$T
190  unleash attack|offensive|assault|war|onslaught against:$T
190  invade
190  counterattack
190  counter-attack
190  counterstrike
190  beat_back
190  force_back
190  fight_off
190  drive_back
190  combat
190  retaliate
190  retaliate against:$T
190  hit_back
190  hit_back at:$T
111  hit_back at:criticism|claim|remark|comment|critic|accusation|allegation|report|statement|charge|decision|move|tariff|sanction   # words answered with words ("hit back at US criticism")
190  ramp_up attack|offensive|strike|airstrike|bombardment|shelling|assault|raid|bombing
190  ramp_up attack|offensive|strike|airstrike|bombardment|shelling|assault|raid|bombing on:$T
190  strike_back
190  strike_back at:$T
190  open fire
190  open fire on:$T
190  open fire at:$T
190  fire on:$T
190  fire at:$T
190  fire upon:$T
190  fire into:$T
190  target $T
190  destroy tank|position|base|bunker|post|convoy|depot|launcher|aircraft|jet|helicopter|drone|warship
190  take_out tank|vehicle|position|base|bunker|post|convoy|depot|launcher|radar|air_defense
190  neutralize
190  neutralise
190  kill soldier|troop|fighter|militant|rebel|insurgent|combatant|serviceman|guerrilla|jihadist|terrorist
190  kill $T in:clash|fighting|battle|operation|raid|offensive|firefight|skirmish|exchange|gunbattle|gun_battle|shootout|shoot-out
190  rout
190  overrun
190  repel
190  repel attack|offensive|assault|incursion
190  repulse
190  push_back
---  push_back deadline|date|schedule|timetable   # postponing, not fighting
190  drive_out
190  oust $T from:*
190  flush_out
190  pound
190  pummel
190  hammer
190  bombard
190  engage in:fighting|combat|battle|clash|hostility
190  exchange fire %   # "India and Pakistan exchanged fire": each on the other
190  exchange fire with:$T
190  trade fire %
190  trade fire with:$T
190  intercept missile|rocket|drone
190  shoot_down
190  shoot_down plane|jet|helicopter|drone|aircraft|missile|rocket
190  down plane|jet|helicopter|drone|aircraft
190  sink
190  sink ship|vessel|warship|boat|submarine
190  torpedo
190  intervene in:war|fighting
190  carry_out strike|operation|offensive|raid|assault|military_operation|counterterrorism_operation
190  order obj=strike|attack|offensive|invasion|assault|raid|operation|military_operation obl:on=$T   # the leader who orders the attack is its source
190  order obj=strike|attack|offensive|invasion|assault|raid|operation|military_operation obl:against=$T
195  order obj=airstrike|air_strike|bombing|drone_strike|air_raid obl:on=$T
195  order obj=airstrike|air_strike|bombing|drone_strike|air_raid obl:against=$T
190  conduct strike|operation|offensive|raid|assault|military_operation

# 191 Impose blockade, restrict movement
191  blockade
191  impose blockade|siege|naval_blockade|cordon
191  impose blockade|siege on:$T
191  reimpose blockade|siege
191  lay siege to:$T
191  lay siege
191  besiege town|city|village|camp|area
191  besiege   # a siege of a named place ("besieged El Fasher"); protesters besieging buildings are 144
191  encircle
191  encircle town|city|village|camp|force|troop
191  surround town|city|village|camp|area|force|troop
191  cut_off route|road|access|town|city|area
191  cut_off
191  seal_off border|crossing|territory|town|city|area|region|village|camp
191  seal border|crossing|territory|town|city|area|village|camp
191  close border|crossing|airspace|strait|port|road|checkpoint|sea_lane
191  shut border|crossing|airspace|strait|port
191  tighten blockade|siege|closure|noose|cordon
191  block passage|ship|vessel|supply|entry|exit|transit
191  restrict movement|passage|entry|access|travel|navigation
191  enforce blockade|siege|closure
191  starve
191  mine port|harbor|harbour|strait|channel|sea_lane
191  interdict
191  intercept ship|vessel|boat|shipment|convoy|flotilla
191  board ship|vessel|tanker|flotilla
191  turn_back ship|vessel|flotilla|convoy

# 192 Occupy territory
192  occupy
192  occupy town|city|village|territory|area|region|land|island|base|hill|province|district|airport|port
192  seize town|city|village|territory|area|region|island|base|hill|province|district|airport|port|airfield|oilfield|bridge|crossing|capital|stronghold|position|control
192  capture town|city|village|territory|area|region|island|base|hill|province|district|airport|port|airfield|oilfield|bridge|crossing|capital|stronghold|position
192  take town|city|village|territory|area|region|island|base|hill|province|district|airport|port|airfield|capital|stronghold|position|control
192  take_over town|city|village|territory|area|region|island|base|province|district|airport|port|capital
192  seize control of:town|city|village|territory|area|region|island|base|province|district|airport|port|capital|border|crossing
192  take control of:town|city|village|territory|area|region|island|base|province|district|airport|port|capital|border|crossing
192  gain control of:town|city|village|territory|area|region|province|district
192  wrest control of:*
192  wrest
192  conquer
192  annex
192  annex territory|region|peninsula|province|island|crimea
192  overrun town|city|village|base|position|camp|post|checkpoint
192  retake
192  recapture
192  retake obj=* obl:from=$T   # "retook Mosul from the Islamic State": the loser is the target
192  recapture obj=* obl:from=$T
192  reclaim town|city|village|territory|area|region|island|base|province|district|airport|port|capital from:$T
192  seize town|city|village|territory|area|region|base|province|district|airport|port|capital from:$T
192  capture town|city|village|territory|area|region|base|province|district|airport|port|capital from:$T
192  regain control of:*
192  reclaim town|city|village|territory|area|region|island|base|province|district|airport|port|capital
192  liberate
192  liberate town|city|village|territory|area|region|province|district|capital
192  enter town|city|village|capital|territory|area|district
192  advance into:$T
192  push into:$T
192  move into:$T
192  march into:$T
192  roll into:$T
192  sweep into:$T
192  cross into:$T
192  cross border
192  penetrate
192  infiltrate
192  station troop|force in:$T
192  garrison
192  establish control over:*
192  hold obj=territory|town|city|area   # not "held talks in the city"
192  control town|city|village|territory|area|region|province|district
192  colonize
192  colonise
192  settle land|territory
192  build settlement|outpost
192  expand settlement

# 193 Fight with small arms and light weapons
193  shoot soldier|troop|fighter|militant|rebel|insurgent|policeman|officer|guard
193  gun_down soldier|troop|fighter|militant|rebel|insurgent|policeman
193  open fire with:gun|rifle|machine_gun|automatic_weapon|weapon|assault_rifle|kalashnikov
193  fire gun|rifle|machine_gun|bullet|round|shot|gunfire|weapon|automatic_weapon
193  exchange gunfire|shot|small-arms_fire|small_arms_fire %
193  fight with:rifle|gun|small_arm|light_weapon|machine_gun|knife
193  engage in:gunbattle|gun_battle|firefight|shootout|shoot-out|gunfight
193  battle with:gun|rifle|machine_gun
193  snipe
193  snipe at:$T
193  machine-gun
193  ambush patrol|convoy|soldier|troop|police|unit
193  storm position|base|post|checkpoint|barracks
193  raid position|base|post|checkpoint|village|camp|hideout
193  throw grenade
193  pepper $T with:bullet|gunfire

# 194 Fight with artillery and tanks
194  shell
194  bombard $T with:artillery|shell|mortar|rocket|tank|howitzer
194  pound $T with:artillery|shell|mortar|rocket|tank|howitzer
194  fire artillery|shell|mortar|rocket|howitzer|tank_shell|mortar_round|mortar_shell|grad|katyusha|missile|projectile|salvo|barrage
194  fire artillery|shell|mortar|rocket|missile at:$T
194  fire artillery|shell|mortar|rocket|missile on:$T
195  respond to:$T with:missile_strike|airstrike|air_strike|drone_strike|strike|barrage|bombardment   # "responded to Ukraine with missile strikes" (untied items match in sentence order)
195  respond with:missile_strike|airstrike|air_strike|drone_strike|strike|barrage|bombardment on:$T
195  respond with:missile_strike|airstrike|air_strike|drone_strike|strike|barrage|bombardment against:$T
195  retaliate obl:with=missile_strike|airstrike|air_strike|drone_strike|strike|barrage|bombardment against:$T
194  rain obj=shell|rocket|missile|bomb|drone|mortar|artillery obl:on=$T   # "rained missiles on Kyiv"; the bare verb is weather
194  rain_down obj=shell|rocket|missile|bomb|drone|mortar obl:on=$T
194  fire artillery|shell|mortar|rocket|missile into:$T
194  launch artillery|mortar|rocket|missile|rocket_attack|missile_attack|mortar_attack|artillery_strike|missile_strike|barrage|salvo|artillery_fire|mortar_fire|rocket_fire
194  launch artillery|mortar|rocket|missile|rocket_attack|missile_attack|missile_strike|barrage|rocket_fire|artillery_fire against:$T
194  launch artillery|mortar|rocket|missile|rocket_attack|missile_attack|missile_strike|barrage|rocket_fire|artillery_fire on:$T
194  lob mortar|shell|rocket
194  rain rocket|shell|mortar on:$T
194  mortar
194  rocket
194  use tank|artillery|howitzer|armor|armour|heavy_weapon|rocket_launcher
194  use missile|rocket|mortar|guided_missile
194  deploy tank|artillery against:$T
194  roll_in tank
194  send tank|armor|armour into:$T
194  hit $T with:artillery|shell|mortar|rocket|missile|tank|howitzer
194  target $T with:artillery|shell|mortar|rocket|missile
194  attack $T with:artillery|shell|mortar|rocket|missile|tank|howitzer
194  launch ballistic_missile|cruise_missile
194  launch obj=missile_strike|rocket_strike|missile_attack|rocket_attack|missile_barrage|rocket_barrage obl:on=$T   # tied: wins over "launch strike on" (190)
194  launch obj=missile_strike|rocket_strike|missile_attack|rocket_attack|missile_barrage|rocket_barrage obl:against=$T
194  unleash barrage|salvo|missile|rocket|artillery|shelling|artillery_fire|rocket_fire
194  unleash barrage|salvo|missile|rocket|artillery|shelling on:$T
194  unleash barrage|salvo|missile|rocket|artillery|shelling against:$T
194  fire ballistic_missile|cruise_missile

# 195 Employ aerial weapons
195  bomb
195  airstrike
195  air-strike
195  strafe
195  launch airstrike|air_strike|air_raid|air_attack|drone_strike|air_campaign|bombing_campaign|bombing_raid|aerial_bombardment|sortie
195  drop bomb|barrel_bomb|cluster_bomb|munition|payload
195  launch airstrike|air_strike|air_raid|air_attack|drone_strike|drone_attack on:$T
195  launch airstrike|air_strike|air_raid|air_attack|drone_strike|drone_attack against:$T
195  carry_out airstrike|air_strike|air_raid|air_attack|drone_strike|drone_attack|bombing_raid|sortie|aerial_bombardment
195  carry_out airstrike|air_strike|air_raid|drone_strike|drone_attack on:$T
195  carry_out airstrike|air_strike|air_raid|drone_strike|drone_attack against:$T
195  conduct airstrike|air_strike|air_raid|drone_strike|bombing_raid|sortie|bombing|air_campaign|air_operation
195  conduct airstrike|air_strike|air_raid|drone_strike against:$T
195  conduct airstrike|air_strike|air_raid|drone_strike on:$T
195  stage airstrike|air_strike|air_raid
195  mount airstrike|air_raid
195  fly sortie|mission|bombing_mission|combat_mission
195  drop bomb|barrel_bomb|cluster_bomb on:$T
195  strike $T from:air
195  kill $T in:airstrike|air_strike|air_raid|bombing_raid|drone_strike|bombardment|aerial_bombardment
195  target $T with:airstrike|air_strike|drone|drone_strike|bomb
195  bomb target|position|base|city|town|village|area|convoy|depot|site
195  pound $T from:air
195  bombard $T from:air
195  attack $T from:air
195  attack $T with:drone|warplane|jet|aircraft|helicopter|bomber|fighter_jet
195  launch drone|drone_attack|uav
195  deploy warplane|bomber|gunship against:$T
195  use warplane|jet|aircraft|helicopter|bomber|drone|air_power|airpower|gunship
195  send warplane|jet|bomber|fighter against:$T
195  strike $T with:drone|warplane|jet|aircraft|helicopter|bomber

# 196 Violate ceasefire
196  violate ceasefire|truce|cease-fire|armistice|cessation|peace_deal|peace_agreement
196  break ceasefire|truce|cease-fire|armistice
196  breach ceasefire|truce|cease-fire|armistice|cessation
196  flout ceasefire|truce|cease-fire
196  ignore ceasefire|truce|cease-fire
196  shatter ceasefire|truce|calm|lull
196  undermine ceasefire|truce|cease-fire
196  jeopardize ceasefire|truce
196  end ceasefire|truce|cease-fire
196  abandon ceasefire|truce|cease-fire

# Nominal events (noun triggers) with the attacker named in a possessor ("Russia's attack on
# Kyiv"), a "by" phrase ("an attack by Hamas on Israel", "the shelling of Gaza by Israeli
# tanks") or the noun's adjective with an "on" / "against" target ("Israeli raids on Jenin").
# The coder takes neither the subject of the verb the noun hangs from ("after the attack on the
# embassy, X did Y" does not make X the attacker) nor the "of" phrase ("the bombing of Gaza") as
# the actor of a hostile noun.
190  noun:attack
190  noun:attack by:$S
190  noun:offensive
190  noun:offensive by:$S
190  noun:raid
190  noun:raid by:$S
194  noun:shelling
194  noun:shelling by:$S
195  noun:airstrike
195  noun:airstrike by:$S
195  noun:bombardment
195  noun:bombardment by:$S
