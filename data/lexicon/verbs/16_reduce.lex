# CAMEO 16: REDUCE RELATIONS (PLOVER SANCTION). The party relations are reduced with is the
# target ("with X", "on X", "against X", or the direct object of "expel", "boycott").

# 160 Reduce relations, not specified below
160  downgrade relation|tie
160  reduce relation|tie|contact|cooperation
160  scale_back relation|tie|cooperation|contact|presence
160  freeze relation|tie|contact|cooperation
160  freeze participation|membership   # "Armenia froze its participation in the CSTO"
160  suspend cooperation|contact|relation|tie|membership|participation|exchange|program|programme
160  curtail cooperation|contact|relation|tie
160  limit contact|cooperation
160  cancel exchange|program|programme|agreement
160  call_off visit|trip|meeting|summit|exercise
160  cancel visit|trip|meeting|summit|state_visit   # PLOVER SANCTION "discontinue": a diplomatic exchange called off
160  isolate
160  ostracize
160  ostracise
160  cut_off contact
160  distance from:*
160  turn_away from:*
160  suspend $T from:*
160  expel $T from:organization|organisation|union|bloc|alliance|body|league|council|commonwealth
160  exclude $T from:*
160  kick_out $T of:*
160  withdraw from:organization|organisation|union|bloc|alliance|body|council|commonwealth|league|court
160  withdraw from:community|agency|forum|commission|fund|programme|partnership|initiative|grouping|unesco|who|nato|opec|ecowas|eccas|sadc|igad|asean|csto|unrwa|unhrc|icc|wto|brics|osce   # leaving an organisation, not a military pull-out (0874)
160  pull_out of:organization|organisation|union|bloc|alliance|body|council|league|court|community|agency|forum|commission|unesco|who|nato|opec|ecowas|csto|unrwa|unhrc|icc|wto
160  leave organization|organisation|union|bloc|alliance|council|commonwealth|league|eu|nato
160  quit organization|organisation|union|bloc|alliance|council|commonwealth|league|court|community|agency|forum|commission|unesco|who|nato|opec|ecowas|csto|unrwa|unhrc|icc|wto
160  revoke status|membership|accreditation
160  close office
160  bar $T from:*
160  cut_off intelligence_sharing|intelligence|intelligence_cooperation|security_cooperation   # sharing intelligence is cooperation (064); ending it reduces relations
160  cut_off intelligence_sharing|intelligence|intelligence_cooperation|security_cooperation with:$T
160  halt intelligence_sharing|intelligence_cooperation|security_cooperation
160  suspend intelligence_sharing|intelligence_cooperation|security_cooperation
160  pause intelligence_sharing|intelligence_cooperation|security_cooperation
160  end intelligence_sharing|intelligence_cooperation|security_cooperation
160  end cooperation|defence_cooperation|defense_cooperation|military_cooperation|cooperation_agreement|defence_agreement|defense_agreement|defence_pact|defense_pact|security_agreement|defence_cooperation_agreement|defense_cooperation_agreement   # "Chad ended its defence cooperation agreement with France"
160  terminate cooperation|defence_cooperation|defense_cooperation|military_cooperation|cooperation_agreement|defence_agreement|defense_agreement|defence_pact|defense_pact|security_agreement|defence_cooperation_agreement|defense_cooperation_agreement
163  cut gas_supply|oil_supply|energy_supply|gas_export|oil_export|gas_delivery|gas_flow|electricity_supply   # energy cut off from a country as a measure against it
163  halt gas_supply|oil_supply|energy_supply|gas_export|oil_export|gas_delivery|gas_flow|electricity_supply
163  stop gas_supply|oil_supply|energy_supply|gas_export|oil_export|gas_delivery|gas_flow|electricity_supply
163  suspend gas_supply|oil_supply|energy_supply|gas_export|gas_delivery|gas_flow|electricity_supply
163  reduce gas_supply|oil_supply|energy_supply|gas_export|gas_delivery|gas_flow

# 161 Reduce or break diplomatic relations
161  sever relation|tie|diplomatic_relation|diplomatic_tie|link
161  break relation|tie|diplomatic_relation|diplomatic_tie
161  break_off relation|tie|diplomatic_relation|diplomatic_tie|contact
161  cut relation|tie|diplomatic_relation|diplomatic_tie
161  cut_off relation|tie|diplomatic_relation|diplomatic_tie
161  cut diplomatic_relation|tie with:$T
161  sever relation|tie|diplomatic_relation|diplomatic_tie with:$T
161  break relation|tie|diplomatic_relation with:$T
161  recall ambassador|envoy|diplomat|charge_d'affaires|consul
161  withdraw ambassador|envoy|diplomat
161  close embassy|consulate|mission
161  close embassy|consulate|mission in:$T
161  shut embassy|consulate|mission in:$T
161  shut embassy|consulate
161  shutter embassy|consulate
161  downgrade diplomatic_relation|diplomatic_tie|representation
161  declare persona_non_grata
161  suspend diplomatic_relation|diplomatic_tie
161  freeze diplomatic_relation|diplomatic_tie

# 162 Reduce or stop aid (1621 economic, 1622 military, 1623 humanitarian)
162  cut aid|assistance|support|help
162  cut_off aid|assistance|support|help
162  suspend aid|assistance|support|help|aid_program|aid_programme
162  halt aid|assistance|support
162  stop aid|assistance|support
162  freeze aid|assistance
162  withhold aid|assistance|support
162  reduce aid|assistance|support
162  end aid|assistance|support
162  withdraw aid|assistance|support
162  slash aid|assistance|support
162  terminate aid|assistance|program|programme
162  scale_back aid|assistance
162  pause aid|assistance|support|aid_program|aid_programme
162  pause aid|assistance|support to:$T
1621 cut loan|credit|funding|fund|grant|subsidy|budget_support|economic_aid|development_aid|financial_aid|payment|contribution|financing
1621 suspend loan|credit|funding|fund|grant|subsidy|disbursement|economic_aid|development_aid|financial_aid|payment|contribution|financing|tranche
1621 halt loan|credit|funding|fund|disbursement|payment|economic_aid|contribution
1621 freeze loan|credit|funding|fund|grant|payment|economic_aid|contribution|disbursement
1621 withhold loan|credit|funding|fund|payment|tranche|contribution|disbursement
1621 cut_off funding|fund|loan|credit|payment
1621 stop funding|loan|payment|contribution
1621 defund
1621 pause funding|fund|loan|payment|contribution|disbursement|financing
1621 freeze tax_revenue|customs_revenue|clearance_revenue   # "Israel froze Palestinian Authority tax revenues"
1621 withhold tax_revenue|revenue|customs_revenue|clearance_revenue|tax|salary   # "withheld tax revenues from the Palestinian Authority"
1622 cut military_aid|military_assistance|arms_sale|arms_supply|weapon|arm
1622 suspend military_aid|military_assistance|arms_sale|arms_export|weapon_delivery|arms_delivery|military_cooperation|arms_shipment
1622 halt military_aid|military_assistance|arms_sale|arms_export|arms_delivery|weapon|arm|arms_shipment
1622 freeze military_aid|military_assistance|arms_sale|arms_export
1622 stop military_aid|arms_sale|arms_delivery|arms_shipment
1622 withhold military_aid|military_assistance|weapon|arm
1622 pause military_aid|military_assistance|arms_sale|arms_shipment|arms_delivery|weapons_shipment|weapon_shipment|weapons_delivery|weapon|arm
1622 halt weapons_shipment|weapon_shipment|weapons_delivery|weapons_transfer|arms_transfer
1622 suspend weapons_shipment|weapon_shipment|weapons_delivery|weapons_transfer|arms_transfer
1622 stop weapons_shipment|weapon_shipment|weapons_delivery|arms_transfer
1622 freeze weapons_shipment|weapon_shipment|weapons_delivery|arms_delivery|arms_shipment
1622 impose arms_embargo  # stopping arms to one side is 1622, an embargo on all trade 163
1623 cut food_aid|humanitarian_aid|relief|food_assistance|humanitarian_assistance
1623 suspend food_aid|humanitarian_aid|relief|relief_operation|food_assistance|aid_delivery|humanitarian_operation|food_distribution
1623 halt food_aid|humanitarian_aid|relief|aid_delivery|food_distribution|relief_operation
1623 stop food_aid|humanitarian_aid|relief|aid_delivery
1623 withdraw food_aid|humanitarian_aid|relief
1623 reduce food|food_aid|food_supply|relief|relief_supply
1623 pause food_aid|humanitarian_aid|aid_delivery|relief_operation|food_distribution

# 163 Impose embargo, boycott, or sanctions
163  sanction
163  impose sanction|embargo|boycott|tariff|trade_ban|export_ban|import_ban|penalty|duty|levy|visa_ban|travel_ban|asset_freeze
163  impose sanction|embargo|boycott|tariff|penalty on:$T
163  slap sanction|embargo|tariff|ban|penalty on:$T
163  slap sanction|embargo|tariff|ban|penalty
163  place sanction|embargo on:$T
163  put sanction|embargo on:$T
163  levy sanction|tariff|duty|penalty on:$T
163  extend sanction|embargo
163  tighten sanction|embargo|restriction
163  toughen sanction|embargo
163  expand sanction|embargo|blacklist
163  widen sanction|embargo
163  broaden sanction|embargo
163  step_up sanction
163  reimpose sanction|embargo|tariff
163  add $T to:entity_list|unreliable_entity_list|blacklist|sanction_list|sanctions_list|trade_blacklist|export_blacklist   # trade blacklists are sanctions on the firms listed
163  place $T on:entity_list|unreliable_entity_list|blacklist|sanction_list|sanctions_list|trade_blacklist|export_blacklist
163  put $T on:entity_list|unreliable_entity_list|blacklist|sanction_list|sanctions_list|trade_blacklist|export_blacklist
163  trigger snapback|snapback_mechanism|snapback_sanction   # the UN sanctions on Iran restored by the 2015 deal's mechanism (2025)
163  invoke snapback|snapback_mechanism
163  trigger snapback|snapback_mechanism on:$T
163  restore sanction|embargo on:$T
163  announce sanction|embargo|tariff
163  approve sanction|embargo
163  announce suspension|ban|freeze|halt of:trade|flight|link|import|export|tie|sale|shipment
163  order suspension|ban|halt of:trade|flight|link|import|export|sale|shipment
163  adopt sanction|embargo
163  vote sanction|embargo
163  embargo
163  boycott import|export|game|olympics|event
163  blacklist
163  freeze asset|account|holding|property
163  seize asset|account
163  ban import|export|flight|trade|shipment|investment|product|good|oil|sale
163  ban import|export from:$T
163  halt import|export|trade|shipment|flight|sale|purchase
163  suspend import|export|trade|shipment|flight|sale|purchase|trade_tie|trade_relation
163  stop import|export|trade|shipment|purchase
163  restrict import|export|trade|investment
163  block import|export|trade|investment
163  block export|shipment|sale|delivery to:$T
163  halt export|shipment|sale|delivery to:$T
163  ban export|shipment|sale to:$T
163  restrict export|shipment|sale to:$T
163  curb export|shipment|sale to:$T
163  tighten export_control|export_restriction|restriction|sanction on:$T
163  impose export_control|export_restriction|export_ban|chip_control on:$T
163  expand export_control|export_restriction|tariff
163  raise tariff|duty|levy on:$T
163  cut import|export|trade|supply
163  cut_off supply|oil|gas|export|import|trade|electricity|power|water
163  curb import|export|trade|investment
163  raise tariff|duty
163  hike tariff|duty
163  retaliate with:tariff|sanction|duty|levy|countermeasure|counter-tariff|embargo   # trade retaliation, not force
163  retaliate against:tariff|sanction|duty|levy   # "retaliated against U.S. tariffs"
163  hit_back with:tariff|sanction|duty|levy|countermeasure|embargo
163  strike_back with:tariff|sanction|duty|levy|countermeasure
163  announce countermeasure|counter-tariff|retaliatory_tariff
163  impose countermeasure|counter-tariff|retaliatory_tariff|export_control|export_restriction
163  tighten export_control|export_restriction
163  deny obj=visa
163  deny obj=entry
163  bar entry
163  bar entry to:$T
163  revoke visa

# 164 Halt negotiations
164  halt talk|negotiation|dialogue|process|contact|consultation
164  suspend talk|negotiation|dialogue|process|consultation
164  break_off talk|negotiation|dialogue
164  end talk|negotiation|dialogue
164  abandon talk|negotiation|dialogue|process
164  freeze talk|negotiation|dialogue
164  stop talk|negotiation
164  walk_away from:talk|negotiation|table|dialogue|process
164  walk_out of:talk|negotiation|meeting|session
164  pull_out of:talk|negotiation|dialogue|process
164  withdraw from:talk|negotiation|dialogue|process
164  quit talk|negotiation|process
164  leave table
164  call_off talk|negotiation
164  cancel talk|negotiation|round
164  terminate talk|negotiation|dialogue

# 165 Halt mediation
165  halt mediation|mediation_effort
165  suspend mediation|mediation_effort
165  end mediation|mediation_effort|role
165  abandon mediation|mediation_effort
165  withdraw from:mediation
165  pull_out of:mediation
165  quit as:mediator|broker|facilitator
165  step_down as:mediator|broker|envoy
165  resign as:mediator|envoy|broker
165  give_up mediation|effort
165  stop mediation|mediating
165  withdraw mediator

# 166 Expel or withdraw (1661 peacekeepers, 1662 inspectors/observers, 1663 aid agencies)
166  expel
166  expel diplomat|ambassador|envoy|attache|embassy_staff|staff|official|representative
166  order $T >leave|withdraw|depart
166  order_out
166  kick_out
166  throw_out diplomat|ambassador|envoy|staff|official
166  evict
166  force $T out:*   # "forced the UN mission out of the country"
166  force_out
166  drive $T out:country|territory
166  order_out $T of:country|territory
166  withdraw embassy_staff|staff|personnel|mission
166  pull_out staff|personnel|mission|team
166  pull staff|personnel
166  evacuate embassy|staff|diplomat|personnel|national
166  declare diplomat|envoy persona_non_grata
1661 expel peacekeeper|peacekeeping_force|peacekeeping_troop|peacekeeping_mission|un_force|force
1661 withdraw peacekeeper|peacekeeping_force|peacekeeping_troop|contingent|peacekeeping_mission|un_force
1661 pull_out peacekeeper|peacekeeping_force|peacekeeping_troop|contingent
1661 end mission|peacekeeping_mission|mandate
1661 order peacekeeper|peacekeeping_force >leave|withdraw
1661 terminate mandate|mission
1662 expel inspector|observer|monitor|investigator|journalist|correspondent|reporter|election_observer
1662 withdraw inspector|observer|monitor|investigator|election_observer
1662 pull_out inspector|observer|monitor
1662 order inspector|observer|monitor|investigator|journalist >leave
1662 evict inspector|observer|monitor|journalist
1662 kick_out inspector|observer|monitor|journalist
1662 throw_out inspector|observer|monitor|journalist
1662 end inspection|monitoring|observation
1662 suspend inspection|monitoring
1663 expel aid_worker|aid_agency|relief_worker|ngo|charity|agency|humanitarian_worker|aid_group|relief_agency
1663 withdraw aid_worker|relief_worker|humanitarian_worker
1663 pull_out aid_worker|relief_worker
1663 order aid_worker|aid_agency|ngo|charity >leave
1663 suspend activity|work  # said of an aid agency: the coder's actor decides
1663 shut_down ngo|charity|aid_agency|office
1663 close ngo|charity|aid_agency
