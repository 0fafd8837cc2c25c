# CAMEO 07: PROVIDE AID. The recipient is the target: the object of "to" ("sent aid to X") or
# the indirect/direct object ("gave X aid", "helped X").

# 070 Provide aid, not specified below
070  aid
070  assist
070  help
070  support $T with:*
070  provide aid|assistance|help|support
070  provide aid|assistance|help|support to:$T
070  give aid|assistance|help|support
070  give aid|assistance|help to:$T
070  send aid|assistance|help|supply
070  send aid|assistance|help|supply to:$T
070  deliver aid|assistance|help|supply
070  deliver aid|assistance|supply to:$T
070  extend aid|assistance|help|support to:$T
070  extend aid|assistance|help
070  grant aid|assistance
070  channel aid|assistance|fund
070  airlift aid|supply
070  ship aid|supply|equipment
070  dispatch aid|supply|equipment
073  dispatch rescue_team|rescuer|rescue_worker|search_and_rescue_team|relief_team|medical_team|field_hospital|hospital_ship   # beats "dispatch team" (090) by its compound
073  send rescue_team|rescuer|rescue_worker|search_and_rescue_team|relief_team|medical_team|field_hospital|hospital_ship
073  send rescue_team|rescuer|rescue_worker|search_and_rescue_team|relief_team|medical_team|field_hospital|hospital_ship to:$T
070  supply $T with:*
070  supply
070  equip
070  furnish $T with:*
070  continue aid|assistance
070  increase aid|assistance|help
070  boost aid|assistance
070  donate
070  contribute to:*
070  contribute
070  resume aid|assistance
# Receiving: no event in the active voice; the giver (object of "from") -> the receiver, as if
# passive ("received aid from X" = X aided the receiver).
:070 receive aid|assistance|help|support|donation|supply
:071 receive loan|credit|fund|funding|grant|bailout|money
:072 receive weapon|arm|ammunition|military_aid|military_assistance|tank|missile|jet
:072 receive bomb|shell|artillery_shell|drone|munition|rocket|warplane|fighter|helicopter|interceptor|air_defence_system|air_defense_system

# 071 Provide economic aid
071  lend
071  loan
071  lend money|fund to:$T
071  grant loan|credit|fund|money|million|billion
071  provide loan|credit|fund|funding|money|million|billion|grant|bailout|subsidy
071  give loan|credit|fund|money|million|billion|grant
071  extend loan|credit|credit_line
071  approve loan|credit|bailout|aid_package|grant|disbursement
071  disburse
071  disburse loan|fund|tranche|aid
071  release fund|tranche|aid
071  finance
071  fund
071  bankroll
071  subsidize
071  subsidise
071  bail_out
071  forgive debt
071  write_off debt
071  cancel debt
071  reschedule debt
071  restructure debt
071  transfer fund|money|million|billion
071  donate money|fund|million|billion
071  inject capital|fund|liquidity

# 072 Provide military aid
072  arm
072  supply weapon|arm|ammunition|tank|missile|jet|helicopter|drone|equipment|munition|air_defense|air_defence|air_defense_system|air_defence_system|patriot|patriot_system|patriot_battery|long-range_missile|long-range_weapon|fighter_jet
072  supply weapon|arm|ammunition|missile|air_defense|air_defence|air_defense_system|air_defence_system|patriot|patriot_system|patriot_battery|long-range_missile|long-range_weapon|fighter_jet to:$T
072  send weapon|arm|gun|rifle|ammunition|tank|missile|jet|helicopter|drone|munition|military_aid|military_equipment|air_defense|air_defence|air_defense_system|air_defence_system|patriot|patriot_system|patriot_battery|long-range_missile|long-range_weapon|fighter_jet
072  send weapon|arm|gun|rifle|ammunition|missile|tank|jet|drone|munition|air_defense|air_defence|air_defense_system|air_defence_system|patriot|patriot_system|patriot_battery|long-range_missile|long-range_weapon|fighter_jet to:$T
072  deliver weapon|arm|ammunition|tank|missile|jet|helicopter|drone|munition|air_defense|air_defence|air_defense_system|air_defence_system|patriot|patriot_system|patriot_battery|long-range_missile|long-range_weapon|fighter_jet
072  provide weapon|arm|ammunition|military_aid|military_assistance|military_equipment|air_defense|air_defence|air_defense_system|air_defence_system|patriot|patriot_system|patriot_battery|long-range_missile|long-range_weapon|fighter_jet
072  give weapon|arm|ammunition|military_aid
072  ship weapon|arm|ammunition|missile
072  ship shell|artillery_shell|drone|munition|rocket|tank|warplane   # "North Korea shipped artillery shells to Russia"
072  provide drone|missile|shell|artillery_shell|munition|rocket|tank|warplane|helicopter|interceptor|drone_component
072  transfer weapon|arm|missile|tank|jet
072  approve military_aid|arms_sale|weapons_package|arms_package
072  approve sale|transfer|export to:$T   # "approved the sale of F-35 jets to Saudi Arabia"
072  smuggle weapon|arm|missile|drone|rocket|ammunition|explosive to:$T   # arming a party covertly ("Iran smuggled weapons to the Houthis")
072  equip army|force|troop|militia
072  train army|force|troop|militia|rebel|fighter   # training another side's forces is aid
072  provide military_training|military_advisor|military_adviser
072  send military_advisor|military_adviser|adviser|advisor|instructor

# 073 Provide humanitarian aid
073  send food|medicine|relief|humanitarian_aid|humanitarian_assistance|tent|blanket|water|vaccine|doctor|medic
073  send food|medicine|relief|humanitarian_aid to:$T
073  deliver food|medicine|relief|humanitarian_aid|humanitarian_assistance|water|vaccine
073  deliver food|medicine|relief|humanitarian_aid to:$T
073  provide food|medicine|relief|shelter|humanitarian_aid|humanitarian_assistance|medical_care|vaccine|water
073  provide food|medicine|relief|shelter|humanitarian_aid to:$T
073  distribute food|medicine|relief|aid|supply|blanket|tent
073  hand_over medicine|food|aid|relief|supply|vaccine
073  airlift food|medicine|relief
073  airdrop food|medicine|aid|supply
073  evacuate
073  evacuate civilian|wounded|injured|refugee|casualty
073  rescue
073  feed
073  shelter
073  treat wounded|injured|patient
073  vaccinate
073  give shelter|food
073  take_in refugee|migrant|displaced_person|evacuee
073  resettle refugee
073  accept refugee|migrant
073  admit refugee|migrant
073  host refugee|asylum_seeker|displaced_person|evacuee   # as "take in refugees" ("Chad hosted Sudanese refugees"), not a host of a visit (043)
073  welcome refugee|asylum_seeker|evacuee
073  open border to:refugee|migrant

# 074 Provide military protection or peacekeeping
074  protect
074  guard
074  escort
074  deploy peacekeeper|peacekeeping_force|peacekeeping_troop|monitor|observer
074  send peacekeeper|peacekeeping_force|peacekeeping_troop|monitor|observer
074  contribute troop|peacekeeper|soldier to:force|mission
074  contribute troop|peacekeeper
074  station peacekeeper
074  keep peace
074  provide security|protection|security_guarantee|air_cover|escort
074  provide protection|security to:$T
074  extend protection to:$T
074  enforce no-fly_zone|ceasefire|truce
074  police ceasefire|truce|buffer_zone
074  monitor ceasefire|truce|election|border
074  safeguard

# 075 Grant asylum
075  grant asylum|refuge|sanctuary|residence|visa
075  grant asylum|refuge to:$T
075  give asylum|refuge|sanctuary
075  offer asylum|refuge|sanctuary
075  provide asylum|refuge|sanctuary
075  harbor
075  harbour
075  accept asylum_seeker|defector
:075 receive asylum|refuge
075  take_in defector|dissident|asylum_seeker
