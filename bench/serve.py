"""Many people, one GPU: N simulated sessions against one engine, batched (imaging.batch) vs one at a time.

    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.serve                                   # CPU, demo model, < 1 min
    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.serve --device cuda --model sd-turbo-arch   # GPU, fp16, 512 px
    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.serve --device cuda --model sdxl-turbo-arch
    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.serve --device cuda --tiny-vae on          # TAESD decodes every image

Writes bench/results/serve-<device>.json: `cpu`, or the GPU's name (serve-nvidia-h100-80gb-hbm3.json); `-<model>`
added for a model other than the device's default, `-taesd` when the tiny VAE decodes, `-think<ms>` with --think-ms.
The file is rewritten (atomically) after each mode and round, with `"partial": true` until the run ends: a run cut by
its time limit keeps what it finished.
`--tiny-vae` takes app.py's values (auto: TAESD on a CPU, the full VAE on a GPU; on; off; a hub id or folder) and
both modes decode through the same VAE. With the random-weight architectures the cached TAESD is used when there is
one, else the TAESD architecture (AutoencoderTiny's default config) with random weights: same cost, no picture.
Each session is a thread doing `--turns` txt2img turns back to back (the worst case; `--think-ms` adds pauses), each
turn its own prompt and seed, all sessions released together. In one process, on one engine:
- `lone`: 1 session on today's Engine (each turn alone): the lone user's turn.
- `batched_lone`: 1 session through BatchingEngine (what batching costs a lone user); turn by turn alternating with
  `lone`, so load drift hits both alike.
- `one_at_a_time`: `--users` sessions on today's Engine (its lock serves them one after another).
- `batched`: the same sessions through BatchingEngine (compatible requests share one pipeline call); `--rounds`
  alternating rounds of these two, the order flipped each round, merged.
Reported: throughput (images/s, first release to last return), p50/p95 of a turn (call to return, saves queued to
the background writer), `throughput_ratio` = batched / one_at_a_time throughput, `p95_ratio` = batched p95 / the
lone user's median turn, and the batch sizes the worker made. Goal on a GPU: throughput_ratio >= 3, p95_ratio <= 2.
Back to back, every batched turn is at least one call of `--users` images, so p95_ratio >= (a batch of 8 / one
image): under 2 only where a batch of 8 costs less than two single images; with think time (`--think-ms`) calls are
smaller. `cpu_cost_ratio`: CPU seconds per image, one at a time / batched (robust to other load on a shared machine).
Also checked: a batch of 4 against the same 4 requests alone (largest pixel difference, 0-255).
Models: `demo` (tiny, imaging/demo.py) and real-size random-weight architectures (imaging/architectures.py).
Timings never gate tests.
"""
from __future__ import annotations

import argparse
import faulthandler
import json
import os
import platform
import random
import re
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import torch

from imaging import Engine, EngineConfig, ImageRequest, tiny_vae
from imaging.batch import BatchingEngine
from imaging.presets import PRESETS

RESULTS = Path(__file__).resolve().parent / "results"
MODELS = {"demo": "demo", "sd-turbo-arch": "sd-turbo", "sdxl-turbo-arch": "sdxl-turbo"}  # option -> preset
SUBJECTS = ["a lighthouse on a cliff", "a red fox in the snow", "a bowl of ramen", "a city street at night",
            "a sailing boat at dawn", "an old library", "a mountain lake", "a robot in a garden"]
STYLES = ["oil painting", "watercolour", "photo", "pencil sketch", "pixel art"]


def build_engine(model: str, device: str, outputs: str, tiny: str = "auto") -> tuple[Engine, str]:
    """The engine both modes share, and which VAE decodes its images ("full VAE", or the tiny one's name)."""
    config = EngineConfig(model="demo", outputs_dir=outputs, safety_checker=False, offline=True, tiny_vae=tiny)
    if model == "demo" and device == "cpu":  # the app's own loading path, --tiny-vae included
        engine = Engine(config)
        engine.load()
        return engine, "demo TAESD" if engine.tiny_vae else "full VAE"
    dtype = torch.float16 if device.startswith("cuda") else torch.float32
    if model == "demo":
        from imaging.demo import new_demo_pipeline

        pipe = new_demo_pipeline().to(device, dtype)
    else:
        from imaging.architectures import build_random_pipeline

        pipe = build_random_pipeline(MODELS[model], device, dtype)
    vae, decoder = tiny_decoder(model, device, dtype, tiny)
    if vae is not None:
        pipe.vae = vae  # as Engine._use_tiny_vae does: the tiny VAE decodes the final images
    engine = Engine.from_pipeline(pipe, PRESETS[MODELS[model]], config)
    engine.tiny_vae = None if vae is None else decoder
    return engine, decoder


def tiny_decoder(model: str, device: str, dtype: torch.dtype, setting: str):
    """(AutoencoderTiny, its name) when `setting` (app.py's --tiny-vae) has the tiny VAE decode final images here;
    (None, "full VAE") otherwise. Offline: the cached TAESD, else its architecture with random weights."""
    family = "sd" if model == "demo" else PRESETS[MODELS[model]].family
    source = tiny_vae.final_decode_source(tiny_vae.normalise_setting(setting), family, device)
    if source is None:
        return None, "full VAE"
    if model == "demo":
        from imaging.demo import build_demo_tiny_vae

        return build_demo_tiny_vae().to(device, dtype), "demo TAESD"
    try:
        return tiny_vae.load_tiny_vae(source, dtype, offline=True).to(device), f"{source} (cached weights)"
    except Exception:  # not cached (no hub here): the same architecture, random weights
        from imaging.architectures import tiny_autoencoder

        return tiny_autoencoder().to(device, dtype), f"{source} architecture (random weights)"


def _say(message: str) -> None:
    """Progress on stderr with the time, so a run stopped at its cap shows how far it got."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def _sync(device: str) -> None:
    if device.startswith("cuda"):
        torch.cuda.synchronize()


def _percentile(values: list[float], q: float) -> float:
    return float(np.percentile(values, q)) if values else float("nan")


def simulate(engine, users: int, turns: int, device: str, tag: int, think_s: float = 0.0) -> dict:
    """`users` sessions, `turns` turns each, started together; every turn a distinct prompt and seed.

    think_s > 0: each session pauses a random time (exponential, this mean, seeded) before each turn but the first.
    """
    latencies: list[float] = []
    errors: list[str] = []
    images = [0]
    gate = threading.Barrier(users + 1)
    lock = threading.Lock()

    def session(u: int) -> None:
        pauses = random.Random(tag * 100 + u)
        gate.wait()
        for t in range(turns):
            if think_s and t:
                time.sleep(pauses.expovariate(1 / think_s))
            n = (tag * 1000 + u * turns + t)
            request = ImageRequest(prompt=f"{SUBJECTS[n % len(SUBJECTS)]}, {STYLES[n % len(STYLES)]}", seeds=[n])
            start = time.perf_counter()
            try:
                results = engine.run(request)
            except Exception as err:  # counted and shown, never hidden
                with lock:
                    errors.append(f"{type(err).__name__}: {err}")
                continue
            _sync(device)
            with lock:
                latencies.append(time.perf_counter() - start)
                images[0] += len(results)

    threads = [threading.Thread(target=session, args=(u,)) for u in range(users)]
    for t in threads:
        t.start()
    gate.wait()
    start, cpu_start = time.perf_counter(), time.process_time()
    for t in threads:
        t.join()
    return {"images": images[0], "wall_s": time.perf_counter() - start, "cpu_s": time.process_time() - cpu_start,
            "turn_s": latencies, "errors": errors}


def summarise(runs: list[dict], users: int, turns: int) -> dict:
    """Several runs of one mode as one: images / summed wall time, percentiles over every turn."""
    images, wall, cpu = (sum(r[k] for r in runs) for k in ("images", "wall_s", "cpu_s"))
    turn_s = sorted(t for r in runs for t in r["turn_s"])
    return {
        "users": users, "turns_per_user": turns * len(runs), "runs": len(runs), "images": images,
        "errors": [e for r in runs for e in r["errors"]], "wall_s": round(wall, 4),
        "throughput_images_per_s": round(images / wall, 3), "cpu_s_per_image": round(cpu / images, 4),
        "turn_p50_s": round(_percentile(turn_s, 50), 4), "turn_p95_s": round(_percentile(turn_s, 95), 4),
        "turn_s": [round(x, 4) for x in turn_s],
    }


def lone_turns(engine, batcher: BatchingEngine, turns: int, device: str) -> tuple[dict, dict]:
    """One session alternating today's Engine and the batcher turn by turn (load drift hits both alike)."""
    plain, batched = [], []
    for t in range(turns):
        order = ((plain, engine), (batched, batcher)) if t % 2 == 0 else ((batched, batcher), (plain, engine))
        for runs, server in order:
            runs.append(simulate(server, 1, 1, device, tag=100 + t))
    return summarise(plain, 1, 1), summarise(batched, 1, 1)


def identity_check(engine) -> dict:
    """4 concurrent requests batched (one call) against each run alone: the largest pixel difference (0-255)."""
    requests = [ImageRequest(prompt=f"{SUBJECTS[i]}, {STYLES[i]}", seeds=[900 + i]) for i in range(4)]
    batched = [None] * 4
    with BatchingEngine(engine, window_s=2.0, max_batch=4, adaptive=False) as batcher:
        def one(i: int) -> None:
            batched[i] = batcher.run(requests[i])

        threads = [threading.Thread(target=one, args=(i,)) for i in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    diffs = []
    for request, results in zip(requests, batched):
        alone = np.asarray(engine.run(request)[0].image, dtype=np.int16)
        diffs.append(int(np.abs(np.asarray(results[0].image, dtype=np.int16) - alone).max()))
    return {"batch_sizes": list(batcher.calls), "max_pixel_diff": diffs}


def device_name(device: str) -> str:
    if device.startswith("cuda"):
        return torch.cuda.get_device_name(0)
    return (f"{platform.processor() or platform.machine()} CPU, {os.cpu_count()} cores, "
            f"{torch.get_num_threads()} torch threads")


def results_path(device: str, model: str, think_ms: float, taesd: bool = False) -> Path:
    tag = "cpu" if device == "cpu" else re.sub(r"[^a-z0-9]+", "-", torch.cuda.get_device_name(0).lower()).strip("-")
    default = "demo" if device == "cpu" else "sd-turbo-arch"
    return RESULTS / (f"serve-{tag}{'' if model == default else '-' + model}{'-taesd' if taesd else ''}"
                      f"{f'-think{think_ms:g}ms' if think_ms else ''}.json")


def save_report(report: dict, out: Path) -> None:
    """Write `report` to `out` atomically (a temp file beside it, then os.replace): a run killed mid-write leaves the
    previous version whole."""
    out.parent.mkdir(parents=True, exist_ok=True)
    temp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    temp.write_text(json.dumps(report, indent=2) + "\n")
    os.replace(temp, out)


def add_ratios(report: dict) -> None:
    """The ratios of whatever is measured so far (a partial report gets those its finished parts allow)."""
    lone = report.get("lone", {}).get("turn_p50_s")
    batched, single = report.get("batched"), report.get("one_at_a_time")
    if lone and batched and single:
        report.update(
            throughput_ratio=round(batched["throughput_images_per_s"] / single["throughput_images_per_s"], 3),
            p95_ratio=round(batched["turn_p95_s"] / lone, 3),
            p95_ratio_one_at_a_time=round(single["turn_p95_s"] / lone, 3),
            # this process's CPU seconds per image, one at a time / batched: the gain in work, whatever else runs on
            # the machine (on a shared CPU the wall-clock ratios above swing with the other processes' load)
            cpu_cost_ratio=round(single["cpu_s_per_image"] / batched["cpu_s_per_image"], 3),
        )
        report["meets_goal"] = {"throughput_ratio>=3": report["throughput_ratio"] >= 3,
                                "p95_ratio<=2": report["p95_ratio"] <= 2}
    if lone and report.get("batched_lone"):
        report["window_cost_ratio"] = round(report["batched_lone"]["turn_p50_s"] / lone, 3)


def measure(engine, args, report: dict, checkpoint=lambda: None) -> dict:
    """The four runs (see the module docstring) and the ratios, filled into `report`; checkpoint() after each part
    (it saves the report so far)."""
    users, turns, think = args.users, args.turns, args.think_ms / 1000
    modes = {"one_at_a_time": [], "batched": []}
    for _ in range(2):  # warm-up: first calls allocate, load kernels
        engine.run(ImageRequest(prompt="warm-up", seeds=[1]))
    _say("warmed up")
    report["users"] = users
    with BatchingEngine(engine, window_s=args.window_ms / 1000, max_batch=args.max_batch,
                        adaptive=not args.always_wait) as batcher:
        report["identity"] = identity_check(engine)  # also warms up the batched shapes
        _say(f"identity {report['identity']}")
        checkpoint()
        simulate(batcher, users, 1, args.device, tag=9)  # warm-up of a full batch
        if args.device.startswith("cuda"):  # as chat.services.batching does at start
            report["batch_sizes_warm_up_s"] = round(batcher.warm_up_batches(), 2)
        _say(f"full batch warmed up; every batch size: {report.get('batch_sizes_warm_up_s', 'not on a CPU')} s")
        report["lone"], report["batched_lone"] = lone_turns(engine, batcher, args.lone_turns, args.device)
        _say(f"lone p50 {report['lone']['turn_p50_s']} s, batched lone p50 {report['batched_lone']['turn_p50_s']} s")
        add_ratios(report)
        checkpoint()
        before, waited = len(batcher.calls), batcher.windows_waited
        for r in range(args.rounds):  # alternating rounds, the order flipped each time
            order = ("one_at_a_time", "batched") if r % 2 == 0 else ("batched", "one_at_a_time")
            for mode in order:
                server = batcher if mode == "batched" else engine
                modes[mode].append(simulate(server, users, turns, args.device, tag=10 + r, think_s=think))
                _say(f"round {r} {mode}: {modes[mode][-1]['images']} images in {modes[mode][-1]['wall_s']:.2f} s")
                report.update({m: summarise(runs, users, turns) for m, runs in modes.items() if runs})
                if modes["batched"]:
                    report["batched"]["batch_sizes"] = list(batcher.calls)[before:]
                    report["batched"]["windows_waited"] = batcher.windows_waited - waited
                report["rounds_done"] = {m: len(runs) for m, runs in modes.items()}
                add_ratios(report)
                checkpoint()
    engine.flush(60)
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--device", default="cpu", help="cpu or cuda (fp16 on cuda)")
    parser.add_argument("--model", default=None, choices=sorted(MODELS),
                        help="demo (CPU default) or a real-size random-weight architecture "
                             "(CUDA default: sd-turbo-arch)")
    parser.add_argument("--users", type=int, default=8, help="concurrent sessions")
    parser.add_argument("--turns", type=int, default=None,
                        help="turns per session and round (default 2 CPU, 4 CUDA)")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds of each mode")
    parser.add_argument("--lone-turns", type=int, default=10, help="turns of the lone session, each mode")
    parser.add_argument("--window-ms", type=float, default=20.0, help="batching window")
    parser.add_argument("--max-batch", type=int, default=8, help="most images in one pipeline call")
    parser.add_argument("--always-wait", action="store_true", help="wait the window even for a lone request")
    parser.add_argument("--think-ms", type=float, default=0.0,
                        help="mean pause between a session's turns (0: back to back, the worst case)")
    parser.add_argument("--tiny-vae", nargs="?", const="on", default="auto",
                        help="as app.py's --tiny-vae: auto (TAESD decodes on a CPU, the full VAE on a GPU), on (the "
                             "flag alone), off, a hub id or a folder; both modes use the same decoder")
    parser.add_argument("--dump-after", type=float, default=0,
                        help="seconds after which every thread's stack is printed (finding a stall on a capped run)")
    args = parser.parse_args()
    if args.dump_after:
        faulthandler.dump_traceback_later(args.dump_after, repeat=True)
    cuda = args.device.startswith("cuda")
    args.model = args.model or ("sd-turbo-arch" if cuda else "demo")
    args.turns = args.turns or (4 if cuda else 2)
    outputs = tempfile.mkdtemp(prefix="easel-serve-")
    preset = PRESETS[MODELS[args.model]]
    report = {
        "device": device_name(args.device), "model": args.model, "torch": torch.__version__,
        "dtype": "float16" if cuda else "float32", "size": f"{preset.native_width}x{preset.native_height}",
        "steps": preset.steps, "window_ms": args.window_ms, "max_batch": args.max_batch,
        "adaptive_window": not args.always_wait, "think_ms": args.think_ms,
        "date": time.strftime("%Y-%m-%d %H:%M"), "load_average_at_start": os.getloadavg()[0],
        "tiny_vae_setting": args.tiny_vae, "partial": True,
    }
    start = time.perf_counter()
    engine, report["decoder"] = build_engine(args.model, args.device, outputs, args.tiny_vae)
    report["build_s"] = round(time.perf_counter() - start, 1)
    _say(f"built {args.model} ({report['decoder']}) in {report['build_s']} s")
    out = results_path(args.device, args.model, args.think_ms, taesd=report["decoder"] != "full VAE")
    measure(engine, args, report, checkpoint=lambda: save_report(report, out))
    report["load_average_at_end"] = os.getloadavg()[0]
    report["total_s"] = round(time.perf_counter() - start, 1)
    report["partial"] = False
    save_report(report, out)
    keys = ("users", "decoder", "throughput_ratio", "p95_ratio", "p95_ratio_one_at_a_time", "window_cost_ratio",
            "cpu_cost_ratio", "meets_goal")
    print(json.dumps({k: report.get(k) for k in keys}), "\nwrote", out)


if __name__ == "__main__":
    main()
