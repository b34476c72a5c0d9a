"""OpenVINO on the CPU against plain torch: the real-size sd-turbo architecture (random weights), 512x512, 1 step.

    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.openvino_cpu            # TAESD and full VAE, ~25 min on 2 cores
    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.openvino_cpu --quick    # TAESD only, fewer repeats
    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.openvino_cpu --interleaved 4 --cache DIR   # TAESD, alternated

Needs the extra (pip install -r requirements-openvino.txt) and ~12 GB free memory. Writes
bench/results/openvino-cpu[-quick].json (--interleaved: a section of openvino-cpu.json). For each decoder
(AutoencoderTiny = TAESD architecture, and the full AutoencoderKL): plain torch, OpenVINO fp32 and OpenVINO int8
(nncf weight-only on UNet + text encoder), each timed end to end through `Engine.run` (request to saved PNG), as
ratios to plain torch in the same run. Also: export time
per part, int8 compression time, compile time (cold, then from OpenVINO's compiled-blob cache), and how far int8
pictures are from fp32 on the same seeds (PSNR, SSIM) plus fp32 against torch. The weights are random, so the
pictures are noise-like: the distances say how much int8 moves the numbers, not how it looks on a real model.
--interleaved (TAESD only; reuses the IR in --cache) loads torch, OpenVINO fp32 and int8 side by side and
alternates their runs, so a machine whose load changes (other jobs) hits all three alike: the ratios to trust there.
Timings never gate tests.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np
import torch

from imaging import Engine, EngineConfig, ImageRequest
from imaging.presets import PRESETS

RESULTS = Path(__file__).resolve().parent / "results"
PROMPT = "a lighthouse on a cliff at dusk, oil painting, dramatic sky"
SEEDS = (11, 22, 33)


def psnr(a: np.ndarray, b: np.ndarray) -> float:
    mse = float(np.mean((a.astype(np.float64) - b.astype(np.float64)) ** 2))
    return float("inf") if mse == 0 else round(10 * np.log10(255.0 ** 2 / mse), 2)


def ssim(a: np.ndarray, b: np.ndarray, window: int = 7) -> float:
    """Mean SSIM over channels (uniform 7x7 window, the usual constants), images as uint8 HxWxC."""
    from scipy.ndimage import uniform_filter

    c1, c2 = (0.01 * 255) ** 2, (0.03 * 255) ** 2
    scores = []
    for ch in range(a.shape[-1]):
        x, y = a[..., ch].astype(np.float64), b[..., ch].astype(np.float64)
        mx, my = uniform_filter(x, window), uniform_filter(y, window)
        vx = uniform_filter(x * x, window) - mx * mx
        vy = uniform_filter(y * y, window) - my * my
        cov = uniform_filter(x * y, window) - mx * my
        s = ((2 * mx * my + c1) * (2 * cov + c2)) / ((mx * mx + my * my + c1) * (vx + vy + c2))
        scores.append(s.mean())
    return round(float(np.mean(scores)), 4)


def distances(images: dict[int, np.ndarray], reference: dict[int, np.ndarray]) -> dict:
    pairs = [(images[s], reference[s]) for s in SEEDS if s in images and s in reference]
    return {"psnr_db": [psnr(a, b) for a, b in pairs], "ssim": [ssim(a, b) for a, b in pairs],
            "max_abs_diff": [int(np.abs(a.astype(int) - b.astype(int)).max()) for a, b in pairs]}


def run_variant(pipe, repeats: int, outputs: str) -> tuple[dict, dict[int, np.ndarray]]:
    """First call (includes any lazy work), then `repeats` timed end-to-end runs; the images per seed."""
    preset = PRESETS["sd-turbo"]
    engine = Engine.from_pipeline(pipe, preset, EngineConfig(model="sd-turbo", outputs_dir=outputs,
                                                              safety_checker=False))
    images, times = {}, []
    start = time.perf_counter()
    images[SEEDS[0]] = np.asarray(engine.run(ImageRequest(prompt=PROMPT, seeds=[SEEDS[0]]))[0].image)
    first = round(time.perf_counter() - start, 3)
    for i in range(repeats):
        seed = SEEDS[i % len(SEEDS)]
        start = time.perf_counter()
        result = engine.run(ImageRequest(prompt=PROMPT, seeds=[seed]))[0]
        times.append(round(time.perf_counter() - start, 3))
        images[seed] = np.asarray(result.image)
    return {"first_call_s": first, "times_s": times, "median_s": statistics.median(times)}, images


def openvino_variant(pipe, weights: str, cache: str, repeats: int, outputs: str) -> tuple[dict, dict]:
    from imaging.openvino_backend import OpenVINOOptions, build_ov_pipeline, export_ir, part_dirs

    options = OpenVINOOptions(weights=weights, cache_dir=cache)
    dirs = part_dirs(pipe, Path(cache))
    start = time.perf_counter()
    exported = export_ir(pipe, dirs)
    export_s = round(time.perf_counter() - start, 1)
    timings = {"export_s": exported, "export_total_s": export_s}
    for label in ("load_cold_compile_s", "load_cached_compile_s"):  # 2nd load: OpenVINO's compiled-blob cache
        start = time.perf_counter()
        ov_pipe = build_ov_pipeline(pipe, dirs, options)
        timings[label] = round(time.perf_counter() - start, 1)
    stats, images = run_variant(ov_pipe, repeats, outputs)
    del ov_pipe
    return {**timings, **stats}, images


def interleaved(pipe, cache: str, rounds: int, outputs: str) -> dict:
    """torch, OpenVINO fp32 and OpenVINO int8 runs alternated round by round (same seeds); medians and ratios."""
    from imaging.openvino_backend import OpenVINOOptions, build_ov_pipeline, export_ir, part_dirs

    dirs = part_dirs(pipe, Path(cache))
    export_ir(pipe, dirs)
    pipes = {"torch": pipe}
    for weights in ("fp32", "int8"):
        pipes[f"openvino_{weights}"] = build_ov_pipeline(pipe, dirs, OpenVINOOptions(weights=weights, cache_dir=cache))
    preset = PRESETS["sd-turbo"]
    config = EngineConfig(model="sd-turbo", outputs_dir=outputs, safety_checker=False)
    engines = {name: Engine.from_pipeline(p, preset, config) for name, p in pipes.items()}
    for engine in engines.values():  # first calls (allocation) out of the timing
        engine.run(ImageRequest(prompt=PROMPT, seeds=[SEEDS[0]]))
    times: dict[str, list[float]] = {name: [] for name in engines}
    for i in range(rounds):
        names = list(engines) if i % 2 == 0 else list(engines)[::-1]
        for name in names:
            start = time.perf_counter()
            engines[name].run(ImageRequest(prompt=PROMPT, seeds=[SEEDS[i % len(SEEDS)]]))
            times[name].append(round(time.perf_counter() - start, 3))
    medians = {name: statistics.median(t) for name, t in times.items()}
    return {"rounds": rounds, "times_s": times, "median_s": medians,
            "ratio_to_torch": {name: round(m / medians["torch"], 3) for name, m in medians.items()},
            "min_s": {name: min(t) for name, t in times.items()}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="TAESD only, 2 repeats")
    parser.add_argument("--cache", default=None, help="IR cache folder (default: a fresh temp folder)")
    parser.add_argument("--interleaved", type=int, default=0, metavar="ROUNDS",
                        help="TAESD only: torch / OpenVINO fp32 / int8 alternated for ROUNDS rounds")
    args = parser.parse_args()
    from imaging.architectures import build_random_pipeline, tiny_autoencoder

    outputs = tempfile.mkdtemp(prefix="easel-bench-ov-")
    cache = args.cache or tempfile.mkdtemp(prefix="easel-ov-cache-")
    import openvino

    report = {
        "device": f"{platform.processor() or platform.machine()} CPU, {os.cpu_count()} cores, "
                  f"{torch.get_num_threads()} torch threads", "torch": torch.__version__,
        "openvino": openvino.__version__, "date": time.strftime("%Y-%m-%d %H:%M"), "quick": args.quick,
        "model": "sd-turbo architecture, random weights, 512x512, 1 step, guidance 0", "prompt": PROMPT,
        "load_average_at_start": os.getloadavg()[0], "complete": False,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"openvino-cpu{'-quick' if args.quick else ''}.json"

    def save() -> None:
        report["load_average_now"] = os.getloadavg()[0]
        out.write_text(json.dumps(report, indent=2) + "\n")

    pipe = build_random_pipeline("sd-turbo")
    if args.interleaved:  # a section added to the full run's file (kept when there is one)
        out = RESULTS / "openvino-cpu.json"
        full = json.loads(out.read_text()) if out.is_file() else {}
        pipe.vae = tiny_autoencoder()
        section = interleaved(pipe, cache, args.interleaved, outputs)
        full["tiny_vae_interleaved"] = {**{k: report[k] for k in ("date", "load_average_at_start")}, **section,
                                        "load_average_now": os.getloadavg()[0]}
        out.write_text(json.dumps(full, indent=2) + "\n")
        print(json.dumps(section), "\nwrote", out)
        return
    full_vae = pipe.vae
    decoders = [("tiny_vae", tiny_autoencoder())] + ([] if args.quick else [("full_vae", full_vae)])
    repeats = 2 if args.quick else 3
    for name, vae in decoders:
        pipe.vae = vae
        section: dict = {}
        report[name] = section
        section["torch"], torch_images = run_variant(pipe, repeats if name == "tiny_vae" else 2, outputs)
        print(name, "torch", json.dumps(section["torch"]), flush=True)
        save()
        fp32_images = {}
        for weights in ("fp32", "int8"):
            key = f"openvino_{weights}"
            section[key], images = openvino_variant(pipe, weights, cache, repeats, outputs)
            section[key]["ratio_to_torch"] = round(section[key]["median_s"] / section["torch"]["median_s"], 3)
            if weights == "fp32":
                fp32_images = images
                section[key]["vs_torch"] = distances(images, torch_images)
            else:
                section[key]["vs_fp32"] = distances(images, fp32_images)
            print(name, key, json.dumps(section[key]), flush=True)
            save()
    report["complete"] = True
    save()
    print("wrote", out)


if __name__ == "__main__":
    main()
