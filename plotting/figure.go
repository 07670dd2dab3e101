package plotting

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"

	"github.com/gobackprop/gobackprop/display"
)

// dpi is the resolution of PNG output. At 96 dots per inch one pixel of the
// PNG is one CSS pixel, so a figure appears in the notebook at the size its
// Size option names.
const dpi = 96

// px converts pixels of the PNG output to the points vg measures in.
func px(n float64) vg.Length { return vg.Length(n * 72 / dpi) }

// Figure is a rendered-on-demand picture: a loss curve, a circuit diagram,
// a grid of images or a decision plot. It displays itself when it is a
// cell's trailing expression (see MIMEBundle) and can be written to a file
// with Save. A Figure holds a copy of the data it draws, so changing a slice
// after building the figure does not change the picture. The zero Figure is
// not usable; make one with the package's constructors.
type Figure struct {
	width, height vg.Length
	svg           bool
	summary       string              // the text/plain representation
	paint         func(c draw.Canvas) // draws the whole figure on c
}

// newFigure returns a figure of the given size in pixels, taking the SVG
// choice from cfg.
func newFigure(cfg config, width, height float64, summary string, paint func(c draw.Canvas)) *Figure {
	return &Figure{width: px(width), height: px(height), svg: cfg.svg, summary: summary, paint: paint}
}

// String returns a one-line description of the figure, such as
// "<loss curve: 1500 iterations, last loss 0.4231>": what a console without
// images shows.
func (f *Figure) String() string {
	if f == nil || f.summary == "" {
		return "<empty Figure>"
	}
	return f.summary
}

// SVG returns a copy of f that displays as SVG instead of PNG, which stays
// sharp when zoomed and is smaller for line plots. Browsers without the
// Liberation fonts show its text in Arial or another sans-serif font. SVG
// of a nil Figure is nil.
func (f *Figure) SVG() *Figure {
	if f == nil {
		return nil
	}
	g := *f
	g.svg = true
	return &g
}

// MIMEBundle returns the figure for a notebook: "image/png" (base64), or
// "image/svg+xml" for a figure made with the SVG option or method, and a
// "text/plain" description. If the figure cannot be drawn the bundle holds
// only the error as text, so a bad figure never stops a cell.
func (f *Figure) MIMEBundle() map[string]any {
	if err := f.check(); err != nil {
		return display.TextBundle(err.Error())
	}
	var b display.Bundle
	if f.svg {
		s, err := f.SVGString()
		if err != nil {
			return display.TextBundle(err.Error())
		}
		b = display.SVGBundle(s)
	} else {
		p, err := f.PNG()
		if err != nil {
			return display.TextBundle(err.Error())
		}
		b = display.PNGBundle(p)
	}
	b[display.MIMEText] = f.summary
	return b
}

// PNG returns the figure encoded as PNG at 96 dots per inch.
func (f *Figure) PNG() ([]byte, error) {
	if err := f.check(); err != nil {
		return nil, err
	}
	c := vgimg.NewWith(vgimg.UseWH(f.width, f.height), vgimg.UseDPI(dpi))
	if err := f.draw(c); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	var err error
	if rgba, ok := c.Image().(*image.RGBA); ok {
		err = encodePNG(&buf, rgba) // always: vgimg draws on an opaque RGBA image
	} else {
		err = png.Encode(&buf, c.Image())
	}
	if err != nil {
		return nil, fmt.Errorf("plotting: encode PNG: %w", err)
	}
	return buf.Bytes(), nil
}

// SVGString returns the figure as an SVG document. Fonts are referenced by
// name, not embedded, which keeps a line plot at a few kilobytes (embedding
// Liberation would add half a megabyte).
func (f *Figure) SVGString() (string, error) {
	if err := f.check(); err != nil {
		return "", err
	}
	c := vgsvg.New(f.width, f.height)
	if err := f.draw(c); err != nil {
		return "", err
	}
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		return "", fmt.Errorf("plotting: encode SVG: %w", err)
	}
	// vgsvg names only the Liberation family, which few browsers have; the
	// metric-compatible Arial and the generic family keep the labels the
	// size they were measured at instead of falling back to a serif font.
	return strings.ReplaceAll(buf.String(), "font-family:Liberation Sans;", "font-family:'Liberation Sans',Arial,Helvetica,sans-serif;"), nil
}

// Save writes the figure to path as PNG or SVG, chosen by the extension
// (".png" or ".svg", in any case). Any other extension is an error that
// names the two it accepts; nothing is written then.
func (f *Figure) Save(path string) error {
	var data []byte
	switch ext := strings.ToLower(filepath.Ext(path)); ext {
	case ".png":
		b, err := f.PNG()
		if err != nil {
			return err
		}
		data = b
	case ".svg":
		s, err := f.SVGString()
		if err != nil {
			return err
		}
		data = []byte(s)
	default:
		return fmt.Errorf("plotting: save %s: unknown extension %q (use .png or .svg)", path, ext)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return fmt.Errorf("plotting: save: %w", err)
	}
	return nil
}

// check reports a Figure that was not made by a constructor, which has
// nothing to draw.
func (f *Figure) check() error {
	if f == nil || f.paint == nil || f.width <= 0 || f.height <= 0 {
		return fmt.Errorf("plotting: empty Figure: make one with LossCurve, Curves, Graph, Weights, ImageGrid or Decision")
	}
	return nil
}

// draw paints the figure on c. gonum/plot reports some impossible requests
// (such as a log axis over non-positive values) by panicking; a figure
// turns them into an error so that displaying it never takes a cell down.
func (f *Figure) draw(c vg.CanvasSizer) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("plotting: draw: %v", r)
		}
	}()
	f.paint(draw.New(c))
	return nil
}
