"""One short news story (a council debates a new bridge) in several languages, for the
must-contain / must-not-contain tests that build pages around it: five paragraphs of prose
and two sub-headings per language."""

from __future__ import annotations

PROSE: dict[str, list[str]] = {
    "en": [
        "The council met on Tuesday evening to discuss the plans for the new bridge across the river.",
        "Engineers told the meeting that work could begin next year if the funding is approved in time.",
        "Several residents spoke against the design, saying it would bring traffic into the old town.",
        "The mayor said a decision would be taken in June, after a further round of public consultation.",
        "The money for the work would come from the regional budget and from a federal fund.",
    ],
    "de": [
        "Der Stadtrat hat am Dienstagabend über die Pläne für die neue Brücke über den Fluss beraten.",
        "Die Ingenieure sagten, die Arbeiten könnten im nächsten Jahr beginnen, wenn es Geld gibt.",
        "Mehrere Anwohner sprachen sich gegen den Entwurf aus, weil er Verkehr in die Altstadt bringe.",
        "Die Entscheidung soll im Juni fallen, nach einer weiteren Runde der Bürgerbeteiligung, hieß es.",
        "Das Geld für die Arbeiten käme aus dem Haushalt des Landes und aus einem Fonds des Bundes.",
    ],
    "es": [
        "El concejo se reunió el martes por la noche para debatir los planes del nuevo puente.",
        "Los ingenieros dijeron que las obras podrían empezar el año próximo si se aprueban los fondos.",
        "Varios vecinos se opusieron al diseño porque llevaría mucho tráfico al casco antiguo.",
        "El alcalde dijo que la decisión llegará en junio, tras una nueva ronda de consulta pública.",
        "El dinero para las obras saldría del presupuesto regional y de un fondo del Estado.",
    ],
    "fr": [
        "Le conseil s'est réuni mardi soir pour débattre des plans du nouveau pont sur la rivière.",
        "Les ingénieurs ont dit que les travaux pourraient commencer l'an prochain si le budget suit.",
        "Plusieurs habitants se sont opposés au projet, qui amènerait du trafic dans la vieille ville.",
        "Le maire a dit que la décision serait prise en juin, après une nouvelle consultation publique.",
        "L'argent viendrait du budget régional et d'un fonds de l'État, selon la mairie de la ville.",
    ],
    "tr": [
        "Belediye meclisi salı akşamı nehir üzerindeki yeni köprünün planlarını görüşmek için toplandı.",
        "Mühendisler, fon zamanında onaylanırsa çalışmaların gelecek yıl başlayabileceğini söyledi.",
        "Bazı mahalle sakinleri, tasarımın eski şehre trafik getireceğini söyleyerek karşı çıktı.",
        "Belediye başkanı, kararın yeni bir halk danışması turundan sonra haziranda alınacağını söyledi.",
        "Çalışmaların parası bölge bütçesinden ve devletin bir fonundan karşılanacak.",
    ],
}

TITLES: dict[str, list[str]] = {
    "en": ["What the engineers said", "Residents against the design"],
    "de": ["Was die Ingenieure sagen", "Anwohner gegen den Entwurf"],
    "es": ["Qué dijeron los ingenieros", "Vecinos contra el diseño"],
    "fr": ["Ce que disent les ingénieurs", "Des habitants contre le projet"],
    "tr": ["Mühendisler ne dedi", "Tasarıma karşı çıkan sakinler"],
}
