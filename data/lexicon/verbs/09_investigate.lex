# CAMEO 09: INVESTIGATE. The investigated party is the target ("investigate X", "open an
# inquiry into X", "probe X").

# 090 Investigate, not specified below
090  investigate
090  probe
090  inquire
090  inquire into:*
090  enquire into:*
090  examine
090  inspect
090  scrutinize
090  scrutinise
090  audit
090  look_into
090  look into:$T
090  study
090  review
090  monitor
090  open investigation|inquiry|probe|enquiry
090  open investigation|inquiry|probe|enquiry into:$T
090  open hearing|inquest
090  hold hearing|inquest
090  complete investigation|inquiry|probe|review|inspection
090  conclude investigation|inquiry|probe|review|inspection
090  launch investigation|inquiry|probe|enquiry|review|audit
090  launch investigation|inquiry|probe|enquiry into:$T
090  order investigation|inquiry|probe|enquiry|review|audit
090  conduct investigation|inquiry|probe|inspection|review|audit
090  begin investigation|inquiry|probe
090  start investigation|inquiry|probe
090  carry_out investigation|inquiry|inspection|review
090  set_up commission|panel|committee|inquiry
090  establish commission|panel|inquiry
090  appoint commission|panel|investigator
090  send investigator|inspector|team|fact-finding_mission
090  dispatch investigator|inspector|team
090  place under:investigation
090  put under:investigation
090  question
090  interrogate
090  interview
090  summon
090  subpoena
090  search
090  raid office|home|house|headquarters  # a search by the authorities

# 091 Investigate crime, corruption
091  investigate corruption|fraud|bribery|embezzlement|crime|killing|murder|death|smuggling|trafficking|laundering
091  probe corruption|fraud|bribery|embezzlement|crime|killing|murder|death
091  open investigation|inquiry|probe into:corruption|fraud|bribery|embezzlement|crime|killing|murder|death
091  launch investigation|inquiry|probe into:corruption|fraud|bribery|crime|killing|murder|death
091  open fraud_investigation|corruption_investigation|criminal_investigation|murder_investigation
091  launch fraud_investigation|corruption_investigation|criminal_investigation|murder_investigation
091  open case
091  audit account|finance|books
091  investigate $T for:corruption|fraud|bribery|embezzlement|crime|murder
091  question $T over:corruption|fraud|bribery|killing|murder|death|crime
091  question suspect

# 092 Investigate human rights abuses
092  investigate abuse|violation|torture|disappearance|massacre|atrocity|rape
092  probe abuse|violation|torture|disappearance|massacre|atrocity
092  open investigation|inquiry|probe into:abuse|violation|torture|disappearance|massacre|atrocity
092  launch investigation|inquiry|probe into:abuse|violation|torture|disappearance|massacre
092  document abuse|violation|torture|atrocity
092  monitor human_right|right|abuse|violation
092  investigate human_rights_abuse|human_rights_violation|rights_abuse
092  send rights_investigator|human_rights_mission
092  examine abuse|violation|treatment|welfare|condition

# 093 Investigate military action
093  investigate attack|strike|airstrike|raid|shelling|bombing|incident|shooting|clash|incursion|crash|downing
093  probe attack|strike|airstrike|raid|shelling|bombing|incident|shooting|clash|incursion|crash|downing
093  open investigation|inquiry|probe into:attack|strike|airstrike|raid|shelling|bombing|incident|shooting|clash
093  launch investigation|inquiry|probe into:attack|strike|airstrike|raid|shelling|bombing|incident|shooting|clash
093  examine wreckage|site|debris|crater
093  verify compliance|claim|report|withdrawal
093  inspect site|facility|base|weapon|arsenal|stockpile

# 094 Investigate war crimes
094  investigate war_crime|genocide|crime_against_humanity|ethnic_cleansing
094  probe war_crime|genocide|crime_against_humanity|ethnic_cleansing
094  open investigation|inquiry|probe into:war_crime|genocide|crime_against_humanity
094  launch investigation|inquiry|probe into:war_crime|genocide|crime_against_humanity
094  exhume grave|mass_grave|body
094  collect evidence of:war_crime|genocide|massacre|atrocity
094  gather evidence of:war_crime|genocide|massacre|atrocity
094  document war_crime|genocide|crime_against_humanity
