package install

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"math"
	"strings"
	"text/template"
)

// The logo is designed on a 64x64 grid, the SVG's viewBox: a rounded
// square in Go's gopher blue and a white ∂ stroked with round ends. The ∂
// is a circle (its bowl) and one cubic Bézier curve (its stem, rising from
// the bowl's right side and curling left at the top).
const (
	grid        = 64.0
	bgInset     = 2.0 // margin around the square
	bgRadius    = 12.0
	strokeWidth = 6.0
	bowlRadius  = 11.0
	blueHex     = "#00ADD8"
)

type point struct{ X, Y float64 }

var (
	bowlCenter = point{30, 41}
	stem       = [4]point{{41, 42}, {43, 19}, {33, 8}, {21, 15}} // start, two control points, end

	gopherBlue = color.RGBA{0x00, 0xAD, 0xD8, 0xFF}
)

// logoPNG draws the logo at size x size pixels and encodes it as PNG.
//
// Each shape is a signed distance function (negative inside), and a
// pixel's coverage is how far its center lies inside the edge, which
// anti-aliases the edge over one pixel at any size without a rasterizer
// library.
func logoPNG(size int) ([]byte, error) {
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	draw.DrawMask(img, img.Bounds(), image.NewUniform(gopherBlue), image.Point{}, coverage(size, squareDist), image.Point{}, draw.Over)
	draw.DrawMask(img, img.Bounds(), image.White, image.Point{}, coverage(size, glyphDist), image.Point{}, draw.Over)
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, fmt.Errorf("install: logo: %w", err)
	}
	return buf.Bytes(), nil
}

// coverage returns a mask whose alpha is the share of each pixel inside
// the shape given by dist, a signed distance in grid units.
func coverage(size int, dist func(point) float64) *image.Alpha {
	mask := image.NewAlpha(image.Rect(0, 0, size, size))
	scale := grid / float64(size) // grid units per pixel
	for y := range size {
		for x := range size {
			p := point{(float64(x) + 0.5) * scale, (float64(y) + 0.5) * scale}
			c := 0.5 - dist(p)/scale
			c = math.Max(0, math.Min(1, c))
			mask.SetAlpha(x, y, color.Alpha{A: uint8(math.Round(c * 255))})
		}
	}
	return mask
}

// squareDist is the signed distance to the rounded background square.
func squareDist(p point) float64 {
	half := grid/2 - bgInset - bgRadius // half the side of the square's straight part
	qx := math.Abs(p.X-grid/2) - half
	qy := math.Abs(p.Y-grid/2) - half
	outside := math.Hypot(math.Max(qx, 0), math.Max(qy, 0))
	inside := math.Min(math.Max(qx, qy), 0)
	return outside + inside - bgRadius
}

// glyphDist is the signed distance to the ∂: the nearer of its two
// strokes.
func glyphDist(p point) float64 {
	bowl := math.Abs(math.Hypot(p.X-bowlCenter.X, p.Y-bowlCenter.Y)-bowlRadius) - strokeWidth/2
	return math.Min(bowl, stemDist(p)-strokeWidth/2)
}

// stemSegments is how finely the stem curve is approximated; at 64 pixels
// the polyline is within a hundredth of a pixel of the curve.
const stemSegments = 48

// stemDist is the distance from p to the stem's center line. Distance to
// a polyline's endpoints gives the round caps for free.
func stemDist(p point) float64 {
	d := math.Inf(1)
	prev := bezier(0)
	for i := 1; i <= stemSegments; i++ {
		next := bezier(float64(i) / stemSegments)
		d = math.Min(d, segmentDist(p, prev, next))
		prev = next
	}
	return d
}

// bezier returns the stem's point at parameter t in [0, 1].
func bezier(t float64) point {
	u := 1 - t
	a, b, c, d := u*u*u, 3*u*u*t, 3*u*t*t, t*t*t
	return point{
		a*stem[0].X + b*stem[1].X + c*stem[2].X + d*stem[3].X,
		a*stem[0].Y + b*stem[1].Y + c*stem[2].Y + d*stem[3].Y,
	}
}

func segmentDist(p, a, b point) float64 {
	dx, dy := b.X-a.X, b.Y-a.Y
	t := ((p.X-a.X)*dx + (p.Y-a.Y)*dy) / (dx*dx + dy*dy)
	t = math.Max(0, math.Min(1, t))
	return math.Hypot(p.X-(a.X+t*dx), p.Y-(a.Y+t*dy))
}

// svgTemplate is the logo as SVG, drawn from the same constants as the
// PNGs so that the two cannot drift apart.
var svgTemplate = template.Must(template.New("logo").Parse(`<svg xmlns="http://www.w3.org/2000/svg" width="{{.Grid}}" height="{{.Grid}}" viewBox="0 0 {{.Grid}} {{.Grid}}">
  <title>gobackprop</title>
  <rect x="{{.Inset}}" y="{{.Inset}}" width="{{.Side}}" height="{{.Side}}" rx="{{.Radius}}" fill="{{.Blue}}"/>
  <g fill="none" stroke="#FFFFFF" stroke-width="{{.Stroke}}" stroke-linecap="round">
    <circle cx="{{.Bowl.X}}" cy="{{.Bowl.Y}}" r="{{.BowlRadius}}"/>
    <path d="M{{(index .Stem 0).X}} {{(index .Stem 0).Y}} C{{(index .Stem 1).X}} {{(index .Stem 1).Y}} {{(index .Stem 2).X}} {{(index .Stem 2).Y}} {{(index .Stem 3).X}} {{(index .Stem 3).Y}}"/>
  </g>
</svg>
`))

// logoSVG returns the logo as an SVG document.
func logoSVG() string {
	var b strings.Builder
	err := svgTemplate.Execute(&b, map[string]any{
		"Grid": grid, "Inset": bgInset, "Side": grid - 2*bgInset, "Radius": bgRadius, "Blue": blueHex,
		"Stroke": strokeWidth, "Bowl": bowlCenter, "BowlRadius": bowlRadius, "Stem": stem,
	})
	if err != nil {
		// The template and its data are constants: a failure is a bug
		// in this file, caught by the tests.
		panic("install: logo template: " + err.Error())
	}
	return b.String()
}
