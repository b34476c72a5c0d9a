"""`--compile`: the UNet/transformer and the VAE decoder through torch.compile, with inductor's cache on disk.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_imaging_compile.py -q -m slow

The modules are compiled in place (`nn.Module.compile`, so the pipeline keeps its own module types and `from_pipe`
shares them), in inductor's default mode: "max-autotune-no-cudagraphs" did not finish compiling the sd-turbo UNet
within 150 s on an H200, and "reduce-overhead" (CUDA graphs) re-captures for every new size and batch. The denoiser
is compiled with fullgraph=True (diffusers' UNets and transformers trace whole); the VAE decoder without it. When the
compile or its warm-up fails (a graph break in a custom model, no C compiler...), `compile_with_fallback` tries again
with fullgraph=False, then runs the modules uncompiled, and says which one runs (CompileOutcome, Engine.compile_mode
and its notice). A model that compiled whole at the warm-up can still break the graph later, at another size or batch
(dynamo recompiles for it): the engine then steps down the same ladder at that call (`is_compile_error`,
`step_down`) and calls again. The first start pays the compile (Engine.load warms up once and says how long it took); inductor's
cache under $EASEL_CACHE_DIR/inductor (a TORCHINDUCTOR_CACHE_DIR the user set wins) makes the next start quicker.
On CUDA the UNet and VAE also go channels_last (75 -> 64 ms a 512-px sd-turbo picture on an H200), compiled or not.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import torch

logger = logging.getLogger(__name__)


def cache_root() -> Path:
    """Root of Easel's caches: $EASEL_CACHE_DIR, else ~/.cache/easel."""
    return Path(os.environ.get("EASEL_CACHE_DIR") or Path.home() / ".cache" / "easel")


def _inductor_default() -> str:
    """inductor's own default folder (it writes that into TORCHINDUCTOR_CACHE_DIR when diffusers is imported)."""
    try:
        from torch._inductor.runtime.cache_dir_utils import default_cache_dir

        return os.path.abspath(default_cache_dir())
    except ImportError:  # another torch layout: only an unset variable counts as "not chosen"
        return ""


def use_inductor_cache() -> str:
    """Point inductor's on-disk cache under Easel's cache, unless the user chose one. Returns the folder used."""
    current = os.environ.get("TORCHINDUCTOR_CACHE_DIR")
    if not current or os.path.abspath(current) == _inductor_default():
        folder = cache_root() / "inductor"
        folder.mkdir(parents=True, exist_ok=True)
        os.environ["TORCHINDUCTOR_CACHE_DIR"] = str(folder)
    return os.environ["TORCHINDUCTOR_CACHE_DIR"]


def denoiser_name(pipe) -> str:
    return "transformer" if getattr(pipe, "transformer", None) is not None else "unet"


def use_channels_last(pipe) -> None:
    """channels_last for the convolution-heavy modules (UNet, VAE): faster on CUDA tensor cores."""
    for name in ("unet", "vae"):
        module = getattr(pipe, name, None)
        if module is not None:
            module.to(memory_format=torch.channels_last)


FULLGRAPH, PARTIAL, UNCOMPILED = "fullgraph", "partial graph", "uncompiled"  # CompileOutcome.mode, best first


@dataclass
class CompileOutcome:
    """Which compile runs after `compile_with_fallback`, and why the better ones did not."""

    mode: str  # FULLGRAPH | PARTIAL (graph breaks allowed) | UNCOMPILED (plain eager modules)
    seconds: float = 0.0  # the warm-up that paid the successful compile (0 when uncompiled)
    folder: str = ""  # inductor's cache folder
    failures: list[str] = field(default_factory=list)  # "fullgraph failed: Unsupported: ...", one per failed mode

    def describe(self) -> str:
        """'fullgraph', 'partial graph (fullgraph failed: ...)', 'uncompiled (...)' for the summary and notices."""
        return self.mode if not self.failures else f"{self.mode} ({'; '.join(self.failures)})"


def _modules(pipe) -> list[tuple[torch.nn.Module, bool]]:
    """(module, fullgraph wanted) for the denoiser and the VAE decoder (when the pipeline has one)."""
    modules = [(getattr(pipe, denoiser_name(pipe)), True)]
    decoder = getattr(getattr(pipe, "vae", None), "decoder", None)
    if decoder is not None:
        modules.append((decoder, False))
    return modules


def compile_pipeline(pipe, fullgraph: bool = True, backend: Any = "inductor") -> str:
    """Compile the denoiser (fullgraph=`fullgraph`) and the VAE decoder (never fullgraph) in place; the work happens
    at the first call. `backend`: torch.compile's (a name or a callable). Returns inductor's cache folder."""
    folder = use_inductor_cache()
    for module, whole in _modules(pipe):
        module.compile(fullgraph=fullgraph and whole, backend=backend)
    logger.info("compiling %s (fullgraph=%s) and the VAE decoder at the warm-up (first start: minutes; cache: %s)",
                denoiser_name(pipe), fullgraph, folder)
    return folder


def uncompile_pipeline(pipe) -> None:
    """Undo compile_pipeline: the modules run eagerly again. nn.Module.compile only sets `_compiled_call_impl`
    (and torch has no public inverse), so this clears it."""
    for module, _ in _modules(pipe):
        module._compiled_call_impl = None


def _first_words(err: BaseException) -> str:
    """'Unsupported: Call to `torch._dynamo.graph_break()`': the type and first line ("...raised:" goes on to the
    next line, where dynamo puts the backend's own error)."""
    lines = [line.strip() for line in str(err).splitlines() if line.strip()]
    text = lines[0] if lines else ""
    if text.endswith(":") and len(lines) > 1:
        text = f"{text} {lines[1]}"
    return f"{type(err).__name__}: {text}"


def _why(err: BaseException) -> str:
    """The error and, when it wraps another (__cause__), the one at the bottom: 200 characters at most."""
    root = err
    while root.__cause__ is not None and root.__cause__ is not root:
        root = root.__cause__
    text = _first_words(err) if root is err else f"{type(err).__name__}: {_first_words(root)}"
    return text[:200]


def compile_with_fallback(pipe, warm_up: Callable[[], float], backend: Any = "inductor") -> CompileOutcome:
    """Compile with fullgraph=True and warm up; when that raises, fullgraph=False; when that raises too, uncompiled.
    `warm_up()` runs the pipeline once and returns its seconds. Logs (and returns) which mode runs and why."""
    failures: list[str] = []
    folder = use_inductor_cache()
    for fullgraph in (True, False):
        mode = FULLGRAPH if fullgraph else PARTIAL
        try:
            compile_pipeline(pipe, fullgraph=fullgraph, backend=backend)
            seconds = warm_up()
        except Exception as err:  # noqa: BLE001 -- graph breaks, backend/compiler errors: the next mode is tried
            why = _why(err)
            logger.warning("torch.compile with %s failed (%s); trying the next mode", mode, why)
            failures.append(f"{mode} failed: {why}")
            continue
        logger.info("torch.compile runs %s", mode)
        return CompileOutcome(mode, seconds, folder, failures)
    uncompile_pipeline(pipe)
    logger.warning("torch.compile failed in every mode: the model runs uncompiled")
    return CompileOutcome(UNCOMPILED, 0.0, folder, failures)


def is_compile_error(err: BaseException) -> bool:
    """An error of torch.compile itself (a graph break under fullgraph, a failed backend, tracing), not of the model
    running: dynamo raises those as TorchDynamoException. An out-of-memory error or a Cancelled is not one."""
    from torch._dynamo.exc import TorchDynamoException

    return isinstance(err, TorchDynamoException)


def maybe_the_models_error(err: BaseException) -> bool:
    """A TorchRuntimeError from dynamo may be the model failing (a shape mismatch) rather than the compiler: the call
    is tried eagerly before compile is stepped down."""
    from torch._dynamo.exc import TorchRuntimeError

    return isinstance(err, TorchRuntimeError)


def step_down(pipe, outcome: CompileOutcome, err: BaseException, where: str, backend: Any = "inductor") -> None:
    """After `outcome.mode` failed at a call (`where`: 'a call at 96x128 px, 1 image'): recompile the pipeline's
    modules one mode lower in place (fullgraph -> partial graph -> uncompiled), the failure recorded on `outcome`."""
    why = _why(err)
    outcome.failures.append(f"{outcome.mode} failed at {where}: {why}")
    if outcome.mode == FULLGRAPH:
        compile_pipeline(pipe, fullgraph=False, backend=backend)
        outcome.mode = PARTIAL
    else:
        uncompile_pipeline(pipe)
        outcome.mode, outcome.seconds = UNCOMPILED, 0.0
    logger.warning("torch.compile failed at %s (%s): now %s", where, why, outcome.mode)
