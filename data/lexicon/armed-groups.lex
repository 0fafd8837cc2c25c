# Non-state armed groups, written by the project. CAMEO style: country + REB (rebels), SEP
# (separatists), INS (insurgents) or UAF (unaligned armed forces), with the CAMEO known-group
# code where there is one (CAMEO.knowngroup.txt); transnational jihadist groups are IMG
# (international militarized group) + MOS, with ALQ for al-Qaeda and RAD for the Islamic State.
# Groups that took power carry dated codes.

armed IMGMOSRAD : Islamic State | ISIS | ISIL | Daesh | Da'esh | Islamic State group | Islamic State of Iraq and the Levant | Islamic State of Iraq and Syria | Islamic State in Iraq and Syria | Islamic State militants | Islamic State fighters | ISIS militants | ISIS fighters | IS militants | IS fighters | Daesh terrorists | ISIS-K | ISKP | Islamic State Khorasan | Islamic State Khorasan Province
armed IRQREB : Islamic State of Iraq | al-Qaeda in Iraq | al Qaeda in Iraq | AQI | Ansar al-Islam | Kataib Hezbollah | Kata'ib Hezbollah | Asaib Ahl al-Haq | Asa'ib Ahl al-Haq | Mahdi Army | Islamic Resistance in Iraq | Naqshbandi Army
armed IMGMOSALQ : al-Qaeda | al Qaeda | al-Qaida | al Qaida | AQ | al-Qaeda central | al-Qaeda in the Arabian Peninsula | AQAP | al-Qaeda in the Islamic Maghreb | AQIM | al-Qaeda in the Indian Subcontinent | AQIS
armed : Taliban | the Taliban | Afghan Taliban | Taliban militants | Taliban fighters | Islamic Emirate of Afghanistan | Islamic Emirate
    AFGREBTAL ..2021-07 high
    AFGGOVTAL 2021-08.. high   # in power in Kabul from 15 August 2021
armed AFGREB : Haqqani network | Hezb-e-Islami | Hizb-i-Islami | Northern Alliance | National Resistance Front
armed PAKREB : Tehrik-i-Taliban Pakistan | Tehreek-e-Taliban Pakistan | TTP | Pakistani Taliban | Lashkar-e-Taiba | Lashkar-e-Toiba | Jaish-e-Mohammed | Jaish-e-Muhammad | Lashkar-e-Jhangvi | Hizbul Mujahideen | Jamaat-ul-Ahrar
armed PAKSEP : Balochistan Liberation Army | BLA | Baloch Liberation Army | Baloch Liberation Front
armed PSEREBHMS : Hamas | Islamic Resistance Movement | Izz ad-Din al-Qassam Brigades | Qassam Brigades | al-Qassam Brigades | Ezzedine al-Qassam Brigades
armed PSEREBISJ : Palestinian Islamic Jihad | Islamic Jihad | PIJ | al-Quds Brigades | Saraya al-Quds
armed PSEREBAAM : al-Aqsa Martyrs' Brigades | al-Aqsa Martyrs Brigades | Al Aqsa Martyrs Brigade | al-Aqsa Martyrs ' Brigades
armed PSEREBPFL : Popular Front for the Liberation of Palestine | PFLP
armed PSEREBDFL : Democratic Front for the Liberation of Palestine | DFLP
armed PSEREB : Palestinian militants | Palestinian gunmen | Lions' Den | Jenin Brigade | Lions ' Den
armed LBNREBHEZ : Hezbollah | Hizbollah | Hizbullah | Hezbullah | Hizballah | Party of God | Hezbollah fighters | Islamic Resistance in Lebanon
armed LBNREBAML : Amal Movement | Amal militia
armed : Houthis | Houthi | Houthi rebels | Houthi movement | Ansar Allah | Ansarullah | Houthi militia | Houthi fighters | al-Houthi
    YEMREB
armed YEMSEP : Southern Transitional Council | STC | Southern Movement | al-Hirak
armed TURREB : Kurdistan Workers' Party | Kurdistan Workers Party | PKK | P.K.K. | Kurdistan Freedom Falcons | TAK | Kongra-Gel | Kurdistan Workers ' Party
armed TURREB : DHKP-C | Revolutionary People's Liberation Party-Front | Revolutionary People 's Liberation Party-Front
armed SYRREB : Syrian Democratic Forces | SDF | People's Protection Units | YPG | YPJ | Free Syrian Army | FSA | Syrian National Army | SNA | Syrian rebels | Syrian opposition fighters | Ahrar al-Sham | Jaish al-Islam | Nusra Front | al-Nusra Front | Jabhat al-Nusra | Jabhat Fateh al-Sham | Syrian Kurdish fighters | Syrian Kurdish militia | People 's Protection Units
armed : Hayat Tahrir al-Sham | HTS | Hay'at Tahrir al-Sham | Tahrir al-Sham
    SYRREB ..2024-11 high
    SYRGOV 2024-12.. medium   # led the December 2024 takeover; announced its dissolution in January 2025
armed NGAREB : Boko Haram | Jama'atu Ahlis Sunna Lidda'awati wal-Jihad | Islamic State West Africa Province | ISWAP | Islamic State West Africa | Movement for the Emancipation of the Niger Delta | Niger Delta Avengers | Ansaru
armed NGASEP : Indigenous People of Biafra | IPOB
armed SOMREB : al-Shabaab | al-Shabab | al Shabaab | al Shabab | Shabaab | Shabab | Harakat al-Shabaab al-Mujahideen | Islamic Courts Union
armed MLIREB : Jama'at Nasr al-Islam wal Muslimin | Jamaat Nusrat al-Islam wal-Muslimin | JNIM | Ansar Dine | Ansar Eddine | MUJAO | Islamic State in the Greater Sahara | ISGS | Islamic State Sahel Province
armed MLISEP : National Movement for the Liberation of Azawad | MNLA | Coordination of Azawad Movements | CMA | Tuareg rebels
armed CODREB : M23 | March 23 Movement | Allied Democratic Forces | ADF | FDLR | Democratic Forces for the Liberation of Rwanda | CNDP | Mai-Mai | Mai Mai | CODECO | Alliance Fleuve Congo
armed CAFREB : Seleka | anti-Balaka | Coalition of Patriots for Change
armed UGAREB : Lord's Resistance Army | LRA | Lord 's Resistance Army
armed : Rapid Support Forces | RSF | Sudan's Rapid Support Forces | Janjaweed | Janjawid | Sudan 's Rapid Support Forces
    SDNMIL ..2023-03 medium   # state paramilitary until the war with the army from April 2023
    SDNREB 2023-04.. high
armed SDNREB : Sudan Liberation Movement | SLM | Sudan Liberation Army | SLA | Justice and Equality Movement | JEM | Sudan People's Liberation Movement-North | SPLM-N | Sudan People 's Liberation Movement-North
armed SSDREB : SPLM-IO | SPLM-in-Opposition | Sudan People's Liberation Movement-in-Opposition | Sudan People 's Liberation Movement-in-Opposition
armed : Tigray People's Liberation Front | TPLF | Tigray Defence Forces | Tigray Defense Forces | TDF | Tigrayan forces | Tigray People 's Liberation Front
    ETHREB 2020-11..2022-11 high   # the Tigray war
    ETHOPP
armed ETHREB : Fano | Fano militia | Oromo Liberation Army | OLA | Oromo Liberation Front | OLF
armed ESHSEPPLS : Polisario Front | Polisario
armed RUSUAF : Wagner | Wagner Group | Wagner mercenaries | Wagner PMC | Wagner fighters | Wagner private military company
armed RUSMIL : Africa Corps | Russian Africa Corps
armed RUSREB : Caucasus Emirate | Chechen rebels | Chechen separatists
armed UKRREB : Donetsk People's Republic | DPR | Luhansk People's Republic | Lugansk People's Republic | LPR | pro-Russian separatists | pro-Russian rebels | Russian-backed separatists | Donetsk People 's Republic | Luhansk People 's Republic | Lugansk People 's Republic
armed COLREB : Revolutionary Armed Forces of Colombia | FARC | FARC rebels | National Liberation Army of Colombia | ELN | ELN rebels | FARC dissidents | Gulf Clan | Clan del Golfo
armed PERREB : Shining Path | Sendero Luminoso
armed PHLREB : Abu Sayyaf | Abu Sayyaf Group | New People's Army | NPA | Maute group | Communist Party of the Philippines | New People 's Army
armed PHLSEP : Moro Islamic Liberation Front | MILF | Moro National Liberation Front | MNLF | Bangsamoro Islamic Freedom Fighters | BIFF
armed IDNREB : Jemaah Islamiyah | JI | Jamaah Ansharut Daulah | JAD | Free Papua Movement | West Papua National Liberation Army | TPNPB
armed IDNSEP : Free Aceh Movement
armed : GAM   # the bare acronym only while the movement existed (disbanded after the 2005 peace deal)
    IDNSEP ..2005-12 high
armed LKASEP : Liberation Tigers of Tamil Eelam | LTTE | Tamil Tigers
armed INDREB : Naxalites | Maoist rebels in India | CPI-Maoist | United Liberation Front of Asom | ULFA | Hizbul Mujahideen in Kashmir
armed MMRREB : Arakan Army | Arakan Rohingya Salvation Army | ARSA | Kachin Independence Army | Karen National Union | KNU | Ta'ang National Liberation Army | TNLA | Myanmar National Democratic Alliance Army | MNDAA | People's Defence Force | People's Defense Force | Brotherhood Alliance | People 's Defence Force | People 's Defense Force
armed ESPSEP : Euskadi Ta Askatasuna | Basque separatists
armed : ETA   # the bare acronym (also "estimated time of arrival") only until ETA dissolved in May 2018
    ESPSEP ..2018-05 high
armed GBRSEP : Irish Republican Army | IRA | Provisional IRA | Real IRA | New IRA | Continuity IRA | Ulster Volunteer Force | UVF | Ulster Defence Association | UDA
armed MEXCRM : Sinaloa cartel | Jalisco New Generation Cartel | CJNG | Gulf Cartel | Los Zetas | Zetas | Tijuana cartel | Juarez cartel
armed HTICRM : G9 | Viv Ansanm | 400 Mawozo
armed SLVCRM : MS-13 | Mara Salvatrucha | Barrio 18
armed VENCRM : Tren de Aragua | Cartel de los Soles | Cartel of the Suns   # the second: the US label for Venezuelan officials in drug trafficking
armed MOZREB : Ansar al-Sunna | al-Shabaab in Mozambique
armed LBYREB : Libyan National Army | LNA | Haftar's forces | Misrata militias | Haftar 's forces
armed EGYREB : Ansar Beit al-Maqdis | Sinai Province | Wilayat Sinai
armed DZAREB : Armed Islamic Group | Salafist Group for Preaching and Combat | GSPC
armed IRNREB : People's Mujahedin | People's Mujahedin of Iran | Mujahedin-e Khalq | MEK | MKO | Jaish al-Adl | Jundallah | PJAK | People 's Mujahedin | People 's Mujahedin of Iran

# ---------------- more groups in 2023-2026 news (added 2026-11) ----------------
armed IRQUAF : Harakat al-Nujaba | Nujaba | al-Nujaba | Kataib Sayyid al-Shuhada | Kata'ib Sayyid al-Shuhada | Badr Organization | Badr Organisation   # Iran-aligned factions, many inside the PMF
armed NGAREB : Lakurawa | Ansaru group
armed NGAUAF : Amotekun | Civilian Joint Task Force | CJTF
armed CODUAF : Wazalendo | Wazalendo militia(s)
armed SOMREB : Islamic State Somalia | Islamic State in Somalia | IS-Somalia | ISIS-Somalia
armed MOZREB : Islamic State Mozambique | Islamic State Mozambique Province | ISMP
armed PAKRAD : Tehreek-e-Labbaik Pakistan | Tehrik-e-Labbaik Pakistan | TLP
armed PAKSEP : Balochistan Liberation Front | BLF | Majeed Brigade
armed LBYREB : Ansar al-Sharia in Libya | Benghazi Revolutionaries Shura Council
armed TUNREB : Ansar al-Sharia in Tunisia | Okba Ibn Nafaa Brigade
armed YEMREB : Ansar al-Sharia in Yemen
armed PSEUAF : Abu Shabab militia | Abu Shabab's militia | Abu Shabab 's militia   # anti-Hamas militia in Rafah (2025)
armed LBNREBHEZ : Radwan Force | Radwan forces | Hezbollah's Radwan Force | Hezbollah 's Radwan Force
armed SYRUAF : Suwayda Military Council | Sweida Military Council | Druze militias | Druze fighters | Men of Dignity | Bedouin tribal fighters
armed SYRREB : Syrian Democratic Council | Kurdish-led Syrian Democratic Forces | Asayish
armed UKRMIL : Azov | Azov fighters | Azov Brigade | Azov regiment | Azov battalion | Third Assault Brigade | International Legion
armed SDNREB : Tasis | Sudan Founding Alliance | Tasis alliance   # the RSF-led alliance and its parallel government (2025)
armed MLIREB : Front for the Liberation of Azawad | FLA   # the northern rebel coalition from 2024
armed ETHREB : Fano militias | Amhara militia(s) | Amhara Fano
armed HTICRM : Haitian gangs | Haiti's gangs | Gran Grif | 5 Segonn | Kraze Baryè | Haiti 's gangs
armed ECUCRM : Los Choneros | Los Lobos
armed COLREB : Segunda Marquetalia | Estado Mayor Central | Central General Staff
# Cameroon's Anglophone conflict (since 2017)
armed CMRSEP : Ambazonia Defence Forces | Ambazonian separatists | Ambazonian fighters | Ambazonian rebels | Ambazonia separatists | Amba Boys | Anglophone separatists

# --- armed groups of 1980-2000s news (archive) ---
org : UNITA | National Union for the Total Independence of Angola
    AGOREB ..2002-04 high          # rebels until the April 2002 peace; a party since
    AGOOPP 2002-04.. high
org : Sudan People's Liberation Army | Sudan People 's Liberation Army | Sudan People's Liberation Movement | Sudan People 's Liberation Movement | SPLA | SPLM | SPLM / A | SPLA / M | SPLM/A | SPLA/M
    SDNREB ..2005-07 high          # rebels until the January 2005 peace and the July 2005 unity government
    SDNGOV 2005-07..2011-07 medium # partner in Sudan's government, ruling the South
    SSDGOV 2011-07.. high          # ruling party of South Sudan
org : Revolutionary United Front | RUF
    SLEREB ..2002-01 high          # Sierra Leone's rebels until the end of the war
    SLEOPP 2002-01.. medium
org : National Patriotic Front of Liberia | NPFL
    LBRREB ..1997-07 high          # Charles Taylor's rebels
    LBRGOV 1997-08..2003-08 medium
armed LBRREB : United Liberation Movement of Liberia for Democracy | ULIMO | ULIMO-J | ULIMO-K | Liberia Peace Council | Liberian Peace Council | Liberians United for Reconciliation and Democracy | LURD | Movement for Democracy in Liberia
org : Forces for the Defence of Democracy | Forces for Defence of Democracy | Forces for the Defense of Democracy | CNDD-FDD
    BDIREB ..2005-08 high          # Hutu rebels, the ruling party since August 2005
    BDIGOV 2005-08.. high
armed BDIREB : National Liberation Forces of Burundi | Palipehutu-FNL
org : Islamic Salvation Front
    DZAOPP ..1992-03 high          # the Islamist party banned in March 1992
    DZARAD
armed DZAREB : Islamic Salvation Army   # the Islamic Salvation Front's armed wing (1994-2000)
armed NGASEP : Movement for the Actualization of the Sovereign State of Biafra | MASSOB
armed RUSREB : Chechen fighters | Chechen guerrillas | Chechen militants
# Jewish settlers in the occupied territories are Israel's (CAMEO ISRSET), wherever the
# sentence places them ("Jewish settlers in the West Bank")
actor ISRSET : Jewish settlers | Jewish settler | settlers in the West Bank | West Bank settlers | hilltop youth
# Kashmir in 2020s news
armed INDREB : The Resistance Front | TRF   # Kashmir militants, seen as an offshoot of Lashkar-e-Taiba
# --- armed groups of 2022-2026 news not listed above (added 2026-11) ---
armed RUSREB : Russian Volunteer Corps | Freedom of Russia Legion | Legion of Free Russia   # Russians fighting for Ukraine, raids into Russia
armed RUSMIL : Akhmat | Akhmat forces | Akhmat special forces | Akhmat battalion | Kadyrovites | Kadyrovtsy   # Chechen units in Russia's forces
armed CODREB : Congo River Alliance | AFC/M23 | AFC / M23 | AFC-M23 | Twirwaneho | Red Tabara | RED-Tabara
armed SDNUAF : Joint Forces of the armed movements | Darfur Joint Forces | Darfur joint forces   # Darfur movements allied with the army since 2023
armed PAKREB : Fitna al-Khawarij | Fitna al Khawarij | Khawarij   # Pakistan's official term for the Pakistani Taliban
armed PAKSEP : Fitna al-Hindustan | Fitna al Hindustan   # Pakistan's official term for Baloch armed groups
armed INDSEP : NSCN | NSCN-IM | National Socialist Council of Nagaland
armed INDREB : Kuki militants | Kuki militant groups | Meitei militants | Arambai Tenggol | Kuki National Army | Naxals
armed MMRREB : Chin National Front | Chin National Army | Chinland Council | Karenni Nationalities Defence Force | KNDF | Karen National Liberation Army | KNLA
armed MLIREB : Katiba Macina | Macina Liberation Front | Islamic State Sahel | ISSP
armed HTICRM : Village de Dieu | Village de Dieu gang | Kraze Baryè gang | Canaan gang
person : Jimmy Cherizier | Jimmy " Barbecue " Cherizier | Cherizier
    HTICRM 2018.. high            # gang leader, heads the G9 and the Viv Ansanm coalition
person : Vitel'Homme Innocent | Vitel ' Homme Innocent | Vitel'Homme
    HTICRM 2019.. high            # leader of the Kraze Baryè gang
armed SSDUAF : White Army | Nuer White Army   # Nuer youth militia, not an army of the state
