# Cities, provinces and regions inside a state that stand for the state in news ("rockets hit
# Haifa", "Mosul residents"), coded as the state. Written by the project. Capitals are in
# capitals.lex (coded as the government). Names that are common words or shared with other
# places are left out (Nice, Reading, Split, Mobile, Victoria, Hamilton).

city IRQ : Mosul | Basra | Basrah | Kirkuk | Erbil | Irbil | Fallujah | Falluja | Ramadi | Tikrit | Samarra | Najaf | Karbala | Kerbala | Sulaimaniyah | Sulaymaniyah | Dohuk | Duhok | Nasiriyah | Kut | Hilla | Baquba | Baqubah | Anbar | Anbar province | Nineveh | Nineveh province | Diyala | Salahuddin | Sinjar | Tal Afar | Haditha | Abu Ghraib | Sadr City | Kurdistan Region | Iraqi Kurdistan | Kurdistan region of Iraq
city SYR : Aleppo | Homs | Hama | Idlib | Idlib province | Latakia | Tartus | Deir ez-Zor | Deir al-Zor | Deir Ezzor | Raqqa | Raqqah | Daraa | Deraa | Kobani | Kobane | Qamishli | Hasakah | Hasaka | Manbij | Afrin | Ghouta | Eastern Ghouta | Douma | Palmyra | Suwayda | Sweida | Quneitra | Jarablus | Al-Bab | Azaz | Khan Sheikhoun | Abu Kamal | Albukamal
city IRN : Isfahan | Mashhad | Tabriz | Shiraz | Qom | Ahvaz | Bandar Abbas | Natanz | Fordow | Bushehr | Arak | Kerman | Zahedan | Kermanshah | Khuzestan | Sistan-Baluchestan
city ISR : Tel Aviv | Haifa | Ashkelon | Ashdod | Sderot | Beersheba | Eilat | Netanya | Nazareth | Dimona | Kiryat Shmona | Metula | Negev | Galilee | Herzliya | Rishon LeZion
city PSE : Gaza City | Rafah | Khan Younis | Khan Yunis | Jabalia | Deir al-Balah | Beit Hanoun | Beit Lahia | Nuseirat | Jenin | Nablus | Hebron | Jericho | Bethlehem | Tulkarm | Qalqilya | East Jerusalem | Jenin refugee camp | Jabalia refugee camp
city LBN : Sidon | Nabatieh | Baalbek | Bekaa | Bekaa Valley | southern Lebanon | south Lebanon | Dahiyeh | Dahieh
city JOR : Zarqa | Irbid | Aqaba | Mafraq | Zaatari
city EGY : Alexandria | Port Said | Suez | Ismailia | Luxor | Aswan | Sharm el-Sheikh | Sharm al-Sheikh | Sinai | Sinai Peninsula | North Sinai | El Arish | Arish | Giza | Tahrir Square
city SAU : Jeddah | Mecca | Makkah | Medina | Dammam | Dhahran | Jizan | Jazan | Najran | Abqaiq | Eastern Province
city ARE : Dubai | Sharjah | Fujairah | Ajman
city YEM : Aden | Hodeidah | Hudaydah | Taiz | Marib | Saada | Sadah | Mukalla | Hadramout | Hadramawt | Shabwa | Abyan | Lahj
city OMN : Salalah | Sohar
city TUR : Istanbul | Izmir | Antalya | Gaziantep | Diyarbakir | Diyarbakır | Sanliurfa | Şanlıurfa | Adana | Hatay | Kilis | Mardin | Hakkari | Sirnak | Şırnak | Incirlik | Bursa | Konya | Kahramanmaras | Kahramanmaraş
city LBY : Benghazi | Misrata | Misurata | Sirte | Tobruk | Derna | Sabha | Zawiya | Ras Lanuf | Cyrenaica | Fezzan
city TUN : Sfax | Sousse | Bizerte | Ben Guerdane
city DZA : Oran | Annaba
city MAR : Casablanca | Marrakech | Marrakesh | Tangier | Agadir
city SDN : Darfur | North Darfur | South Darfur | West Darfur | El Fasher | al-Fashir | Nyala | Geneina | El Geneina | Omdurman | Port Sudan | Kordofan | South Kordofan | Blue Nile | Wad Madani | Kassala | Abyei
city : Malakal | Bentiu | Bor | Wau | Rumbek | Yei | Upper Nile state | Unity state | Jonglei | Equatoria | Bahr el Ghazal
    SDN ..2011-06 high            # part of Sudan until South Sudan's independence (9 July 2011)
    SSD 2011-07.. high
city AFG : Kandahar | Herat | Mazar-i-Sharif | Mazar-e-Sharif | Jalalabad | Kunduz | Helmand | Helmand province | Lashkar Gah | Ghazni | Khost | Bagram | Panjshir | Nangarhar | Kunar | Paktia | Paktika | Uruzgan | Badakhshan
city PAK : Karachi | Lahore | Peshawar | Quetta | Rawalpindi | Multan | Faisalabad | Balochistan | Baluchistan | Khyber Pakhtunkhwa | Waziristan | North Waziristan | South Waziristan | Swat Valley | Punjab province | Sindh | Gwadar | Abbottabad | Bajaur | Khyber
city IND : Mumbai | Bombay | Kolkata | Calcutta | Chennai | Madras | Bangalore | Bengaluru | Hyderabad | Ahmedabad | Srinagar | Jammu | Jammu and Kashmir | Indian-administered Kashmir | Indian Kashmir | Manipur | Assam | Punjab state | Uttar Pradesh | Gujarat | Kerala | Bihar | Amritsar | Pahalgam | Ladakh | Arunachal Pradesh | Chhattisgarh
city BGD : Chittagong | Cox's Bazar | Cox 's Bazar
city LKA : Jaffna | Kandy | Trincomalee
city MMR : Yangon | Rangoon | Mandalay | Rakhine | Rakhine state | Kachin | Kachin state | Shan state | Karen state | Sagaing
city CHN : Shanghai | Guangzhou | Shenzhen | Wuhan | Chongqing | Tianjin | Chengdu | Xi'an | Nanjing | Hangzhou | Xinjiang | Tibet | Lhasa | Urumqi | Inner Mongolia | Guangdong | Fujian | Hainan | Yunnan | Sichuan
city HKG : Kowloon
city TWN : Kaohsiung | Taichung | Tainan | Kinmen | Matsu
city JPN : Osaka | Okinawa | Hiroshima | Nagasaki | Fukushima | Yokohama | Kyoto | Sapporo | Hokkaido | Kobe | Nagoya
city KOR : Busan | Pusan | Incheon | Daegu | Gwangju | Panmunjom | Jeju
city PRK : Yongbyon | Kaesong | Punggye-ri | Sinpo | Wonsan | Hamhung | Sohae
city PHL : Mindanao | Marawi | Cebu | Davao | Zamboanga | Jolo | Sulu | Basilan | Cotabato
city IDN : Aceh | Papua | West Papua | Bali | Surabaya | Medan | Sulawesi | Poso | Sumatra | Ambon | Maluku
city THA : Chiang Mai | Phuket | Pattani | Yala | Narathiwat
city VNM : Ho Chi Minh City | Saigon | Da Nang | Haiphong
city MYS : Sabah | Sarawak | Penang | Johor
city RUS : St. Petersburg | Saint Petersburg | St Petersburg | Novosibirsk | Yekaterinburg | Kazan | Sochi | Vladivostok | Kaliningrad | Belgorod | Kursk | Bryansk | Rostov | Rostov-on-Don | Krasnodar | Volgograd | Grozny | Chechnya | Dagestan | Ingushetia | North Ossetia | Kabardino-Balkaria | Murmansk | Novorossiysk | Samara | Nizhny Novgorod | Siberia | Tatarstan | Bashkortostan
city UKR : Kharkiv | Kharkov | Odesa | Odessa | Dnipro | Dnipropetrovsk | Donetsk | Luhansk | Lugansk | Zaporizhzhia | Zaporozhye | Mariupol | Kherson | Mykolaiv | Lviv | Sumy | Chernihiv | Bakhmut | Avdiivka | Pokrovsk | Kramatorsk | Sloviansk | Bucha | Irpin | Izium | Melitopol | Donbas | Donbass | Crimea | Sevastopol | Poltava | Vinnytsia | Zhytomyr | Kryvyi Rih | Chernobyl
city GEO : Abkhazia | South Ossetia | Tskhinvali | Sukhumi | Batumi
city AZE : Nagorno-Karabakh | Karabakh | Stepanakert | Khankendi | Shusha | Nakhchivan
city ARM : Gyumri
city MDA : Transnistria | Tiraspol
city SRB : Novi Sad | Nis
city BIH : Srebrenica | Mostar | Banja Luka | Republika Srpska | Tuzla
city GBR : Manchester | Liverpool | Glasgow | Edinburgh | Belfast | Cardiff | Leeds | Bristol | Sheffield
city FRA : Marseille | Lyon | Toulouse | Bordeaux | Strasbourg | Lille | Nantes | Corsica | Calais
city DEU : Munich | Hamburg | Frankfurt | Cologne | Stuttgart | Dresden | Leipzig | Dusseldorf | Düsseldorf | Bonn | Hanover
city ITA : Milan | Naples | Turin | Palermo | Venice | Genoa | Bologna | Sicily | Sardinia | Lampedusa
city ESP : Barcelona | Seville | Valencia | Bilbao | Catalonia | Basque Country | Canary Islands | Ceuta | Melilla
city GRC : Thessaloniki | Lesbos | Crete
city POL : Krakow | Kraków | Gdansk | Gdańsk | Wroclaw | Rzeszow | Rzeszów
city CYP : northern Cyprus | Turkish Cypriot north | Famagusta
city USA : New York | New York City | Los Angeles | Chicago | Houston | Miami | San Francisco | Seattle | Boston | Philadelphia | Atlanta | Dallas | Detroit | Minneapolis | Denver | New Orleans | Las Vegas | Baltimore | Guantanamo | Guantanamo Bay | Texas | California | Florida | Arizona | Alaska | Hawaii | Pearl Harbor | San Diego | Mar-a-Lago | Camp David
city CAN : Toronto | Montreal | Vancouver | Calgary | Quebec | British Columbia | Ontario
city MEX : Guadalajara | Monterrey | Tijuana | Ciudad Juarez | Ciudad Juárez | Culiacan | Culiacán | Acapulco | Sinaloa | Michoacan | Michoacán | Tamaulipas | Chiapas | Oaxaca | Jalisco
city BRA : Sao Paulo | São Paulo | Rio de Janeiro | Rio | Salvador da Bahia | Manaus | Belo Horizonte | Recife
city ARG : Cordoba province | Rosario
city COL : Medellin | Medellín | Cali | Cartagena | Barranquilla | Cauca | Catatumbo
city VEN : Maracaibo | Zulia
city CHL : Valparaiso | Valparaíso
city PER : Cusco | Cuzco | Arequipa
city ECU : Guayaquil
city NGA : Lagos | Kano | Kaduna | Maiduguri | Port Harcourt | Borno | Borno state | Zamfara | Katsina | Plateau state | Jos | Benue | Chibok
city SOM : Kismayo | Baidoa | Puntland | Somaliland | Hargeisa | Galkayo | Beledweyne
city ETH : Tigray | Mekelle | Amhara region | Oromia | Afar region | Gondar | Bahir Dar | Dire Dawa
city KEN : Mombasa | Kisumu | Garissa | Lamu
city COD : Goma | Bukavu | Bunia | Beni | North Kivu | South Kivu | Ituri | Kisangani | Lubumbashi | Kasai
city MLI : Timbuktu | Gao | Kidal | Mopti | Menaka
city BFA : Djibo | Bobo-Dioulasso
city NER : Agadez | Tillaberi | Tillabéri | Diffa
city TCD : Lake Chad region
city MOZ : Cabo Delgado | Mocimboa da Praia | Pemba
city ZAF : Johannesburg | Cape Town | Durban | Soweto | KwaZulu-Natal
city CMR : Douala | Bamenda | Anglophone regions
city CAF : Bambari | Bria
city RWA : Gisenyi
city UGA : Gulu | Entebbe
city HTI : Cap-Haitien | Cap-Haïtien | Cite Soleil | Cité Soleil
city CUB : Santiago de Cuba

# Provinces of federal countries written with "State" (a place of the country, not its
# government: "state" alone is the agent ~GOV, so "Kaduna State" must be listed whole)
city NGA : Abia State | Adamawa State | Akwa Ibom State | Anambra State | Bauchi State | Bayelsa State | Benue State | Cross River State | Delta State | Ebonyi State | Edo State | Ekiti State | Enugu State | Gombe State | Imo State | Jigawa State | Kaduna State | Kano State | Katsina State | Kebbi State | Kogi State | Kwara State | Lagos State | Nasarawa State | Niger State | Ogun State | Ondo State | Osun State | Oyo State | Rivers State | Sokoto State | Taraba State | Yobe State | Zamfara State | Federal Capital Territory
city SDN : North Darfur State | South Darfur State | West Darfur State | East Darfur State | Central Darfur State | Central Darfur | East Darfur | Blue Nile State | South Kordofan State | North Kordofan State | West Kordofan State | North Kordofan | West Kordofan | White Nile State | White Nile | Gezira State | Al Jazirah State | Gezira | Kassala State | Gedaref State | Gedaref | Sennar State | Sennar | Red Sea State | River Nile State | Northern State | Khartoum State | El Obeid | Kadugli | Ed Damazin | Zalingei | Ed Daein
city SSD : Jonglei State | Unity State | Upper Nile State | Lakes State | Warrap State | Central Equatoria State | Western Equatoria State | Eastern Equatoria State | Western Bahr el Ghazal State | Northern Bahr el Ghazal State
city MMR : Chin State | Kayah State | Kayin State | Mon State | Karenni State | Kayah | Karenni
city IND : Manipur State | Assam State | Maharashtra | Tamil Nadu | Karnataka | West Bengal | Rajasthan | Madhya Pradesh | Odisha | Haryana | Telangana | Andhra Pradesh | Jharkhand
city MYS : Sabah State | Sarawak State | Kelantan | Terengganu | Kedah | Selangor
city MEX : Guerrero | Guerrero State | Sinaloa State | Michoacan State | Michoacán State | Jalisco State | Tamaulipas State | Zacatecas | Sonora | Chihuahua State | Veracruz
city VEN : Zulia State | Tachira | Táchira | Apure | Bolivar State | Bolívar State
city BRA : Sao Paulo State | São Paulo State | Rio de Janeiro State | Amazonas | Amazonas State | Para State | Pará State | Roraima | Rio Grande do Sul | Minas Gerais | Bahia

# Regional and provincial governments named by their region's adjective ("the Amhara regional
# government", "Oromia regional officials"): the region phrase is the country, the agent
# after it gives the government or officials (added 2026-11)
city ETH : Amhara regional | Amhara regional state | Oromia regional | Oromia regional state | Tigray regional | Tigray interim | Afar regional | Somali regional state | Benishangul-Gumuz | Gambella region
city SOM : Jubaland | Jubbaland | Galmudug | Hirshabelle | South West State | Gedo region | Lower Shabelle | Middle Shabelle
city IND : Nagaland | Mizoram
city PAK : Khyber Pakhtunkhwa province | Sindh province | Balochistan province | Kurram | Bannu
city RUS : Belgorod region | Kursk region | Bryansk region | Voronezh
city UKR : Kharkiv region | Sumy region | Zaporizhzhia region | Dnipropetrovsk region | Donetsk region | Luhansk region | Kherson region | Odesa region | Mykolaiv region | Chernihiv region
city ARM : Syunik | Syunik province
city MDA : Gagauzia | Comrat
city GUY : Essequibo | Essequibo region
city HTI : Artibonite | Mirebalais | Petion-Ville | Pétion-Ville | Kenscoff | Croix-des-Bouquets

# Towns of 2022-2026 front lines and strikes (added 2026-11); Crimea and the occupied
# south and east are Ukraine's, as the lines above
city UKR : Berdyansk | Kostiantynivka | Kupiansk | Huliaipole | Vovchansk | Toretsk | Chasiv Yar | Myrnohrad | Siversk | Lyman | Enerhodar | Nova Kakhovka | Lutsk | Ternopil | Uzhhorod | Kremenchuk | Pavlohrad | Izmail
city PSE : Bureij | Maghazi | Mawasi | al-Mawasi | Tubas | Zamzam camp
city LBN : Bint Jbeil | Marjayoun | Khiam
city SDN : Babanusa | Atbara | Dilling | Zamzam displacement camp | Tawila
city COD : Uvira | Walikale | Rubaya | Masisi territory | Rutshuru | Kalehe
city MLI : Kayes | Nioro | Nioro du Sahel | Segou | Ségou | Sikasso
city BFA : Fada N'Gourma | Fada N ' Gourma | Diapaga
city MMR : Lashio | Myawaddy | Sittwe | Kyaukphyu
city RUS : Ryazan | Saratov | Tuapse | Engels air base | Engels airbase
city PAK : Muridke | Bahawalpur | Muzaffarabad
city IND : Poonch | Rajouri | Kupwara
