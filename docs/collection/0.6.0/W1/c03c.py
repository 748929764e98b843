from h import *
C='chunk_03.jsonl'
st(C,"marcelo-ebrard","2019-06-05","SRC-00953",
"Hoy no discutimos los aranceles como tales, el diálogo se enfocó en migraciones y en lo que México está haciendo y está proponiendo a Estados Unidos, nuestra preocupación por la situación actual de América Central (…) el tema de los aranceles no fue el asunto principal",
"Today we did not discuss the tariffs as such; the dialogue focused on migration and on what Mexico is doing and proposing to the United States, our concern about the current situation in Central America (…) the tariff issue was not the main subject.",
"press_conference",
[("\"Hoy no discutimos los aranceles como tales, el diálogo se enfocó en migraciones y en lo que México está haciendo y está proponiendo a Estados Unidos, nuestra preocupación por la situación actual de América Central (…) el tema de los aranceles no fue el asunto principal\", dijo Ebrard en respuesta a una pregunta periodística.","Hoy")],
[("us_mexico_cooperation","favor","medium","He describes the talks with the US as a dialogue centred on migration and on Mexico's own proposals.")])
