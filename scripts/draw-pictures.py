"""Draw the sample's technique pictures: simple black line drawings, one PNG each.

Run from the repository root (``python scripts/draw-pictures.py``); the files go
to kb/pictures/. The drawings are part of what the sample's reviewers approve,
so after changing one run scripts/sign-sample.sh. Each figure is drawn side on
(front on for the two that move the shoulders or turn the trunk), with the
posture its steps describe, and thick lines that still read at 30 mm wide on
a printed page. Drawn at three times the size and scaled down, so the lines
are smooth; the output is the same bytes on every run.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

from PIL import Image, ImageDraw

WIDTH, HEIGHT = 360, 240
SCALE = 3
INK = 0
PAPER = 255
LIMB = 9  # line width of a body, in output pixels
THIN = 4  # props: floor, chair, door, arrows
OUT = Path("kb/pictures")

Point = tuple[float, float]


class Canvas:
    def __init__(self) -> None:
        self.image = Image.new("L", (WIDTH * SCALE, HEIGHT * SCALE), PAPER)
        self.draw = ImageDraw.Draw(self.image)

    def _p(self, point: Point) -> tuple[float, float]:
        return (point[0] * SCALE, point[1] * SCALE)

    def line(self, points: Sequence[Point], width: int = LIMB) -> None:
        scaled = [self._p(p) for p in points]
        self.draw.line(scaled, fill=INK, width=width * SCALE, joint="curve")
        for x, y in (scaled[0], scaled[-1]):  # round ends
            r = width * SCALE / 2
            self.draw.ellipse((x - r, y - r, x + r, y + r), fill=INK)

    def head(self, centre: Point, radius: float = 17) -> None:
        x, y = self._p(centre)
        r = radius * SCALE
        box = (x - r, y - r, x + r, y + r)
        self.draw.ellipse(box, outline=INK, width=THIN * SCALE, fill=PAPER)

    def circle(self, centre: Point, radius: float, width: int = THIN) -> None:
        x, y = self._p(centre)
        r = radius * SCALE
        self.draw.ellipse((x - r, y - r, x + r, y + r), outline=INK, width=width * SCALE)

    def curve(self, points: Sequence[Point], width: int = LIMB, steps: int = 24) -> None:
        """A quadratic Bezier through three points (the middle one pulls)."""
        (x0, y0), (x1, y1), (x2, y2) = points
        path = []
        for i in range(steps + 1):
            t = i / steps
            path.append(
                (
                    (1 - t) ** 2 * x0 + 2 * (1 - t) * t * x1 + t**2 * x2,
                    (1 - t) ** 2 * y0 + 2 * (1 - t) * t * y1 + t**2 * y2,
                )
            )
        self.line(path, width)

    def arrow(self, points: Sequence[Point]) -> None:
        """A thin curved arrow along three points, its head at the last."""
        self.curve(points, THIN)
        (x1, y1), (x2, y2) = points[1], points[2]
        angle = math.atan2(y2 - y1, x2 - x1)
        size = 12
        left = (x2 - size * math.cos(angle - 0.5), y2 - size * math.sin(angle - 0.5))
        right = (x2 - size * math.cos(angle + 0.5), y2 - size * math.sin(angle + 0.5))
        self.draw.polygon([self._p((x2, y2)), self._p(left), self._p(right)], fill=INK)

    def floor(self, y: float = 215) -> None:
        self.line([(12, y), (WIDTH - 12, y)], THIN)

    def save(self, name: str) -> None:
        small = self.image.resize((WIDTH, HEIGHT), Image.Resampling.LANCZOS)
        OUT.mkdir(parents=True, exist_ok=True)
        small.save(OUT / f"{name}.png", optimize=True)


def on_all_fours(c: Canvas, x0: float, back: str) -> None:
    """A person on hands and knees, facing right, back flat, rounded ("up") or dipped ("down")."""
    hip, shoulder = (x0, 120), (x0 + 85, 122)
    # Thigh down to the knee, shin back along the floor.
    c.line([hip, (x0 - 2, 208), (x0 - 50, 210)])
    c.line([shoulder, (shoulder[0] + 2, 208)])  # arm straight down, hand under the shoulder
    pull = {"flat": 121, "up": 75, "down": 160}[back]
    c.curve([hip, ((hip[0] + shoulder[0]) / 2, pull), shoulder])
    if back == "up":
        c.line([shoulder, (shoulder[0] + 18, 146)])  # neck, head hanging down gently
        c.head((shoulder[0] + 26, 160), 15)
    elif back == "down":
        c.line([shoulder, (shoulder[0] + 18, 112)])  # chest lifted a little, neck long
        c.head((shoulder[0] + 30, 100), 15)


def cat_cow() -> None:
    c = Canvas()
    c.floor()
    on_all_fours(c, 62, "up")
    on_all_fours(c, 218, "down")
    c.arrow([(84, 62), (104, 44), (126, 60)])  # round up
    c.arrow([(248, 110), (260, 146), (274, 128)])  # dip down
    c.save("cat-cow")


def thread_the_needle() -> None:
    c = Canvas()
    c.floor()
    hip = (110, 112)
    c.line([hip, (110, 208), (50, 210)])  # thigh and shin, hips over the knees
    shoulder = (212, 178)  # the right shoulder lowered toward the mat
    c.curve([hip, (165, 122), shoulder])
    c.line([(188, 150), (196, 208)])  # the left arm, pressing into the floor
    c.line([shoulder, (168, 203), (118, 204)])  # the right arm slid under the body, palm up
    c.line([shoulder, (228, 186)])
    c.head((240, 196), 14)  # the side of the head toward the mat
    c.arrow([(160, 186), (142, 190), (126, 192)])
    c.save("thread-the-needle")


def childs_pose() -> None:
    c = Canvas()
    c.floor()
    hip = (82, 168)  # sitting back toward the heels
    c.line([hip, (142, 206), (62, 210)])  # thigh to the knee, shin back along the floor
    shoulder = (206, 186)
    c.curve([hip, (145, 132), shoulder])  # back long and rounded, chest lowered
    c.line([shoulder, (222, 192)])
    c.head((234, 198), 14)  # forehead resting on the mat
    c.line([shoulder, (270, 205), (335, 206)])  # arms stretched out in front
    c.save("childs-pose")


def seated_chair_twist() -> None:
    """Front on: hips and knees face forward, shoulders turned, arms crossed."""
    c = Canvas()
    c.floor()
    # The chair: a seat seen from the front, legs to the floor.
    c.line([(120, 150), (240, 150)], THIN)
    c.line([(128, 150), (128, 213)], THIN)
    c.line([(232, 150), (232, 213)], THIN)
    # Legs: thighs toward us (short), shins down, feet flat hip-width apart.
    for x in (155, 205):
        c.line([(x, 140), (x, 158), (x, 208), (x + (-14 if x < 180 else 14), 210)])
    c.line([(155, 140), (205, 140)])  # the pelvis, facing forward
    c.line([(180, 140), (183, 72)])  # spine, sitting tall
    # Shoulders turned to the right: the line is shorter and tilted in depth.
    c.line([(160, 76), (200, 68)])
    c.line([(160, 76), (196, 98), (200, 68)], THIN + 2)  # arms crossed over the chest
    c.head((188, 45))
    c.line([(188, 45), (200, 45)], THIN)  # the nose: the head turns with the body
    c.arrow([(140, 40), (178, 12), (222, 28)])
    c.save("seated-chair-twist")


def shoulder_rolls() -> None:
    """Front on, standing tall, arms loose, a circle of movement at each shoulder."""
    c = Canvas()
    c.floor()
    c.line([(180, 138), (180, 70)])  # trunk
    c.line([(150, 78), (210, 78)])  # shoulders
    c.line([(150, 78), (146, 130)])  # arms hanging loosely
    c.line([(210, 78), (214, 130)])
    c.line([(180, 138), (166, 210)])  # legs
    c.line([(180, 138), (194, 210)])
    c.head((180, 46))
    c.arrow([(125, 80), (130, 45), (158, 52)])  # up toward the ears, then back
    c.arrow([(235, 80), (230, 45), (202, 52)])
    c.save("shoulder-rolls")


def doorway_chest_stretch() -> None:
    """Side on, facing right: forearm on the door frame, elbow at shoulder height,
    one foot forward, leaning gently through the doorway with a straight back."""
    c = Canvas()
    c.floor()
    c.line([(168, 14), (168, 213)], THIN + 2)  # the door frame
    hip = (150, 128)
    shoulder = (186, 66)  # leaning slightly forward, back straight
    c.line([hip, shoulder])
    c.line([hip, (186, 170), (200, 210)])  # front leg, a step forward
    c.line([hip, (130, 170), (112, 210)])  # back leg
    # Elbow at shoulder height, forearm up along the frame.
    c.line([shoulder, (170, 70), (170, 30)], LIMB - 2)
    c.line([shoulder, (196, 52)])
    c.head((204, 38), 15)
    c.arrow([(215, 90), (240, 84), (262, 90)])  # lean gently forward
    c.save("doorway-chest-stretch")


def foam_roller_upper_back() -> None:
    """Lying on the back, the roller across the upper back below the shoulder
    blades, knees bent, feet flat, hips lifted a little, arms crossed on the chest."""
    c = Canvas()
    c.floor()
    roller = (150, 191)
    c.circle(roller, 24, THIN + 2)
    shoulder = (116, 170)
    hip = (222, 188)
    c.line([shoulder, (150, 163), hip])  # upper back on the roller, hips just off the floor
    c.line([hip, (266, 136), (296, 210)])  # knees bent, feet flat
    c.line([(296, 210), (318, 210)])
    c.line([shoulder, (100, 172)])
    c.head((86, 176), 15)
    c.line([(122, 164), (140, 142), (158, 160)], THIN + 2)  # arms crossed on the chest
    c.line([(126, 146), (148, 158)], THIN + 2)
    c.arrow([(120, 118), (150, 104), (180, 118)])  # roll a few inches up and down
    c.arrow([(180, 118), (150, 104), (120, 118)])
    c.save("foam-roller-upper-back")


def main() -> None:
    for draw in (
        cat_cow,
        thread_the_needle,
        childs_pose,
        seated_chair_twist,
        shoulder_rolls,
        doorway_chest_stretch,
        foam_roller_upper_back,
    ):
        draw()


if __name__ == "__main__":
    main()
