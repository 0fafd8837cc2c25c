# CAMEO 20: USE UNCONVENTIONAL MASS VIOLENCE (PLOVER FIGHT with mass-violence mode).

# 200 Use unconventional mass violence, not specified below
200  carry_out atrocity|mass_atrocity
200  commit atrocity|mass_atrocity
200  perpetrate atrocity|mass_atrocity
200  decimate
200  devastate town|city|village|population
200  wipe_out village|town|population|community|family
200  annihilate
200  exterminate
200  obliterate town|city|village

# 201 Engage in mass expulsion
201  expel population|resident|villager|inhabitant|minority|community|tribe|thousand|hundred|family|civilian
201  drive_out population|resident|villager|inhabitant|minority|community|thousand|family|civilian
201  uproot population|resident|villager|community|thousand|family
201  displace population|resident|villager|community|thousand|family|civilian|people
201  deport population|thousand|community|minority|tribe|people
201  empty village|town|area|district
201  depopulate
201  carry_out mass_expulsion|mass_deportation|forced_displacement|population_transfer
201  force $T >flee|leave

# 202 Engage in mass killings
202  massacre
202  massacre civilian|villager|people|resident|worshipper|family
202  slaughter civilian|villager|people|resident|thousand|hundred|dozen
202  kill hundred|thousand|dozen|scores
202  carry_out massacre|mass_killing|killing_spree|mass_execution|mass_murder
202  commit massacre|mass_killing|mass_murder|mass_execution
202  perpetrate massacre|mass_killing|mass_murder
202  execute hundred|thousand|dozen|scores
202  mow_down civilian|villager|people|crowd|worshipper|protester
202  gun_down dozen|hundred|civilian|crowd|worshipper|protester|villager

# 203 Engage in ethnic cleansing
203  cleanse
203  carry_out ethnic_cleansing|genocide
203  commit genocide|ethnic_cleansing
203  perpetrate genocide|ethnic_cleansing
203  wage genocide|ethnic_cleansing
203  exterminate minority|ethnic_group|population|tribe|race
203  wipe_out minority|ethnic_group|race|tribe
203  purge minority|ethnic_group|population|village
203  engage in:ethnic_cleansing|genocide

# 204 Use weapons of mass destruction (2041 chemical/biological/radiological, 2042 nuclear)
204  use weapon_of_mass_destruction|wmd|wmds
204  deploy weapon_of_mass_destruction|wmd
204  unleash weapon_of_mass_destruction|wmd
2041 gas
2041 use chemical_weapon|chemical|poison_gas|nerve_agent|sarin|chlorine|mustard_gas|vx|biological_weapon|anthrax|toxin|dirty_bomb|novichok
2041 fire chemical_weapon|chemical_shell|chemical_rocket|poison_gas|nerve_agent|sarin|chlorine
2041 drop chemical_weapon|chlorine|poison_gas|nerve_agent|sarin
2041 launch chemical_attack|gas_attack|chemical_weapon_attack|sarin_attack|chlorine_attack|biological_attack
2041 carry_out chemical_attack|gas_attack|chemical_weapon_attack|sarin_attack|chlorine_attack|biological_attack
2041 attack $T with:chemical_weapon|chemical|poison_gas|nerve_agent|sarin|chlorine|mustard_gas|anthrax|toxin
2041 poison $T with:nerve_agent|novichok|polonium|sarin|vx|radioactive_material
2041 release sarin|chlorine|gas|nerve_agent|toxic_gas|poison_gas
2041 detonate dirty_bomb
2041 spread anthrax|pathogen|virus|toxin
2042 detonate nuclear_weapon|nuclear_device|nuclear_bomb|atomic_bomb|nuke|warhead|hydrogen_bomb
2042 explode nuclear_device|nuclear_bomb|atomic_bomb|hydrogen_bomb
2042 drop atomic_bomb|nuclear_bomb|nuclear_weapon|nuke|hydrogen_bomb
2042 use nuclear_weapon|nuke|atomic_bomb|nuclear_bomb|tactical_nuclear_weapon
2042 launch nuclear_attack|nuclear_strike|nuclear_missile|nuke
2042 carry_out nuclear_attack|nuclear_strike
2042 nuke
