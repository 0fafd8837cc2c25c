# CAMEO 17: COERCE. The coerced party is the target (direct object, or the passive subject:
# "were arrested by police" gives police -> arrested).

# 170 Coerce, not specified below
170  coerce
170  force $T >*
170  compel
170  pressure $T into:*
170  intimidate $T into:*
170  harass
170  hound
170  persecute
170  victimize
170  victimise
170  oppress
170  subjugate
170  strong-arm
170  twist arm
170  impose will|rule|control on:$T
170  crack_down on:$T
170  crack_down

# 171 Seize or damage property (1711 confiscate, 1712 destroy)
171  seize
171  seize property|land|ship|vessel|tanker|plane|aircraft|cargo|shipment|boat|vehicle|weapon|equipment|document|passport|farm|house|fishing_boat
171  damage
171  deface
171  desecrate
171  hack into:*
171  hack network|system|computer|server|website|account|email
171  damage property|building|home|house|office|mosque|church|school|hospital|pipeline|infrastructure
171  vandalize property|office|building|mosque|church|cemetery|grave|monument
171  sabotage
171  sabotage pipeline|line|power_line|railway|facility|plant|infrastructure|cable
171  take_over
171  take_over property|company|land|farm|business|building|station|mine|oilfield
171  commandeer
171  appropriate
171  expropriate
171  nationalize
171  nationalise
171  annex property|land
171  loot property|shop|store|office
171  plunder
171  hijack truck|convoy|cargo|shipment   # property, when no hostages are named
1711 confiscate
1711 confiscate property|land|asset|ship|vessel|cargo|weapon|equipment|passport|document|farm|house|car|vehicle|newspaper|copy
1711 impound
1711 impound ship|vessel|tanker|plane|aircraft|car|vehicle|boat|cargo
1711 expropriate land|property|asset|company|farm
1711 nationalize company|industry|oil|asset|bank|mine|oilfield|property
1711 nationalise company|industry|oil|asset|bank|mine|oilfield|property
1711 requisition
1711 seize control of:company|asset|property|station|bank|mine|oilfield|field
1711 dispossess
1712 destroy
1712 destroy property|home|house|building|village|crop|field|farm|mosque|church|school|hospital|office|shop|bridge|pipeline|infrastructure|power_plant|plant|car|vehicle|ship|boat|orchard|well|tree
1712 demolish
1712 demolish home|house|building|structure|village|settlement|mosque|church|school
1712 raze
1712 raze home|house|village|building|town
1712 bulldoze
1712 bulldoze home|house|building|field|orchard|village|camp
1712 burn home|house|village|crop|field|farm|mosque|church|school
1712 torch home|house|village|crop|field|mosque|church|school|building|car
1712 set fire to:home|house|village|crop|field|farm|mosque|church|school|building|car|vehicle|office
1712 blow_up pipeline|power_line|bridge|building|railway|line|tower|pylon|well|depot|station|plant|house|home
1712 knock_down house|home|building|wall
1712 tear_down house|home|building|structure|monument|statue
1712 wreck
1712 cut power_line|cable|pipeline|water_supply|power_supply

# 172 Impose administrative sanctions (1721 political freedoms, 1722 ban parties, 1723 curfew, 1724 emergency)
172  impose restriction|measure|regulation|ban|limit|lockdown|closure on:$T
172  impose restriction|control|regulation|lockdown|closure
172  reimpose restriction|ban|lockdown|closure
172  restrict
172  restrict activity|gathering|use
172  ban
172  ban $T from:*
172  bar
172  prohibit
172  forbid
172  outlaw
172  criminalize
172  criminalise
172  proscribe
172  suspend license|licence|permit|accreditation
172  revoke license|licence|permit|registration|citizenship|passport|residency
172  strip $T of:citizenship|nationality|right|title|license|licence|status|post|rank
172  shut_down
172  shut_down school|university|organization|organisation|party|group
172  close newspaper|school|university|organization|organisation
172  close_down
172  disqualify
173  noun:arrest by:$S   # a named arrester only: "the arrest of Imamoglu by Turkish police"
173  noun:detention by:$S
172  remove $T from:office|power|post|presidency|premiership   # a legislature or court removing an official, as impeachment
172  impeach   # a legislature's sanction on an official ("parliament impeached President Yoon")
172  suspend official|minister|parliament|legislature|governor|judge|officer|member
172  dismiss judge|mayor|officer|prosecutor
172  blacklist organization|organisation|group|party|individual|person
172  designate $T as:terrorist|terrorist_group|terrorist_organization|terrorist_organisation|sponsor|foreign_agent|undesirable_organization|undesirable_organisation|extremist|extremist_organization|extremist_organisation
172  label $T as:foreign_agent|extremist|terrorist
172  impose obj=law|security_law|national_security_law obl:on=$T   # "imposed a national security law on Hong Kong"
172  list $T as:terrorist|terrorist_group|terrorist_organization|terrorist_organisation|sponsor
172  put $T under:surveillance|travel_ban
172  place $T under:surveillance|travel_ban
1721 censor
1721 censor newspaper|press|medium|media|internet|website|broadcast|film|book|content|publication
1721 block website|internet|social_medium|site|app|platform|account|channel|broadcast|youtube|facebook|twitter|telegram|whatsapp
1721 shut_down internet|website|newspaper|channel|broadcaster|station|network
1721 cut internet|phone|communication|broadcast|telephone_line|mobile_network
1721 cut_off internet|phone|communication|broadcast
1721 ban rally|demonstration|protest|gathering|assembly|march|meeting|public_gathering|book|film|newspaper|publication|broadcast
1721 restrict freedom|right|liberty|press|medium|media|speech|assembly|internet
1721 curb freedom|right|liberty|press|medium|media|speech|assembly|dissent|opposition
1721 curtail freedom|right|liberty|press|speech|assembly
1721 muzzle press|medium|media|critic|opposition|journalist
1721 gag press|medium|media|critic|journalist
1721 silence critic|opposition|dissent|dissident|journalist|press|medium|media|voice
1721 suppress newspaper|information|report|publication|freedom|speech|press
1721 suspend newspaper|broadcaster|channel|station|publication|journalist
1721 suspend broadcast|transmission|press_accreditation|broadcasting_license|broadcasting_licence   # "suspended the broadcasts of the BBC"
1721 revoke press_card
1721 jam broadcast|signal|radio|station
1721 impose blackout|news_blackout|media_blackout|information_blackout
1722 ban party|organization|organisation|group|movement|opposition|candidate|politician|union|association
1722 outlaw party|organization|organisation|group|movement|opposition|union|association|brotherhood
1722 dissolve party|organization|organisation|group|movement|opposition|union|association
1722 bar candidate|politician|party|opposition|leader >run|stand|contest
1722 bar candidate|politician|party|opposition|leader from:election|vote|poll|race|office|politics|ballot
1722 disqualify candidate|politician|party|leader|opposition|mp|lawmaker
1722 strip $T of:seat|immunity|mandate
1722 expel $T from:party|parliament|assembly|legislature
1722 deregister party|group|organization|organisation
1722 suspend party|organization|organisation|group|movement|union|association
1723 impose curfew
1723 declare curfew
1723 announce curfew
1723 order curfew
1723 enforce curfew
1723 reimpose curfew
1723 extend curfew   # extending a curfew imposes it for longer
1723 put $T under:curfew
1723 place $T under:curfew
1724 impose emergency|state_of_emergency|martial_law|emergency_rule|direct_rule|military_rule|state_of_siege
1724 declare emergency|state_of_emergency|martial_law|emergency_rule|state_of_siege
1724 announce emergency|state_of_emergency|martial_law
1724 proclaim emergency|state_of_emergency|martial_law
1724 reimpose emergency|state_of_emergency|martial_law|direct_rule
1724 extend emergency|state_of_emergency|martial_law|emergency_rule
1724 put $T under:martial_law|emergency_rule|direct_rule|military_rule|state_of_emergency
1724 place $T under:martial_law|emergency_rule|direct_rule|military_rule|state_of_emergency
1724 invoke emergency_power|emergency_law|martial_law|article

# 173 Arrest, detain, or charge with legal action
173  arrest
173  detain
173  apprehend
173  capture
173  nab
173  seize suspect|militant|activist|journalist|protester|leader|official|member|man|woman|people|person|citizen|national
173  round_up
173  pick_up
173  take $T into:custody
173  hold $T in:custody|detention|prison|jail
173  hold obj=suspect|activist|journalist|protester|national|citizen   # not "held a rally with activists"
173  incarcerate
173  intern
173  lock_up
173  put $T in:jail|prison
173  throw $T in:jail|prison
173  put $T behind:bar
173  put $T on:trial
173  place $T under:arrest|house_arrest
173  put $T under:arrest|house_arrest
173  make obj=arrest   # "police made three arrests" (tied: wins over "make charge" elsewhere in the clause)
173  make arrest
173  charge
173  prosecute $T for:*
173  try obj=* obl:for=*   # tied: "trying to get a judge taken off the bench for ..." is no trial
173  try $T in:absentia
173  arraign
173  remand
173  remand $T in:custody
173  issue warrant|arrest_warrant for:$T
173  summon $T for:questioning
173  raid home|house|office|headquarters >arrest
173  handcuff
173  execute
---  execute plan|order|strategy|policy|program|programme|contract|trade|transaction|deal|mission
173  execute prisoner|convict|inmate|criminal|murderer|spy|dissident|activist|protester|opponent
173  behead convict|prisoner
173  flog

# 174 Expel or deport individuals
174  deport
174  deport $T to:*
174  expel migrant|refugee|foreigner|national|worker|immigrant|citizen|activist|missionary|asylum_seeker|people
174  expel $T to:*
174  banish
174  exile
174  send_back
174  send_back migrant|refugee|asylum_seeker|national|immigrant
174  push_back migrant|refugee|boat|asylum_seeker
174  turn_back migrant|refugee|boat|asylum_seeker
174  turn_away migrant|refugee|asylum_seeker
174  order deportation|expulsion
174  carry_out deportation|expulsion
174  evict family|resident|tenant|villager|squatter|settler|people|civilian
174  remove settler|squatter|resident|family

# 175 Use tactics of violent repression
175  crack_down on:protester|demonstrator|protest|demonstration|opposition|dissent|dissident|activist|critic|rally|student|worker|strike|strikers
175  suppress protest|demonstration|uprising|rebellion|revolt|dissent|riot|unrest|opposition|rally
175  suppress
175  repress
175  quell protest|demonstration|uprising|rebellion|revolt|riot|unrest|disturbance|rally
175  quell
175  quash protest|rebellion|uprising|revolt|dissent|unrest|demonstration|riot
175  subdue protester|protest|crowd|demonstrator|uprising|rebellion|revolt|rioter
175  crush protest|demonstration|uprising|rebellion|revolt|dissent|opposition|strike|rally
175  put_down protest|demonstration|uprising|rebellion|revolt|riot|mutiny|unrest
175  break_up protest|demonstration|rally|march|gathering|sit-in|strike|crowd|meeting
175  disperse protester|demonstrator|crowd|protest|demonstration|rally|march|gathering|mob|student|worker
175  fire tear_gas|teargas|rubber_bullet|water_cannon|stun_grenade
175  fire tear_gas|teargas|rubber_bullet at:$T
175  use tear_gas|teargas|rubber_bullet|water_cannon|baton|live_ammunition|live_fire
175  use tear_gas|teargas|rubber_bullet|water_cannon on:$T
175  tear-gas
175  teargas
175  baton-charge
175  charge protester|demonstrator|crowd
175  beat protester|demonstrator|student|crowd
175  club protester|demonstrator
175  hose protester|demonstrator|crowd
175  clear square|street|camp|encampment|protest_camp|sit-in
175  storm camp|protest_camp|encampment|sit-in
175  raze protest_camp|encampment
175  stifle dissent|protest|opposition
175  prevent demonstration|protest|rally|march|gathering|sit-in
175  stamp_out dissent|protest|opposition|unrest
175  clamp_down on:protester|demonstrator|protest|opposition|dissent|dissident|activist|critic|press|medium|media
175  clamp_down
175  terrorize
175  terrorise
175  purge
175  purge opposition|opponent|officer|official|dissident|critic|army|military|judiciary
