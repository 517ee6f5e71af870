/**
 * Sovereign states as news reports name them: name | other names | demonyms
 * (adjectives first) | capitals | seats of government used for the
 * government ("the Kremlin said"). One state a line; empty fields stay empty.
 * "Congo" and "Congolese" alone are the Democratic Republic of the Congo, as
 * news agencies write them; the other Congo is named in full.
 */
export const STATES = `
afghanistan|Afghanistan||Afghan|Kabul|
albania|Albania||Albanian|Tirana|
algeria|Algeria||Algerian|Algiers|
andorra|Andorra||Andorran|Andorra la Vella|
angola|Angola||Angolan|Luanda|
antigua-and-barbuda|Antigua and Barbuda||Antiguan||
argentina|Argentina||Argentine;Argentinian|Buenos Aires|Casa Rosada
armenia|Armenia||Armenian|Yerevan|
australia|Australia||Australian|Canberra|
austria|Austria||Austrian|Vienna|
azerbaijan|Azerbaijan||Azerbaijani;Azeri|Baku|
bahamas|Bahamas|The Bahamas|Bahamian|Nassau|
bahrain|Bahrain||Bahraini|Manama|
bangladesh|Bangladesh||Bangladeshi|Dhaka|
barbados|Barbados||Barbadian|Bridgetown|
belarus|Belarus||Belarusian|Minsk|
belgium|Belgium||Belgian||
belize|Belize||Belizean|Belmopan|
benin|Benin||Beninese|Porto-Novo|Cotonou
bhutan|Bhutan||Bhutanese|Thimphu|
bolivia|Bolivia||Bolivian|La Paz;Sucre|
bosnia-and-herzegovina|Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo|
botswana|Botswana||Botswanan|Gaborone|
brazil|Brazil||Brazilian|Brasilia;Brasília|Planalto
brunei|Brunei||Bruneian|Bandar Seri Begawan|
bulgaria|Bulgaria||Bulgarian|Sofia|
burkina-faso|Burkina Faso||Burkinabe|Ouagadougou|
burundi|Burundi||Burundian|Gitega|
cambodia|Cambodia||Cambodian|Phnom Penh|
cameroon|Cameroon||Cameroonian|Yaounde;Yaoundé|
canada|Canada||Canadian|Ottawa|
cape-verde|Cape Verde|Cabo Verde|Cape Verdean|Praia|
central-african-republic|Central African Republic|||Bangui|
chad|Chad||Chadian|N'Djamena|
chile|Chile||Chilean|Santiago|
china|China|People's Republic of China;PRC|Chinese|Beijing|Zhongnanhai
colombia|Colombia||Colombian|Bogota;Bogotá|
comoros|Comoros||Comoran|Moroni|
congo|Republic of the Congo|Republic of Congo;Congo-Brazzaville||Brazzaville|
costa-rica|Costa Rica||Costa Rican|San Jose|
croatia|Croatia||Croatian|Zagreb|
cuba|Cuba||Cuban|Havana|
cyprus|Cyprus||Cypriot|Nicosia|
czechia|Czech Republic|Czechia|Czech|Prague|
democratic-republic-of-the-congo|Democratic Republic of the Congo|Democratic Republic of Congo;DR Congo;DRC;Congo-Kinshasa;Congo|Congolese|Kinshasa|
denmark|Denmark||Danish|Copenhagen|
djibouti|Djibouti||Djiboutian|Djibouti|
dominica|Dominica|||Roseau|
dominican-republic|Dominican Republic||Dominican|Santo Domingo|
ecuador|Ecuador||Ecuadorian;Ecuadorean|Quito|
egypt|Egypt||Egyptian|Cairo|
el-salvador|El Salvador||Salvadoran|San Salvador|
equatorial-guinea|Equatorial Guinea||Equatoguinean|Malabo|
eritrea|Eritrea||Eritrean|Asmara|
estonia|Estonia||Estonian|Tallinn|
eswatini|Eswatini|Swaziland|Swazi|Mbabane|
ethiopia|Ethiopia||Ethiopian|Addis Ababa|
fiji|Fiji||Fijian|Suva|
finland|Finland||Finnish|Helsinki|
france|France||French|Paris|Elysee;Élysée;Elysee Palace;Quai d'Orsay
gabon|Gabon||Gabonese|Libreville|
gambia|Gambia|The Gambia|Gambian|Banjul|
georgia|Georgia||Georgian|Tbilisi|
germany|Germany||German|Berlin|Chancellery
ghana|Ghana||Ghanaian|Accra|
greece|Greece||Greek|Athens|
grenada|Grenada||Grenadian||
guatemala|Guatemala||Guatemalan|Guatemala City|
guinea|Guinea||Guinean|Conakry|
guinea-bissau|Guinea-Bissau|||Bissau|
guyana|Guyana||Guyanese|Georgetown|
haiti|Haiti||Haitian|Port-au-Prince|
honduras|Honduras||Honduran|Tegucigalpa|
hungary|Hungary||Hungarian|Budapest|
iceland|Iceland||Icelandic|Reykjavik|
india|India||Indian|New Delhi|
indonesia|Indonesia||Indonesian|Jakarta|
iran|Iran|Islamic Republic of Iran|Iranian|Tehran|
iraq|Iraq||Iraqi|Baghdad|
ireland|Ireland||Irish|Dublin|
israel|Israel||Israeli|Jerusalem|Knesset
italy|Italy||Italian|Rome|Palazzo Chigi
ivory-coast|Ivory Coast|Côte d'Ivoire;Cote d'Ivoire|Ivorian|Yamoussoukro;Abidjan|
jamaica|Jamaica||Jamaican|Kingston|
japan|Japan||Japanese|Tokyo|
jordan|Jordan||Jordanian|Amman|
kazakhstan|Kazakhstan||Kazakh|Astana|
kenya|Kenya||Kenyan|Nairobi|
kiribati|Kiribati||I-Kiribati|Tarawa|
kosovo|Kosovo||Kosovar|Pristina|
kuwait|Kuwait||Kuwaiti|Kuwait City|
kyrgyzstan|Kyrgyzstan||Kyrgyz|Bishkek|
laos|Laos||Lao;Laotian|Vientiane|
latvia|Latvia||Latvian|Riga|
lebanon|Lebanon||Lebanese|Beirut|
lesotho|Lesotho||Basotho|Maseru|
liberia|Liberia||Liberian|Monrovia|
libya|Libya||Libyan|Tripoli|
liechtenstein|Liechtenstein|||Vaduz|
lithuania|Lithuania||Lithuanian|Vilnius|
luxembourg|Luxembourg||Luxembourgish|Luxembourg|
madagascar|Madagascar||Malagasy|Antananarivo|
malawi|Malawi||Malawian|Lilongwe|
malaysia|Malaysia||Malaysian|Kuala Lumpur|
maldives|Maldives||Maldivian|Male|
mali|Mali||Malian|Bamako|
malta|Malta||Maltese|Valletta|
marshall-islands|Marshall Islands||Marshallese|Majuro|
mauritania|Mauritania||Mauritanian|Nouakchott|
mauritius|Mauritius||Mauritian|Port Louis|
mexico|Mexico||Mexican|Mexico City|
micronesia|Micronesia|Federated States of Micronesia|Micronesian|Palikir|
moldova|Moldova||Moldovan|Chisinau|
monaco|Monaco||Monegasque|Monaco|
mongolia|Mongolia||Mongolian|Ulaanbaatar|
montenegro|Montenegro||Montenegrin|Podgorica|
morocco|Morocco||Moroccan|Rabat|
mozambique|Mozambique||Mozambican|Maputo|
myanmar|Myanmar|Burma|Myanmar;Burmese|Naypyidaw|
namibia|Namibia||Namibian|Windhoek|
nauru|Nauru||Nauruan||
nepal|Nepal||Nepali;Nepalese|Kathmandu|
netherlands|Netherlands|Holland|Dutch|Amsterdam;The Hague|
new-zealand|New Zealand||New Zealand|Wellington|
nicaragua|Nicaragua||Nicaraguan|Managua|
niger|Niger||Nigerien|Niamey|
nigeria|Nigeria||Nigerian|Abuja|
north-korea|North Korea|DPRK;Democratic People's Republic of Korea|North Korean|Pyongyang|
north-macedonia|North Macedonia|Macedonia|Macedonian|Skopje|
norway|Norway||Norwegian|Oslo|
oman|Oman||Omani|Muscat|
pakistan|Pakistan||Pakistani|Islamabad|
palau|Palau||Palauan|Ngerulmud|
panama|Panama||Panamanian|Panama City|
papua-new-guinea|Papua New Guinea|PNG|Papua New Guinean|Port Moresby|
paraguay|Paraguay||Paraguayan|Asuncion;Asunción|
peru|Peru||Peruvian|Lima|
philippines|Philippines|the Philippines|Philippine;Filipino|Manila|Malacanang
poland|Poland||Polish|Warsaw|
portugal|Portugal||Portuguese|Lisbon|
qatar|Qatar||Qatari|Doha|
romania|Romania||Romanian|Bucharest|
russia|Russia|Russian Federation|Russian|Moscow|Kremlin
rwanda|Rwanda||Rwandan|Kigali|
saint-kitts-and-nevis|Saint Kitts and Nevis|St Kitts and Nevis;St. Kitts and Nevis|Kittitian|Basseterre|
saint-lucia|Saint Lucia|St Lucia;St. Lucia|Saint Lucian|Castries|
saint-vincent|Saint Vincent and the Grenadines|St Vincent and the Grenadines;St. Vincent and the Grenadines|Vincentian|Kingstown|
samoa|Samoa||Samoan|Apia|
san-marino|San Marino||Sammarinese||
sao-tome-and-principe|São Tomé and Príncipe|Sao Tome and Principe|Santomean|São Tomé;Sao Tome|
saudi-arabia|Saudi Arabia|Saudi|Saudi|Riyadh|
senegal|Senegal||Senegalese|Dakar|
serbia|Serbia||Serbian|Belgrade|
seychelles|Seychelles||Seychellois||
sierra-leone|Sierra Leone||Sierra Leonean|Freetown|
singapore|Singapore||Singaporean|Singapore|
slovakia|Slovakia||Slovak|Bratislava|
slovenia|Slovenia||Slovenian|Ljubljana|
solomon-islands|Solomon Islands||Solomon Islander|Honiara|
somalia|Somalia||Somali|Mogadishu|
south-africa|South Africa||South African|Pretoria|
south-korea|South Korea|Republic of Korea|South Korean|Seoul|
south-sudan|South Sudan||South Sudanese|Juba|
spain|Spain||Spanish|Madrid|Moncloa
sri-lanka|Sri Lanka||Sri Lankan|Colombo|
sudan|Sudan||Sudanese|Khartoum|
suriname|Suriname||Surinamese|Paramaribo|
sweden|Sweden||Swedish|Stockholm|
switzerland|Switzerland||Swiss|Bern|
syria|Syria||Syrian|Damascus|
tajikistan|Tajikistan||Tajik|Dushanbe|
tanzania|Tanzania||Tanzanian|Dodoma|
thailand|Thailand||Thai|Bangkok|
timor-leste|Timor-Leste|East Timor|Timorese|Dili|
togo|Togo||Togolese|Lome;Lomé|
tonga|Tonga||Tongan|Nuku'alofa|
trinidad-and-tobago|Trinidad and Tobago||Trinidadian|Port of Spain|
tunisia|Tunisia||Tunisian|Tunis|
turkey|Turkey|Türkiye;Turkiye|Turkish|Ankara|
turkmenistan|Turkmenistan||Turkmen|Ashgabat|
tuvalu|Tuvalu||Tuvaluan|Funafuti|
uganda|Uganda||Ugandan|Kampala|
ukraine|Ukraine||Ukrainian|Kyiv;Kiev|
united-arab-emirates|United Arab Emirates|UAE;Emirates|Emirati|Abu Dhabi|
united-kingdom|United Kingdom|Britain;Great Britain;U.K.;UK|British|London|Downing Street;Foreign Office;Whitehall
united-states|United States|U.S.;US;USA;United States of America;America|American;U.S.|Washington|White House;State Department;Pentagon
uruguay|Uruguay||Uruguayan|Montevideo|
uzbekistan|Uzbekistan||Uzbek|Tashkent|
vanuatu|Vanuatu||Ni-Vanuatu|Port Vila|
vatican|Vatican|Holy See|Vatican|Vatican City|
venezuela|Venezuela||Venezuelan|Caracas|Miraflores
vietnam|Vietnam|Viet Nam|Vietnamese|Hanoi|
yemen|Yemen||Yemeni|Sanaa;Sana'a|
zambia|Zambia||Zambian|Lusaka|
zimbabwe|Zimbabwe||Zimbabwean|Harare|
`;
