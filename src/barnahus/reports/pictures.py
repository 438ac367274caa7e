"""Draw the child version's small pictures from plain SVG files in resources/pictures/.

The pictures are data a centre may redraw (in any SVG editor), so they are kept as SVG rather
than as drawing code. reportlab cannot read SVG and the usual converter is another dependency,
so this module reads the small subset our pictures use: ``rect``, ``circle``, ``ellipse``,
``line``, ``polyline``, ``polygon`` and ``path`` (M L H V C Q Z, absolute or relative), with
``fill``, ``stroke`` and ``stroke-width`` given as attributes. Anything else is refused with
the file and the element named, so a picture never silently prints half-drawn.
"""

from __future__ import annotations

import copy
import re
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

from reportlab.graphics.shapes import (
    Circle,
    Drawing,
    Ellipse,
    Group,
    Line,
    Polygon,
    PolyLine,
    Rect,
    Shape,
)
from reportlab.graphics.shapes import (
    Path as ShapePath,
)
from reportlab.lib.colors import Color, HexColor

from barnahus.datafiles import data_dir
from barnahus.errors import FormDefinitionError

SVG_NS = "{http://www.w3.org/2000/svg}"
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_TOKEN = re.compile(r"[MLHVCQZmlhvcqz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARGS = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "Q": 4, "Z": 0}
_cache: dict[tuple[str, float], Drawing] = {}
_lock = threading.Lock()


class PictureError(FormDefinitionError):
    def __init__(self, name: str, where: str, problem: str) -> None:
        super().__init__(f"The picture {name}.svg is invalid at {where}: {problem}.")


def _numbers(text: str) -> list[float]:
    return [float(n) for n in _NUMBER.findall(text)]


def _colour(value: str | None) -> Color | None:
    if value is None or value == "none":
        return None
    return HexColor(value)


def _path(d: str, fail: PictureError) -> ShapePath:
    """A reportlab path from SVG path data (quadratic curves become cubic ones)."""
    path = ShapePath()
    tokens = _TOKEN.findall(d)
    x = y = start_x = start_y = 0.0
    index, command = 0, ""
    while index < len(tokens):
        if tokens[index].isalpha():
            command = tokens[index]
            index += 1
        upper = command.upper()
        if upper not in _ARGS:
            raise fail
        count = _ARGS[upper]
        args = [float(t) for t in tokens[index : index + count]]
        if len(args) != count:
            raise fail
        index += count
        rel = command.islower()
        if upper == "Z":
            path.closePath()
            x, y = start_x, start_y
            command = ""
            continue
        if upper == "H":
            args = [args[0] + (x if rel else 0), y]
        elif upper == "V":
            args = [x, args[0] + (y if rel else 0)]
        elif rel:
            args = [a + (x if i % 2 == 0 else y) for i, a in enumerate(args)]
        if upper == "M":
            path.moveTo(*args)
            start_x, start_y = args
            command = "l" if rel else "L"  # further pairs after M are line-tos
        elif upper in ("L", "H", "V"):
            path.lineTo(*args)
        elif upper == "C":
            path.curveTo(*args)
        else:  # Q: control point q, end e -> cubic with controls 2/3 of the way to q
            qx, qy, ex, ey = args
            path.curveTo(
                x + 2 / 3 * (qx - x),
                y + 2 / 3 * (qy - y),
                ex + 2 / 3 * (qx - ex),
                ey + 2 / 3 * (qy - ey),
                ex,
                ey,
            )
        x, y = args[-2], args[-1]
    return path


def _shape(element: ET.Element, where: str, name: str) -> Shape:
    tag = element.tag.removeprefix(SVG_NS)
    a = element.attrib
    fail = PictureError(name, where, f"a <{tag}> this reader cannot draw")
    try:
        num = {k: float(v) for k, v in a.items() if _NUMBER.fullmatch(v.strip())}
        match tag:
            case "rect":
                rx = num.get("rx", 0.0)
                x, y = num.get("x", 0.0), num.get("y", 0.0)
                shape: Shape = Rect(x, y, num["width"], num["height"], rx=rx, ry=rx)
            case "circle":
                shape = Circle(num["cx"], num["cy"], num["r"])
            case "ellipse":
                shape = Ellipse(num["cx"], num["cy"], num["rx"], num["ry"])
            case "line":
                shape = Line(num["x1"], num["y1"], num["x2"], num["y2"])
            case "polyline":
                shape = PolyLine(_numbers(a["points"]))
            case "polygon":
                shape = Polygon(_numbers(a["points"]))
            case "path":
                shape = _path(a["d"], fail)
            case _:
                raise fail
        if not isinstance(shape, (Line, PolyLine)):  # lines have no inside to fill
            shape.fillColor = _colour(a.get("fill", "#000000"))
        shape.strokeColor = _colour(a.get("stroke"))
        shape.strokeWidth = num.get("stroke-width", 1.0)
        shape.strokeLineCap = 1 if a.get("stroke-linecap") == "round" else 0
        shape.strokeLineJoin = 1 if a.get("stroke-linejoin") == "round" else 0
    except (KeyError, ValueError) as exc:
        raise PictureError(name, where, f"<{tag}> lacks a valid attribute ({exc})") from None
    return shape


def parse_picture(path: Path, size: float) -> Drawing:
    """The picture at ``path`` as a ``size`` x ``size`` point drawing."""
    name = path.stem
    try:
        root = ET.fromstring(path.read_bytes())
    except (OSError, ET.ParseError) as exc:
        raise PictureError(name, "the top level", "it is not readable SVG") from exc
    box = _numbers(root.attrib.get("viewBox", ""))
    if root.tag != f"{SVG_NS}svg" or len(box) != 4 or box[2] <= 0 or box[3] <= 0:
        raise PictureError(name, "<svg>", "it needs the SVG namespace and a viewBox")
    group = Group()
    for index, element in enumerate(root):
        if element.tag in (f"{SVG_NS}title", f"{SVG_NS}desc"):
            continue
        group.add(_shape(element, f"element {index + 1}", name))
    # SVG counts y downwards from the top; PDF upwards from the bottom.
    scale = size / max(box[2], box[3])
    group.transform = (scale, 0, 0, -scale, -box[0] * scale, size + box[1] * scale)
    drawing = Drawing(size, size)
    drawing.add(group)
    return drawing


def picture(name: str, size: float) -> Drawing:
    """A bundled picture (resources/pictures/<name>.svg), parsed once per size.

    Each call returns its own deep copy: drawing a shape records its parent on it, so two
    documents built at once on worker threads must never share shapes.
    """
    with _lock:
        key = (name, size)
        if key not in _cache:
            _cache[key] = parse_picture(data_dir("resources") / "pictures" / f"{name}.svg", size)
        return copy.deepcopy(_cache[key])
