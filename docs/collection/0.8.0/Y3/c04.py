from lib import *
u=source('https://jamaicainquirer.com/?p=636429','Advocates Network calls for TCN Jamaica/US agreement to be made public and for people’s views to be considered in negotiation phase','Jamaica Inquirer','2026-07-04',orig='Jamaica News',lang='en')
act('advocates-network-jm','Advocates Network','ngo','JAM',None,None)
st('advocates-network-jm','2026-07-04',u,'paraphrase',
 'The Advocates Network, a Jamaican advocacy group, said the memorandum of understanding Jamaica signed with the United States on receiving third-country nationals must be made public, that there was no reason to wait until its details were negotiated, and that people\'s views must be considered in that negotiation after they were left out before the signing.',None,'press_release',
 [('Advocates Network calls for TCN Jamaica/US agreement to be made public and for people’s views to be considered in negotiation phase\n\n04 July 2026',None),
  ('The Advocates Network (AN) says the recently signed Third Country National (TCN) agreement between Jamaica and the United States must be made public if the Government is to regain the trust and confidence of citizens.',None),
  ('In a statement this morning, AN said since the MOU is already signed, there is no justification to wait until the negotiation of details is complete.\n\nThe advocacy group noted that, having been left out of the pre-signing consultation, at a minimum, the people’s view must be taken into consideration during the negotiation of the details phase.','this morning')],
 [('third_country_removals','against','low','The group criticises the secrecy of Jamaica\'s agreement with the US on third-country nationals and demands its publication and public input.')],
 lang='en')
write('chunk_04.jsonl')
