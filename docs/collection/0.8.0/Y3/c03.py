from lib import *
# Trump, State of the Union, Tuesday 24 Feb 2026 (Fox News)
u=source('https://www.foxnews.com/politics/trump-shames-democrats-viral-state-union-challenge-migrant-crime-first-duty','[headline not shown in the stored copy]','Fox News','2026-02-25',lang='en')
st('donald-trump','2026-02-24',u,'direct_quote',
 "That is why I'm also asking you to end deadly sanctuary cities that protect the criminals and enact serious penalties for public officials who blocked the removal of criminal aliens, in many cases, drug lords, murderers all over our country.",None,'speech',
 [("Immigration enforcement and border security were front and center in President Donald Trump’s State of the Union address Tuesday night, with the commander in chief touting zero illegal border crossings over the past nine months.",'Tuesday night'),
  ("He then called on Democrats to end sanctuary policies across the country, saying, \"That is why I'm also asking you to end deadly sanctuary cities that protect the criminals and enact serious penalties for public officials who blocked the removal of criminal aliens, in many cases, drug lords, murderers all over our country.\"",None)],
 [('mass_deportations','favor','high','The president asks Congress to end sanctuary policies and penalise officials who block the removal of noncitizens, backing his deportation drive.')],
 lang='en')
write('chunk_03.jsonl')
