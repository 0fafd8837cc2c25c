# Discards, written by the project: sentences (discard) and stories (discard-story) about
# sport and entertainment, where "beat", "attack", "defeat", "strike" and "shot" are not
# political events. Only phrases that almost never occur in political news are listed.

# --- stories about sport ---
discard-story : Premier League | Champions League | Europa League | La Liga | Serie A | Bundesliga club | Ligue 1 | Major League Baseball | NBA | NFL | NHL | Super Bowl | Stanley Cup | Grand Slam title | Wimbledon | Roland Garros | US Open tennis | Australian Open | Formula One | Formula 1 | Grand Prix | Tour de France | Ryder Cup | Six Nations | Cricket World Cup | Test match | one-day international | Twenty20 | T20 | IPL | FIFA World Cup qualifier | World Cup qualifier(s) | Olympic gold | gold medal | silver medal | bronze medal | world champion | Ballon d'Or | one - day international
discard-story : goalkeeper | striker scored | midfielder | defender scored | penalty shootout | hat-trick | hat trick | quarterfinal(s) | quarter-final(s) | semifinal(s) | semi-final(s) | touchdown(s) | home run(s) | innings | wicket(s) | batsman | bowler | seeded | tiebreak | match point | head coach | transfer window | season opener | playoff(s) | play-off(s) | hat - trick | quarter - final(s) | play - off(s)
# --- stories about entertainment ---
discard-story : box office | Oscar-winning | Academy Award(s) | Grammy | Grammys | Emmy | Emmys | Golden Globe(s) | Cannes Film Festival | box-office | sitcom | Netflix series | film festival | box - office
# --- sentences ---
discard : video game | board game | chess match | beauty pageant | reality show | talent show | fashion week | cooking show
