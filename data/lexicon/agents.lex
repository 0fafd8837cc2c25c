# Agents: roles, sectors, religions and ethnic groups, composed with an actor by the coder
# ("Iraqi" + "vice president" -> IRQ + ~GOV = IRQGOV; "Sunni" + "Iraqis" -> IRQMOSSUN).
# Codes follow CAMEO.type.txt, CAMEO.religion.txt (primary + denomination: MOS, MOSSUN) and
# CAMEO.ethnic.txt (ethnic codes are lower case there and stay so). Written by the project.

# --- government ---
agent ~GOV : government(s) | govt | administration | cabinet | regime | authorities | state | leadership
agent ~GOV : president | presidents | vice president | vice-president | president-elect | prime minister(s) | premier | deputy prime minister | chancellor | head of state | head of government | heads of state | leader(s) | ruler(s) | king | queen | monarch | emir | sultan | crown prince | dictator | strongman | president - elect
agent ~GOV : minister(s) | foreign minister(s) | foreign secretary | secretary of state | interior minister | defence minister | defense minister | finance minister | economy minister | oil minister | energy minister | trade minister | justice minister | information minister | health minister | deputy foreign minister | deputy minister | state minister
agent ~GOV : ministry | foreign ministry | interior ministry | finance ministry | foreign office | state department | department | agency
agent ~GOV : official(s) | government official(s) | senior official(s) | administration official(s) | spokesman for the government | government spokesman | government spokeswoman | government spokesperson | presidential spokesman | foreign ministry spokesman | foreign ministry spokeswoman
agent ~GOV : diplomat(s) | ambassador(s) | envoy(s) | special envoy | consul | embassy | embassies | consulate | delegation(s) | negotiator(s) | emissary | emissaries | representative(s)
agent ~GOV : governor(s) | mayor(s) | provincial government | regional government | local authorities | state governor | officialdom
agent ~GOV : junta | military junta | transitional government | transitional council | ruling party | coalition government

# --- military, police, intelligence ---
agent ~MIL : military | militaries | army | armies | armed forces | troops | soldier(s) | forces | navy | navies | air force | warplanes | warplane | fighter jets | jets | helicopters | gunships | drones | tanks | artillery | marines | paratroopers | special forces | commandos | infantry | warships | submarines
agent ~MIL : general(s) | commander(s) | military commander(s) | army chief | chief of staff | chief of general staff | military officials | defence ministry | defense ministry | defence officials | defense officials | military spokesman | army spokesman
agent ~COP : police | policeman | policemen | police officer(s) | riot police | security forces | security services | gendarmes | gendarmerie | border guard(s) | border police | coast guard | interior ministry forces | law enforcement
agent ~SPY : intelligence | intelligence agency | intelligence agencies | intelligence services | intelligence officials | spy agency | spies | spy | spymaster | secret police
agent ~PKO : peacekeeper(s) | peacekeeping force(s) | peacekeeping troops | peacekeeping mission
# Installations, vehicles and units attacked as the forces themselves ("attacked a military
# checkpoint in eastern Syria": SYRMIL, not the country).
agent ~MIL : military base(s) | army base(s) | air base(s) | airbase(s) | naval base(s) | military checkpoint(s) | army checkpoint(s) | military post(s) | army post(s) | military outpost(s) | army outpost(s) | military convoy(s) | army convoy(s) | military vehicle(s) | army vehicle(s) | military patrol(s) | army patrol(s) | military position(s) | army position(s) | military installation(s) | military facility | military facilities | military headquarters | army headquarters | military camp(s) | army camp(s) | military compound(s) | barracks | military airport | military airfield(s)
agent ~COP : police station(s) | police post(s) | police checkpoint(s) | police headquarters | police convoy(s) | police vehicle(s) | police car(s) | police barracks

# --- armed non-state ---
agent ~REB : rebel(s) | rebel group(s) | rebel forces | militant(s) | militant group(s) | guerrilla(s) | guerilla(s) | jihadist(s) | jihadi(s) | terrorist(s) | terror group | terrorist group(s) | fighters | armed group(s) | armed opposition | mujahideen
agent ~INS : insurgent(s) | insurgency
agent ~SEP : separatist(s) | secessionist(s) | separatist rebels
agent ~UAF : militia(s) | militiamen | gunman | gunmen | armed men | paramilitary | paramilitaries | mercenaries | mercenary | vigilantes | tribal fighters
agent ~CRM : criminal(s) | gang(s) | gang members | smuggler(s) | drug trafficker(s) | trafficker(s) | kidnapper(s) | pirate(s) | cartel(s) | drug cartel(s) | drug lord(s) | mafia | bandit(s) | thieves | robbers
agent ~SET : settler(s) | Jewish settlers

# --- political life ---
agent ~OPP : opposition | opposition party | opposition parties | opposition leader(s) | opposition figure(s) | opposition group(s) | dissident(s) | critic(s) | activist(s) | protester(s) | protestor(s) | demonstrator(s) | marchers | rioters | opposition supporters | pro-democracy activists | reformists
agent ~LEG : parliament(s) | parliamentary | legislature | lawmaker(s) | legislator(s) | MP(s) | member(s) of parliament | parliamentarian(s) | senator(s) | senate | congress | congressman | congressmen | congresswoman | house speaker | parliament speaker | speaker of parliament | national assembly | upper house | lower house | parliamentary committee
agent ~JUD : court(s) | judge(s) | judiciary | prosecutor(s) | prosecutor general | chief prosecutor | attorney general | supreme court | constitutional court | high court | appeals court | military court | tribunal | magistrate(s) | public prosecutor
agent ~MOD : moderate(s) | reformer(s)
agent ~RAD : radical(s) | extremist(s) | hardliner(s) | hard-liners | fundamentalist(s) | Islamist(s) | hard - liners
agent ~ELI : elite(s) | oligarch(s) | tycoon(s) | former president | former prime minister | royal family | aristocrats | billionaire(s)

# --- society and economy ---
agent ~BUS : business(es) | businessman | businessmen | businesswoman | company | companies | firm(s) | corporation(s) | investor(s) | banker(s) | industry | industrialists | executive(s) | chief executive | CEO | oil company | oil companies | energy company | energy companies | multinational(s) | traders | merchants | chamber of commerce | business leaders | employers
agent ~MED : media | journalist(s) | reporter(s) | correspondent(s) | newspaper(s) | state media | state television | state TV | state news agency | news agency | television | broadcaster(s) | editor(s) | blogger(s) | photographer(s)
agent ~REF : refugee(s) | asylum seeker(s) | asylum-seekers | displaced people | displaced persons | internally displaced | IDPs | migrant(s) | exiles | evacuees | asylum - seekers
agent ~CVL : civilian(s) | resident(s) | villager(s) | citizen(s) | population | townspeople | inhabitants | pilgrims | passengers | tourists | families | children | women | youths | crowd(s) | mob
agent ~EDU : student(s) | university | universities | teacher(s) | professor(s) | academic(s) | school(s) | scholars | researchers | scientists
agent ~HLH : doctor(s) | physician(s) | nurse(s) | medic(s) | health worker(s) | health officials | hospital(s) | health ministry | paramedics
agent ~HRI : human rights activist(s) | human rights group(s) | human rights organisation(s) | human rights organization(s) | rights group(s) | rights activist(s) | rights organisation | rights organization | human rights defenders | human rights lawyer(s) | human rights commission | ombudsman
agent ~LAB : worker(s) | labourers | laborers | trade union(s) | labor union(s) | labour union(s) | strikers | employees | miners | dockworkers | workforce
agent ~AGR : farmer(s) | peasant(s) | herders | fishermen | agricultural workers
agent ~ENV : environmentalist(s) | environmental group(s) | environmental activists | climate activists | conservationists
agent ~DEV : aid worker(s) | aid agency | aid agencies | aid group(s) | humanitarian agencies | humanitarian workers | humanitarian organisations | humanitarian organizations | relief agencies | relief workers | development agency | donors

# --- prefix agents ---
agent NGO~ : non-governmental organisation(s) | non-governmental organization(s) | NGO(s) | charity | charities | nonprofit | non-profit
agent IGO~ : intergovernmental organisation | intergovernmental organization | regional bloc

# --- religions (CAMEO.religion.txt) ---
agent ~MOS : Muslim(s) | Moslem(s) | Islamic community | Islamic clerics | imam(s) | mufti | grand mufti | mullah(s)
agent ~MOSSUN : Sunni(s) | Sunni Muslim(s) | Sunni Arabs | Sunni tribes | Sunni tribesmen | Sunni militants | Sunni insurgents
agent ~MOSSHI : Shia | Shias | Shiite(s) | Shi'ite(s) | Shia Muslim(s) | Shiite Muslim(s) | Shiite militia(s) | Shia militia(s) | ayatollah(s) | grand ayatollah
agent ~MOSALE : Alevi(s)
agent ~CHR : Christian(s) | church | churches | priest(s) | bishop(s) | archbishop | clergy | evangelical(s)
agent ~CHRCTH : Catholic(s) | Roman Catholic(s) | Catholic Church | Roman Catholic Church | cardinal(s)
agent ~CHRPRO : Protestant(s) | Lutheran(s) | Anglican(s) | Methodist(s) | Baptist(s)
agent ~CHRDOX : Orthodox | Orthodox Christian(s) | Orthodox Church | patriarch
agent ~CHRCPT : Copt(s) | Coptic | Coptic Christian(s) | Coptic Church
agent ~CHRMRN : Maronite(s) | Maronite Christian(s) | Maronite Church
agent ~JEW : Jew(s) | Jewish | Jewish community | rabbi(s) | chief rabbi
agent ~JEWUDX : ultra-Orthodox | ultra-Orthodox Jews | Haredi | Haredim
agent ~HIN : Hindu(s) | Hindu nationalists
agent ~BUD : Buddhist(s) | Buddhist monks | monk(s)
agent ~SIK : Sikh(s)
agent ~DRZ : Druze | Druse
agent ~BAH : Baha'i(s) | Bahai(s)
agent ~ATH : atheist(s) | secularists

# --- ethnic groups (CAMEO.ethnic.txt) ---
agent ~KUR : Kurd(s) | Kurdish | Kurdish fighters | Kurdish militia | Kurdish forces | Peshmerga | Kurdish peshmerga
agent ~ala : Alawite(s) | Alawi(s)
agent ~pus : Pashtun(s) | Pushtun(s) | Pathan(s)
agent ~haz : Hazara(s)
agent ~bal : Baloch | Baluch | Balochs | Baluchis | Baloch nationalists
agent ~tam : Tamil(s)
agent ~uig : Uighur(s) | Uyghur(s)
agent ~che : Chechen(s)
agent ~crh : Crimean Tatar(s)
agent ~tat : Tatar(s)
agent ~ber : Berber(s) | Amazigh | Imazighen
agent ~tmh : Tuareg(s)
agent ~tts : Tutsi(s)
agent ~hut : Hutu(s)
agent ~oss : Ossetian(s)
agent ~abk : Abkhaz | Abkhazian(s)
agent ~asy : Assyrian(s)
agent ~ahm : Ahmadi(s) | Ahmadiyya
agent ~rom : Roma | Romani
agent ~tgk : ethnic Tajik(s)
agent ~uzb : ethnic Uzbek(s)
agent ~arm : ethnic Armenian(s)
agent ~tuk : ethnic Turkmen | Turkmens
agent ~alb : ethnic Albanian(s)
agent ~srp : ethnic Serb(s)

# --- more people in the news ---
agent ~CVL : voter(s) | witness(es) | victim(s) | survivor(s) | hostage(s) | bystanders | shoppers | worshippers | mourners | onlookers | local people | locals
agent ~GOV : cabinet minister(s) | spokesman for the ministry | interior ministry spokesman | defence ministry spokesman | defense ministry spokesman | state official(s) | presidential palace | presidency | prime minister's office | prime minister 's office
agent ~MIL : military sources | army officers | troopers | servicemen | service members | naval forces | air defences | air defenses | air defence | air defense | missile forces | border troops | reservists | government forces | regime forces | national guard
agent ~COP : police chief | police commander | police spokesman | riot squads

# --- more roles in 2020s news wording ---
agent ~GOV : spokesman | spokesmen | spokeswoman | spokeswomen | spokesperson | spokespeople | government spokespeople | press secretary | presidential adviser | senior adviser
agent ~GOV : national security adviser | national security advisor | national security council | security cabinet | war cabinet | cabinet secretary | chief of staff to the president
agent ~GOV : central bank | central bank governor | treasury secretary | trade representative | commerce minister | commerce ministry | trade ministry | labour minister | labor minister | home secretary | home minister | home ministry | home office | defence secretary | defense secretary | minister of state | deputy foreign ministers | vice foreign minister | foreign affairs ministry | ministry of foreign affairs | ministry of defence | ministry of defense | ministry of interior | interior ministry officials
agent ~GOV : election commission | electoral commission | election officials | election authorities | electoral authorities | first lady | crown princes | prince | princess | sheikh | royal court | provincial governor(s) | regional governor(s) | district officials | local officials | municipal officials | city officials | city council | town council
agent ~COP : police officials | police forces | special police | counter-terrorism police | counterterrorism police | anti-terrorism police | prison guards | prison officials | prison authorities | coastguard | coast guards | police units | police patrol(s) | traffic police | customs officers | customs officials | border officials | immigration officers | immigration officials | security officials | security sources | security personnel | security agents
agent ~MIL : ground forces | ground troops | frontline troops | front-line troops | military chief(s) | army chief of staff | armed forces chief | defence forces | defense forces | soldiers and officers | military officers | officers and soldiers | conscripts | recruits | airmen | sailors | military personnel | military advisers | military advisors | military units | battalion(s) | brigade(s) | regiment(s) | army units | troop reinforcements | air defence units | air defense units | missile units | army helicopters | military aircraft | fighter planes | combat aircraft | bombers | military drones | front - line troops
agent ~SPY : spy chief | intelligence chief | intelligence service | intelligence officers | intelligence agents | secret service | security service | counterintelligence
agent ~UAF : assailant(s) | attacker(s) | sniper(s) | raider(s) | armed assailants | unknown gunmen | masked gunmen | armed gangs | armed bandits | saboteur(s) | sabotage group(s) | sabotage team(s)
agent ~REB : suicide bomber(s) | infiltrator(s) | insurgent fighters | rebel fighters | jihadist fighters | militant fighters | rebel commanders | militant commanders | rebel leader(s) | militant leader(s) | rebel spokesman | militant cells | terror cells | sleeper cells
agent ~CRM : hostage-takers | hostage takers | abductor(s) | hijacker(s) | human traffickers | people smugglers | arms dealers | drug dealers | gang leaders | hackers | cybercriminals | cyber criminals | hostage - takers
agent ~OPP : supporters of the opposition | opposition lawmakers | opposition politicians | opposition candidate(s) | protest leaders | protest organisers | protest organizers | demonstrators and police | protest movement | pro-democracy movement | anti-government protesters | anti-government demonstrators | student protesters | activists and protesters | exiled opposition
agent ~LEG : deputies | lawmakers and officials | congressional leaders | house of representatives | house of commons | house of lords | speaker of the house | speaker | upper chamber | lower chamber | parliamentary speaker | senate committee | congressional committee | members of congress
agent ~JUD : lawyer(s) | attorney(s) | defence lawyers | defense lawyers | jurists | justice ministry | ministry of justice | judicial authorities | investigating judge | court officials | anti-corruption court | anti-corruption agency | anti-corruption commission
agent ~CVL : young people | teenagers | youth | nationals | expatriates | diaspora | immigrants | detainees | prisoners | inmates | captives | abductees | hostages and prisoners | people | residents and officials | local residents | civilians and soldiers | truck drivers | taxi drivers | fans | travellers | travelers | commuters | homeowners | consumers | parents | pupils
agent ~LAB : union leaders | unionists | truckers | lorry drivers | transport workers | public sector workers | civil servants | factory workers | nurses and doctors
agent ~AGR : landowners | farm workers | ranchers | pastoralists
agent ~ELI : tribal leaders | tribal elders | elders | village elders | community leaders | clan elders | traditional leaders | traditional rulers | chieftains | tribal chiefs | notables
agent ~UAF : tribal militia(s) | clan militia(s) | clan fighters | armed tribesmen | self-defence groups | self-defense groups | local militia(s) | self - defence groups | self - defense groups
agent ~MOS : cleric(s) | Muslim clerics | Islamic scholars | ulema
agent ~ELI : royals | royal family members | aristocracy
agent ~REF : displaced civilians | displaced families | displaced Palestinians | returnees | stateless people | boat people | migrants and refugees | unaccompanied minors
agent ~HRI : human rights watchdog | rights watchdog | rights defenders | human rights monitor(s) | rights monitor(s) | human rights advocates | rights advocates
agent ~MED : news outlet(s) | media outlet(s) | state broadcaster | public broadcaster | state-run media | state-run television | state-run TV | official news agency | government newspaper | opposition newspaper | radio station(s) | TV station(s) | television station(s) | news website(s) | columnist(s) | commentator(s) | state - run media | state - run television | state - run TV
agent ~EDU : university students | college students | students and teachers | educators | school children | schoolchildren | university professors
agent ~HLH : health ministry officials | hospital officials | hospital staff | medical staff | medical workers | health authorities | ambulance crews | rescue workers | rescuers | first responders | civil defence | civil defense

# --- more ethnic groups (CAMEO.ethnic.txt codes) ---
agent ~yor : Yoruba(s)
agent ~hau : Hausa(s)
agent ~ibo : Igbo(s) | Ibo(s)
agent ~ful : Fulani(s) | Fula(s) | Fulani herders
agent ~kar : Karen | ethnic Karen
agent ~kac : ethnic Kachin
agent ~shn : ethnic Shan
agent ~amh : Amhara(s)
agent ~fru : ethnic Fur | Fur tribe | Fur people | Fur tribesmen   # not bare "fur"
agent ~kik : Kikuyu(s)
agent ~luo : Luo(s) | ethnic Luo
agent ~sna : Shona(s)
agent ~zul : Zulu(s)
agent ~xho : Xhosa(s)
agent ~sin : Sinhalese | Sinhala
agent ~kab : Kabyle(s)
agent ~shl : Shilluk(s)
agent ~bai : Bamileke(s)
agent ~bam : Bambara(s)
agent ~mos : Mossi(s)
agent ~kau : Kanuri(s)
agent ~dje : Songhai | Djerma | Zarma
agent ~orm : Oromo(s)
agent ~tir : Tigrayan(s) | Tigrinya
agent ~aar : Afar(s)
agent ~som : ethnic Somali(s)
agent ~ner : Nuer(s)
agent ~din : Dinka(s)
agent ~zag : Zaghawa
agent ~ara : ethnic Arab(s)

# --- military hardware named as the actor ("Russian aircraft struck", "Israeli bulldozers
# razed"): a country's aircraft, armour and vessels in conflict news are its military. An
# airliner is "airliner", "plane" or "flight" in news, so those words stay out.
agent ~MIL : aircraft carrier(s) | carrier strike group | carrier group | aircraft | fighter aircraft | fighter jet | fighter-bomber(s) | attack helicopter(s) | helicopter gunship(s) | drone | unmanned aircraft | military drone | Predator drone(s) | Reaper drone(s) | armoured vehicles | armored vehicles | armoured bulldozers | armored bulldozers | army bulldozers | military bulldozers | bulldozers | gunboat(s) | frigate(s) | destroyer(s) | naval vessels | naval ships | navy ships | warship | submarine | artillery units | fighter - bomber(s)
# unions and their members ("the Serbian Workers' Union", "a teachers' union")
agent ~LAB : dockers | dock workers | port workers | longshoremen | workers' union(s) | workers union(s) | workers ' union(s) | union of workers | teachers' union(s) | teachers ' union(s) | teachers union(s) | doctors' union(s) | doctors ' union(s) | labour federation | labor federation | trade union federation | trade union confederation | general union | strike committee
# immigration enforcement in 2020s news (added 2026-11); never bare "ICE", which is also ice
agent ~COP : immigration agents | immigration police | federal agents | federal immigration agents | border agents | Border Patrol agents | ICE agents | ICE officers | ICE officials | masked agents
# sheriffs and their deputies are police ("deputies" alone is ~LEG) (added 2026-11)
agent ~COP : sheriff(s) | sheriff's deputies | sheriff 's deputies | sheriff's deputy | sheriff 's deputy | deputy sheriff(s) | sheriff's office | sheriff 's office | sheriff's department | sheriff 's department

# --- more ethnic groups of the news with their CAMEO.ethnic.txt codes (added 2026-11); names
# that are also first names or countries' adjectives are written with "ethnic" or a plural ---
agent ~mas : Maasai(s) | Masai
agent ~ijo : Ijaw(s)
agent ~tiv : Tiv farmers | Tiv people | ethnic Tiv
agent ~snd : Sindhi(s)
agent ~pan : Punjabi(s)
agent ~tib : Tibetan(s)
agent ~hmn : Hmong
agent ~inh : Ingush | Ingushes
agent ~hun : ethnic Hungarian(s)
agent ~arn : Mapuche(s)
agent ~que : Quechua | Quechua people
agent ~aym : Aymara | Aymara people
agent ~nde : Ndebele(s)
agent ~her : Herero(s)
agent ~ova : Ovambo(s)
agent ~gar : Garifuna
agent ~msk : Miskito(s) | Miskitu
agent ~paa : Papuan(s) | indigenous Papuans
agent ~nag : Naga(s) | Naga people
agent ~miz : Mizo(s)
agent ~bod : Bodo(s)
agent ~ach : Acholi(s)
agent ~lug : Baganda
agent ~bny : Banyarwanda | Banyamulenge
agent ~wol : Wolof
agent ~tou : Toubou | Tebu | Teda
agent ~ace : Acehnese
agent ~day : Dayak(s)
agent ~jav : Javanese
# religions of CAMEO.religion.txt not listed above
agent ~JAN : Jain(s) | Jainism
agent ~ZRO : Zoroastrian(s)
agent ~CHRLDS : Mormon(s) | Latter-day Saints
agent ~CHRJHW : Jehovah's Witnesses | Jehovah 's Witnesses
agent ~JEWHSD : Hasidic Jews | Hasidim | Hasidic
