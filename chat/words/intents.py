"""Prototype phrasings per intent, for the sentence-embedding fallback of the router (chat/embeddings.py).

    .venv/bin/python -c "from chat.words.intents import PROTOTYPES; print({k: len(v) for k, v in PROTOTYPES.items()})"

Written for this file (generic English; never copied from any evaluation set). Each intent maps to one action
(INTENT_ACTIONS); several intents may share an action (small talk, questions about the tool and general questions
are all `chat`). Editing a list changes the cached prototype embeddings' key, so the cache refreshes by itself.
"""
from __future__ import annotations

from chat.types import Action

PROTOTYPES: dict[str, tuple[str, ...]] = {
    "social": (
        "hi there", "hello, how are you doing?", "hey, nice to meet you", "good evening!", "hiya, just saying hello",
        "first time trying this app", "just testing this out", "I'm new here", "hello, i just found this tool",
        "thank you so much", "thanks a lot, that's great", "much appreciated!", "you're the best, thanks",
        "wow that looks fantastic", "this is really cool", "i love how it turned out", "that came out beautifully",
        "nice work", "great job on that", "awesome, exactly what i wanted", "that one is lovely",
        "the second picture is nice", "that looks a bit weird honestly", "hmm not quite what i expected",
        "haha that's funny", "lol this is great", "ok cool", "alright sounds good", "never mind", "no worries",
        "bye for now", "see you later", "good night", "I'm done for today", "that's all for now, thanks",
        "you did a good job", "looks pretty good to me", "i'm impressed", "what a cute result", "it's perfect",
        "sorry, my mistake", "oops i typed that wrong", "how's it going?", "i'm having fun with this",
        "this is my favourite so far", "not bad at all",
    ),
    "help": (
        "how do i use this?", "what can you do?", "how does this work?", "can you create images?",
        "do you support editing photos?", "what kind of things can i ask you for?", "is there a limit on images?",
        "do i need to write detailed prompts?", "should my descriptions be long or short?",
        "can i just describe what i want in plain words?", "how do i get better results?",
        "any tips for writing good prompts?", "what image model are you using?", "are the pictures saved anywhere?",
        "can i upload my own photo?", "how do i undo a change?", "how do i make a picture bigger?",
        "can i ask for several versions at once?", "what sizes can you make?", "is this running locally?",
        "does it work offline?", "what's the best way to phrase a request?", "how long does a picture take?",
        "can you explain how the editing works?", "what are you?", "who built you?", "are you an ai?",
        "what should i type to get a wide image?", "can i download the pictures?", "do you remember earlier images?",
        "why did it take so long?", "why does the picture look blurry?", "how do i start over?",
        "what languages do you understand?", "is it free to use?", "which styles do you know?",
        "help me understand the options", "i don't know what to ask for",
    ),
    "knowledge": (
        "what is the capital of japan?", "who painted the starry night?", "explain photosynthesis",
        "what's the difference between a frog and a toad?", "how far away is the moon?",
        "tell me a fun fact about octopuses", "what year did the first airplane fly?", "how do rainbows form?",
        "what does impressionism mean?", "recommend a good book about art history", "tell me a joke",
        "what's the weather usually like in iceland?", "how many legs does a spider have?",
        "write me a short poem about autumn", "translate hello into spanish", "what is a haiku?",
        "give me some ideas for a birthday party", "what should i cook for dinner?", "summarize the plot of hamlet",
        "why is the sky blue?", "what colors go well with navy?", "how do i learn to paint with watercolors?",
        "what is the rule of thirds in photography?", "who was leonardo da vinci?", "explain what a gradient is",
        "what's your favourite colour?", "can you help me name my cat?", "what rhymes with orange?",
        "how does a camera lens work?", "what are complementary colours?", "i'm feeling a bit tired today",
        "my friend's birthday is next week", "i had a long day at work",
    ),
    "describe": (
        "what's in this picture?", "describe the image", "what do you see here?", "can you tell me what this shows?",
        "what is happening in this photo?", "who is in the picture?", "what breed is the dog in the photo?",
        "explain what's going on in this image", "caption this picture", "what colour is the car in the image?",
        "how many people are in the photo?", "give me a description of the picture", "what objects are in there?",
        "is there a cat in this picture?", "what style is this image?", "where was this photo taken?",
        "write a caption for this", "what's shown in the background?", "describe the scene in detail",
        "tell me about this picture", "what kind of flower is this?", "what does the image show?",
    ),
    "generate": (
        "draw a cat sitting on a windowsill", "a lighthouse on a rocky coast at dusk", "make me a logo for my bakery",
        "can you paint a dragon flying over mountains?", "show me a cozy cabin in the snow", "generate a city at night",
        "i'd like a picture of a horse in a meadow", "create an illustration of a robot reading a book",
        "portrait of an old sailor with a beard", "a bowl of ramen, studio photo", "three ideas for a coffee shop sign",
        "give me some concepts for a birthday card", "an astronaut riding a bicycle on the moon",
        "watercolor painting of a fox in the forest", "a poster for a jazz concert", "a red sports car on a wet street",
        "sketch a tree house in a big oak", "i need a banner for my website about hiking", "a cute cartoon penguin",
        "pixel art of a knight with a sword", "the eiffel tower in the rain", "a teapot shaped like a pumpkin",
        "can i get a wallpaper with mountains and a lake?", "show me what a futuristic kitchen could look like",
        "design a mascot for a soccer team", "two cats playing chess", "a sign that says open late",
        "a close-up of a bee on a sunflower", "imagine a castle made of candy", "different idea: a desert oasis",
        "new picture: a submarine under the ice", "ok now something else, a bonsai tree on a desk",
        "let's try a completely new one, a jellyfish in deep water", "i run a flower shop, show me a window display",
        "for my blog about baking, a picture of fresh bread", "make a birthday invitation with balloons",
        "what would a medieval market look like? draw it", "an oil painting of a stormy sea",
        "a minimalist icon of a paper plane", "a group of friends having a picnic in the park",
        "a dog wearing sunglasses on a beach", "an abstract pattern of blue and gold shapes",
    ),
    "edit": (
        "make it brighter", "make the sky darker", "add a rainbow", "remove the person on the left",
        "change the car to blue", "make it look like winter", "more vibrant colours please", "turn it into a watercolor",
        "put a hat on the dog", "can you make the background blurry?", "make the cake look more delicious",
        "give it a warmer tone", "less clutter in the background", "zoom out a little", "make the cat fluffier",
        "make the bread look more golden", "the sky should be pink", "it needs more contrast", "take away the clouds",
        "replace the tree with a lamp post", "make the water clearer", "add some snow on the roof",
        "make the flowers bigger", "make her smile", "make it look older, like a vintage photo",
        "make the colours softer", "now at sunset", "in black and white", "make the lights glow more",
        "make the building taller", "make the food look fresher", "darken the shadows a bit", "make it less busy",
        "same but with a red door", "can the moon be bigger?", "make the fur look shinier", "add a few birds in the sky",
        "make the road wet like after rain", "make him look happier", "crisper edges on the logo",
        "make the grass greener", "swap the mug for a glass", "make it more dramatic",
    ),
    "variations": (
        "show me a few more like this", "another version please", "try again", "give me three more options",
        "more variations", "different takes on the same idea", "one more time", "generate some alternatives",
        "can i see other versions?", "reroll it", "same prompt, new seed", "more like that one",
        "give me more choices", "another one like it", "show me different versions of this",
    ),
    "upscale": (
        "make it higher resolution", "upscale this", "can i get a bigger version?", "make the image larger and sharper",
        "enlarge it for printing", "4k version please", "increase the resolution", "i need it in high res",
        "make it crisper, it's too small", "a sharper, bigger copy please",
    ),
    "revert": (
        "undo that", "go back to the previous one", "i liked the first one better", "revert the last change",
        "put it back the way it was", "restore the original", "undo the last edit", "the earlier version was better",
        "take me back to the second image", "cancel that change", "that made it worse, go back",
        "back to the one before",
    ),
}

INTENT_ACTIONS: dict[str, Action] = {
    "social": Action.CHAT, "help": Action.CHAT, "knowledge": Action.CHAT, "describe": Action.DESCRIBE,
    "generate": Action.GENERATE, "edit": Action.EDIT, "variations": Action.VARIATIONS, "upscale": Action.UPSCALE,
    "revert": Action.REVERT,
}
