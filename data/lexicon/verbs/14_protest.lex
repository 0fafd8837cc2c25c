# CAMEO 14: PROTEST. Protesters are the source; the target is whom the protest is against
# ("against X", "outside X's embassy" is left to the actor stage).

# 140 Engage in political dissent, not specified below
140  protest
140  dissent
140  revolt
140  rebel
140  rise_up
140  rise_up against:$T
140  agitate
140  agitate for:*
140  collect signature
140  gather signature
140  launch campaign|petition|movement
140  sign petition
140  take to:street
140  boo
140  heckle
140  jeer
140  shout slogan
140  chant slogan
140  wave placard|banner|flag
140  burn flag|effigy

# 141 Demonstrate or rally (1411 leadership, 1412 policy, 1413 rights, 1414 institutions)
141  demonstrate
141  demonstrate against:$T
141  demonstrate in:*
141  protest against:$T
141  protest in:*
141  protest outside:*
141  rally
141  rally against:$T
141  rally in:*
141  march
141  march against:$T
141  march on:$T
141  march in:*
141  march to:*
141  parade
141  picket
141  stage demonstration|protest|rally|march|sit-in|vigil|gathering|picket
141  hold demonstration|protest|rally|march|sit-in|gathering|picket
141  organize demonstration|protest|rally|march|sit-in
141  organise demonstration|protest|rally|march|sit-in
141  lead demonstration|protest|rally|march
141  join demonstration|protest|rally|march
141  mount demonstration|protest
141  take_part in:demonstration|protest|rally|march
141  participate in:demonstration|protest|rally|march
141  gather outside:*
141  converge on:*
141  throng
141  flood street|square
141  fill street|square
141  occupy square|street|park|campus
141  demonstrate for:*
1411 demonstrate for:resignation|ouster|removal|election|change
1411 protest >demand|call resignation|ouster|removal|overthrow|departure|fall|election
1412 protest >demand|call|oppose|denounce|reject|protest change|reform|end|repeal|reversal|policy|law|decision|plan|bill|tax|price|cut|hike|increase|war
1412 demonstrate against:war|law|bill|tax|policy|decision|plan|reform|cut|hike|price|austerity|corruption|occupation|deal|agreement|election|fraud|result
1412 protest against:war|law|bill|tax|policy|decision|plan|reform|cut|hike|price|austerity|corruption|occupation|deal|agreement|fraud|result
1412 march against:war|law|bill|tax|policy|reform|austerity|corruption|occupation
1412 rally against:war|law|bill|tax|policy|reform|austerity|corruption|occupation
1413 demonstrate for:right|freedom|equality|democracy|autonomy|independence|justice|recognition|wage|pay|job
1413 protest >demand right|freedom|equality|democracy|autonomy|independence|justice|recognition|wage|pay
1413 march for:right|freedom|equality|democracy|autonomy|independence|justice|recognition
1413 rally for:right|freedom|equality|democracy|autonomy|independence|justice
1414 demonstrate for:constitution|referendum|amendment|reform|overhaul
1414 protest >demand constitution|referendum|amendment|overhaul|dissolution
1414 demonstrate against:constitution|referendum|amendment|regime|monarchy|junta|government
1414 rally against:regime|monarchy|junta|constitution

# 142 Conduct hunger strike (1421-1424)
142  fast
142  refuse food
142  go on:hunger_strike
142  start hunger_strike
142  begin hunger_strike
142  launch hunger_strike
142  stage hunger_strike
142  hold hunger_strike
142  continue hunger_strike
142  join hunger_strike
142  declare hunger_strike
1421 go on:hunger_strike >demand|protest resignation|ouster|removal|election
1421 begin hunger_strike >demand|protest resignation|ouster|removal|election
1422 go on:hunger_strike >protest|demand decision|policy|law|deportation|detention|plan|change
1422 begin hunger_strike >protest|demand decision|policy|law|deportation|detention|plan|change
1422 start hunger_strike >protest|demand decision|policy|law|deportation|detention|plan|change
1423 go on:hunger_strike >demand|protest right|freedom|release|condition|treatment|return|property
1423 begin hunger_strike >demand|protest right|freedom|release|condition|treatment|return|property
1423 start hunger_strike >demand right|freedom|release|condition|treatment|return|property
1424 go on:hunger_strike >demand constitution|referendum|reform|regime_change
1424 begin hunger_strike >demand constitution|referendum|reform

# 143 Conduct strike or boycott (1431-1434)
143  go on:strike
143  stage strike|walkout|boycott|general_strike|work_stoppage|stoppage
143  stop obj=work   # "workers stopped work"; "stopped the strike" stays 082
143  down obj=tool   # "dockers downed tools"
143  walk_off obj=job
143  hold strike|general_strike|walkout|work_stoppage
143  call strike|general_strike|walkout|boycott
143  declare strike|general_strike|national_strike|nationwide_strike|work_stoppage
143  announce strike|general_strike|national_strike|nationwide_strike|work_stoppage
143  call national_strike|nationwide_strike
143  stage national_strike|nationwide_strike
143  launch general_strike|boycott|walkout
143  begin strike|general_strike|boycott|walkout
143  start strike|general_strike|boycott|walkout
143  continue strike|boycott|walkout
143  join strike|general_strike|boycott|walkout
143  walk_out
143  boycott
143  shun work|class|school|election|vote|poll
143  stay_away
143  stay_away from:work|school|class|poll|election|vote
143  shut shop|business|store|market
143  close shop|business|store|market
143  strike for:*
143  strike over:*
1431 boycott election|vote|poll|ballot|parliament|inauguration
1431 strike >demand|force resignation|ouster|removal|election
1432 strike over:policy|decision|law|plan|cut|reform|tax|price|pension|privatization|privatisation|austerity
1432 strike against:policy|decision|law|plan|cut|reform|tax|price|pension|privatization|privatisation|austerity
1432 boycott product|good|company|brand|store
1432 go on:strike >protest|demand policy|decision|law|plan|cut|reform|tax|price|pension
1433 strike for:right|freedom|wage|pay|condition|raise|salary|benefit|recognition|union
1433 strike over:wage|pay|salary|condition|benefit|right|arrears
1433 go on:strike >demand right|wage|pay|salary|condition|benefit|raise|recognition
1434 strike >demand|force constitution|referendum|reform|dissolution
1434 boycott referendum|constitution|assembly|institution|council

# 144 Obstruct passage, block (1441-1444)
144  block road|roadway|street|highway|bridge|railway|rail|route|border|crossing|port|entrance|traffic|junction|intersection|motorway|track|transport|avenue|boulevard|square|tunnel|roundabout|thoroughfare|expressway|freeway|runway
144  blockade road|street|highway|bridge|railway|port|border|crossing|entrance|building|parliament
144  barricade
144  barricade road|street|entrance|building|themselves
144  obstruct road|traffic|passage|entrance|access|convoy
144  set_up roadblock|barricade
144  erect roadblock|barricade
144  put_up roadblock|barricade
144  man barricade|roadblock
144  occupy building|office|ministry|parliament|road|bridge|university|plant|factory|mine|oilfield
144  seize building|office|ministry|parliament   # by protesters; by armed forces the patterns of 17-19 apply
144  besiege office|building|ministry|parliament|embassy|palace|residence
144  surround building|office|ministry|parliament|embassy|palace|residence
144  storm building|office|ministry|parliament|embassy|palace|residence|compound
144  chain themselves
144  block traffic >protest|demand
1441 block road|street|highway|parliament >demand|force resignation|ouster|removal|election
1442 block road|street|highway|bridge|port|railway >protest|demand|oppose policy|decision|law|plan|price|tax|cut
1443 block road|street|highway|bridge|port|railway >demand right|freedom|wage|pay|recognition|release
1444 block road|street|highway|parliament >demand constitution|referendum|reform|dissolution

# 145 Protest violently, riot (1451-1454)
145  riot
145  rampage
145  go on:rampage
145  loot
145  torch
145  set fire to:*
145  burn car|tire|tyre|building|shop|office|vehicle|bus|police_station
145  throw stone|rock|molotov|molotov_cocktail|petrol_bomb|firebomb|brick|bottle
145  hurl stone|rock|molotov|molotov_cocktail|petrol_bomb|firebomb|brick|bottle
145  pelt
145  pelt $T with:stone|rock|bottle|egg
145  clash with:police|security_force|riot_police|troop|soldier
145  smash window|car|shop|furniture
145  vandalize
145  vandalise
145  ransack
145  pillage
145  resort to:violence|stone-throwing
145  overturn car|vehicle|bus
145  stage riot
145  erupt in:riot|violence
1451 riot >demand|protest resignation|ouster|removal|election|result
1451 storm palace|parliament|residence|presidential_palace >demand|force resignation|ouster|removal
1452 riot >protest|demand|oppose policy|decision|law|price|tax|cut|hike|verdict|ruling|killing
1452 riot over:policy|decision|law|price|tax|cut|hike|verdict|ruling|killing|shortage
1453 riot >demand right|freedom|wage|pay|condition|release|recognition
1453 riot over:right|wage|pay|condition|treatment|detention
1454 riot >demand constitution|referendum|reform|independence|autonomy

# Nominal events: the protesters in a possessor, a "by" phrase ("riots by youths against the
# police") or, with an "against" / "on" target, the noun's own adjective ("Palestinian riots
# against Israeli policies"); the coder never takes the subject of the verb the noun hangs from
# as the actor of a hostile noun ("after the riots in Paris, Macron spoke" is no riot by France).
145  noun:riot
145  noun:riot by:$S
141  noun:demonstration
141  noun:demonstration by:$S
