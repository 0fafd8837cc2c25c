# CAMEO 05: ENGAGE IN DIPLOMATIC COOPERATION (PLOVER SUPPORT).

# 050 Engage in diplomatic cooperation, not specified below
050  cooperate on:policy|issue|diplomacy
050  establish relation|tie
050  establish diplomatic_relation|diplomatic_tie
050  restore relation|tie|diplomatic_relation|diplomatic_tie
050  resume relation|tie|diplomatic_relation|diplomatic_tie
050  normalize relation|tie
050  normalise relation|tie
050  upgrade relation|tie|diplomatic_tie
050  renew relation|tie
050  mend tie|relation|fence
050  establish relation|tie|diplomatic_relation|diplomatic_tie %   # "Japan and South Korea restored ties": each with the other
050  restore relation|tie|diplomatic_relation|diplomatic_tie %
050  resume relation|tie|diplomatic_relation|diplomatic_tie %
050  normalize relation|tie|diplomatic_relation|diplomatic_tie %
050  normalise relation|tie|diplomatic_relation|diplomatic_tie %
050  upgrade relation|tie|diplomatic_relation|diplomatic_tie %
050  renew relation|tie|diplomatic_relation|diplomatic_tie %
050  mend relation|tie|diplomatic_relation|diplomatic_tie %
050  reopen embassy|consulate
050  open embassy|consulate
050  reopen embassy|consulate|mission in:$T   # "reopened its embassy in Kabul": the host is the target
050  open embassy|consulate in:$T
050  appoint ambassador
050  send ambassador|envoy
050  name ambassador|envoy
050  reconcile with:$T
050  make peace with:$T
050  make_up with:$T
050  ally with:$T
050  join coalition|alliance
050  coordinate with:$T
050  coordinate position|policy|stance

# 051 Praise or endorse
051  praise
051  commend
051  laud
051  hail
051  applaud
051  salute
051  endorse
051  back
051  support
051  approve
051  congratulate
051  thank
051  credit $T with:*
051  extol
051  acclaim
051  compliment
051  admire
051  express appreciation|gratitude|admiration|satisfaction
051  voice appreciation|gratitude|satisfaction
051  pay tribute to:$T
051  speak highly of:$T
051  lend support|backing
051  throw weight behind:$T
051  give support|backing|endorsement to:$T
051  express support for:$T
051  voice support for:$T
051  declare support for:$T
051  welcome decision|move|step|agreement|deal|statement|announcement|resolution|result|outcome|remark|report|vote|ruling|verdict|release|recognition|commitment|pledge|resumption|election|appointment|victory
051  vote for:$T
051  vote in:favor|favour

# 052 Defend verbally
052  defend
052  justify
052  stand_up for:$T
052  speak_out for:$T
052  speak_up for:$T
052  come to:defense|defence|rescue
052  rally to:defense|defence|side
052  vouch for:$T
052  uphold right
052  defend right|decision|action|policy
052  champion
052  stick_up for:$T

# 053 Rally support on behalf of
053  rally support|backing for:$T
053  rally support|backing
053  drum_up support|backing
053  mobilize support|backing
053  mobilise support|backing
053  campaign for:$T
053  lobby for:$T
053  garner support|backing
053  gather support
053  muster support
053  marshal support
053  build support|coalition
053  canvass for:$T

# 054 Grant diplomatic recognition
054  recognize
054  recognise
054  extend recognition
054  grant recognition
054  accord recognition
054  recognize independence|sovereignty|government
054  recognise independence|sovereignty|government
054  accredit
054  acknowledge independence|sovereignty

# 055 Apologize
055  apologize
055  apologise
055  apologize to:$T
055  apologise to:$T
055  apologize for:*
055  apologise for:*
055  express remorse
055  offer apology
055  issue apology
055  make apology
055  say sorry
055  ask forgiveness|pardon
055  seek forgiveness|pardon
055  beg forgiveness|pardon

# 056 Forgive
056  forgive
056  pardon
056  absolve
056  exonerate
056  grant pardon|amnesty|clemency
056  grant obj=pardon|amnesty|clemency obl:to=$T   # the amnesty is no actor ("Amnesty" the NGO): the target is who receives it
056  amnesty
056  excuse
056  condone
056  accept apology

# 057 Sign formal agreement
057  sign
057  sign agreement|accord|treaty|pact|deal|memorandum|protocol|convention|contract|charter|declaration
057  sign agreement|accord|treaty|pact|deal|memorandum|protocol|convention|contract with:$T
057  sign obj=agreement|accord|treaty|pact|deal|memorandum|protocol|declaration obl:in=* %   # "Congo and Rwanda signed a peace agreement in Washington": the place is no party, each signs with the other
057  sign obj=agreement|accord|treaty|pact|deal|memorandum|protocol|declaration obl:in=*
057  sign obj=agreement|accord|treaty|pact|deal|memorandum|protocol|declaration obl:with=$T obl:in=*
057  initial obj=agreement|accord|treaty|pact|deal|text obl:at=* %   # "initialled a peace agreement at the White House"
057  initial obj=agreement|accord|treaty|pact|deal|text obl:in=* %
057  initial obj=agreement|accord|treaty|pact|deal|text obl:at=*
057  initial obj=agreement|accord|treaty|pact|deal|text obl:in=*
057  conclude agreement|accord|treaty|pact|deal
057  conclude agreement|accord|treaty|pact|deal with:$T
057  ink deal|agreement|accord|pact
057  ink deal|agreement|accord|pact with:$T
057  initial agreement|accord|treaty
057  co-sign
057  countersign
057  sign_up to:$T
057  accede to:treaty|convention|protocol
057  enter into:agreement|treaty|pact|accord
057  formalize agreement|deal|accord
057  formalise agreement|deal|accord
057  seal agreement|accord|treaty|pact
