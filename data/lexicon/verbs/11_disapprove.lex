# CAMEO 11: DISAPPROVE. The criticised party is the target.

# 110 Disapprove, not specified below
110  disapprove
110  disapprove of:$T
110  object
110  object to:$T
110  express disapproval|displeasure|dissatisfaction|discontent|unhappiness|reservation|opposition|outrage|indignation|anger|frustration|disappointment
110  voice disapproval|displeasure|dissatisfaction|opposition|outrage|anger|frustration|reservation|disappointment
110  register disapproval|opposition|objection
110  raise objection
110  take_issue with:$T
110  frown on:$T
110  frown upon:$T
110  regret
110  question decision|policy|move|legality|motive|legitimacy|claim|credibility|commitment|wisdom|sincerity|integrity|record|competence|judgment|judgement|service|validity|fairness|neutrality|impartiality|independence|intention|loyalty
110  dispute
110  challenge
110  deplore
110  lament decision|move|policy
110  warn $T against:*
110  rebuke
110  admonish
110  chide
110  reprimand
110  scold
110  hit_out at:$T
110  lash_out at:$T
111  call_out   # "Lula called out Israel over the war"
110  round on:$T
110  take aim at:$T
110  disagree
110  disagree with:$T
110  fault
110  lecture $T on:*

# 111 Criticize or denounce
111  criticize
111  criticise
111  condemn
111  denounce
111  decry
111  censure
111  castigate
111  berate
111  assail
111  lambaste
111  lambast
111  pillory
111  revile
111  denigrate
111  stigmatize
111  stigmatise
111  chastise
111  savage
111  excoriate
111  vilify
111  deride
111  ridicule
111  mock
111  scorn
111  disparage
111  belittle
111  slam
111  blast
111  rap
111  upbraid
111  reproach
111  brand
111  label
111  call obj=* dictator|war_criminal|criminal|terrorist|murderer|liar|thug|fascist|nazi|barbarian|butcher|tyrant|traitor|puppet|aggressor|warmonger|clown|enemy|threat   # "Erdogan called Netanyahu a war criminal": an insult, the object is the target
111  describe $T as:dictator|war_criminal|criminal|terrorist|terrorist_organization|terrorist_organisation|terrorist_group|terrorist_regime|murderer|thug|fascist|nazi|aggressor|warmonger|threat|enemy|puppet|regime
111  issue condemnation
111  express condemnation
111  voice criticism
111  level criticism at:$T
111  speak_out against:$T
111  rail against:$T
111  inveigh against:$T
111  fulminate against:$T

# 112 Accuse, not specified below (1121 crime/corruption, 1122 human rights, 1123 aggression, 1124 war crimes, 1125 espionage/treason)
112  accuse
112  accuse $T of:*
112  blame
112  blame $T for:*
112  allege
112  hold $T responsible
112  hold $T accountable
112  point finger at:$T
112  implicate
112  incriminate
112  impute
112  level accusation|charge|allegation at:$T
112  make accusation|allegation|charge
112  trade accusation|blame|charge %
112  exchange accusation|blame|charge|allegation|recrimination %   # "Morocco and Algeria exchanged accusations": each accuses the other
112  exchange accusation|blame|charge|allegation|recrimination with:$T
112  exchange obj=accusation|blame|charge|allegation|recrimination obl:over=* %   # the matter is no target
112  trade obj=accusation|blame|charge|allegation|recrimination obl:over=* %
111  exchange insult|barb|jibe|criticism %
111  trade insult|barb|criticism %
112  fault $T for:*
1121 accuse $T of:corruption|fraud|bribery|embezzlement|crime|theft|smuggling|trafficking|laundering|murder|killing|terrorism|rigging|vote-rigging|abuse_of_power|graft|kickback
1121 blame $T for:crime|killing|murder|fraud|death
1121 indict
1121 accuse $T of:rig|steal|embezzle|bribe|smuggle|kill|launder|traffic
1122 accuse $T of:abuse|violation|torture|discrimination|persecution|repression|mistreatment|ill-treatment|rape|disappearance|human_rights_abuse|human_rights_violation|rights_abuse
1122 accuse $T of:violate|persecute|repress|mistreat|discriminate
1122 blame $T for:abuse|violation|torture|disappearance
1123 accuse $T of:aggression|attack|invasion|incursion|provocation|shelling|bombing|airstrike|intervention|interference|meddling|occupation|escalation|arming|backing|supporting
1123 accuse $T of:invade|shell|bomb|provoke|interfere|meddle|arm|back|support|fund|sponsor|launch|fire|occupy|escalate
1123 blame $T for:attack|invasion|incursion|shelling|bombing|airstrike|escalation|violence|war|conflict|fighting|clash|explosion|blast
1124 accuse $T of:war_crime|genocide|crime_against_humanity|ethnic_cleansing|massacre|atrocity
1124 indict $T for:war_crime|genocide|crime_against_humanity
1124 blame $T for:massacre|atrocity|genocide
1125 accuse $T of:espionage|spying|treason|sabotage|subversion|collusion|hacking|cyberattack
1125 accuse $T of:spy|betray|hack|subvert|collude
1125 brand traitor|spy

# 113 Rally opposition against
113  rally opposition|support against:$T
113  mobilize against:$T
113  mobilise against:$T
113  campaign against:$T
113  lobby against:$T
113  unite against:$T
113  organize opposition|protest|resistance against:$T
113  organise opposition|protest|resistance against:$T
113  form front|alliance|coalition against:$T
113  build coalition|opposition against:$T
113  galvanize opposition|support against:$T
113  whip_up opposition|sentiment|hostility
113  incite against:$T
113  stir_up opposition|hostility|hatred|sentiment

# 114 Complain officially
114  complain
114  complain to:$T
114  complain about:*
114  lodge complaint|protest|grievance
114  lodge representation|stern_representation|solemn_representation   # Chinese diplomatic wording for a formal protest
114  lodge representation|complaint|protest with:$T
114  make representation|stern_representation|solemn_representation
114  file complaint|protest|grievance
114  make complaint|protest
114  submit complaint|protest
114  register complaint|protest
114  send complaint|protest_note|note
114  deliver protest|protest_note|note|demarche
114  hand protest_note|note|demarche
114  issue protest|protest_note|demarche
114  summon ambassador|envoy|charge_d'affaires|diplomat   # summoning an envoy to protest
114  call_in ambassador|envoy|diplomat
114  protest to:$T
114  raise concern with:$T
114  raise issue|matter|case with:$T
114  write letter to:$T
114  bring complaint to:$T
114  appeal ruling|decision|verdict|sentence

# 115 Bring lawsuit against
115  sue
115  sue $T for:*
115  take $T to:court|tribunal
115  drag $T to:court|tribunal
115  file lawsuit|suit|case|complaint|petition against:$T
115  file lawsuit|suit|case|claim
115  bring lawsuit|suit|case|charge|claim against:$T
115  bring lawsuit|suit|case|claim
115  launch lawsuit|suit|case|legal_action|proceeding
115  take legal_action|action against:$T
115  initiate proceeding|legal_proceeding|case
115  institute proceeding|legal_proceeding
115  litigate
115  prosecute
115  press charge
115  file charge|indictment
115  lodge case|claim|lawsuit
115  refer $T to:court|tribunal|icc
115  seek damage|compensation|arrest_warrant
115  issue arrest_warrant|warrant

# 116 Find guilty or liable (legally)
116  convict
116  sentence
116  find $T guilty
116  find liable
116  rule against:$T
116  condemn $T to:death|prison|life
116  jail
116  imprison
116  hand_down sentence|verdict|ruling
116  pronounce sentence|verdict
116  order $T >pay compensation|damage|fine
116  fine
116  penalize
116  penalise
116  hold $T liable
116  uphold conviction|sentence|verdict
116  return verdict

# Nominal events (noun triggers): "Russia's condemnation of the strike", "criticism of X by Y".
111  noun:condemnation
111  noun:criticism
