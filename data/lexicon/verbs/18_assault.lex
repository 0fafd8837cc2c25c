# CAMEO 18: ASSAULT (unconventional violence). The victim is the target: the direct object, or
# the passive subject ("were killed by militants").

# 180 Use unconventional violence, not specified below
180  assault
180  strike_at
180  ambush
180  waylay
180  knife
180  injure
180  wound
180  hurt
180  maim
180  harm
180  target civilian|worker|village|market|mosque|church|school|hospital|convoy|bus|checkpoint|pilgrim|tourist|shia|sunni|christian|minority
180  carry_out attack|ambush
180  launch ambush
180  stage ambush
180  mount ambush
180  commit attack|violence
180  perpetrate attack|violence
180  attack $T with:knife|machete|axe|gun|grenade|stone|acid|car|vehicle|truck
180  shoot
180  shoot at:$T
180  spray $T with:bullet|gunfire
180  stab
180  throw grenade|bomb|acid at:$T
180  hurl grenade|bomb at:$T
180  lob grenade|bomb
180  mine road
180  ram
180  ram vehicle|car|truck into:*
180  run_over
180  poison
180  claim attack|bombing|killing  # claimed by its author: 180 with the claimant as source

# 181 Abduct, hijack, or take hostage
181  abduct
181  kidnap
181  kidnap $T for:ransom
181  snatch
181  take hostage|captive|prisoner
181  hold $T hostage|captive|for_ransom
181  seize hostage
181  hijack
181  hijack plane|airliner|aircraft|bus|ship|vessel|flight|train
181  commandeer plane|aircraft|bus|ship
181  spirit_away
181  capture hostage|civilian|worker|tourist|journalist|aid_worker|foreigner
181  seize crew|sailor|fishermen|fisherman

# 182 Physically assault (1821 sexual, 1822 torture, 1823 kill)
182  beat
182  beat_up
---  beat $T in:election|vote|poll|race|match|game|final|runoff|contest   # winning, not assault
182  batter
182  punch
182  kick
182  slap
182  whip
182  manhandle
182  rough_up
182  bludgeon
182  club
182  lynch
182  mutilate
182  brutalize
182  brutalise
182  mistreat
182  maltreat
182  ill-treat
182  abuse
182  abuse detainee|prisoner|child|woman|civilian|inmate
---  abuse obj=power|office|position|authority|privilege|media|outlet|trust|system|process|fund|resource|drug|alcohol|substance|right|law|procedure|platform|status|veto   # misuse, not assault
1821 rape
1821 gang-rape
1821 molest
1821 commit rape|sexual_violence|sexual_assault|sexual_abuse
1822 torture
1822 torture detainee|prisoner|suspect|inmate|captive|activist|civilian
1822 subject $T to:torture|abuse|mistreatment|ill-treatment|beating|electric_shock|waterboarding
1822 waterboard
1822 electrocute
1822 torment
1823 kill
1823 murder
1823 slay
1823 slaughter
1823 butcher
1823 behead
1823 decapitate
1823 shoot dead
1823 gun_down
1823 strangle
1823 stone
1823 stone $T to:death
1823 beat $T to:death
1823 hack $T to:death
1823 burn $T to:death|alive
1823 stab $T to:death
1823 execute hostage|captive|civilian|soldier
1823 put $T to:death

# 183 Conduct suicide, car, or other non-military bombing (1831 suicide, 1832 car, 1833 roadside)
183  blow_up
183  blow_up bus|market|mosque|church|restaurant|hotel|embassy|office|car|checkpoint
183  explode bomb|explosive|device|grenade|explosive_device|mine|landmine|parcel_bomb|letter_bomb   # "exploded a series of bombs": the bomber is the subject
183  detonate bomb|explosive|device|explosive_device
183  set_off bomb|explosive|device|ied|explosive_device
183  plant bomb|explosive|device|explosive_device
183  carry_out bombing|bomb_attack|blast
183  launch bombing|bomb_attack
183  kill $T in:bombing|bomb_attack|blast|explosion
183  kill $T with:bomb|explosive|device|explosive_device
1831 blow_up himself|herself|themselves|oneself
1831 detonate suicide_vest|explosive_vest|suicide_belt|explosive_belt|belt
1831 carry_out suicide_bombing|suicide_attack
1831 kill $T in:suicide_bombing|suicide_attack|suicide_blast|suicide_car_bombing
1831 launch suicide_attack|suicide_bombing
1831 stage suicide_attack|suicide_bombing
1831 ram explosive-laden_vehicle|car_bomb|truck_bomb
1832 detonate car_bomb|car|vehicle|truck_bomb|vehicle_bomb
1832 explode car_bomb|car|truck_bomb
1832 plant car_bomb|truck_bomb
1832 carry_out car_bombing|car_bomb_attack
1832 kill $T in:car_bombing|car_bomb|car_bomb_attack
1832 set_off car_bomb|truck_bomb
1833 plant roadside_bomb|improvised_explosive_device|ied|landmine|mine
1833 detonate roadside_bomb|improvised_explosive_device|ied|landmine
1833 kill $T with:roadside_bomb|improvised_explosive_device|ied|landmine
1833 kill $T in:roadside_bombing|roadside_bomb

# 184 Use as human shield
184  use $T as:human_shield|shield|cover
184  use civilian|child|resident|hostage|prisoner as:human_shield|shield|cover
184  hide among:civilian|population|resident
184  shelter among:civilian|population
184  hide behind:civilian|child|woman
184  place weapon|launcher|fighter in:school|hospital|mosque|home|residential_area
184  shield $T with:civilian|hostage
184  hold $T as:human_shield|shield

# 185 Attempt to assassinate
185  attempt >assassinate|kill|murder
185  try >assassinate|kill|murder
185  plot >assassinate|kill|murder
185  plan >assassinate|kill|murder
185  target $T in:assassination_attempt|attack
185  carry_out assassination_attempt
185  make attempt on:life
185  plot assassination|killing|murder

# 186 Assassinate
186  assassinate
186  kill leader|president|minister|official|commander|governor|mayor|judge|cleric|politician|general|chief|head|prime_minister
186  murder leader|president|minister|official|commander|governor|mayor|judge|cleric|politician|general|journalist
186  gun_down leader|president|minister|official|commander|governor|mayor|judge|cleric|politician|general
186  carry_out assassination
186  eliminate leader|commander|official|chief|general
186  take_out leader|commander

# Nominal events with the attacker in a possessor, a "by" phrase or an adjective (see
# 19_fight.lex)
183  noun:bombing
183  noun:bombing by:$S
186  noun:assassination by:$S
