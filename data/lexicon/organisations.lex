# International organisations, NGOs, media, parties and state agencies, written by the project.
# Codes follow CAMEO: IGO/NGO + region + known group (CAMEO.knowngroup.txt), e.g. IGOWSTNAT.

# --- United Nations system ---
org IGOUNO : United Nations | UN | U.N. | UN Security Council | U.N. Security Council | Security Council | UN General Assembly | U.N. General Assembly | General Assembly of the United Nations | UN Secretariat | UN secretary-general | U.N. secretary-general | UN Secretary General | UN Human Rights Council | U.N. Human Rights Council | UN envoy | U.N. envoy | UN special envoy | UN mission | U.N. mission | UN secretary - general | U.N. secretary - general
org IGOUNOHCR : UNHCR | UN refugee agency | U.N. refugee agency | UN High Commissioner for Refugees | United Nations High Commissioner for Refugees | Office of the United Nations High Commissioner for Refugees
org IGOUNOHCH : OHCHR | UN human rights office | U.N. human rights office | UN High Commissioner for Human Rights | United Nations High Commissioner for Human Rights | UN human rights chief
org IGOUNOKID : UNICEF | UN children's agency | U.N. children's agency | United Nations Children's Fund | UN children 's agency | U.N. children 's agency | United Nations Children 's Fund
org IGOUNOWFP : World Food Programme | World Food Program | WFP | UN food agency
org IGOUNOWHO : World Health Organization | World Health Organisation | W.H.O.
org IGOUNOFAO : Food and Agriculture Organization | Food and Agriculture Organisation | FAO
org IGOUNOILO : International Labour Organization | International Labor Organization | ILO
org IGOUNOIAE : International Atomic Energy Agency | IAEA | UN nuclear watchdog | U.N. nuclear watchdog | UN atomic watchdog | U.N. atomic watchdog
org IGOUNOICJ : International Court of Justice | ICJ | World Court
org IGOUNOIOM : International Organization for Migration | IOM
org IGOUNODEV : UN Development Programme | UNDP | UNESCO | UNRWA | OCHA | UN humanitarian office | U.N. humanitarian office | UN Population Fund | UNFPA | UN Environment Programme | UNEP
org IGOUNOPKO : UN peacekeepers | U.N. peacekeepers | UN peacekeeping force | UNIFIL | MONUSCO | MONUC | UNAMID | MINUSMA | MINUSCA | UNMISS | UNDOF | UNFICYP | UNAMA | UNAMI | UN peacekeeping mission | U.N. peacekeeping mission | blue helmets
org IGOUNOIMF : International Monetary Fund | IMF | I.M.F.
org IGOUNOWBK : World Bank | World Bank Group | IBRD
org IGOWTO : World Trade Organization | World Trade Organisation | WTO
org IGOUNOWCT : International Criminal Tribunal for the former Yugoslavia | ICTY | International Criminal Tribunal for Rwanda | ICTR
org IGOICC : International Criminal Court | ICC
org IGOITP : Interpol | International Criminal Police Organization

# --- regional and other intergovernmental bodies ---
org IGOWSTNAT : North Atlantic Treaty Organization | North Atlantic Treaty Organisation | NATO | N.A.T.O. | Atlantic alliance | North Atlantic Council | Western military alliance
org IGOEUREEC : European Union | EU | E.U. | European Commission | EU Commission | European Council | Council of the European Union | European Parliament | European Central Bank | ECB | EU foreign policy chief | European Community | European Economic Community | EEC | Eurogroup | EU leaders | EU foreign ministers | the 27-nation bloc | the 28-nation bloc
org IGOEURCOE : Council of Europe | European Court of Human Rights | ECHR
org IGOEURSCE : Organization for Security and Cooperation in Europe | Organisation for Security and Co-operation in Europe | OSCE
org IGOEUREBR : European Bank for Reconstruction and Development | EBRD
org IGOEUREFT : European Free Trade Association | EFTA
org IGOAFROAU : African Union | AU | A.U. | African Union Commission | AU Commission | AU Peace and Security Council | Organization of African Unity | Organisation of African Unity | OAU   # AU: successor of the OAU (CAMEO OAU)
org IGOAFRAFB : African Development Bank | AfDB
org IGOWAFWAS : Economic Community of West African States | ECOWAS
org IGOSAFSAD : Southern African Development Community | SADC
org IGOEAFIAD : Intergovernmental Authority on Development | IGAD
org IGOAFRCEM : Common Market for Eastern and Southern Africa | COMESA
org IGOAFRECA : Economic Community of Central African States | ECCAS
org IGOARBARL : Arab League | League of Arab States | Arab League summit
org IGOARBAMU : Arab Maghreb Union
org IGOPGSGCC : Gulf Cooperation Council | GCC | Cooperation Council for the Arab States of the Gulf
org IGOOIC : Organization of Islamic Cooperation | Organisation of Islamic Cooperation | Organization of the Islamic Conference | OIC
org IGOOPC : Organization of the Petroleum Exporting Countries | Organization of Petroleum Exporting Countries | OPEC | OPEC+ | OPEC Plus
org IGOMEAAPE : OAPEC | Organization of Arab Petroleum Exporting Countries
org IGOMEAIDB : Islamic Development Bank
org IGOSEAASN : Association of Southeast Asian Nations | Association of South East Asian Nations | ASEAN
org IGOASAADB : Asian Development Bank | ADB
org IGOASA : Shanghai Cooperation Organization | Shanghai Cooperation Organisation | SCO | Asian Infrastructure Investment Bank | AIIB | Asia-Pacific Economic Cooperation | APEC
org IGOSASSAA : South Asian Association for Regional Cooperation | SAARC
org IGOOAS : Organization of American States | Organisation of American States | OAS
org IGOLAM : Mercosur | Mercosul | Community of Latin American and Caribbean States | CELAC | Andean Community | ALBA | Inter-American Development Bank | IDB
org IGOCRB : Caribbean Community | CARICOM
org IGOCIS : Commonwealth of Independent States | CIS
org IGOEEU : Collective Security Treaty Organization | CSTO | Eurasian Economic Union | EAEU
org IGOCWN : Commonwealth of Nations | Commonwealth Secretariat
org IGOGOS : Group of Seven | G7 | G-7 | G7 leaders | G-7 leaders
org IGOGOE : Group of Eight | G8 | G-8
org IGO : Group of 20 | Group of Twenty | G20 | G-20 | BRICS | Non-Aligned Movement | NAM summit | Paris Club | Bank for International Settlements | OECD | Organisation for Economic Co-operation and Development | Organization for Economic Cooperation and Development | International Energy Agency | IEA | Organisation for the Prohibition of Chemical Weapons | OPCW | Comprehensive Nuclear-Test-Ban Treaty Organization | CTBTO | Permanent Court of Arbitration
org IGOGSS : Group of 77 | G77 | G-77

# --- NGOs ---
org NGOAMN : Amnesty International | Amnesty
org NGOHRW : Human Rights Watch | HRW
org NGOMSF : Medecins Sans Frontieres | Médecins Sans Frontières | Doctors Without Borders | MSF
org NGOIRC : International Committee of the Red Cross | ICRC | Red Cross
org NGOCRC : International Federation of Red Cross and Red Crescent Societies | IFRC
org NGORCR : Red Crescent | Syrian Arab Red Crescent | Palestine Red Crescent | Turkish Red Crescent | Iranian Red Crescent | Egyptian Red Crescent
org NGOXFM : Oxfam | Oxfam International
org NGOGRP : Greenpeace
org NGOICG : International Crisis Group | Crisis Group
org NGOFID : International Federation for Human Rights | FIDH
org NGOJUR : International Commission of Jurists
org NGOWEF : World Economic Forum | Davos forum
org NGOHRI : Reporters Without Borders | Committee to Protect Journalists | CPJ | Freedom House | Human Rights First | B'Tselem | Syrian Observatory for Human Rights | SOHR | Transparency International | Physicians for Human Rights | Human Rights Foundation | International Rescue Committee | Norwegian Refugee Council | Save the Children | CARE International | Mercy Corps | Refugees International | Carter Center
org NGOENV : World Wildlife Fund | WWF | Friends of the Earth | Extinction Rebellion
org NGO : Bill and Melinda Gates Foundation | Gates Foundation | Open Society Foundations | Wikileaks | WikiLeaks | Bellingcat
org NGO : FIFA

# --- media ---
org GBRMED : Reuters | Reuters news agency | BBC | British Broadcasting Corporation | Financial Times | The Times of London | Guardian newspaper | Sky News | Daily Telegraph | The Telegraph
org USAMED : Associated Press | AP | CNN | New York Times | Washington Post | Wall Street Journal | Boston Globe | The Boston Globe | Bloomberg | Bloomberg News | Fox News | NBC News | CBS News | ABC News | NPR | Voice of America | VOA | Radio Free Europe | Radio Free Europe/Radio Liberty | RFE/RL | Radio Free Asia | Politico | Axios | Los Angeles Times | USA Today | Newsweek | Time magazine | MSNBC | CNBC
org FRAMED : Agence France-Presse | Agence France Presse | AFP | Le Monde | Le Figaro | France 24 | Radio France Internationale | RFI
org DEUMED : Deutsche Welle | DW | Der Spiegel | Spiegel | dpa | Deutsche Presse-Agentur | Frankfurter Allgemeine Zeitung | Bild
org QATMED : Al Jazeera | Al-Jazeera | Aljazeera
org SAUMED : Al Arabiya | Al-Arabiya | Asharq Al-Awsat | Saudi Press Agency
org AREMED : Sky News Arabia | Emirates News Agency
org CHNMED : Xinhua | Xinhua news agency | People's Daily | Global Times | CCTV | China Central Television | CGTN | China Daily | People 's Daily
org RUSMED : TASS | ITAR-TASS | RIA Novosti | Interfax | RT | Russia Today | Sputnik | Kommersant | Izvestia | Novaya Gazeta | Rossiya 24 | Channel One
org IRNMED : IRNA | Islamic Republic News Agency | Press TV | Fars news agency | Tasnim | Tasnim news agency | Mehr news agency | ISNA | Kayhan | IRIB
org PRKMED : KCNA | Korean Central News Agency | Rodong Sinmun
org KORMED : Yonhap | Yonhap news agency | KBS
org JPNMED : Kyodo | Kyodo News | NHK | Asahi Shimbun | Yomiuri Shimbun | Nikkei
org ISRMED : Haaretz | Times of Israel | Jerusalem Post | Yedioth Ahronoth | Ynet | Channel 12
org TURMED : Anadolu | Anadolu Agency | Anadolu news agency | TRT | Hurriyet | Hürriyet | Daily Sabah
org SYRMED : SANA | Syrian Arab News Agency | Syrian state television
org EGYMED : Al-Ahram | Al Ahram | MENA news agency | Middle East News Agency
org IRQMED : Iraqi News Agency | Al Sumaria | Rudaw
org LBNMED : Al Manar | Al-Manar | Al Mayadeen | An-Nahar | L'Orient-Le Jour | National News Agency
org PAKMED : Associated Press of Pakistan | Geo TV | Geo News
org INDMED : Press Trust of India | PTI | Times of India | Hindustan Times | NDTV
org UKRMED : Ukrinform | Ukrainska Pravda | Kyiv Independent
org ITAMED : ANSA | Corriere della Sera | La Repubblica
org ESPMED : EFE | El Pais | El País
org PSEMED : WAFA | Palestinian news agency

# --- state agencies and security bodies ---
org USASPY : CIA | C.I.A. | Central Intelligence Agency | NSA | National Security Agency | Director of National Intelligence | DNI
org USACOP : FBI | F.B.I. | Federal Bureau of Investigation | DEA | Drug Enforcement Administration | Secret Service | Immigration and Customs Enforcement | Homeland Security | Department of Homeland Security | DHS | Border Patrol
org USAJUD : Supreme Court of the United States | U.S. Supreme Court | US Supreme Court | Justice Department | U.S. Justice Department | Department of Justice | DOJ
org USAMIL : U.S. military | US military | U.S. forces | US forces | U.S. troops | US troops | U.S. Army | US Army | U.S. Navy | US Navy | U.S. Air Force | US Air Force | Marine Corps | U.S. Marines | US Marines | CENTCOM | Central Command | U.S. Central Command | AFRICOM | Joint Chiefs of Staff | Department of Defense | Defense Department | Department of War | War Department
org USAGOV : Treasury Department | U.S. Treasury | US Treasury | Federal Reserve | the Fed | Commerce Department | Trump administration | Biden administration | Obama administration | Bush administration
org GBRSPY : MI6 | MI5 | GCHQ | Secret Intelligence Service
org GBRMIL : Ministry of Defence | British Army | Royal Navy | Royal Air Force | RAF | British forces | British troops
org ISRSPY : Mossad | Shin Bet | Shabak
org ISRMIL : Israel Defense Forces | Israel Defence Forces | IDF | Israeli army | Israeli military | Israeli forces | Israeli troops | Israeli Air Force | Israeli warplanes
org RUSSPY : FSB | Federal Security Service | SVR | GRU | KGB
org RUSMIL : Russian army | Russian military | Russian forces | Russian troops | Russian Defence Ministry | Russian Defense Ministry | Russian Ministry of Defence | Russian Ministry of Defense | Russian warplanes | Russian Aerospace Forces | Black Sea Fleet
org IRNMIL : Islamic Revolutionary Guard Corps | Revolutionary Guard Corps | Revolutionary Guards | Revolutionary Guard | IRGC | Quds Force | Basij
org IRNSPY : Iranian intelligence ministry | MOIS
org PAKSPY : Inter-Services Intelligence | ISI
org PAKMIL : Pakistani army | Pakistan Army | Pakistani military | Inter-Services Public Relations | ISPR
org INDSPY : Research and Analysis Wing
org TURSPY : MIT intelligence agency | National Intelligence Organization
org EGYMIL : Egyptian army | Egyptian military | Egyptian armed forces | Supreme Council of the Armed Forces | SCAF
org SYRMIL : Syrian army | Syrian Arab Army | Syrian military | Syrian government forces | Syrian regime forces | Assad's forces | pro-Assad forces | Assad 's forces
org IRQMIL : Iraqi army | Iraqi military | Iraqi security forces | Iraqi forces | Iraqi troops | Iraqi Counter-Terrorism Service | Counter Terrorism Service
org IRQUAF : Popular Mobilization Forces | Popular Mobilisation Forces | Popular Mobilization Units | PMF | PMU | Hashd al-Shaabi | Hashed al-Shaabi | al-Hashd al-Shaabi
org UKRMIL : Ukrainian army | Ukrainian military | Ukrainian forces | Ukrainian troops | Armed Forces of Ukraine | Ukrainian armed forces
org UKRSPY : SBU | Security Service of Ukraine | HUR | Ukrainian military intelligence
org CHNMIL : People's Liberation Army | PLA | Chinese military | Chinese army | PLA Navy | People 's Liberation Army
org SDNMIL : Sudanese Armed Forces | SAF | Sudanese army | Sudanese military
org PSEGOV : Palestinian Authority | Palestinian National Authority | Palestinian Authority government
org PSEPLO : Palestine Liberation Organization | Palestine Liberation Organisation | PLO
org PSEFTA : Fatah | Fateh
org EGYMBR : Muslim Brotherhood | Muslim Brotherhood's Freedom and Justice Party | Freedom and Justice Party | Muslim Brotherhood 's Freedom and Justice Party
org JORIAF : Islamic Action Front
org TUNENN : Ennahda | Ennahda Movement | Nahda
org IRQKDP : Kurdistan Democratic Party | KDP
org IRQGOV : Kurdistan Regional Government | KRG | Kurdish regional government   # Iraqi regional government
org IRQ : Patriotic Union of Kurdistan | PUK
org ISRLKD : Likud | Likud party
org ISRLBA : Israeli Labor Party | Labor Party of Israel
org ISRSHA : Shas
org ISRMRZ : Meretz
org SYRBTH : Baath Party | Ba'ath Party | Syrian Baath Party
org RUSBUS : Gazprom | Rosneft | Lukoil | Rosatom | Sberbank | Novatek
org SAUBUS : Saudi Aramco | Aramco
org CHNBUS : Huawei | China National Petroleum Corporation | CNPC | Sinopec | ZTE
org USABUS : ExxonMobil | Exxon Mobil | Chevron | Boeing | Lockheed Martin | Raytheon | General Dynamics | Halliburton | Google | Microsoft | Tesla | SpaceX
org IRNBUS : National Iranian Oil Company | NIOC
org EGYOPP : Kifaya | Kefaya | Egyptian Movement for Change
org IGOUNOILO : International Labour Office | International Labor Office

# --- more bodies in 2024-2026 news (added 2026-11) ---
org IGOUNO : UN Support Mission in Libya | United Nations Support Mission in Libya | UNSMIL
org IGOUNOFAO : International Fund for Agricultural Development | IFAD
org IGOUNO : World Meteorological Organization | WMO | World Intellectual Property Organization | WIPO | International Civil Aviation Organization | ICAO | International Maritime Organization
org IGOEUREEC : Frontex | European Border and Coast Guard Agency | Europol | EU Council | European Union's executive | EU executive | Brussels-based bloc | European Union 's executive
org IGO : Financial Action Task Force | FATF | New Development Bank | BRICS bank
org IGOEUR : Visegrad Group | Visegrad Four | Weimar Triangle | Nordic Council
org IGOWST : coalition of the willing | Ukraine Defense Contact Group | Ukraine Defence Contact Group | Ramstein group | Quad | Quadrilateral Security Dialogue | AUKUS
org : Board of Peace | Gaza Board of Peace
    IGO 2025-10.. medium          # the body overseeing Gaza's transition under the October 2025 plan
org : International Stabilization Force | International Stabilisation Force
    IGO 2025-10.. medium          # the force planned for Gaza
org NGO : Gaza Humanitarian Foundation | GHF
org NGODEV : World Central Kitchen | WCK
org NGO : Armed Conflict Location and Event Data Project | ACLED
org PSEGOV : Gaza health ministry | Gaza's health ministry | health ministry in Gaza | Gaza Health Ministry | Gaza civil defence | Gaza civil defense | Gaza's civil defence | Gaza's civil defence agency | Gaza government media office | Gaza's government media office | Gaza authorities | Gaza's authorities | Gaza 's health ministry | Gaza 's civil defence | Gaza 's civil defence agency | Gaza 's government media office | Gaza 's authorities   # run by Hamas's administration in Gaza
org PSEPLO : Palestinian Liberation Organization | Palestinian Liberation Organisation   # a common misnomer of the PLO
org IGOWAFWAS : ECOMOG | ECOWAS Monitoring Group | ECOWAS Ceasefire Monitoring Group   # ECOWAS's intervention force (1990s)
# companies in 2020s trade, sanctions and technology news
org CHNBUS : ByteDance | TikTok | Alibaba | Tencent | BYD | CATL | SMIC | Semiconductor Manufacturing International Corporation | DJI | Hikvision
org TWNBUS : TSMC | Taiwan Semiconductor Manufacturing Company | Taiwan Semiconductor Manufacturing Co | Foxconn
org KORBUS : Samsung | Samsung Electronics | SK Hynix | Hyundai Motor | Hanwha
org JPNBUS : Toyota | Nippon Steel | Sony
org NLDBUS : ASML
org USABUS : Nvidia | Intel | Micron | Palantir | Anduril | OpenAI | Meta Platforms | Starlink | U.S. Steel | US Steel
org MMROPP : National Unity Government of Myanmar | Myanmar's National Unity Government | Myanmar 's National Unity Government | NUG   # the shadow government of the ousted lawmakers
org RUSMIL : Rosgvardia | Russian National Guard | National Guard of Russia   # internal troops that also fight in Ukraine (as "national guard", an agent ~MIL)

# --- trade unions and labour federations in strike and protest news (added 2026-11) ---
org ZAFLAB : Congress of South African Trade Unions | COSATU | National Union of Metalworkers of South Africa | NUMSA
org ISRLAB : Histadrut | Histadrut labour federation | Histadrut labor federation
org USALAB : AFL-CIO | Teamsters | Teamsters union | International Brotherhood of Teamsters | United Auto Workers | UAW | Service Employees International Union | SEIU | American Federation of Teachers | National Education Association
org GBRLAB : Trades Union Congress | Unite the Union | Unite union | RMT union | Rail, Maritime and Transport union | Unison union | GMB union
org FRALAB : CFDT | Force Ouvriere | Force Ouvrière | France's CGT | French CGT | CGT union | General Confederation of Labour of France | France 's CGT   # "CGT" alone is also Argentina's
org DEULAB : IG Metall | Verdi union | Ver.di | German Trade Union Confederation | DGB
org ITALAB : CGIL | Italian General Confederation of Labour
org ESPLAB : Comisiones Obreras | CCOO | Workers' Commissions | Workers ' Commissions
org KORLAB : Korean Confederation of Trade Unions | KCTU | Korean Metal Workers' Union | Federation of Korean Trade Unions | FKTU | Korean Metal Workers ' Union
org JPNLAB : Rengo | Japanese Trade Union Confederation
org INDLAB : Centre of Indian Trade Unions | CITU | All India Trade Union Congress | AITUC
org TUNLAB : Tunisian General Labour Union | Tunisian General Labor Union | UGTT
org NGALAB : Nigeria Labour Congress | Nigerian Labour Congress | NLC | Trade Union Congress of Nigeria
org KENLAB : Central Organization of Trade Unions | COTU | Kenya National Union of Teachers | KNUT
org ZWELAB : Zimbabwe Congress of Trade Unions | ZCTU
org ARGLAB : Argentina's CGT | Argentine CGT | General Confederation of Labour of Argentina | Argentina 's CGT
org BRALAB : Unified Workers' Central | Central Unica dos Trabalhadores | Unified Workers ' Central
org POLLAB : Solidarnosc | Solidarność | Solidarity trade union | Solidarity union
org CANLAB : Canadian Union of Postal Workers | CUPW | Unifor | Canadian Union of Public Employees | CUPE
org AUSLAB : Australian Council of Trade Unions | ACTU
org BGDLAB : Bangladesh garment workers' union | Bangladesh garment workers ' union

# --- rights, relief and monitoring groups of the 2010s-2020s ---
org NGOHRI : Al-Haq | Al Mezan | Al Mezan Center for Human Rights | Adalah | Gisha | Yesh Din | Physicians for Human Rights-Israel | Palestinian Centre for Human Rights | PCHR
org NGO : Peace Now | Breaking the Silence | Anti-Defamation League | ADL | Council on American-Islamic Relations | CAIR
org NGOHRI : Hengaw | Human Rights Activists News Agency | HRANA | Iran Human Rights | Center for Human Rights in Iran | OVD-Info | Viasna | Memorial human rights group | Memorial Human Rights Centre | Syrian Network for Human Rights | SNHR | American Civil Liberties Union | ACLU | Euro-Med Human Rights Monitor | Euro-Mediterranean Human Rights Monitor
org NGOHLH : Sudan Doctors Network | Sudan Doctors Union | Central Committee of Sudan Doctors | Medical Aid for Palestinians | Palestinian Medical Relief Society
org NGO : Emergency Response Rooms | Sudan's Emergency Response Rooms | White Helmets | Syria Civil Defence | Syrian Civil Defence | Sudan 's Emergency Response Rooms
org NGODEV : Islamic Relief | Islamic Relief Worldwide | World Vision | Caritas | Caritas Internationalis | Samaritan's Purse | Samaritan 's Purse | Catholic Relief Services | ActionAid | Plan International | Humanity & Inclusion | Handicap International | Anera | American Near East Refugee Aid | Danish Refugee Council | Action Against Hunger
org NGOENV : Global Witness | Greenpeace International | Just Stop Oil | Last Generation
