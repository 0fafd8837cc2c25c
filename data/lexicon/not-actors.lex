# Phrases that contain an actor name but are not that actor (or no actor at all). They load
# with the null code "---" and, by longest match, shadow the shorter name inside them.
# Upper-casing makes "Turkey" and "turkey" one word: here are the common other readings.

# Turkey the bird
not : roast turkey | Thanksgiving turkey | Christmas turkey | turkey dinner | turkey sandwich | turkey breast | wild turkey | turkey farm | turkey farmers | cold turkey | turkey vulture | turkey trot | turkeys
# China the porcelain
not : fine china | bone china | china cabinet | china plates | china set | china shop | bull in a china shop | china doll
# Jordan the name and the river-bound uses that are not the state
not : Michael Jordan | Jordan Peterson | Jordan Henderson | Jordan Spieth | Jordan Bardella | Jordan Brand | Air Jordan | Jim Jordan | Vernon Jordan
# Chad the first name
not : Chad Smith | Chad Johnson | Chad Wolf | Chad Kroeger | Chad Daybell | Chad Le Clos
# Georgia the US state
not : Georgia state | state of Georgia | Atlanta , Georgia | Atlanta Georgia | Savannah , Georgia | Georgia governor | Georgia Secretary of State | Georgia senator | Georgia senate | Georgia Republicans | Georgia Democrats | Georgia voters | Georgia Tech | University of Georgia | Georgia Bulldogs | Georgia Senate race | Georgia election | Fulton County , Georgia | Georgia 's secretary of state | Georgia Power
# Washington the state, the person and the names
not : Washington state | Washington State | state of Washington | George Washington | Denzel Washington | University of Washington | Washington Nationals | Washington Commanders | Washington Wizards | Washington Capitals | Washington Redskins | Washington Mystics | Booker T. Washington | Washington Irving | Washington Square | Mount Washington | Washington Heights
# Niger the river (the delta is in Nigeria)
not : Niger River | River Niger
name NGA : Niger Delta | Niger delta region
# other capitals and country names used for something else
not : Tripoli , Lebanon | Tripoli in Lebanon | Lebanese city of Tripoli | Paris Hilton | Paris Saint-Germain | Paris , Texas | Moscow , Idaho | Athens , Georgia | Athens , Ohio | Lima , Ohio | Dublin , Ohio | Berlin Wall | Berlin Film Festival | London Stock Exchange | London Marathon | London Metal Exchange | Cuba Gooding | Kingston upon Thames | Santiago Bernabeu | Havana Syndrome
not : Panama Canal | Panama Papers | Panama hat | Brazil nut(s) | Brussels sprouts | French fries | French toast | French press | Danish pastry | Turkish delight | Swiss cheese | Swiss Army knife | Russian roulette | Russian doll | Chinese food | Chinese New Year | Lunar New Year | Indian Ocean | Indian summer | American football | American Express | American Airlines | American Idol | Dutch oven | English Channel | Jordan almonds | Mexican wave | Spanish flu | Spanish Civil War | Persian Gulf War

# --- nationality adjectives in food, animals, things and idioms (no actor) ---
not : Turkish coffee | Turkish bath(s) | Turkish carpet(s) | Greek yogurt | Greek yoghurt | Greek salad | Greek tragedy | Greek chorus | Swiss chard | Swiss roll | Chinese checkers | Chinese whispers | Chinese lantern(s) | Russian dressing | Irish coffee | Irish stew | Irish whiskey | Spanish omelette | Spanish rice | French kiss | French horn(s) | French door(s) | French window(s) | French bread | French braid | French manicure | French cuisine | Mexican standoff | Brazilian wax | Belgian waffle(s) | Belgian chocolate(s) | German shepherd(s) | Great Dane(s) | Persian cat(s) | Persian rug(s) | Persian carpet(s) | Egyptian cotton | Arabic numerals | Jerusalem artichoke(s) | Dutch courage | Dutch auction | Dutch treat | Indian ink | India ink | Cuban cigar(s) | Canadian bacon | American cheese | American dream | Argentine tango | Afghan hound(s) | Siamese cat(s) | Scotch egg(s) | Welsh rarebit | English breakfast | English muffin(s) | Italian dressing | Thai curry | Japanese knotweed | Japanese maple | Korean barbecue | Chinese medicine
# --- the same in restaurants and cuisine ---
not : Chinese restaurant(s) | Indian restaurant(s) | Thai restaurant(s) | Italian restaurant(s) | Japanese restaurant(s) | Mexican restaurant(s) | Turkish restaurant(s) | Lebanese restaurant(s) | Chinese takeaway | Indian takeaway | Mexican food | Indian food | Thai food | Italian food | Japanese food | Turkish food | Lebanese food | Korean food
# --- country names inside other names ---
not : guinea pig(s) | guinea fowl | Guinea worm | chile pepper(s) | chile peppers | green chile | red chile | chile con carne | Georgia peach(es) | Jamaica Plain | New Mexico | New Mexico governor | University of New Mexico | New Mexican | Lebanon , Pennsylvania | Lebanon , Tennessee | Lebanon , New Hampshire | Cairo , Illinois | Delhi , New York | Berlin , New Hampshire | Berlin , Connecticut | Toledo , Ohio | Jordan , Utah | Peru , Indiana
# --- Indian for Native Americans and the Caribbean ---
not : American Indian(s) | Indian tribe(s) | Indian reservation(s) | Indian Country | Indian Health Service | Bureau of Indian Affairs | West Indies | the West Indies | West Indian(s) | East Indies | Indian Wells | Cleveland Indians
# --- capitals and cities that are other places too ---
not : Kingston , Ontario | Kingston , New York | Santiago de Compostela | Monrovia , California | Wellington boots | Duke of Wellington | Wellington , Florida | Canberra Raiders | Valencia CF | Barcelona FC | FC Barcelona | Real Madrid | Atletico Madrid | Bayern Munich | Inter Milan | AC Milan | Juventus Turin | Manchester United | Manchester City | Paris FC | Ajax Amsterdam | Galatasaray Istanbul
# --- seas and gulfs named after a country (a place, not the state) ---
not : Sea of Japan | East China Sea | South China Sea | Gulf of Mexico | Gulf of America | Gulf of Oman | Gulf of Thailand | Gulf of Guinea | Arabian Sea | Sea of Azov | Irish Sea | Philippine Sea | Korean Peninsula | Libyan desert | Baltic Sea | Arabian Peninsula | Caribbean Sea | Mediterranean Sea | Ionian Sea | Adriatic Sea | Aegean Sea
# --- "amnesty" the pardon, not Amnesty International (upper-casing makes them one word) ---
not : an amnesty | general amnesty | partial amnesty | presidential amnesty | royal amnesty | tax amnesty | amnesty law(s) | amnesty bill | amnesty deal | amnesty offer | amnesty program | amnesty programme | amnesty scheme | amnesty period | amnesty deadline | amnesty decree | amnesty for | amnesty to | offer of amnesty | amnesty measure(s)
# --- common nouns spelled like a country, an adjective or a demonym ---
not : family reunion(s) | a reunion | reunion talks | reunion event(s) | class reunion | emotional reunion | tearful reunion | joyful reunion | reunion with | reunion of
not : New Jersey | New Jersey governor | New Jersey 's | state of New Jersey | a jersey | football jersey(s) | team jersey(s) | yellow jersey
not : nail polish | shoe polish | floor polish | polish off
not : utility poles | telegraph poles | electricity poles | power poles | bamboo poles | wooden poles | poles apart
# --- agent words in phrases that name no actor ("state" and "regime" are ~GOV alone) ---
# "state of emergency" is listed below (a measure, not the government of X); "X State" provinces are in cities.lex
not : state of the union | state of affairs | state of play | state visit(s) | state funeral(s) | state dinner | state banquet | state secret(s) | state of the art
not : sanctions regime | visa regime | ceasefire regime | inspection regime | non-proliferation regime | tax regime | trade regime | regime change
not : press conference(s) | news conference(s) | press briefing(s) | press release(s) | press statement(s) | joint press conference | press freedom | freedom of the press
# "tanks" is an agent (~MIL): these phrases are no actor
not : think tank(s) | fuel tank(s) | oil tank(s) | water tank(s) | septic tank(s) | storage tank(s) | gas tank(s) | tank farm(s)
# "state" is an agent (~GOV); a state of things is no actor ("a state of emergency in X" composes)
not : state of lawlessness | state of chaos | state of anarchy | state of war | state of shock | state of disrepair | state of flux | state of uncertainty | state of readiness | state of alert | state of denial | state of mind | state of limbo | state of panic | state of collapse
# a state of emergency or siege is a measure, not the government of a place ("declared a state
# of emergency in Khartoum": the place names the target)
not : state of emergency | states of emergency | state of siege | state of disaster | state of calamity | state of exception
# climate and other agreements named after a capital (not the government of that city)
not : Paris agreement | Paris Agreement on climate | Paris climate agreement | Paris climate accord(s) | Paris accord(s) | Paris climate deal | Paris climate pact | Paris Peace Forum | Kyoto Protocol | Minsk agreement(s) | Minsk accord(s) | Minsk deal | Abraham Accords | Oslo Accords | Oslo accord(s) | Dayton Accords | Dayton agreement | Camp David Accords
# "general" is a military rank (agent ~MIL); these phrases name no general
not : general strike(s) | general election(s) | general public | general debate | general population | general manager(s)
