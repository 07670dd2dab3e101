package plotting

import (
	"fmt"
	"image"
	"image/color"
	"math"
	"strconv"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// maxImages bounds ImageGrid: beyond a few hundred thumbnails a grid is
// unreadable and the PNG grows past what a notebook should carry.
const maxImages = 400

// Weights returns CS231n's picture of a linear classifier: one image per
// class, made from that class's column of W (D x C, as the assignment's
// W). Each column is read as an h x w image with channels 1 (grey, MNIST)
// or 3 (colour, stored planar as CIFAR-10's binary files do: all red values,
// then all green, then all blue), and stretched to the full range of grey
// or colour on its own, so every class's template is visible whatever its
// scale. Rows of W beyond h*w*channels, such as the bias row of the bias
// trick, are ignored. labels names the classes under their images; nil
// numbers them.
//
// Weights panics if W is nil, if h, w or channels is invalid, if W has fewer
// than h*w*channels rows (a C x D matrix must be transposed first), or if
// labels is not nil and has a length other than W's number of columns.
func Weights(W *mat.Dense, h, w, channels int, labels []string, opts ...Option) *Figure {
	if W == nil {
		panic("plotting: Weights: W is nil")
	}
	d := pixels("Weights", h, w, channels)
	rows, classes := W.Dims()
	if rows < d {
		panic(fmt.Sprintf("plotting: Weights: W is %dx%d but %dx%dx%d images need %d rows: W must be D x C (one column per class); transpose a C x D matrix with W.T()",
			rows, classes, h, w, channels, d))
	}
	labels = checkLabels("Weights", labels, classes, "W's columns")
	imgs := make([]*image.RGBA, classes)
	col := make([]float64, d)
	for j := range imgs {
		mat.Col(col, j, W.Slice(0, d, 0, classes))
		lo, hi := extent(col)
		imgs[j] = toImage(col, h, w, channels, lo, hi)
	}
	cfg := configure(opts)
	summary := fmt.Sprintf("<weights: %d classes as %dx%dx%d images>", classes, h, w, channels)
	return gridFigure(imgs, labels, weightColumns(classes), 96, cfg, summary)
}

// ImageGrid returns the images in the rows of images (N x D, as a data
// matrix X) as a grid with cols columns (0 or less: up to 10), each with
// its label above it (labels may be nil). Rows are read as h x w images with
// channels 1 (grey, MNIST's 28x28) or 3 (CIFAR-10's 32x32, planar: red plane,
// green plane, blue plane); columns beyond h*w*channels, such as a bias
// column of ones, are ignored. All images share one grey scale, stretched
// from the smallest to the largest value shown, so 0..1, 0..255 and
// mean-subtracted data all look right and dark images stay dark. At most the
// first 400 rows are shown; pass a slice of rows to choose others.
//
// ImageGrid panics if images is nil, if h, w or channels is invalid, if a row
// is shorter than h*w*channels, or if labels is not nil and shorter than the
// number of images shown.
func ImageGrid(images *mat.Dense, h, w, channels int, labels []string, cols int, opts ...Option) *Figure {
	if images == nil {
		panic("plotting: ImageGrid: images is nil")
	}
	d := pixels("ImageGrid", h, w, channels)
	n, dims := images.Dims()
	if dims < d {
		panic(fmt.Sprintf("plotting: ImageGrid: rows have %d values but %dx%dx%d images need %d", dims, h, w, channels, d))
	}
	shown := min(n, maxImages)
	if labels != nil && len(labels) < shown {
		panic(fmt.Sprintf("plotting: ImageGrid: %d labels for %d images", len(labels), shown))
	}
	if labels != nil {
		labels = labels[:shown]
	} else {
		labels = make([]string, shown)
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for i := 0; i < shown; i++ {
		l, u := extent(images.RawRowView(i)[:d])
		lo, hi = math.Min(lo, l), math.Max(hi, u)
	}
	imgs := make([]*image.RGBA, shown)
	for i := range imgs {
		imgs[i] = toImage(images.RawRowView(i)[:d], h, w, channels, lo, hi)
	}
	if cols <= 0 {
		cols = min(shown, 10)
	}
	summary := fmt.Sprintf("<image grid: %d images of %dx%dx%d>", shown, h, w, channels)
	if shown < n {
		summary = fmt.Sprintf("<image grid: first %d of %d images of %dx%dx%d>", shown, n, h, w, channels)
	}
	return gridFigure(imgs, labels, cols, 64, configure(opts), summary)
}

// pixels checks an image shape and returns its number of values.
func pixels(fn string, h, w, channels int) int {
	if h <= 0 || w <= 0 {
		panic(fmt.Sprintf("plotting: %s: image size %dx%d must be positive", fn, h, w))
	}
	if channels != 1 && channels != 3 {
		panic(fmt.Sprintf("plotting: %s: channels is %d; use 1 (grey) or 3 (RGB)", fn, channels))
	}
	return h * w * channels
}

// checkLabels returns labels, or "0", "1", ... when it is nil.
func checkLabels(fn string, labels []string, n int, what string) []string {
	if labels == nil {
		labels = make([]string, n)
		for i := range labels {
			labels[i] = strconv.Itoa(i)
		}
		return labels
	}
	if len(labels) != n {
		panic(fmt.Sprintf("plotting: %s: %d labels for %d %s", fn, len(labels), n, what))
	}
	return labels
}

// weightColumns arranges class templates as CS231n does: 10 classes in two
// rows of five, a few in one row, many in a square.
func weightColumns(n int) int {
	switch {
	case n <= 5:
		return n
	case n <= 25:
		return 5
	}
	return int(math.Ceil(math.Sqrt(float64(n))))
}

// extent returns the smallest and largest finite value in v.
func extent(v []float64) (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, x := range v {
		if !math.IsNaN(x) && !math.IsInf(x, 0) {
			lo, hi = math.Min(lo, x), math.Max(hi, x)
		}
	}
	return lo, hi
}

// toImage maps the planar values v of an h x w image to 0..255, lo to black
// and hi to white. A constant image is mid-grey, and values that are not
// finite are black.
func toImage(v []float64, h, w, channels int, lo, hi float64) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	level := func(x float64) uint8 {
		if !(hi > lo) {
			return 128
		}
		if math.IsNaN(x) {
			return 0
		}
		return uint8(math.Round(255 * math.Max(0, math.Min(1, (x-lo)/(hi-lo)))))
	}
	plane := h * w
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			i := y*w + x
			r := level(v[i])
			g, b := r, r
			if channels == 3 {
				g, b = level(v[plane+i]), level(v[2*plane+i])
			}
			img.SetRGBA(x, y, color.RGBA{R: r, G: g, B: b, A: 255})
		}
	}
	return img
}

// enlarge scales img up k times by repeating pixels (nearest neighbour), so
// a 32x32 image shown at 96x96 stays crisp instead of being smoothed by the
// rasterizer's bilinear filter.
func enlarge(img *image.RGBA, k int) *image.RGBA {
	if k == 1 {
		return img
	}
	b := img.Bounds()
	out := image.NewRGBA(image.Rect(0, 0, b.Dx()*k, b.Dy()*k))
	for y := 0; y < b.Dy()*k; y++ {
		for x := 0; x < b.Dx()*k; x++ {
			out.SetRGBA(x, y, img.RGBAAt(x/k, y/k))
		}
	}
	return out
}

// gridFigure lays images out in cols columns with their labels above them.
// Everything is placed on whole pixels and each image is enlarged by a
// whole factor chosen so its longer side is about target pixels (less if a
// Size option asks for a smaller figure), so every image pixel becomes an
// exact square of screen pixels.
func gridFigure(imgs []*image.RGBA, labels []string, cols, target int, cfg config, summary string) *Figure {
	const pad, border, labelH, titleH = 8, 10, 18, 26 // pixels
	if len(imgs) == 0 {
		return messageFigure(cfg, summary, "no images to show")
	}
	cols = max(1, min(cols, len(imgs)))
	rows := (len(imgs) + cols - 1) / cols
	iw, ih := imgs[0].Bounds().Dx(), imgs[0].Bounds().Dy()
	k := max(1, target/max(iw, ih))
	label := textStyle(10, inkColor, draw.XCenter, draw.YBottom)
	labelW := 0
	for _, s := range labels {
		labelW = max(labelW, int(math.Ceil(float64(label.Width(s)/px(1))))+4)
	}
	top := border
	if cfg.title != "" {
		top += titleH
	}
	hasLabels := labelW > 4
	rowH := func(k int) int {
		if hasLabels {
			return ih*k + labelH
		}
		return ih * k
	}
	size := func(k int) (int, int) {
		cellW := max(iw*k, labelW)
		return 2*border + cols*cellW + (cols-1)*pad, top + rows*rowH(k) + (rows-1)*pad + border
	}
	for k > 1 {
		w, h := size(k)
		if (cfg.width == 0 || w <= cfg.width) && (cfg.height == 0 || h <= cfg.height) {
			break
		}
		k--
	}
	for i := range imgs {
		imgs[i] = enlarge(imgs[i], k)
	}
	width, height := size(k)
	cellW := max(iw*k, labelW)
	return newFigure(cfg, float64(width), float64(height), summary, func(c draw.Canvas) {
		if cfg.title != "" {
			c.FillText(textStyle(13, inkColor, draw.XCenter, draw.YTop), vg.Point{X: px(float64(width) / 2), Y: px(float64(height - border + 2))}, cfg.title)
		}
		for i, img := range imgs {
			r, col := i/cols, i%cols
			x := border + col*(cellW+pad) + (cellW-iw*k)/2
			y := top + r*(rowH(k)+pad) // top edge of the cell, from the top
			if hasLabels {
				c.FillText(label, vg.Point{X: px(float64(border + col*(cellW+pad) + cellW/2)), Y: px(float64(height - y - labelH + 4))}, labels[i])
				y += labelH
			}
			rect := vg.Rectangle{
				Min: vg.Point{X: px(float64(x)), Y: px(float64(height - y - ih*k))},
				Max: vg.Point{X: px(float64(x + iw*k)), Y: px(float64(height - y))},
			}
			c.DrawImage(rect, img)
		}
	})
}
