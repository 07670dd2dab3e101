package plotting

import (
	"bytes"
	"encoding/base64"
	"encoding/xml"
	"errors"
	"image"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gobackprop/gobackprop/display"
)

// figures returns one small figure of each kind.
func figures() map[string]*Figure {
	X, labels := mnistLike(4)
	sx, sy := spiral(10, 3)
	return map[string]*Figure{
		"loss":     LossCurve(noisyLoss(300, 1)),
		"curves":   Curves([]Series{{Name: "train", Y: []float64{0.1, 0.5}}, {Name: "val", Y: []float64{0.1, 0.4}}}),
		"graph":    Graph(lectureGraph()),
		"tensors":  TensorGraph(svmGraph()),
		"weights":  Weights(templateWeights(), 32, 32, 3, nil),
		"grid":     ImageGrid(X, 28, 28, 1, labels, 2),
		"decision": Decision(nearest(sx, sy), sx, sy),
	}
}

func TestMIMEBundle(t *testing.T) {
	for name, f := range figures() {
		t.Run(name, func(t *testing.T) {
			b := f.MIMEBundle()
			data, ok := b[display.MIMEPNG].(string)
			if !ok {
				t.Fatalf("bundle: got MIME types %v, want image/png", keys(b))
			}
			raw, err := base64.StdEncoding.DecodeString(data)
			if err != nil {
				t.Fatalf("image/png is not base64: %v", err)
			}
			if _, err := png.Decode(bytes.NewReader(raw)); err != nil {
				t.Errorf("image/png does not decode: %v", err)
			}
			if text := b[display.MIMEText]; text != f.String() || !strings.HasPrefix(f.String(), "<") {
				t.Errorf("text/plain: got %q, want the figure's description %q", text, f.String())
			}
			svg := f.SVG().MIMEBundle()
			if _, ok := svg[display.MIMESVG]; !ok {
				t.Errorf("SVG() bundle: got MIME types %v, want image/svg+xml", keys(svg))
			}
			if _, ok := svg[display.MIMEPNG]; ok {
				t.Errorf("SVG() bundle also holds image/png")
			}
		})
	}
}

func TestSVGIsXML(t *testing.T) {
	for name, f := range figures() {
		t.Run(name, func(t *testing.T) {
			s, err := f.SVGString()
			if err != nil {
				t.Fatal(err)
			}
			d := xml.NewDecoder(strings.NewReader(s))
			root := ""
			for {
				tok, err := d.Token()
				if errors.Is(err, io.EOF) {
					break
				}
				if err != nil {
					t.Fatalf("SVG does not parse as XML: %v", err)
				}
				if se, ok := tok.(xml.StartElement); ok && root == "" {
					root = se.Name.Local
				}
			}
			if root != "svg" {
				t.Errorf("root element: got %q, want svg", root)
			}
		})
	}
}

func TestSVGOption(t *testing.T) {
	b := LossCurve([]float64{3, 2, 1}, SVG()).MIMEBundle()
	if _, ok := b[display.MIMESVG]; !ok {
		t.Errorf("bundle with the SVG option: got MIME types %v, want image/svg+xml", keys(b))
	}
}

func TestSave(t *testing.T) {
	dir := t.TempDir()
	f := Graph(lectureGraph())
	for _, name := range []string{"g.png", "g.SVG"} {
		path := filepath.Join(dir, name)
		if err := f.Save(path); err != nil {
			t.Fatalf("Save(%s): %v", name, err)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		isPNG := bytes.HasPrefix(b, []byte("\x89PNG"))
		if isPNG != strings.HasSuffix(name, ".png") {
			t.Errorf("Save(%s): got PNG %v, want the format of the extension", name, isPNG)
		}
	}
	err := f.Save(filepath.Join(dir, "g.pdf"))
	if err == nil || !strings.Contains(err.Error(), "use .png or .svg") {
		t.Errorf("Save(g.pdf): got %v, want an error naming .png and .svg", err)
	}
	if _, statErr := os.Stat(filepath.Join(dir, "g.pdf")); statErr == nil {
		t.Errorf("Save(g.pdf) wrote a file")
	}
}

func TestSizeOption(t *testing.T) {
	tests := []struct {
		name           string
		fig            *Figure
		maxW, maxH     int
		exactW, exactH bool
	}{
		{"loss curve", LossCurve([]float64{1, 2}, Size(300, 200)), 300, 200, true, true},
		{"graph bound", Graph(sigmoidNeuron(), Size(600, 0)), 600, 0, true, false},
		{"weights bound", Weights(templateWeights(), 32, 32, 3, nil, Size(300, 0)), 300, 0, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			img := checkGoldenless(t, tt.fig)
			got := img.Bounds().Size()
			if (tt.exactW && got.X != tt.maxW) || got.X > tt.maxW {
				t.Errorf("width: got %d, want %d (exact %v)", got.X, tt.maxW, tt.exactW)
			}
			if tt.maxH > 0 && ((tt.exactH && got.Y != tt.maxH) || got.Y > tt.maxH) {
				t.Errorf("height: got %d, want %d (exact %v)", got.Y, tt.maxH, tt.exactH)
			}
		})
	}
}

func TestEmptyFigure(t *testing.T) {
	var f Figure
	b := f.MIMEBundle()
	if _, ok := b[display.MIMEPNG]; ok {
		t.Errorf("zero Figure: got an image, want only an error text")
	}
	if s, _ := b[display.MIMEText].(string); !strings.Contains(s, "empty Figure") {
		t.Errorf("zero Figure text: got %q, want it to say the figure is empty", s)
	}
}

// TestEncodePNGIsLossless checks the fast encoder against image/png's
// decoder pixel for pixel (exact equality is right here: no fonts involved).
func TestEncodePNGIsLossless(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 37, 23))
	for i := range img.Pix {
		img.Pix[i] = uint8(i * 7919 % 251)
		if i%4 == 3 {
			img.Pix[i] = 255
		}
	}
	var buf bytes.Buffer
	if err := encodePNG(&buf, img); err != nil {
		t.Fatal(err)
	}
	got, err := png.Decode(&buf)
	if err != nil {
		t.Fatalf("decode: %v", err)
	}
	if got.Bounds() != img.Bounds() {
		t.Fatalf("bounds: got %v, want %v", got.Bounds(), img.Bounds())
	}
	for y := 0; y < 23; y++ {
		for x := 0; x < 37; x++ {
			r1, g1, b1, _ := got.At(x, y).RGBA()
			r2, g2, b2, _ := img.At(x, y).RGBA()
			if r1 != r2 || g1 != g2 || b1 != b2 {
				t.Fatalf("pixel (%d,%d): got %v, want %v", x, y, got.At(x, y), img.At(x, y))
			}
		}
	}
}
