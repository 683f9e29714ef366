// Capitalised English words that are also the names of some place in the data but that, in
// running news text, are almost always something else. A place with such a name is marked only
// with clear place context ("in X", "X region", "the X River"). The last line: German nouns
// that stand before a place ("im Raum Kupjansk"), so the name after them is not a surname.
export const COMMON_WORDS = `
a about above across after again against all also am an and any april are as at august away back bad
bar bay be beach bear because bed been before being bell best big bill black block blue board body bond
born both bottom box boy branch bread break bridge bright brook brother brown buck burn bush but by call
calm camp can cape capital car care carry case castle cause center central centre chance change chapel
charity chief child church city clay clear cliff close coal coast cold college colon come common cook
corner cost could council country court cove cross crown cut dale dam date day dead deal dear december
deep defence defense democracy desert did do doctor dog door dover down drive dry during each eagle early
east eastern easy echo eight eleven else end energy engine english enterprise equal even evening ever
every fair fairfield faith fall falls far farm fast father february field fields fifth fine fire first
five flat flint florence fly for force forest fort forward four fourth fox frank free freedom friday
from front future gap garden gate general gold golden good grace grand granite grant great green ground
grove guard gulf hall hamilton hand happy harbor harbour hard harmony haven head heart heaven height
heights her here hero high hill his holy home hope horn hospital hot house how hunt hurricane if in
independence industry interior iron is island it jack january jersey joy july june just justice key
kind king lake land last late lead leader level liberty life light lime lincoln line lion little live
long lord love low lower luck main major man many march mark market may me mercy middle mill mine
minister mission monday moon more most mount mountain much must my nation national navy near new news
next nice night nine no noon normal north northern not notice november now oak ocean october of office
oil old on one only open or orange order other our over page palm paradise park pass patience peace
pearl people pine plain plains plan plant pleasant point police pool port post power president press
prince progress prospect providence queen quick rain ranch range rapid red republic rest rich ridge
right ring rise river road rock rose round royal ruby rush safe saint salt sand saturday say school sea
second security seven she shell ship short side silver simple six small snow so soldier some south
southern spring square star state station steel stone story strong success summer sun sunday sunny
supreme sweet table temple ten than that the their then there these they third this three thursday tide
time to today top tower town trade trust truth tuesday two union unity up upper us valley van victory
view village vista war warren water wave way we wednesday well wells west western what when where white
who why will wind winter with wood word work world yes you young zero
asia europe africa oceania antarctica arctic bay lakes unity bari est nord centre gorno mir pobeda pervomaysk kirov lenin oktyabrskiy sovetskiy komsomolsk
raum umgebung
`.trim().split(/\s+/);

// Words after a place name that turn it into an outlet, institution or unit name.
export const ORG_TAILS = `
post times journal herald tribune independent telegraph gazette standard mirror express news daily
observer guardian review chronicle university college institute academy school hospital airlines
airways club fc united city-fc team orchestra ballet theatre theater museum stadium declaration
format protocol agreement accords accord process summit talks conference group submarine cruiser
convention conventions
army brigade brigades battalion battalions regiment corps division militia fleet flotilla
`.trim().split(/\s+/);

// Given names of people quoted in war coverage (military spokesmen, officials, gang leaders,
// commanders) that the English name lexicon lacks: "Lt. Col. Nadav Shoham said" and "said
// Frantz Jérémie" name persons, so the surname after them is not the town of that name.
export const GIVEN_NAMES = `
nadav avichay yoav herzi effie doron itay yaron amnon yigal gadi yossi avraham yitzhak ehud naftali itamar bezalel yair gideon
vitaliy vitalii dmytro andriy andrii serhiy serhii oleh mykola vadym ihor valeriy valerii kyrylo denys vyacheslav yevhen ruslan
ramzan apti
yahya hamdan naim khalil
frantz jovenel
assimi abiy
`.trim().split(/\s+/);
