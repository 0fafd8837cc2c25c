# CAMEO 01: MAKE PUBLIC STATEMENT.
# Format: docs/formats/lexicon.md, section "Verbs". One entry a line:
#   CODE  VERB[_PARTICLE]  [OBJECT|OBJECT] [PREP:NOUN|$T] [>COMPLEMENT]  # comment
# Written by the dyad project from the CAMEO 1.1b3 definitions.

# 010 Make statement, not specified below
010  say
010  state
010  declare
010  announce
010  comment
010  remark
010  note
010  add
010  tell
010  explain
010  assert
010  affirm
010  report
010  proclaim
010  reiterate
010  restate
010  underscore
010  cite
010  stress
010  emphasize
010  emphasise
010  underline
010  maintain
010  claim
010  argue
010  write
010  describe
010  mention
010  point_out
010  make statement|remark|comment|announcement
010  issue statement|communique|declaration
010  release statement|communique|report|video|footage|data|figure|photo|image|recording|tape|audio|result|budget|album
010  speak
010  speak to:$T
010  brief $T
010  inform $T
010  notify $T
010  address $T
010  testify
010  testify before:$T

# 011 Decline comment
011  decline >comment|elaborate|confirm|say
011  refuse >comment|elaborate|confirm
011  decline comment
011  withhold comment
011  remain silent|tight-lipped|mum
011  keep silent|quiet
011  stay silent|mum

# 012 Make pessimistic comment
012  warn
012  warn of:danger|risk|threat|crisis|collapse
012  caution
012  fear
012  worry
012  lament
012  bemoan
012  express concern|pessimism|fear|worry|doubt|alarm|dismay
012  voice concern|pessimism|fear|worry|doubt|alarm
012  raise concern|doubt|alarm
012  sound alarm
012  doubt
012  predict failure|collapse|war|crisis
012  despair

# 013 Make optimistic comment
013  express optimism|hope|confidence
013  voice optimism|hope|confidence
013  hope
013  predict success|progress
013  welcome progress|development|news
013  hail progress|development
013  cheer

# 014 Consider policy option
014  consider
014  weigh
014  contemplate
014  study option|proposal|plan
014  mull
014  mull_over
014  ponder
014  review option|policy|proposal
014  explore option|possibility|way
014  discuss option
014  examine option|proposal|possibility

# 015 Acknowledge or claim responsibility
015  claim responsibility|credit
015  accept responsibility|blame
015  admit
015  acknowledge
015  concede
015  confess
015  own_up
015  take responsibility|credit
015  admit responsibility|guilt|role

# 016 Deny responsibility
016  deny
016  deny responsibility|involvement|role|charge|allegation|accusation|report
016  reject charge|allegation|accusation|claim  # rejecting an accusation is a denial, not 12
016  dismiss charge|allegation|accusation
016  refute
016  rebut
016  disclaim
016  disavow
016  plead innocent|innocence
016  plead not_guilty

# 017 Engage in symbolic act
017  lay wreath
017  observe silence|minute|anniversary
017  commemorate
017  mark anniversary
017  honor
017  honour
017  pay tribute|homage
017  light candle
017  celebrate
017  hold vigil|ceremony|memorial|commemoration
017  cast ballot|vote
017  lower flag
017  raise flag
017  unveil monument|memorial

# 018 Make empathetic comment
018  sympathize
018  sympathise
018  sympathize with:$T
018  express sympathy|condolence|sorrow|regret
018  offer condolence|sympathy
018  send condolence|sympathy
018  console
018  mourn
018  grieve
018  extend condolence|sympathy
018  convey condolence|sympathy

# 019 Express accord
019  agree with:$T
019  concur
019  concur with:$T
019  share view|concern|position|assessment
019  echo view|concern|call
019  express agreement|accord
019  align with:$T
019  see eye to:eye
