"""Which language a message is in (English, French, Spanish, German), from its stopwords: the offline rules can't
translate, so the reply says so instead of silently drawing untranslated words.

    .venv/bin/python -c "from chat.words.language import detect_language; print(detect_language('dessine un chat'))"
"""
from __future__ import annotations

import re
from typing import Optional

# common function words and drawing verbs, none of them English words ("die", "a", "on" are left out)
STOPWORDS = {
    "fr": frozenset("le la les un une des du de en et est avec dans sur pour pas je tu vous nous il elle au aux ce cette "
                    "ces mon ma mes qui que une dessine dessiner dessinez fais faire peux pouvez moi s'il plaît petit "
                    "petite chat chien maison soleil nuit très c'est merci maintenant fais-le fais-moi plus panoramique "
                    "encore autre autres deux trois donne annule reviens ça à avant lune fenêtre enlève ajoute retire supprime mets rends rouge bleu vert jaune noir blanc nuages canapé paysage montagne lac forêt neige mer arbre ciel".split()),
    "es": frozenset("el la los las un una unos unas y es con en por para del al que mi tu su muy dibuja dibujar "
                    "haz hazme puedes podrías quiero imagen perro gato casa sol noche playa pequeño pequeña ahora dame "
                    "más otra otro otras eso esto ponlo hazlo deshaz gracias encanta hola buenas foto nieve invierno "
                    "vuelve atrás anterior quítale quita añade elimina cambia ponle nubes rojo azul verde amarillo negro "
                    "blanco dibújame árbol grande cielo mar montaña bosque lago".split()),
    "de": frozenset("der die das ein eine einen einem und ist mit im auf für nicht ich du wir sie es zeichne "
                    "zeichnen mach mache bitte kannst mir bild hund katze haus sonne nacht sehr kleine kleiner "
                    "einer dem den des schön größer groß doppelt danke noch mehr jetzt dann hallo machen "
                    "rückgängig zurück ihn entferne füge ändere rot blau grün gelb schwarz weiß wolken vorherige drei zwei höherer auflösung wald schnee meer baum himmel berg".split()),
}
ENGLISH = frozenset("the a an of and is with in on for to my me you please draw make can could picture image "
                    "this that it at by from".split())
NAMES = {"fr": "French", "es": "Spanish", "de": "German", "en": "English"}
MIN_HITS = 2  # at least this many of a language's words...
MIN_SHARE = 0.3  # ...making up this share of the message's words


def detect_language(text: str) -> Optional[str]:
    """"fr" / "es" / "de" when the message is clearly in that language; None for English or when unsure."""
    words = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.sub(r"[\"“][^\"”]*[\"”]", " ", text.lower()))
    if len(words) < 2:
        return None
    english = sum(w in ENGLISH for w in words)
    hits = {code: sum(w in vocab for w in words) for code, vocab in STOPWORDS.items()}
    code = max(hits, key=hits.get)
    if hits[code] >= MIN_HITS and hits[code] / len(words) >= MIN_SHARE and hits[code] > english:
        return code
    return None


def language_name(code: Optional[str]) -> str:
    return NAMES.get(code or "en", code or "English")
