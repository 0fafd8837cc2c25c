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
