/**
 * Organisations, groups, de facto states and self-governing territories (kind `other`)
 * that diplomacy news names:
 * id | kind | name | other names (acronyms) | demonyms | capitals. Brussels is the European
 * Union's: news copy uses it for the Union ("Brussels imposed sanctions"), seldom for Belgium.
 */
export const BODIES = `
united-nations|international-organization|United Nations|UN;U.N.||
un-security-council|international-organization|UN Security Council|Security Council;U.N. Security Council||
nato|international-organization|NATO|North Atlantic Treaty Organization||
eu|international-organization|European Union|EU;E.U.||Brussels
european-commission|international-organization|European Commission|||
osce|international-organization|Organization for Security and Cooperation in Europe|OSCE;Organization for Security and Co-operation in Europe||
minsk-group|international-organization|OSCE Minsk Group|Minsk Group||
african-union|international-organization|African Union|AU||
au-peace-and-security-council|international-organization|African Union Peace and Security Council|AU Peace and Security Council;Peace and Security Council||
east-african-community|international-organization|East African Community|EAC||
sadc|international-organization|Southern African Development Community|SADC||
igad|international-organization|Intergovernmental Authority on Development|IGAD||
ecowas|international-organization|Economic Community of West African States|ECOWAS||
arab-league|international-organization|Arab League|League of Arab States||
asean|international-organization|Association of Southeast Asian Nations|ASEAN||
gcc|international-organization|Gulf Cooperation Council|GCC||
csto|international-organization|Collective Security Treaty Organization|CSTO||
sco|international-organization|Shanghai Cooperation Organization|SCO||
oecd|international-organization|Organization for Economic Cooperation and Development|OECD||
turkic-states|international-organization|Organization of Turkic States|OTS;Turkic Council||
brics|international-organization|BRICS|||
g7|international-organization|Group of Seven|G7;G-7||
g20|international-organization|Group of 20|G20;G-20;Group of Twenty||
opec|international-organization|OPEC|Organization of the Petroleum Exporting Countries||
opec-plus|international-organization|OPEC+|OPEC Plus||
un-general-assembly|international-organization|UN General Assembly|U.N. General Assembly;United Nations General Assembly||
un-human-rights-council|international-organization|UN Human Rights Council|U.N. Human Rights Council;United Nations Human Rights Council||
unrwa|international-organization|UNRWA|UN Relief and Works Agency;U.N. Relief and Works Agency||
wfp|international-organization|World Food Programme|WFP||
opcw|international-organization|Organisation for the Prohibition of Chemical Weapons|OPCW||
andean-community|international-organization|Andean Community|||
cis|international-organization|Commonwealth of Independent States|CIS||
saarc|international-organization|South Asian Association for Regional Cooperation|SAARC||
apec|international-organization|Asia-Pacific Economic Cooperation|APEC||
non-aligned-movement|international-organization|Non-Aligned Movement|||
arctic-council|international-organization|Arctic Council|||
visegrad-group|international-organization|Visegrad Group|Visegrad Four;V4||
iaea|international-organization|International Atomic Energy Agency|IAEA||
who|international-organization|World Health Organization|WHO||
imf|international-organization|International Monetary Fund|IMF||
world-bank|international-organization|World Bank|||
wto|international-organization|World Trade Organization|WTO||
icc|international-organization|International Criminal Court|ICC||
icj|international-organization|International Court of Justice|ICJ;World Court||
council-of-europe|international-organization|Council of Europe|||
commonwealth|international-organization|Commonwealth of Nations|||
oas|international-organization|Organization of American States|OAS||
oic|international-organization|Organisation of Islamic Cooperation|OIC;Organization of Islamic Cooperation||
eaeu|international-organization|Eurasian Economic Union|EAEU||
mercosur|international-organization|Mercosur|||
quad|international-organization|Quad|Quadrilateral Security Dialogue||
aukus|international-organization|AUKUS|||
unhcr|international-organization|UNHCR|UN refugee agency||
caricom|international-organization|Caribbean Community|CARICOM;Caricom||
celac|international-organization|Community of Latin American and Caribbean States|CELAC||
pacific-islands-forum|international-organization|Pacific Islands Forum|PIF||
alliance-of-sahel-states|international-organization|Alliance of Sahel States|AES;Confederation of Sahel States||
european-council|international-organization|European Council|||
european-parliament|international-organization|European Parliament|||
interpol|international-organization|Interpol|INTERPOL||
icrc|international-organization|International Committee of the Red Cross|ICRC||
kfor|international-organization|KFOR|Kosovo Force||
unifil|international-organization|UNIFIL|||
monusco|international-organization|MONUSCO|||
islamic-state|group|Islamic State|ISIS;ISIL;Daesh||
al-qaeda|group|al-Qaeda|al Qaeda;Al-Qaeda||
hamas|group|Hamas|||
hezbollah|group|Hezbollah|Hizbollah||
houthis|group|Houthis|Houthi;Ansar Allah|Houthi|
taliban|group|Taliban|||Taliban
wagner|group|Wagner Group|Wagner||
africa-corps|group|Africa Corps|||
boko-haram|group|Boko Haram|||
jnim|group|Jama'at Nusrat al-Islam wal-Muslimin|JNIM||
hts|group|Hayat Tahrir al-Sham|HTS||
sdf|group|Syrian Democratic Forces|||
ypg|group|People's Protection Units|YPG||
islamic-jihad|group|Palestinian Islamic Jihad|Islamic Jihad||
fdlr|group|Democratic Forces for the Liberation of Rwanda|FDLR||
polisario|group|Polisario Front|Polisario||
arakan-army|group|Arakan Army|||
tplf|group|Tigray People's Liberation Front|TPLF;Tigrayan forces||
rsf|group|Rapid Support Forces|RSF||
pkk|group|Kurdistan Workers' Party|PKK||
m23|group|M23|||
al-shabaab|group|al-Shabab|al-Shabaab;Al-Shabaab;Al-Shabab||
palestinian-authority|group|Palestinian Authority|||
plo|group|Palestine Liberation Organization|PLO||
nagorno-karabakh|de-facto-state|Nagorno-Karabakh|Karabakh;Artsakh|Karabakh|Stepanakert
abkhazia|de-facto-state|Abkhazia||Abkhaz|Sukhumi
south-ossetia|de-facto-state|South Ossetia||South Ossetian|Tskhinvali
transnistria|de-facto-state|Transnistria||Transnistrian|Tiraspol
northern-cyprus|de-facto-state|Northern Cyprus|Turkish Republic of Northern Cyprus;TRNC|Turkish Cypriot|
somaliland|de-facto-state|Somaliland||Somaliland|Hargeisa
taiwan|de-facto-state|Taiwan|Republic of China|Taiwanese|Taipei
palestine|de-facto-state|Palestine|State of Palestine|Palestinian|Ramallah
western-sahara|de-facto-state|Western Sahara|Sahrawi Arab Democratic Republic|Sahrawi|
greenland|other|Greenland||Greenlandic;Greenlander|Nuuk
faroe-islands|other|Faroe Islands|Faroes|Faroese|Tórshavn;Torshavn
hong-kong|other|Hong Kong||Hong Konger|
macau|other|Macau|Macao||
puerto-rico|other|Puerto Rico||Puerto Rican|
new-caledonia|other|New Caledonia||New Caledonian|Nouméa;Noumea
gibraltar|other|Gibraltar||Gibraltarian|
falkland-islands|other|Falkland Islands|Falklands;Malvinas||
guam|other|Guam||Guamanian|
`;

/**
 * Names that are recognised so as not to be taken for actors of today: former states, and a
 * place whose name holds a state's ("New Mexico" is no Mexico).
 */
export const NOT_ACTORS = [
  'Soviet Union',
  'USSR',
  'Yugoslavia',
  'Ottoman Empire',
  'Czechoslovakia',
  'New Mexico',
];
